"""Fault drill: schemathesis over /api/openapi.json against a real gunicorn server.

schemathesis reads the schema the API publishes and sends generated requests to every operation,
valid and invalid (huge numbers, wrong types, odd strings, undecodable bodies), a bounded number
of examples each, derandomised so that a run repeats. Every answer must be no server error, have a
status code the schema lists for the operation (400, 404 and 422 included) and the body, content
type and headers the schema gives for it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import LiveServer, stop_server
from tests.drill_tools import BROWSER, start_isolated_server

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is not installed (pip install -e '.[dev]')")
from hypothesis import HealthCheck, settings  # noqa: E402 - after the skip

pytestmark = [pytest.mark.server, pytest.mark.drill]
EXAMPLES_PER_OPERATION = 40


@pytest.fixture(scope="module")
def fuzzed_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    server = start_isolated_server(Path(tmp_path_factory.mktemp("fuzz-data")), "drills_api_fuzz")
    yield server
    stop_server(server)


def published_schema() -> dict:
    """The schema /api/openapi.json publishes, made from the API's code (the test checks the server's is the same)."""
    import json

    from gazete.api import api

    return json.loads(json.dumps(api.get_openapi_schema(path_prefix="/api/"), default=str))


schema = schemathesis.openapi.from_dict(published_schema())


def test_the_server_publishes_the_schema_that_is_fuzzed(fuzzed_server: LiveServer) -> None:
    import json
    import urllib.request

    with urllib.request.urlopen(f"{fuzzed_server.url}/api/openapi.json", timeout=30) as answer:
        assert json.loads(answer.read()) == published_schema()


@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_every_answer_is_no_server_error_and_matches_the_schema(case, fuzzed_server: LiveServer) -> None:  # type: ignore[no-untyped-def]
    case.call_and_validate(base_url=fuzzed_server.url, headers={"User-Agent": BROWSER}, timeout=30)
