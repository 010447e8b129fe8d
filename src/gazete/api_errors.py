"""The error answers of the JSON API, as the OpenAPI schema lists them.

* 400 ``{"detail": "Cannot parse request body"}`` — a body that is not JSON (django-ninja's answer);
* 404 ``{"detail": "..."}`` — no such story (the comment endpoints answer ``{"message": ...}``);
* 422 ``{"detail": [{"type", "loc", "msg", ...}]}`` — a parameter or field out of its type or range;
* 503 — a read beacon that could not be stored (``readership.api.UnavailableOut``);
* 500 — anything that broke on the server: a problem-details object (RFC 9457,
  ``application/problem+json``: ``type``, ``title``, ``status``, ``detail``), never an HTML page.
  :func:`server_error_answer` is the API's handler of unexpected exceptions, and
  :func:`server_error` the project's ``handler500``, which answers JSON under ``/api/`` too when
  an error happens outside the API's views (a middleware, the database connection).
"""

from __future__ import annotations

import json
import logging

from django.http import HttpRequest, HttpResponse
from django.views import defaults
from ninja import Schema
from pydantic import ConfigDict

logger = logging.getLogger("django.request")

API_PREFIX = "/api/"
PROBLEM_CONTENT_TYPE = "application/problem+json"
SERVER_ERROR_DETAIL = "The server could not answer this request. The error has been logged; try again later."


class ErrorOut(Schema):
    """An error with one message (400: an undecodable body; 404: nothing there)."""

    detail: str


class ValidationIssue(Schema):
    """One parameter or field that failed validation: where (``loc``), what kind (``type``) and why."""

    model_config = ConfigDict(extra="allow")

    type: str
    loc: list[str | int]
    msg: str


class ValidationErrorOut(Schema):
    """422: the request's parameters or body did not validate."""

    detail: list[ValidationIssue]


# What every operation that takes parameters or a body may also answer.
VALIDATION = {422: ValidationErrorOut}
BODY = {400: ErrorOut, 422: ValidationErrorOut}


class ProblemOut(Schema):
    """500: a problem-details object (RFC 9457) saying that the server failed, without its internals."""

    type: str
    title: str
    status: int
    detail: str


def problem_answer(status: int, title: str, detail: str) -> HttpResponse:
    """A problem-details answer (``application/problem+json``) that no cache keeps."""
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail}
    response = HttpResponse(json.dumps(body), status=status, content_type=PROBLEM_CONTENT_TYPE)
    response["Cache-Control"] = "no-store"
    return response


def server_error_answer(request: HttpRequest, exc: Exception | type[Exception]) -> HttpResponse:
    """The API's answer to an exception its view did not handle: logged with its traceback, 500 as JSON."""
    logger.error("Internal Server Error: %s", request.path, exc_info=exc if isinstance(exc, Exception) else True,
                 extra={"status_code": 500})
    return problem_answer(500, "Internal Server Error", SERVER_ERROR_DETAIL)


def server_error(request: HttpRequest) -> HttpResponse:
    """``handler500``: problem details under ``/api/``, the site's 500 page everywhere else."""
    if request.path.startswith(API_PREFIX):
        return problem_answer(500, "Internal Server Error", SERVER_ERROR_DETAIL)
    return defaults.server_error(request)
