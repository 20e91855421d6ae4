"""The server's hostile-input corpus (issue 14, findings 2, 3 and 10), over real HTTP on SQLite and on
PostgreSQL: each probe with its expected answer — 422 with the field at fault, 403, 409, or 404 where
scoping applies — never a 5xx; afterwards nothing new is stored and the national indicators, with an
accepted report already in them, are exactly what they were."""

from __future__ import annotations

import copy
import hashlib
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import requests

from scp_desktop.domain.reports import content_sha256
from tests.server.conftest import CHAIN, TEXTILE, bag_document, database, server  # noqa: F401 (fixtures)

API = "/api/v1"


def energy_document(**payload_changes: Any) -> dict:
    payload = {
        "form": "energy",
        "organization": {"tax_code": TEXTILE, "name": "Dệt may (mẫu)"},
        "facility": "NM01",
        "period": "2025",
        "records": [
            {"facility": "NM01", "period": "2025-01", "fuel": "electricity", "quantity": 120000.0, "unit": "kWh"},
            {"facility": "NM01", "period": "2025-02", "fuel": "coal_3_4", "quantity": 12.5, "unit": "t"},
        ],
        **payload_changes,
    }
    return {"payload": payload, "content_sha256": content_sha256(payload)}


def waste_document(stream: str) -> dict:
    payload = {
        "form": "waste",
        "organization": {"tax_code": TEXTILE},
        "facility": "NM01",
        "period": "2025-03",
        "records": [
            {"facility": "NM01", "period": "2025-03", "stream": stream, "route": "recycled", "quantity_t": 3.0}
        ],
    }
    return {"payload": payload, "content_sha256": content_sha256(payload)}


def rehash(body: dict) -> dict:
    body["content_sha256"] = content_sha256(body["payload"])
    return body


def record(body: dict, **changes: Any) -> dict:
    body["payload"]["records"][0].update(changes)
    return rehash(body)


def bags(**kwargs: Any) -> dict:
    return bag_document(**kwargs)


@dataclass(frozen=True)
class Probe:
    body: Callable[[], dict | bytes]  # a JSON document, or raw bytes for what JSON cannot say
    status: int
    error: str
    field: str | None = None  # a field error naming this path (prefix)
    user: str = "chain"
    path: str | None = None  # default: a fresh submission id


def raw(text: str) -> Callable[[], bytes]:
    return lambda: text.encode()


def _repeated() -> dict:
    body = bags(period="2025-04")
    body["payload"]["records"] *= 3
    return rehash(body)


def _other_store() -> dict:
    body = bags(period="2025-05")
    body["payload"]["records"].append({**body["payload"]["records"][0], "store": "ST02", "date": "2025-05-06"})
    return rehash(body)


def _deep(levels: int) -> bytes:
    return b'{"payload": ' + b"[" * levels + b"]" * levels + b"}"


