"""Tests for newsroom.diffing: readable paragraph and word differences between versions."""

from gazete.newsroom.diffing import diff_blocks, word_diff


def p(text: str) -> dict[str, str]:
    return {"type": "paragraph", "text": text}


def test_added_removed_and_changed_paragraphs() -> None:
    before = [p("One."), p("Two."), p("Three.")]
    after = [p("One."), p("Two, revised."), p("Four.")]
    changes = diff_blocks(before, after)
    assert [(c.kind, c.before, c.after) for c in changes] == [
        ("changed", "Two.", "Two, revised."),
        ("changed", "Three.", "Four."),
    ]
    assert [c.kind for c in diff_blocks([p("A.")], [p("A."), p("B.")])] == ["added"]
    assert [c.kind for c in diff_blocks([p("A."), p("B.")], [p("B.")])] == ["removed"]


def test_identical_bodies_have_no_changes() -> None:
    assert diff_blocks([p("Same.")], [p("Same.")]) == []


def test_word_diff_marks_inserted_and_deleted_words() -> None:
    assert word_diff("up 12 percent", "up 14 percent") == [
        ("equal", "up"), ("delete", "12"), ("insert", "14"), ("equal", "percent")]
