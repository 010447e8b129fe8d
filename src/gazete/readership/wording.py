"""The read counter's sentence in a story's language, with the plural form its number needs.

``This news has been read 1 time in total.`` / ``… 3 times in total.`` / ``Bu haber toplam 3 kez
okundu.``: one ``ngettext`` message, translated in the Turkish catalogue. The page also carries the
sentence's forms by CLDR plural category, so ``reads.js`` can pick the right one with the browser's
``Intl.PluralRules`` when the beacon answers a new count (the beacon itself stays a bare number).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from django.utils import translation
from django.utils.translation import ngettext

PLACEHOLDER = "%(count)s"
# One number of each CLDR plural category that Turkish and English have (Intl.PluralRules names
# them); gettext picks the same form for it as the browser does for any number of its category.
CATEGORY_SAMPLES = {"one": 1, "other": 2}


def counter_language(story_language: str) -> str:
    """The language the counter speaks on a story: English on English stories, Turkish otherwise."""
    return "en" if (story_language or "").lower().startswith("en") else "tr"


def _sentence_format(count: int, language: str) -> str:
    with translation.override(counter_language(language)):
        return ngettext(
            "This news has been read %(count)s time in total.",
            "This news has been read %(count)s times in total.",
            count,
        )


def _split(sentence_format: str) -> tuple[str, str]:
    before, _, after = sentence_format.partition(PLACEHOLDER)
    return before, after


def read_count_sentence(count: int, language: str) -> str:
    """The whole sentence as plain text: ``This news has been read 1 time in total.``"""
    return _sentence_format(count, language) % {"count": count}


@dataclass(frozen=True)
class CounterWording:
    """The counter's sentence around its number: the words before and after, in ``language``."""

    language: str
    before: str
    after: str
    forms: dict[str, tuple[str, str]]

    @property
    def forms_json(self) -> str:
        """The forms by plural category as JSON, for ``data-read-forms`` (``{"one": [before, after], …}``)."""
        return json.dumps(self.forms, ensure_ascii=False, separators=(",", ":"))


def counter_wording(count: int, story_language: str) -> CounterWording:
    """The counter's words for ``count`` reads of a story in ``story_language``, with every form."""
    language = counter_language(story_language)
    before, after = _split(_sentence_format(count, language))
    forms = {category: _split(_sentence_format(sample, language)) for category, sample in CATEGORY_SAMPLES.items()}
    return CounterWording(language, before, after, forms)
