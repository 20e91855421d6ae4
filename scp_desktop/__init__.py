"""SCP Desktop: offline-first sustainable production and consumption reporting."""

__version__ = "0.1.0"