PROBES: dict[str, Probe] = {
    # finding 2: accepted as text, then summed, breaking /indicators
    "a quantity sent as 1.234,5": Probe(
        lambda: record(energy_document(), quantity="1.234,5"), 422, "INVALID", "payload.records[0].quantity", "textile"
    ),
    "a fuel ELECTRICITY": Probe(
        lambda: record(energy_document(), fuel="ELECTRICITY"), 422, "INVALID", "payload.records[0].fuel", "textile"
    ),
    "a bag count sent as 1.454": Probe(
        lambda: record(bags(), nonbio_count="1.454"), 422, "INVALID", "payload.records[0].nonbio_count"
    ),
    "a stream PLASTIC": Probe(
        lambda: waste_document("PLASTIC"), 422, "INVALID", "payload.records[0].stream", "textile"
    ),
    "organization as a string": Probe(
        lambda: rehash({**bags(), "payload": {**bags()["payload"], "organization": CHAIN}}),
        422,
        "INVALID",
        "payload.organization",
    ),
    "organization as a list": Probe(
        lambda: rehash({**bags(), "payload": {**bags()["payload"], "organization": [CHAIN]}}),
        422,
        "INVALID",
        "payload.organization",
    ),
    "attachments: 5": Probe(lambda: {**bags(), "attachments": 5}, 422, "INVALID", "attachments"),
    "a count of 10^4000": Probe(
        lambda: record(bags(), transactions=10**4000), 422, "INVALID", "payload.records[0].transactions"
    ),
    "a weight of 1e308": Probe(lambda: record(bags(), nonbio_kg=1e308), 422, "INVALID", "payload.records[0].nonbio_kg"),
    "a weight of 1e400 (infinity)": Probe(
        lambda: json.dumps(bags()).replace('"nonbio_kg": 3.6', '"nonbio_kg": 1e400').encode(),
        422,
        "INVALID",
        "payload.records[0].nonbio_kg",
    ),
    "a weight NaN": Probe(
        lambda: json.dumps(bags()).replace('"nonbio_kg": 3.6', '"nonbio_kg": NaN').encode(),
        422,
        "INVALID",
        "payload.records[0].nonbio_kg",
    ),
    "a number of 5,000 digits": Probe(
        lambda: json.dumps(bags()).replace('"transactions": 1000', '"transactions": ' + "9" * 5000).encode(),
        422,
        "INVALID",
        "body",
    ),
    "a count as true": Probe(
        lambda: record(bags(), transactions=True), 422, "INVALID", "payload.records[0].transactions"
    ),
    "a negative count": Probe(
        lambda: record(bags(), transactions=-5), 422, "INVALID", "payload.records[0].transactions"
    ),
    "a whole count as 1000.5": Probe(
        lambda: record(bags(), transactions=1000.5), 422, "INVALID", "payload.records[0].transactions"
    ),
    "an implausible day of 2,000,000 transactions": Probe(
        lambda: record(bags(), transactions=2_000_000), 422, "INVALID", "payload.records[0].transactions"
    ),
    "electricity in tonnes": Probe(
        lambda: record(energy_document(), unit="t"), 422, "INVALID", "payload.records[0]", "textile"
    ),
    "a date 2025-3-5": Probe(lambda: record(bags(), date="2025-3-5"), 422, "INVALID", "payload.records[0].date"),
    "a date 2025-02-30": Probe(
        lambda: record(bags(period="2025-02"), date="2025-02-30"), 422, "INVALID", "payload.records[0].date"
    ),
    "nested 100,000 levels deep": Probe(lambda: _deep(100_000), 422, "INVALID", "body"),
    "nested 40 levels deep": Probe(lambda: _deep(40), 422, "INVALID", "body"),
    "not JSON": Probe(raw("{not json"), 422, "INVALID", "body"),
    "a JSON list": Probe(raw("[]"), 422, "INVALID"),
    "an unknown key": Probe(lambda: rehash({**bags(), "payload": {**bags()["payload"], "extra": 1}}), 422, "INVALID"),
    "no records": Probe(lambda: rehash({**bags(), "payload": {**bags()["payload"], "records": []}}), 422, "INVALID"),
    "a wrong content hash": Probe(lambda: {**bags(), "content_sha256": "0" * 64}, 422, "HASH_MISMATCH"),
    # finding 1 / 3: codes, text and periods
    "a store code with a zero-width character": Probe(
        lambda: record(bags(store="ST\u200b01"), store="ST\u200b01"), 422, "INVALID", "payload"
    ),
    "escape characters in a name": Probe(
        lambda: rehash(_with_org_name(bags(), "Siêu thị \x1b[31mđỏ")), 422, "INVALID", "payload.organization.name"
    ),
    "a form '; DROP TABLE x; --": Probe(
        lambda: rehash({**bags(), "payload": {**bags()["payload"], "form": "'; DROP TABLE x; --"}}), 422, "INVALID"
    ),
    "a form that is a list": Probe(
        lambda: rehash({**bags(), "payload": {**bags()["payload"], "form": [None]}}), 422, "INVALID", "payload"
    ),
    "a tax code ../../etc/passwd": Probe(
        lambda: rehash({**bags(), "payload": {**bags()["payload"], "organization": {"tax_code": "../../etc/passwd"}}}),
        403,
        "FORBIDDEN_ORGANIZATION",
    ),
    "another organization's tax code": Probe(lambda: bags(tax_code=TEXTILE), 403, "FORBIDDEN_ORGANIZATION"),
    "one record three times": Probe(_repeated, 422, "INVALID", "payload.records[1]"),
    "a record outside its report's period": Probe(
        lambda: record(bags(period="2025-06"), date="2025-07-02"), 422, "INVALID", "payload.records[0].date"
    ),
    "a period of 2099": Probe(lambda: bags(period="2099-03"), 422, "INVALID", "payload.period"),
    "a 2099 report holding 2025 records": Probe(
        lambda: rehash({**bags(), "payload": {**bags()["payload"], "period": "2099"}}), 422, "INVALID", "payload.period"
    ),
    "a period written 03/2025": Probe(
        lambda: rehash({**bags(), "payload": {**bags()["payload"], "period": "03/2025"}}),
        422,
        "INVALID",
        "payload.period",
    ),
    "a record of another store in a store's report": Probe(_other_store, 422, "INVALID", "payload.records[1].store"),
    "the accepted store's month again, in lower case": Probe(
        lambda: bags(store="st01"), 409, "PERIOD_ALREADY_SUBMITTED"
    ),
    "the accepted store's month again, with spaces": Probe(
        lambda: record(bags(store=" ST01 "), store="ST01"), 409, "PERIOD_ALREADY_SUBMITTED"
    ),
    "the store's quarter over its accepted month": Probe(
        lambda: rehash(_period(bags(), "2025-Q1")), 422, "OVERLAPPING_REPORT", "payload.period"
    ),
    "the organization's March over the store's": Probe(
        lambda: rehash({**bags(), "payload": {**bags()["payload"], "facility": None}}),
        422,
        "OVERLAPPING_REPORT",
        "payload.period",
    ),
    "the organization's year over the store's March": Probe(
        lambda: rehash(_period({**bags(), "payload": {**bags()["payload"], "facility": None}}, "2025")),
        422,
        "OVERLAPPING_REPORT",
    ),
    # finding 10: strict ids
    "an id with a trailing newline": Probe(bags, 422, "INVALID", path=f"{uuid.uuid4()}%0A"),
    "an id in upper case": Probe(bags, 422, "INVALID", path=str(uuid.uuid4()).upper()),
    "not a UUID4": Probe(bags, 422, "INVALID", path="1" * 8 + "-1111-1111-1111-" + "1" * 12),
    "supersedes that is not an id": Probe(lambda: {**bags(), "supersedes": "x\n"}, 422, "INVALID", "supersedes"),
    "a body naming another id": Probe(lambda: {**bags(), "submission_id": str(uuid.uuid4())}, 422, "INVALID"),
    "an attachment hash in upper case": Probe(lambda: {**bags(), "attachments": ["A" * 64]}, 422, "INVALID"),
}


