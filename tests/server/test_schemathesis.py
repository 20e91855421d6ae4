"""schemathesis against the OpenAPI document, over real HTTP on both engines, once with an enterprise
token and once with a reviewer's: no answer is a server error, and every answer has a documented status,
content type and schema. Bounded in examples (and, as a safety net, in time)."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

CHECKS = "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance"


@pytest.mark.slow
def test_no_generated_request_breaks_the_server_or_its_documented_shapes(server) -> None:
    tokens = {user: server.token(user) for user in ("chain", "reviewer")}  # before the fuzzing locks sign-in
    for user, token in tokens.items():
        run = subprocess.run(
            [
                sys.executable,
                "-m",
                "schemathesis.cli",
                "run",
                f"{server.url}/api/v1/openapi.json",
                "--header",
                f"Authorization: Bearer {token}",
                "--checks",
                CHECKS,
                "--max-examples",
                "25",
                "--max-time",
                "150",  # a safety net only: the run is bounded by its examples, whatever the machine's load
                "--workers",
                "1",
                "--seed",
                "76",
                # It would revoke the very token the run uses (tests/sync/test_security.py covers it).
                "--exclude-operation-id",
                "revoke_token_api_v1_auth_token_delete",
            ],
            capture_output=True,
            text=True,
            timeout=300,
        )
        summary = run.stdout[-3000:]
        assert run.returncode == 0, f"{user}:\n{summary}\n{run.stderr[-2000:]}"
        counts = re.search(r"Test cases:\s+(\d+) generated, (\d+) passed\s*$", summary, re.MULTILINE)
        assert counts and int(counts[1]) == int(counts[2]) > 500, summary  # all passed, and many were tried
        assert "Authentication failed" not in summary or user == "chain", summary  # the token held throughout
