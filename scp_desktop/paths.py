"""Where the workspace lives unless `--workspace` or SCP_DESKTOP_WORKSPACE says otherwise."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "SCP Desktop"
APP_AUTHOR = "SCP"
WORKSPACE_ENV = "SCP_DESKTOP_WORKSPACE"


def default_workspace_path() -> Path:
    return user_data_path(APP_NAME, APP_AUTHOR) / "workspace.sqlite"


def resolve_workspace_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(WORKSPACE_ENV)
    return Path(from_env).expanduser() if from_env else default_workspace_path()