def _with_org_name(body: dict, name: str) -> dict:
    body["payload"]["organization"]["name"] = name
    return body


def _period(body: dict, period: str) -> dict:
    body["payload"]["period"] = period
    return body


def put(running, token: str, submission: str, body: dict | bytes) -> requests.Response:
    headers = {"Authorization": f"Bearer {token}"}
    if isinstance(body, bytes):
        headers["Content-Type"] = "application/json"
        return requests.put(f"{running.url}{API}/submissions/{submission}", data=body, headers=headers, timeout=30)
    return requests.put(f"{running.url}{API}/submissions/{submission}", json=body, headers=headers, timeout=30)


def submissions(running, token: str) -> list[dict]:
    return requests.get(
        f"{running.url}{API}/submissions", headers={"Authorization": f"Bearer {token}"}, timeout=30
    ).json()["submissions"]


def test_every_hostile_payload_gets_its_answer_and_changes_nothing(server, subtests) -> None:  # noqa: F811
    tokens = {user: server.token(user) for user in ("chain", "textile", "reviewer")}
    accepted = str(uuid.uuid4())  # one store's March, accepted: the indicators hold it
    assert put(server, tokens["chain"], accepted, bags()).status_code == 201
    review = requests.post(
        f"{server.url}{API}/submissions/{accepted}/review",
        json={"decision": "accept"},
        headers={"Authorization": f"Bearer {tokens['reviewer']}"},
        timeout=30,
    )
    assert review.status_code == 200
    before = server.indicators(token=tokens["reviewer"])
    assert before["bags"]["transactions"] == 1000 and before["unreadable"] == []
    stored = {user: submissions(server, tokens[user]) for user in ("chain", "textile")}
    for name, probe in PROBES.items():
        with subtests.test(probe=name):
            answer = put(server, tokens[probe.user], probe.path or str(uuid.uuid4()), copy.deepcopy(probe.body()))
            assert answer.status_code < 500, answer.text
            envelope = answer.json()
            assert (answer.status_code, envelope["error"]) == (probe.status, probe.error), answer.text
            assert set(envelope) == {"error", "message", "errors"}
            if probe.field:
                fields = [e["field"] for e in envelope["errors"]]
                assert any(f.startswith(probe.field) for f in fields), (fields, answer.text)
    assert {user: submissions(server, tokens[user]) for user in ("chain", "textile")} == stored  # nothing stored
    assert server.indicators(token=tokens["reviewer"]) == before  # the aggregate unchanged


