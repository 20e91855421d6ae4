"""Pause points: a test stops a real process at an exact instant instead of timing a race with sleeps.

With `SCP_DESKTOP_PAUSE=<name>` in its environment, a process reaching the point of that name prints
`paused at <name>` on stderr and waits for a line on stdin; without it a pause point costs a lookup.
"""

from __future__ import annotations

import os
import sys


def pause_point(name: str) -> None:
    if os.environ.get("SCP_DESKTOP_PAUSE") != name:
        return
    print(f"paused at {name}", file=sys.stderr, flush=True)
    sys.stdin.readline()
