"""Offsets into the clean text mapped back to the file's own text."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from reportedly.ingest.decode import _UNWANTED, normalize_text
from reportedly.ingest.offsets import in_source_offsets, normalize_with_offsets
from reportedly.ingest.text import read_text
from reportedly.model import Analysis, Mention, Span, Statement

# characters the normalisation touches: line breaks, trailing spaces, controls, marks
ALPHABET = st.sampled_from(
    ["a", "b", "e", "\u0301", "\u0308", " ", "\t", "\u00a0", "\n", "\r", "\r\n", "\u2028",
     "\x0c", "\x01", "\ufeff", "“", "”", ".", "\u1100", "\u1161"]
)  # fmt: skip


@given(st.lists(ALPHABET, max_size=60).map("".join))
def test_offsets_normalise_exactly_like_normalize_text(original: str) -> None:
    mapping = normalize_with_offsets(original)
    assert mapping.clean == normalize_text(original)
    for i, ch in enumerate(mapping.clean):
        behind = mapping.span(Span(i, i + 1)).text(original)
        # a mark that composes maps its whole cluster ("a" + two accents → "á" + accent),
        # control characters dropped inside it included
        assert ch == "\n" or ch in unicodedata.normalize("NFC", _UNWANTED.sub("", behind))
        if len(behind) == 1:
            assert ch == "\n" or behind == ch


@given(st.lists(ALPHABET, max_size=60).map("".join), st.data())
def test_offsets_spans_map_inside_the_original(original: str, data: st.DataObject) -> None:
    mapping = normalize_with_offsets(original)
    n = len(mapping.clean)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    moved = mapping.span(Span(start, end))
    assert 0 <= moved.start <= moved.end <= len(original)
    # words survive the trip: the letters of the clean span are the letters behind it (with
    # the rest of a composed cluster when the span cuts one: "á" + accent; a control dropped
    # between a letter and its mark lets them compose: "a\x01\u0301" is "á")
    letters = "".join(c for c in mapping.clean[start:end] if c.isalpha())
    behind = unicodedata.normalize("NFC", _UNWANTED.sub("", moved.text(original)))
    found = "".join(c for c in behind if c.isalpha())
    assert letters in found
    if unicodedata.is_normalized("NFC", original):
        assert letters == found


def test_offsets_trailing_spaces_and_crlf() -> None:
    original = "Title  \r\n\r\n\r\n\r\nSmith said   \r\nthat we won.  \r\n"
    mapping = normalize_with_offsets(original)
    assert mapping.clean == "Title\n\nSmith said\nthat we won."
    span = Span(mapping.clean.index("that"), len(mapping.clean))
    assert mapping.span(span).text(original) == "that we won."
    said = mapping.clean.index("said")
    assert mapping.span(Span(said, said + 4)).text(original) == "said"


def test_offsets_analysis_moved_to_the_file_text() -> None:
    original = "Smith said  \nthat we won.\n\nDonate now to support us."
    article = read_text(original, source="a.txt")
    text = article.text
    content = Span(text.index("that"), text.index("won.") + 3)
    speaker = Span(0, 5)
    statement = Statement(
        id="s",
        kind="indirect",
        content=(content,),
        cue=Span(6, 10),
        speaker=Mention(span=speaker, text="Smith", label="SPEAKER"),
    )
    moved = in_source_offsets(Analysis(article=article, statements=(statement,)), original)
    assert moved is not None
    assert moved.article.text == original
    assert moved.article.id == article.id
    [s] = moved.statements
    assert s.content[0].text(original) == "that we won"
    assert s.content[0].start == original.index("that")
    assert s.speaker is not None
    assert s.speaker.span.text(original) == "Smith"


def test_offsets_refused_when_the_text_is_not_the_file_text() -> None:
    article = read_text("Smith said that we won.", source="a.txt", metadata={"title": "Won"})
    assert in_source_offsets(Analysis(article=article), "Smith said that we won.") is None


def test_offsets_a_mark_after_a_dropped_control_composes_with_the_letter_before() -> None:
    original = "aa\x01\u0301"
    mapping = normalize_with_offsets(original)
    assert mapping.clean == "a\u00e1"
    assert mapping.span(Span(1, 2)).text(original) == "a\x01\u0301"
