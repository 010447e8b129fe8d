"""Refusal: what an action raises when its rules or the actor's permissions forbid it.

A refusal carries a stable ``code`` (for code, tests and logs) and a message that is translated
only when it is shown (``refusal.text`` renders it in the active language, with its ``params``),
so no caller ever has to match an English sentence back to find out what happened.
"""

from __future__ import annotations

from collections.abc import Mapping

from django.core.exceptions import PermissionDenied
from django.utils import translation
from django.utils.functional import Promise


class Refusal(ValueError):
    """An action the rules forbid: ``code`` says which rule, ``message`` says it to a person.

    ``text`` is the message in the active language (for the person who tried); ``reason`` and
    ``str()`` give it in English, as logs, audit notes and tracebacks keep it.
    """

    def __init__(self, code: str, message: str | Promise, params: Mapping[str, object] | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.message = message
        self.params = dict(params or {})

    @property
    def text(self) -> str:
        """The message in the active language, with its params filled in."""
        text = str(self.message)
        return text % self.params if self.params else text

    @property
    def reason(self) -> str:
        """The message in English, whatever the active language (for logs and audit notes)."""
        with translation.override("en"):
            return self.text

    def __str__(self) -> str:
        return self.reason


class NotPermitted(Refusal, PermissionDenied):
    """The actor's role does not allow the action (code ``not_permitted``); Django answers it with 403."""
