"""Log redaction, tested with Hypothesis: a secret never survives, in JSON at any depth of escaping, as
Python writes a dict, in several words, in a URL, a query string or a header."""

from __future__ import annotations

import json
from urllib.parse import quote

from hypothesis import given, settings
from hypothesis import strategies as st

from scp_desktop.redaction import MASK, redact

KEYS = st.sampled_from(["password", "token", "access_token", "secret", "client_secret", "api_key", "Password"])
# Secrets of any characters, several words included; long enough not to occur by chance in the rest.
SECRETS = st.text(min_size=6, max_size=40).filter(lambda s: s.strip() and "\x00" not in s)
WORDS = st.lists(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzĐđăâ0123456789!#$%", min_size=3, max_size=9), min_size=2, max_size=5
).map(" ".join)


def escaped(document: object, depth: int) -> str:
    text = json.dumps(document, ensure_ascii=False)
    for _ in range(depth):
        text = json.dumps(text, ensure_ascii=False)
    return text


@settings(max_examples=300, deadline=None)
@given(key=KEYS, secret=SECRETS, depth=st.integers(0, 3), ascii_only=st.booleans())
def test_json_at_any_depth_of_escaping_keeps_its_shape_and_loses_the_secret(key, secret, depth, ascii_only) -> None:
    document = {"user": "chain01", key: secret, "device": "laptop"}
    text = escaped(document, depth) if not ascii_only else json.dumps(document)
    expected = escaped({**document, key: MASK}, depth) if not ascii_only else json.dumps({**document, key: MASK})
    assert redact(f"request failed: {text}") == f"request failed: {expected}"


@settings(max_examples=200, deadline=None)
@given(key=KEYS, secret=SECRETS)
def test_python_reprs_lose_the_secret(key, secret) -> None:
    text = repr({"user": "chain01", key: secret})
    q = repr(secret)[0]  # Python quotes with " when the text holds a '
    assert redact(text) == f"{{'user': 'chain01', '{key}': {q}{MASK}{q}}}"


@settings(max_examples=200, deadline=None)
@given(key=KEYS, secret=WORDS)
def test_multi_word_secrets_to_the_end_of_their_line(key, secret) -> None:
    text = f"sign-in failed\n{key}: {secret}\nretrying"
    assert redact(text) == f"sign-in failed\n{key}: {MASK}\nretrying"


@settings(max_examples=200, deadline=None)
@given(user=st.text(alphabet="abcdefghij", min_size=1, max_size=8), secret=SECRETS)
def test_credentials_in_urls_and_query_strings(user, secret) -> None:
    url = f"https://{user}:{quote(secret, safe='')}@scp.moit.gov.vn/api/v1/x?token={quote(secret, safe='')}&page=2"
    redacted = redact(f"GET {url} failed")
    assert redacted == f"GET https://{user}:{MASK}@scp.moit.gov.vn/api/v1/x?token={MASK}&page=2 failed"


@settings(max_examples=100, deadline=None)
@given(token=st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEF0123456789-_.", min_size=20, max_size=60))
def test_bearer_tokens_in_headers_and_messages(token) -> None:
    assert redact(f"Authorization: Bearer {token}\nnext") == f"Authorization: Bearer {MASK}\nnext"
    assert token not in redact(f"sent bearer {token} to the server")


def test_what_is_not_a_secret_stays() -> None:
    text = '{"tax_code": "0100234562", "period": "2025-03", "records": 12}'
    assert redact(text) == text
