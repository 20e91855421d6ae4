"""Secrets never reach a log, a dialog's details or a report, whatever an exception message carries.

Redacted: the value of any secret-named key (token, password, secret, authorization, api key …) as
JSON writes it at any depth of escaping (`"password": "…"`, `\\"password\\": \\"…\\"`, Python's
`'password': '…'`), quoted values whole however many words they hold; unquoted `key=value` up to the
next separator and `key: value` to the end of its line; `Bearer …`; and the password of a URL
(`https://user:***@host`).
"""

from __future__ import annotations

import re

MASK = "***"
_KEYS = (
    r"(?:access[_-]?token|refresh[_-]?token|id[_-]?token|token|passwords?|passwd|pwd|passphrase|"
    r"client[_-]?secret|secret|api[_-]?key|apikey|authorization|cookie|set-cookie)"
)
# A key, quoted (with the backslashes of its escaping level) or not, then its separator.
_KEY = re.compile(rf"(?i)(?P<bs>\\*)(?P<q>[\"']?)(?P<key>{_KEYS})(?P=bs)(?P=q)(?P<sep>\s*[:=]\s*)")
_BEARER = re.compile(r"(?i)\b(bearer|basic)\s+(?!\*\*\*)[A-Za-z0-9._~+/=-]+")
_URL_PASSWORD = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://[^/\s:@]*:)[^@\s/]+@")
_SCHEME = re.compile(r"(?i)(bearer|basic)\s+[^\s\"',;]+")
_UNQUOTED_END = re.compile(r"[&\s\"',;<>)}\]]")


def redact(text: str) -> str:
    text = _URL_PASSWORD.sub(rf"\1{MASK}@", text)
    out: list[str] = []
    position = 0
    while match := _KEY.search(text, position):
        start = match.end()
        out.append(text[position:start])
        end = _value_end(text, start, match["sep"])
        value = text[start:end]
        out.append(_masked(value))
        position = end
    out.append(text[position:])
    return _BEARER.sub(rf"\1 {MASK}", "".join(out))


def _value_end(text: str, start: int, separator: str) -> int:
    """Where the value starting at `start` ends: after its closing quote, or at its unquoted end."""
    quote = re.match(r"(\\*)([\"'])", text[start:])
    if quote:
        run, char = len(quote[1]), quote[2]
        closing = _closing_quote(text, start + quote.end(), run, char)
        return closing if closing is not None else len(text)
    scheme = _SCHEME.match(text, start)
    if scheme:  # Authorization: Bearer <token> — the token is the secret, not the rest of the line
        return scheme.end()
    if "=" in separator:
        found = _UNQUOTED_END.search(text, start)
        return found.start() if found else len(text)
    newline = text.find("\n", start)
    return newline if newline >= 0 else len(text)


def _closing_quote(text: str, start: int, run: int, char: str) -> int | None:
    """The start of the closing quote (its backslashes included) of a string opened at escaping level
    `run` (0, 1, 3, 7 … backslashes): a quote preceded by r backslashes closes it when r ≡ run mod 2(run+1)."""
    index = start
    while (found := text.find(char, index)) >= 0:
        backslashes = len(text[:found]) - len(text[:found].rstrip("\\"))
        if backslashes % (2 * (run + 1)) == run:
            return found - run
        index = found + 1
    return None


def _masked(value: str) -> str:
    """The value with its content replaced, its opening quote (and escaping) kept; the closing one follows."""
    quote = re.match(r"(\\*)([\"'])", value)
    if quote:
        return f"{quote.group(0)}{MASK}"
    scheme = _SCHEME.match(value)
    return f"{scheme[1]} {MASK}" if scheme else (MASK if value else value)
