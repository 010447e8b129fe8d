"""Refusal reasons shown on the desk, in the interface language.

The publishing services (``gazete.newsroom.publishing``) and the incoming queue
(``gazete.backoffice.queue``) explain a refusal in English words that also go to logs and the
desk log. The desk shows the editor the same sentence in the interface language: each known
sentence is listed here as a gettext message; a ``%(name)s`` in it matches any text, which is
carried into the translation (the placeholder credit that was refused, for example). A reason
that is not listed is shown as it is.
"""

from __future__ import annotations

import re

from django.utils.translation import gettext, gettext_noop

REFUSAL_MESSAGES: tuple[str, ...] = (
    # the provenance guard (publishing.provenance_problem)
    gettext_noop("The story has no source credit; set the real source (e.g. Anadolu Ajansı) "
                 "before publishing."),
    gettext_noop("The story's credit is a template placeholder (%(source)s), not the real source; "
                 "set the real source before publishing."),
    # the other publishing refusals (PublishRefused)
    gettext_noop("The story is already published."),
    gettext_noop("The scheduled time has already passed; choose a later time or publish now."),
    gettext_noop("The story is already published; unpublish it first to schedule it."),
    gettext_noop("Only a published or scheduled story can be unpublished."),
    gettext_noop("A withdrawal needs a reason readers can read."),
    gettext_noop("Only a published story can be withdrawn; spike or keep a draft instead."),
    gettext_noop("A story needs a headline."),
    gettext_noop("A story needs body text."),
    gettext_noop("A correction needs its text."),
    gettext_noop("Only a published story can be a lead story."),
    gettext_noop("Only a published story can be breaking news."),
    gettext_noop("The breaking-news expiry must be in the future."),
    # the incoming queue (queue.hold, queue.spike)
    gettext_noop("only a draft can be held in the incoming queue"),
    gettext_noop("only a draft can be spiked"),
)

_PLACEHOLDER = re.compile(r"%\((\w+)\)s")


def _pattern(message: str) -> re.Pattern[str]:
    """A regular expression matching ``message`` with each ``%(name)s`` as a named group."""
    pieces: list[str] = []
    position = 0
    for match in _PLACEHOLDER.finditer(message):
        pieces.append(re.escape(message[position:match.start()]))
        pieces.append(f"(?P<{match.group(1)}>.+?)")
        position = match.end()
    pieces.append(re.escape(message[position:]))
    return re.compile("".join(pieces), re.DOTALL)


_EXACT = {message for message in REFUSAL_MESSAGES if not _PLACEHOLDER.search(message)}
_PATTERNS = [(message, _pattern(message)) for message in REFUSAL_MESSAGES if _PLACEHOLDER.search(message)]


def translated_reason(reason: str | None) -> str | None:
    """``reason`` (an English refusal sentence) in the interface language; None stays None."""
    if reason is None:
        return None
    if reason in _EXACT:
        return gettext(reason)
    for message, pattern in _PATTERNS:
        match = pattern.fullmatch(reason)
        if match:
            return gettext(message) % match.groupdict()
    return reason
