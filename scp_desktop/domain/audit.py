"""Where a change comes from, as the audit log records it beside who made it."""

from __future__ import annotations

from enum import StrEnum


class Source(StrEnum):
    CLI = "cli"  # a command; the default of every service, so that only the window says GUI
    GUI = "gui"
    IMPORT = "import"  # a file import, audited once as its batch
    ARCHIVE = "archive"
    DEMO = "demo"
    SYNC = "sync"  # states and reviews from the ministry server
