"""The OpenAPI document shows a typed schema for every body and answer, our error envelope for every
error, and the Literal states and decisions; the error envelope itself is unchanged."""

from __future__ import annotations

import uuid

import pytest
import requests

from tests.server.conftest import bag_document


@pytest.fixture
def openapi(server) -> dict:
    return requests.get(f"{server.url}/api/v1/openapi.json", timeout=10).json()


def schema_of(openapi: dict, content: dict) -> dict:
    ref = content["application/json"]["schema"]["$ref"]
    return openapi["components"]["schemas"][ref.rsplit("/", 1)[1]]


@pytest.mark.parametrize("database", ["sqlite"], indirect=True)  # the document does not depend on the engine
def test_every_route_documents_typed_bodies_answers_and_errors(openapi) -> None:
    operations = [(path, method, op) for path, item in openapi["paths"].items() for method, op in item.items()]
    assert len(operations) == 12
    for path, method, operation in operations:
        answers = operation["responses"]
        success = next(status for status in answers if status.startswith("2"))
        if success != "204" and "application/octet-stream" not in answers[success]["content"]:
            assert "$ref" in answers[success]["content"]["application/json"]["schema"], (path, method)
        assert "429" in answers, (path, method)  # the rate limit answers on every route
        if method in ("put", "post"):
            assert {"413", "422"} <= set(answers), (path, method)
        for status, answer in answers.items():
            if status[0] in "45":
                assert schema_of(openapi, answer["content"])["title"] == "ErrorEnvelope", (path, method, status)
    assert "HTTPValidationError" not in openapi["components"]["schemas"]

    put = openapi["paths"]["/api/v1/submissions/{submission_id}"]["put"]
    body = schema_of(openapi, put["requestBody"]["content"])
    assert body["title"] == "SubmissionIn" and set(body["required"]) == {"content_sha256", "payload"}
    assert schema_of(openapi, put["responses"]["201"]["content"])["title"] == "ReceiptEnvelope"
    forms = [one["$ref"].rsplit("/", 1)[1] for one in body["properties"]["payload"]["oneOf"]]
    assert sorted(forms) == sorted(
        f"{name}Payload"
        for name in ("Assessment", "Bags", "CpOptions", "Energy", "Materials", "Production", "Waste", "Water")
    )
    schemas = openapi["components"]["schemas"]
    assert schemas["AssessmentPayload"]["properties"]["form"]["pattern"] == "^assessment/[a-z0-9][a-z0-9-]{0,49}$"
    assert (
        "field_comments" in schemas["ReviewRequest"]["properties"]
        and "field_comments" in schemas["Change"]["properties"]
    )
    bag = schemas["BagsRecord"]
    assert bag["properties"]["transactions"]["type"] == "integer" and bag["properties"]["date"]["format"] == "date"
    assert set(schemas["Receipt"]["properties"]["state"]["enum"]) == {
        "received",
        "verified",
        "accepted",
        "returned",
        "superseded",
    }
    assert schemas["ReviewRequest"]["properties"]["decision"]["enum"] == ["accept", "return", "verify"]
    attachment = openapi["paths"]["/api/v1/attachments/{sha256}"]["put"]["requestBody"]["content"]
    assert list(attachment) == ["application/octet-stream"]


@pytest.mark.parametrize("database", ["sqlite"], indirect=True)
def test_validation_errors_keep_the_envelope_and_point_at_the_field(server) -> None:
    token = server.token("chain")
    body = bag_document()
    body["payload"]["records"][0]["transactions"] = 1.5
    body["payload"]["records"][0]["colour"] = "red"
    answer = requests.put(
        f"{server.url}/api/v1/submissions/{uuid.uuid4()}",
        json=body,
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    assert answer.status_code == 422
    envelope = answer.json()
    assert set(envelope) == {"error", "message", "errors"} and envelope["error"] == "INVALID"
    assert {e["field"] for e in envelope["errors"]} == {
        "payload.records[0].transactions",
        "payload.records[0].colour",
    }
    review = requests.post(
        f"{server.url}/api/v1/submissions/{uuid.uuid4()}/review",
        json={"decision": "maybe"},
        headers={"Authorization": f"Bearer {server.token('reviewer')}"},
        timeout=10,
    )
    assert review.status_code == 422 and review.json()["errors"][0]["field"] == "decision"
