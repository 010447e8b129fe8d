"""Numeric request parameters, validated and bounded: ids, page numbers, limits and offsets.

A number a client sends goes into a SQL query; one that does not fit the database's 64-bit
integer (``offset=99999999999999999999``) makes the query fail with an overflow, a server error.
Everything numeric that comes from a request is therefore checked here first, and a value that is
not a whole number or lies out of its range is the client's error: the API answers 422 (django-ninja's
validation answer), the pages 400 or 404. This module imports nothing from Django.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import Field

# The largest value a BIGINT column holds (PostgreSQL ``bigint``, SQLite ``INTEGER``).
MAX_ID = 2**63 - 1
# How far into a list a client may page: far beyond any newsroom's archive, far below overflow.
MAX_OFFSET = 1_000_000_000
# Digits of the largest number parse_int reads at all; longer strings are refused before int().
_MAX_DIGITS = 19
_WHOLE_NUMBER = re.compile(r"^[+-]?[0-9]+$")

# A database id in the API (a path or body field): 1 … MAX_ID, else 422.
ObjectId = Annotated[int, Field(ge=1, le=MAX_ID)]


class ParamError(ValueError):
    """A request parameter is not a whole number, or lies outside its range; the message says which."""


def parse_int(value: str | int | None, *, default: int, minimum: int, maximum: int, name: str = "value") -> int:
    """Read a whole number from a request parameter, ``default`` when it is absent or empty.

    Raises ParamError (a ValueError) naming ``name`` when the value is not a whole number
    (``"x"``, ``"1.5"``, ``"1e9"``) or lies outside ``minimum`` … ``maximum``.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return default
    if isinstance(value, bool):
        raise ParamError(f"{name} must be a whole number, got {value!r}")
    if isinstance(value, int):
        number = value
    else:
        text = value.strip()
        if not _WHOLE_NUMBER.match(text):
            raise ParamError(f"{name} must be a whole number, got {text[:40]!r}")
        if len(text.lstrip("+-").lstrip("0")) > _MAX_DIGITS:
            raise ParamError(f"{name} must be between {minimum} and {maximum}")
        number = int(text)
    if not minimum <= number <= maximum:
        raise ParamError(f"{name} must be between {minimum} and {maximum}, got {number}")
    return number


class IdConverter:
    """URL path converter ``<id:name>``: a database id, 1 … MAX_ID; anything else matches no URL (404)."""

    regex = "[0-9]{1,19}"

    def to_python(self, value: str) -> int:
        """The id as an int; ValueError (so the URL does not match) when it is 0 or beyond MAX_ID."""
        return parse_int(value, default=0, minimum=1, maximum=MAX_ID, name="id")

    def to_url(self, value: int | str) -> str:
        """The id as it appears in a URL."""
        return str(int(value))
