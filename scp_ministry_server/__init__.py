"""The reference ministry server: receives SCP reports, reviews them, adds them up nationally.

Installed with the `server` extra (`pip install -e .[server]`); the desktop bundle leaves it out.
"""
