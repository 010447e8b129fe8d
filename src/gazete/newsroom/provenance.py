"""The provenance guard: a story whose credit is missing or a template placeholder is never published."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from gazete.newsroom.models import Story
from gazete.newsroom.refusal import Refusal
from gazete.wireformats.chrome import PLACEHOLDER_SOURCES

# Credit prefixes an editor or a feed may leave in front of the name ("Kaynak: Source of News").
_CREDIT_LABELS = ("kaynak", "source", "credit")


def is_placeholder_credit(source: str) -> bool:
    """Tell whether a credit line is a template placeholder (``Source of News``, ``Kaynak: Kaynak``)."""
    value = " ".join(source.split()).strip(" .:").lower()
    for label in _CREDIT_LABELS:
        if value.startswith(label + ":"):
            value = value[len(label) + 1:].strip(" .:")
            break
    return value in PLACEHOLDER_SOURCES


def provenance_problem(story: Story) -> Refusal | None:
    """Why ``story`` may not be published for want of a real credit (a Refusal), or None when it may."""
    source = (story.source or "").strip()
    if not source:
        return Refusal("no_source", _("The story has no source credit; set the real source (e.g. Anadolu Ajansı) "
                                      "before publishing."))
    if is_placeholder_credit(source):
        return Refusal("placeholder_source",
                       _("The story's credit is a template placeholder (%(source)s), not the real source; "
                         "set the real source before publishing."),
                       {"source": repr(source)})
    return None
