"""Model instances from a written SQL statement: what ``raw()`` does, without its setup on every query.

``Model.objects.raw()`` works out, for every query, which column is which field, the converters
of each (SQLite hands datetimes back as text, JSON as text) and the model's init order: ~70 µs of
CPU a query before the first row. :class:`Columns` works that out once per model, set of fields
and database connection, writes the select list, and turns each row into an instance
(``Model.from_db``, so instances are as the ORM's: not ``_state.adding``, fields left out deferred).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Generic, TypeVar
from weakref import WeakKeyDictionary

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models import Field, Model

M = TypeVar("M", bound=Model)
Converter = Callable[[Any, Any, BaseDatabaseWrapper], Any]
_CONVERTERS: WeakKeyDictionary[BaseDatabaseWrapper, dict[Field, list[Converter]]] = WeakKeyDictionary()


def _converters(field: Field, connection: BaseDatabaseWrapper) -> list[Converter]:
    """The converters the ORM applies to ``field``'s column on ``connection`` (the backend's, then the field's)."""
    known = _CONVERTERS.setdefault(connection, {})
    if field not in known:
        col = field.cached_col  # type: ignore[attr-defined]
        known[field] = [*connection.ops.get_db_converters(col), *col.get_db_converters(connection)]
    return known[field]


@dataclass(frozen=True)
class Columns(Generic[M]):
    """Some concrete fields of ``model`` (all but ``leave_out``), in the model's order, read from SQL rows."""

    model: type[M]
    fields: tuple[Field, ...]
    attnames: tuple[str, ...]

    @property
    def count(self) -> int:
        """How many columns of a row are this model's."""
        return len(self.fields)

    def select(self, alias: str) -> str:
        """The select list: ``alias."col", …`` (written once per alias)."""
        return _select_list(self, alias, connections[DEFAULT_DB_ALIAS].vendor)

    def instance(self, values: Sequence[Any]) -> M:
        """The model instance of one row's values (in the order of ``select``), converted as the ORM would."""
        connection = connections[DEFAULT_DB_ALIAS]
        converted = []
        for field, value in zip(self.fields, values, strict=True):
            for convert in _converters(field, connection):
                value = convert(value, field.cached_col, connection)  # type: ignore[attr-defined]
            converted.append(value)
        return self.model.from_db(connection.alias, list(self.attnames), converted)


@lru_cache(maxsize=256)
def _select_list(model_columns: Columns[Any], alias: str, vendor: str) -> str:
    quote = connections[DEFAULT_DB_ALIAS].ops.quote_name
    return ", ".join(f"{alias}.{quote(field.column)}" for field in model_columns.fields)


@lru_cache(maxsize=64)
def columns(model: type[M], leave_out: tuple[str, ...] = (), only: tuple[str, ...] | None = None) -> Columns[M]:
    """The :class:`Columns` of ``model``'s concrete fields: those named in ``only`` (all when None) but
    those in ``leave_out``; the others are deferred in the instances."""
    fields = tuple(f for f in model._meta.concrete_fields
                   if f.name not in leave_out and (only is None or f.name in only))
    return Columns(model, fields, tuple(f.attname for f in fields))


def read_value(field: Field, value: Any) -> Any:
    """One column's value as the ORM returns ``field``'s (SQLite hands a datetime back as text, say)."""
    connection = connections[DEFAULT_DB_ALIAS]
    for convert in _converters(field, connection):
        value = convert(value, field.cached_col, connection)  # type: ignore[attr-defined]
    return value


def placeholders(count: int) -> str:
    """The parameter marks of an ``IN (…)`` list of ``count`` values (``%s, %s, %s``)."""
    return ", ".join(["%s"] * count)


def rows(sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """Every row of ``sql`` run with ``params`` on the default database."""
    with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
        cursor.execute(sql, list(params))
        return cursor.fetchall()


def instances(model_columns: Columns[M], sql: str, params: Sequence[Any] = ()) -> list[M]:
    """The instances of ``sql``'s rows, whose columns are ``model_columns.select(…)``'s."""
    return [model_columns.instance(row) for row in rows(sql, params)]
