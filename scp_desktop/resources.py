"""The one place that knows where bundled files live (source tree, wheel or frozen bundle)."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_root() -> Path:
    """Folder holding `resources/` and `i18n/`: the bundle dir when frozen, else the repo."""
    frozen_dir = getattr(sys, "_MEIPASS", None)
    if frozen_dir:
        return Path(frozen_dir)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath("resources", *parts)


def i18n_path(*parts: str) -> Path:
    return resource_root().joinpath("i18n", *parts)
