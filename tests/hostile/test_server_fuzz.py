"""Hypothesis over submission payloads sent to the real server (both engines): a valid report with any
field replaced, removed or added, any JSON value anywhere, hashed right or wrong. Every answer is one
the protocol names — never a 5xx — and whatever was accepted reads back as the values validation gives
(JSON numbers within their ranges, canonical codes), so the indicators can always count it."""

from __future__ import annotations

import copy
import uuid
from typing import Any

import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scp_desktop.domain.reports import content_sha256
from tests.server.conftest import bag_document, database, server  # noqa: F401 (fixtures)

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=12),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3),
    max_leaves=8,
)
FIELDS = ["store", "date", "transactions", "nonbio_count", "nonbio_kg", "bio_count", "bio_kg", "paper_count"]
TOP = ["form", "organization", "facility", "period", "records", "reference_versions", "app_version"]


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    month = draw(st.integers(1, 12))
    body = bag_document(period=f"2024-{month:02d}", store=draw(st.sampled_from(["ST01", "ST02", "st01", " ST03"])))
    payload = body["payload"]
    records = payload["records"]
    targets = {"record": records[0], "top": payload, "organization": payload["organization"]}
    for _ in range(draw(st.integers(1, 3))):
        where = draw(st.sampled_from(sorted(targets)))
        target = targets[where]
        key = draw(st.sampled_from({"record": FIELDS, "top": TOP, "organization": ["tax_code", "name", "x"]}[where]))
        action = draw(st.sampled_from(["replace", "drop", "duplicate"]))
        if action == "drop":
            target.pop(key, None)
        elif action == "duplicate" and where == "record":
            records.append(copy.deepcopy(target))  # the list as built (the payload may hold another by now)
        else:
            target[key] = draw(JSON)
    if draw(st.booleans()):
        body["content_sha256"] = content_sha256(payload)
    return body


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=documents())
def test_any_payload_gets_a_protocol_answer(server, body) -> None:  # noqa: F811
    token = getattr(server, "_fuzz_token", None) or server.token("chain")
    server._fuzz_token = token
    headers = {"Authorization": f"Bearer {token}"}
    submission = str(uuid.uuid4())
    answer = requests.put(f"{server.url}/api/v1/submissions/{submission}", json=body, headers=headers, timeout=30)
    assert answer.status_code in (201, 403, 409, 422), answer.text
    assert set(answer.json()) in ({"receipt"}, {"error", "message", "errors"})
    if answer.status_code == 201:
        stored = requests.get(f"{server.url}/api/v1/submissions/{submission}", headers=headers, timeout=30).json()
        for record in stored["payload"]["records"]:
            assert all(type(record[f]) is int and 0 <= record[f] <= 10**7 for f in ("transactions", "nonbio_count"))
            assert type(record["nonbio_kg"]) is float and record["store"] == record["store"].strip()
