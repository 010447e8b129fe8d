"""Refuse requests whose parameters carry a NUL character, before any of it reaches the database.

PostgreSQL text cannot hold NUL (0x00): a comment, a search or a filter carrying one made the
database raise and the request answer 500. No reader or editor types one, so a request that
carries one in its path, its query string, a form field (the file contents of an upload are not
looked at) or a JSON string is refused at the door: under ``/api/`` with 422 and the validation
shape the OpenAPI schema lists (``{"detail": [{"type", "loc", "msg"}]}``), elsewhere with a
plain 400. The JSON bodies of the API are left to its fields, which carry the pattern
:data:`NO_NUL`: the schema then says that their text may not hold NUL, and the 422 comes from
their validation.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse

NUL = "\x00"
# The API's text fields carry this pattern, so the OpenAPI schema says what the validation does.
NO_NUL = r"^[^\x00]*$"
API_PREFIX = "/api/"
MESSAGE = "Null characters are not allowed."


def _strings_in(value: Any, where: list[str | int]) -> Iterator[tuple[list[str | int], str]]:
    """Every string in a decoded JSON value (keys included), with where it is."""
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield [*where, key], key
            yield from _strings_in(item, [*where, key])
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings_in(item, [*where, index])


def nul_location(request: HttpRequest) -> list[str | int] | None:
    """Where the request carries a NUL (``["query", "q"]``, ``["body", "text"]``…), or None."""
    if NUL in request.path:
        return ["path"]
    for key, values in request.GET.lists():
        if NUL in key or any(NUL in value for value in values):
            return ["query", key.replace(NUL, "")]
    if request.method not in {"POST", "PUT", "PATCH"}:
        return None
    content_type = request.content_type or ""
    if content_type in {"application/x-www-form-urlencoded", "multipart/form-data"}:  # as Django's CSRF check reads it
        for key, values in request.POST.lists():
            if NUL in key or any(NUL in value for value in values):
                return ["body", key.replace(NUL, "")]
    elif request.path.startswith(API_PREFIX):
        return None  # the API's fields refuse NUL themselves (pattern NO_NUL), as its schema lists
    elif content_type == "application/json" or content_type.endswith("+json"):
        try:
            data = json.loads(request.body)
        except (RequestDataTooBig, ValueError):  # the view answers an undecodable or oversized body
            return None
        for where, text in _strings_in(data, ["body"]):
            if NUL in text:
                return where
    return None


class RefuseNulCharactersMiddleware:
    """Answer 422 (API) or 400 (pages) to a request that carries a NUL character."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        where = nul_location(request)
        if where is None:
            return self.get_response(request)
        if request.path.startswith(API_PREFIX):
            issue = {"type": "string_null_character", "loc": where, "msg": MESSAGE}
            return JsonResponse({"detail": [issue]}, status=422)
        return HttpResponseBadRequest(MESSAGE, content_type="text/plain; charset=utf-8")
