"""Checking a user name and password, for the API's device tokens and the web pages' sessions alike.

One throttle for both doors (security.locked_for): after FREE_FAILURES wrong passwords for a user name
within WINDOW, or FREE_FAILURES_PER_ADDRESS from one address, each further attempt waits 30 s, then
1 min, 2 min … up to 15 min after the last failure, without the password being checked meanwhile.
The failures are rows in the database, so every worker process (and both doors) counts the same
ones. An unknown user name costs the same time and counts the same as a wrong password, so neither
guessing nor timing tells which names exist.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from scp_ministry_server.security import FREE_FAILURES, FREE_FAILURES_PER_ADDRESS, WINDOW, check_password, decoy_hash
from scp_ministry_server.security import locked_for as _locked_for
from scp_ministry_server.storage import Storage
from scp_ministry_server.storage.types import utc_now

FORGET_FAILURES = dt.timedelta(days=1)  # older failures are deleted as new ones come (the table stays small)


class Locked(Exception):
    """Too many failures lately: the password was not checked; try again after `seconds`."""

    def __init__(self, seconds: int) -> None:
        super().__init__(f"try again in {seconds} s")
        self.seconds = seconds


def locked_for(storage: Storage, username: str, address: str) -> float:
    """Seconds until an attempt of this user name from this address is heard (0: now)."""
    now = utc_now()
    by_user, by_address = storage.sign_in_failures(username, address, now - WINDOW)
    return max(
        _locked_for(by_user.count, by_user.last, FREE_FAILURES, now),
        _locked_for(by_address.count, by_address.last, FREE_FAILURES_PER_ADDRESS, now),
    )


def authenticate(storage: Storage, username: str, password: str, address: str) -> dict[str, Any] | None:
    """The user's row when the password is theirs (their failures are then forgotten); None when the
    name or the password is wrong (a failure counted); Locked while the throttle holds."""
    wait = locked_for(storage, username, address)
    if wait:
        raise Locked(max(1, round(wait + 0.5)))
    user = storage.user(username) if username else None
    if not check_password(password, user["password_hash"] if user else decoy_hash()) or user is None:
        storage.add_sign_in_failure(username, address, utc_now() - FORGET_FAILURES)
        return None
    storage.clear_sign_in_failures(username)
    return user
