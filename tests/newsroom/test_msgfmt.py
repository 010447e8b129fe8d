"""Tests for newsroom.msgfmt: pure-Python .po → .mo, and the shipped catalogues being complete and fresh."""

from __future__ import annotations

import ast
import gettext
import io
import re
from pathlib import Path

import pytest

from gazete.newsroom.msgfmt import PoSyntaxError, mo_bytes, parse_po, po_files

LOCALE = Path(__file__).resolve().parents[2] / "src" / "gazete" / "locale"

PO = r'''
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\n"

#: a.py:1
msgid "Search"
msgstr "Ara"

msgctxt "month"
msgid "May"
msgstr "Mayıs"

#, fuzzy
msgid "Unsure"
msgstr "Emin değil"

msgid "Untranslated"
msgstr ""

msgid "%(n)s story"
msgid_plural "%(n)s stories"
msgstr[0] "%(n)s haber"
msgstr[1] "%(n)s haber"

msgid ""
"Two "
"lines \"quoted\"\n"
msgstr "İki satır \"tırnaklı\"\n"
'''


def test_compiled_catalogue_reads_back_through_gettext() -> None:
    catalogue = gettext.GNUTranslations(io.BytesIO(mo_bytes(parse_po(PO))))
    assert catalogue.gettext("Search") == "Ara"
    assert catalogue.pgettext("month", "May") == "Mayıs"
    assert catalogue.gettext("Unsure") == "Unsure"
    assert catalogue.gettext("Untranslated") == "Untranslated"
    assert catalogue.ngettext("%(n)s story", "%(n)s stories", 3) == "%(n)s haber"
    assert catalogue.gettext('Two lines "quoted"\n') == 'İki satır "tırnaklı"\n'


def test_bad_syntax_says_where() -> None:
    with pytest.raises(PoSyntaxError, match=r"x\.po:2"):
        parse_po('msgid "a"\nmsgstrr "b"\n', "x.po")


def test_shipped_catalogues_are_compiled_complete_and_fresh() -> None:
    files = po_files([LOCALE])
    assert [p.parent.parent.name for p in files] == ["tr"]
    for po_path in files:
        text = po_path.read_text("utf-8")
        messages = parse_po(text, str(po_path))
        msgids = text.count("\nmsgid ") - 1  # minus the header
        assert len(messages) - 1 == msgids, "every interface string has a Turkish translation"
        mo_path = po_path.with_suffix(".mo")
        assert mo_path.exists(), "run: gazete manage compile_translations"
        shipped = gettext.GNUTranslations(io.BytesIO(mo_path.read_bytes()))
        fresh = gettext.GNUTranslations(io.BytesIO(mo_bytes(messages)))
        assert shipped._catalog == fresh._catalog, "stale .mo: run gazete manage compile_translations"


TRANSLATING_CALLS = {"_": 0, "gettext": 0, "gettext_lazy": 0, "ngettext": 0, "ngettext_lazy": 0,
                     "pgettext": 1, "pgettext_lazy": 1, "npgettext": 1}
TEMPLATE_TRANSLATE = re.compile(r"""\{%\s*(?:translate|trans)\s+(["'])(.*?)\1(?:\s+context\s+(["'])(.*?)\3)?""")


def _marked_strings() -> set[tuple[str | None, str]]:
    """Return (context, msgid) of every literal string marked for translation in our code and templates."""
    package = LOCALE.parent
    found: set[tuple[str | None, str]] = set()
    for path in package.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            position = TRANSLATING_CALLS.get(node.func.id)
            if position is None or len(node.args) <= position:
                continue
            argument = node.args[position]
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                context = None
                if position == 1 and isinstance(node.args[0], ast.Constant):
                    context = node.args[0].value
                found.add((context, argument.value))
    for path in package.rglob("*.html"):
        for match in TEMPLATE_TRANSLATE.finditer(path.read_text("utf-8")):
            found.add((match.group(4), match.group(2)))
    return found


def test_every_marked_string_is_in_the_turkish_catalogue() -> None:
    messages = parse_po((LOCALE / "tr" / "LC_MESSAGES" / "django.po").read_text("utf-8"))
    known: set[tuple[str | None, str]] = set()
    for key in messages:
        singular = key.split("\0")[0]
        context, _, msgid = singular.rpartition("\x04")
        known.add((context or None, msgid))
    missing = sorted(str(item) for item in _marked_strings() - known)
    assert not missing, f"run makemessages and translate: {missing[:10]}"
