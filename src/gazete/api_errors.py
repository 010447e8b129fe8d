"""The error answers of the JSON API, as the OpenAPI schema lists them.

* 400 ``{"detail": "Cannot parse request body"}`` — a body that is not JSON (django-ninja's answer);
* 404 ``{"detail": "..."}`` — no such story (the comment endpoints answer ``{"message": ...}``);
* 422 ``{"detail": [{"type", "loc", "msg", ...}]}`` — a parameter or field out of its type or range;
* 503 — a read beacon that could not be stored (``readership.api.UnavailableOut``).
"""

from __future__ import annotations

from ninja import Schema
from pydantic import ConfigDict


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
