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
