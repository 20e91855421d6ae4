"""Pause points: a test stops a real process at an exact instant instead of timing a race with sleeps.

With `SCP_DESKTOP_PAUSE=<name>` in its environment, a process reaching the point of that name prints
`paused at <name>` on stderr and waits for a line on stdin; without it a pause point costs a lookup.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def pause_point(name: str) -> None:
    if os.environ.get("SCP_DESKTOP_PAUSE") != name:
        return
    print(f"paused at {name}", file=sys.stderr, flush=True)
    sys.stdin.readline()


_reached: dict[str, int] = {}


def pause_at_count(name: str) -> None:
    """A pause point reached many times: it pauses the n-th time, n as `SCP_DESKTOP_PAUSE=<name>:<n>`
    names it (e.g. `sync:answered:120`, after the server's 120th answer)."""
    wanted = os.environ.get("SCP_DESKTOP_PAUSE", "")
    if not wanted.startswith(name + ":"):
        return
    _reached[name] = _reached.get(name, 0) + 1
    if _reached[name] == int(wanted.rsplit(":", 1)[1]):
        pause_point(wanted)


def pause_after_rows(name: str, rows: Iterable[T]) -> Iterable[T]:
    """The rows, pausing once the count that `SCP_DESKTOP_PAUSE=<name>:<n>` names has gone by (e.g.
    `import:rows:150000`); without that setting the rows themselves, untouched, at no cost per row."""
    wanted = os.environ.get("SCP_DESKTOP_PAUSE", "")
    if not wanted.startswith(name + ":"):
        return rows
    after = int(wanted.rsplit(":", 1)[1])

    def counted() -> Iterator[T]:
        for number, row in enumerate(rows, 1):
            yield row
            if number == after:
                pause_point(wanted)

    return counted()
