"""PySide6 desktop front end: a thin layer over scp_desktop.services."""
