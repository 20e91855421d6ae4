"""Device tokens in the OS credential store, never anywhere else.

Where the platform has no secure store (a headless Linux: keyring's `fail` backend, or the
plaintext `keyrings.alt` files), the token is kept in memory for this session only and the
caller is told so, rather than writing the secret in clear.
"""

from __future__ import annotations

import contextlib

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError

_INSECURE_MODULES = ("keyring.backends.fail", "keyrings.alt", "keyring.backends.null")


def service_name(server_url: str) -> str:
    return f"scp-desktop {server_url.rstrip('/')}"


def is_secure(backend: KeyringBackend) -> bool:
    """A real credential store: not the fail/null backends, not a plaintext file."""
    backends = getattr(backend, "backends", None)  # the chainer: secure if any member is
    if backends is not None:
        return any(is_secure(b) for b in backends)
    module = type(backend).__module__
    return not module.startswith(_INSECURE_MODULES) and getattr(backend, "priority", 0) > 0


class TokenStore:
    """Where this process keeps device tokens: the keyring if secure, else memory (session only)."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self.backend = backend or keyring.get_keyring()
        self.secure = is_secure(self.backend)
        self._memory: dict[tuple[str, str], str] = {}

    def save(self, server_url: str, username: str, token: str) -> bool:
        """True when stored securely; False when kept for this session only."""
        if self.secure:
            try:
                self.backend.set_password(service_name(server_url), username, token)
                return True
            except KeyringError:
                self.secure = False
        self._memory[(server_url, username)] = token
        return False

    def load(self, server_url: str, username: str) -> str | None:
        if (server_url, username) in self._memory:
            return self._memory[(server_url, username)]
        if not self.secure:
            return None
        try:
            return self.backend.get_password(service_name(server_url), username)
        except KeyringError:
            return None

    def delete(self, server_url: str, username: str) -> None:
        self._memory.pop((server_url, username), None)
        if self.secure:
            with contextlib.suppress(KeyringError):
                self.backend.delete_password(service_name(server_url), username)


_STORE: TokenStore | None = None


def token_store() -> TokenStore:
    """The process's one store (its memory fallback must outlive a dialog)."""
    global _STORE
    if _STORE is None:
        _STORE = TokenStore()
    return _STORE
