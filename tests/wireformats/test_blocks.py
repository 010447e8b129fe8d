"""Tests for gazete.wireformats.blocks: paragraph/subhead blocks and leading datelines."""

from __future__ import annotations

from gazete.wireformats.blocks import paragraphs_to_blocks, strip_leading_dateline, subhead_title
from gazete.wireformats.model import Block


def test_dash_subheads() -> None:
    assert subhead_title("- Öncelik çocuklarda") == "Öncelik çocuklarda"
    title = "Russia-China ties not against 3rd countries"
    assert subhead_title(f"– {title}") == title
    assert subhead_title("- He said it was over.") is None
    assert subhead_title("-5 degrees overnight") is None


def test_paragraphs_to_blocks_drops_the_end_mark() -> None:
    blocks = paragraphs_to_blocks(["It has staff in 100 countries. -", "- Next steps", " "])
    assert blocks == (Block("paragraph", "It has staff in 100 countries."), Block("subhead", "Next steps"))


def test_strip_leading_dateline() -> None:
    blocks = (Block("paragraph", "ANKARA (AA) - Officials met on Monday."), Block("paragraph", "More."))
    rest, dateline = strip_leading_dateline(blocks)
    assert dateline is not None and dateline.place == "ANKARA"
    assert rest == (Block("paragraph", "Officials met on Monday."), Block("paragraph", "More."))


def test_strip_bare_aa_mark() -> None:
    rest, dateline = strip_leading_dateline((Block("paragraph", "(AA) - Officials met."),))
    assert dateline is not None and dateline.place == ""
    assert rest == (Block("paragraph", "Officials met."),)


def test_no_dateline_leaves_blocks_alone() -> None:
    blocks = (Block("paragraph", "Officials met on Monday."),)
    assert strip_leading_dateline(blocks) == (blocks, None)


def test_a_run_of_dashed_lines_is_a_list_not_subheads() -> None:
    paragraphs = [
        "The package includes:",
        "- free school meals",
        "- a rent subsidy",
        "The minister said so.",
        "- Opposition criticism",
        "Opposition parties objected.",
    ]
    blocks = paragraphs_to_blocks(paragraphs)
    assert [b.text for b in blocks if b.type == "subhead"] == ["Opposition criticism"]
    assert Block("paragraph", "- free school meals") in blocks


def test_short_question_is_a_subhead_but_a_quote_is_not() -> None:
    assert subhead_title("- What happens next?") == "What happens next?"
    assert subhead_title('- "Will they come back?" he asked.') is None
    assert subhead_title("- “We will rebuild every home,” the minister said.") is None
