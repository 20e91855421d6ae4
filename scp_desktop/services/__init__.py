"""Use cases shared by the CLI and the desktop UI, over the domain and the store."""
