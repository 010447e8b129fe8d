"""Compile gettext ``.po`` catalogues to ``.mo`` in pure Python (no GNU gettext needed).

The same logic as CPython's ``Tools/i18n/msgfmt.py``: fuzzy and untranslated entries are left
out, contexts (``msgctxt``) and plural forms are kept. ``gazete manage compile_translations``
runs it over LOCALE_PATHS, so a fresh machine needs nothing beyond Python to get both languages.
"""

from __future__ import annotations

import array
import ast
import struct
from dataclasses import dataclass, field
from pathlib import Path

MO_MAGIC = 0x950412DE
CONTEXT_SEPARATOR = "\x04"


class PoSyntaxError(ValueError):
    """A line of a .po file that is not gettext syntax (the message names file and line)."""


@dataclass
class _Entry:
    context: str | None = None
    msgid: str = ""
    msgid_plural: str | None = None
    msgstr: dict[int, str] = field(default_factory=dict)
    fuzzy: bool = False


def _unquote(text: str, where: str) -> str:
    text = text.strip()
    if not (len(text) >= 2 and text[0] == text[-1] == '"'):
        raise PoSyntaxError(f"{where}: expected a quoted string, got {text!r}")
    try:
        return str(ast.literal_eval(text))
    except (ValueError, SyntaxError) as exc:
        raise PoSyntaxError(f"{where}: bad string {text!r} ({exc})") from None


def parse_po(text: str, name: str = "<po>") -> dict[str, str]:
    """Return the translated messages of a .po text as the .mo keys and values.

    Keys are ``msgid`` (``context\\x04msgid`` with a context, ``msgid\\0msgid_plural`` for plurals);
    values are ``msgstr`` (plural forms joined by NUL). The header (``msgid ""``) is kept.
    """
    entries: list[_Entry] = []
    entry = _Entry()
    section: tuple[str, int] | None = None
    fuzzy_next = False

    def finish() -> None:
        nonlocal entry, section
        if section is not None:
            entries.append(entry)
        entry, section = _Entry(), None

    for number, raw in enumerate(text.splitlines(), start=1):
        where = f"{name}:{number}"
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            if line.startswith("#,") and "fuzzy" in line:
                if section is not None and section[0] == "msgstr":
                    finish()
                fuzzy_next = True
            continue
        keyword, _, rest = line.partition(" ")
        if line.startswith('"'):
            if section is None:
                raise PoSyntaxError(f"{where}: a continuation line outside any entry")
            value = _unquote(line, where)
            kind, index = section
            if kind == "msgctxt":
                entry.context = (entry.context or "") + value
            elif kind == "msgid":
                entry.msgid += value
            elif kind == "msgid_plural":
                entry.msgid_plural = (entry.msgid_plural or "") + value
            else:
                entry.msgstr[index] = entry.msgstr.get(index, "") + value
            continue
        if keyword in {"msgctxt", "msgid"} and section is not None and section[0] == "msgstr":
            finish()
        if keyword in {"msgctxt", "msgid"} and section is None:
            entry.fuzzy = fuzzy_next
            fuzzy_next = False
        if keyword == "msgctxt":
            entry.context = _unquote(rest, where)
            section = ("msgctxt", 0)
        elif keyword == "msgid":
            entry.msgid = _unquote(rest, where)
            section = ("msgid", 0)
        elif keyword == "msgid_plural":
            entry.msgid_plural = _unquote(rest, where)
            section = ("msgid_plural", 0)
        elif keyword == "msgstr":
            entry.msgstr[0] = _unquote(rest, where)
            section = ("msgstr", 0)
        elif keyword.startswith("msgstr[") and keyword.endswith("]"):
            try:
                index = int(keyword[7:-1])
            except ValueError:
                raise PoSyntaxError(f"{where}: bad plural index in {keyword!r}") from None
            entry.msgstr[index] = _unquote(rest, where)
            section = ("msgstr", index)
        else:
            raise PoSyntaxError(f"{where}: unknown keyword {keyword!r}")
    finish()

    messages: dict[str, str] = {}
    for item in entries:
        is_header = item.msgid == "" and item.context is None
        if item.fuzzy and not is_header:
            continue
        forms = [item.msgstr[i] for i in sorted(item.msgstr)]
        if not any(forms):
            continue
        key = item.msgid if item.msgid_plural is None else f"{item.msgid}\0{item.msgid_plural}"
        if item.context is not None:
            key = f"{item.context}{CONTEXT_SEPARATOR}{key}"
        messages[key] = "\0".join(forms)
    return messages


def mo_bytes(messages: dict[str, str]) -> bytes:
    """Encode messages (as returned by :func:`parse_po`) in the GNU .mo format, keys sorted."""
    keys = sorted(messages, key=lambda k: k.encode("utf-8"))
    ids = strs = b""
    offsets = []
    for key in keys:
        key_bytes, value_bytes = key.encode("utf-8"), messages[key].encode("utf-8")
        offsets.append((len(ids), len(key_bytes), len(strs), len(value_bytes)))
        ids += key_bytes + b"\0"
        strs += value_bytes + b"\0"
    key_start = 7 * 4 + 16 * len(keys)
    value_start = key_start + len(ids)
    key_offsets: list[int] = []
    value_offsets: list[int] = []
    for id_offset, id_length, str_offset, str_length in offsets:
        key_offsets += [id_length, id_offset + key_start]
        value_offsets += [str_length, str_offset + value_start]
    header = struct.pack("Iiiiiii", MO_MAGIC, 0, len(keys), 7 * 4, 7 * 4 + len(keys) * 8, 0, 0)
    return header + array.array("i", key_offsets + value_offsets).tobytes() + ids + strs


def compile_po(po_path: Path) -> Path:
    """Compile ``po_path`` to the .mo file beside it; return the .mo path."""
    mo_path = po_path.with_suffix(".mo")
    data = mo_bytes(parse_po(po_path.read_text("utf-8"), str(po_path)))
    if not mo_path.exists() or mo_path.read_bytes() != data:
        mo_path.write_bytes(data)
    return mo_path


def po_files(locale_dirs: list[Path]) -> list[Path]:
    """Every ``LC_MESSAGES/*.po`` under the given locale directories, sorted."""
    found: list[Path] = []
    for directory in locale_dirs:
        found += sorted(Path(directory).glob("*/LC_MESSAGES/*.po"))
    return found
