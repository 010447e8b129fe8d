"""The API's error answers are the ones its OpenAPI schema lists, in the shapes it lists."""

from __future__ import annotations

import json

import pytest
from django.test import Client
from django.utils import timezone

HOST = {"HTTP_HOST": "127.0.0.1",
        "HTTP_USER_AGENT": "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"}
HUGE = "99999999999999999999"
pytestmark = pytest.mark.django_db


@pytest.fixture
def story_id() -> int:
    from gazete.newsroom.models import Story

    return Story.objects.create(
        slug="sample", headline="Sample written for gazete tests", standfirst="Sample.", language="en",
        body=[{"type": "paragraph", "text": "Sample paragraph."}], status=Story.Status.PUBLISHED,
        published_at=timezone.now() - timezone.timedelta(hours=1)).pk


@pytest.fixture
def schema(client: Client) -> dict:
    return client.get("/api/openapi.json", **HOST).json()


def operation(schema: dict, method: str, template: str) -> dict:
    return schema["paths"][template][method]


def matches(schema: dict, node: dict, value: object) -> bool:
    """Whether ``value`` has the shape of schema ``node``: required keys present, types of arrays and objects."""
    if "$ref" in node:
        node = schema["components"]["schemas"][node["$ref"].rsplit("/", 1)[1]]
    if "anyOf" in node:
        return any(matches(schema, option, value) for option in node["anyOf"])
    kind = node.get("type")
    if kind == "object" or "properties" in node:
        return isinstance(value, dict) and all(key in value for key in node.get("required", [])) and all(
            matches(schema, node["properties"][key], item) for key, item in value.items() if key in node.get(
                "properties", {}))
    if kind == "array":
        return isinstance(value, list) and all(matches(schema, node.get("items", {}), item) for item in value)
    return True


CASES = [
    # (method, schema path, concrete path, body)
    ("get", "/api/stories", f"/api/stories?offset={HUGE}", None),
    ("get", "/api/stories", "/api/stories?limit=x", None),
    ("get", "/api/stories/{story_id}", "/api/stories/123456", None),
    ("get", "/api/stories/{story_id}", f"/api/stories/{HUGE}", None),
    ("get", "/api/most-read", "/api/most-read?period=year", None),
    ("post", "/api/stories/{story_id}/reads", "/api/stories/123456/reads", None),
    ("post", "/api/stories/{story_id}/reads", "/api/stories/-4/reads", None),
    ("get", "/api/stories/{story_id}/comments", "/api/stories/123456/comments", None),
    ("post", "/api/stories/{story_id}/comments", "/api/stories/{id}/comments", b"{not json"),
    ("post", "/api/stories/{story_id}/comments", "/api/stories/{id}/comments", b"\xff\xfe\x00"),
    ("post", "/api/stories/{story_id}/comments", "/api/stories/{id}/comments", b'{"name": "A"}'),
    ("post", "/api/moderate", "/api/moderate", b"{not json"),
    ("post", "/api/moderate", "/api/moderate", b'{"text": 5, "story_id": "x"}'),
    ("post", "/api/comments/{comment_id}/report", "/api/comments/123456/report", b"\xff"),
    ("post", "/api/comments/{comment_id}/report", "/api/comments/123456/report", b'{"reason": "spam"}'),
]


@pytest.mark.parametrize(("method", "template", "path", "body"), CASES)
def test_each_error_answer_is_listed_with_its_shape(client: Client, schema: dict, story_id: int, method: str,
                                                    template: str, path: str, body: bytes | None) -> None:
    path = path.replace("{id}", str(story_id))
    if method == "get":
        response = client.get(path, **HOST)
    else:
        response = client.post(path, data=body or b"", content_type="application/json", **HOST)
    assert response.status_code >= 400, (path, response.status_code)
    responses = operation(schema, method, template)["responses"]
    assert str(response.status_code) in responses, (template, response.status_code, sorted(responses))
    listed = responses[str(response.status_code)]["content"]["application/json"]["schema"]
    assert matches(schema, listed, json.loads(response.content)), (template, response.content, listed)


def test_an_undecodable_body_answers_400_with_a_detail(client: Client, story_id: int) -> None:
    response = client.post("/api/moderate", data=b"\xff\xfe", content_type="application/json", **HOST)
    assert response.status_code == 400 and response.json() == {"detail": "Cannot parse request body"}


def test_every_operation_with_parameters_lists_422(schema: dict) -> None:
    for template, methods in schema["paths"].items():
        for method, op in methods.items():
            if op.get("parameters") or op.get("requestBody"):
                assert "422" in op["responses"], (method, template)
            if op.get("requestBody"):
                assert "400" in op["responses"], (method, template)


def test_a_server_error_in_an_api_view_answers_problem_details_not_html(story_id: int) -> None:
    from django.db import connection

    from gazete.newsroom.models import Story

    table = Story._meta.db_table
    with connection.cursor() as cursor:  # the database loses the stories table (rolled back after the test)
        cursor.execute(f"ALTER TABLE {table} RENAME TO {table}_gone")
    response = Client(raise_request_exception=False).get("/api/stories", **HOST)
    assert response.status_code == 500
    assert response["Content-Type"] == "application/problem+json" and response["Cache-Control"] == "no-store"
    problem = response.json()
    assert problem["status"] == 500 and problem["title"] == "Internal Server Error" and problem["type"] == "about:blank"
    assert table not in problem["detail"] and "Traceback" not in problem["detail"]  # no internals shown


def test_a_server_error_outside_the_api_views_is_json_under_api_and_a_page_elsewhere() -> None:
    from django.test import RequestFactory

    from gazete.api_errors import server_error

    api = server_error(RequestFactory().get("/api/stories", **HOST))
    assert api.status_code == 500 and api["Content-Type"] == "application/problem+json"
    assert json.loads(api.content)["status"] == 500
    page = server_error(RequestFactory().get("/haber/1/x/", **HOST))
    assert page.status_code == 500 and page["Content-Type"].startswith("text/html")