def upload(running, token: str, data: bytes) -> requests.Response:
    sha = hashlib.sha256(data).hexdigest()
    return requests.put(
        f"{running.url}{API}/attachments/{sha}", data=data, headers={"Authorization": f"Bearer {token}"}, timeout=30
    )


def test_scoping_is_no_oracle(server) -> None:  # noqa: F811
    """Another organization's submission, file or hash is answered exactly as one that does not exist."""
    chain, textile = server.token("chain"), server.token("textile")
    mine = str(uuid.uuid4())
    secret = "Hợp đồng thu gom túi ni lông 2025 (mật)".encode()
    sha = hashlib.sha256(secret).hexdigest()
    assert upload(server, chain, secret).status_code == 201
    body = bags()
    body["attachments"] = [sha]
    assert put(server, chain, mine, body).status_code == 201

    def get(path: str, token: str) -> requests.Response:
        return requests.get(f"{server.url}{API}{path}", headers={"Authorization": f"Bearer {token}"}, timeout=30)

    assert get(f"/submissions/{mine}", chain).json()["attachments"] == [{"sha256": sha, "size": len(secret)}]
    assert get(f"/attachments/{sha}", chain).content == secret
    free_id, free_sha = str(uuid.uuid4()), hashlib.sha256(b"nobody has this").hexdigest()
    for foreign, free in (
        (f"/submissions/{mine}", f"/submissions/{free_id}"),
        (f"/attachments/{sha}", f"/attachments/{free_sha}"),
    ):
        theirs, nothing = get(foreign, textile), get(free, textile)
        assert (theirs.status_code, theirs.json()) == (nothing.status_code, nothing.json()) == (404, nothing.json())
    # Knowing the hash gives nothing: B may not list it, exactly as if nobody had uploaded it.
    cited = energy_document()
    cited["attachments"] = [sha]
    never = energy_document()
    never["attachments"] = [free_sha]
    first, second = put(server, textile, str(uuid.uuid4()), cited), put(server, textile, str(uuid.uuid4()), never)
    assert first.status_code == second.status_code == 422
    assert first.json()["error"] == second.json()["error"] == "MISSING_ATTACHMENTS"
    # B uploading A's file is told what it is told for a file nobody has: created, for B.
    again, fresh = upload(server, textile, secret), upload(server, textile, b"nobody had this one either")
    assert (again.status_code, again.json()["created"]) == (fresh.status_code, fresh.json()["created"]) == (201, True)
    assert upload(server, textile, secret).json()["created"] is False  # and B's own second upload is a no-op
    assert put(server, textile, str(uuid.uuid4()), cited).status_code == 201  # now B holds it and may cite it


def test_nul_characters_are_refused_wherever_they_come(server) -> None:  # noqa: F811
    """PostgreSQL stores no NUL in text or jsonb: a NUL anywhere is a 422, never a 500 (found by schemathesis)."""
    chain, reviewer = server.token("chain"), server.token("reviewer")
    body = bags()
    body["payload"]["reference_versions"] = {"energy\x00": "2026.1"}
    answers = [
        requests.post(f"{server.url}{API}/auth/token", json={"username": "\x00chain", "password": "x"}, timeout=30),
        put(server, chain, str(uuid.uuid4()), rehash(body)),
        requests.post(
            f"{server.url}{API}/submissions/{uuid.uuid4()}/review",
            json={"decision": "return", "comment": "thiếu\x00", "field_comments": {"A1\x00": "x"}},
            headers={"Authorization": f"Bearer {reviewer}"},
            timeout=30,
        ),
        requests.get(
            f"{server.url}{API}/submissions",
            params={"organization": "\x00", "after": "x\x00"},
            headers={"Authorization": f"Bearer {chain}"},
            timeout=30,
        ),
        requests.get(
            f"{server.url}{API}/indicators",
            params={"year": 2025, "province": "0\x001"},
            headers={"Authorization": f"Bearer {reviewer}"},
            timeout=30,
        ),
    ]
    assert [a.status_code for a in answers] == [422] * 5, [a.text for a in answers]
    assert all(a.json()["error"] == "INVALID" for a in answers)
