"""Decoding the span tagger's output into spans and attributions (no model needed)."""

from __future__ import annotations

import numpy as np
import pytest

from reportedly.attribution.span_model import LABELS, RoleSpan, decode, mean_role, pair
from reportedly.model import Span
from reportedly.nlp.encoder import Tagged


def tagged_for(text: str, labels: list[str]) -> Tagged:
    """A tagging of ``text``'s whitespace words, each certain of its label."""
    offsets, start = [], 0
    for word in text.split(" "):
        offsets.append((start, start + len(word)))
        start += len(word) + 1
    probabilities = np.zeros((len(offsets), len(LABELS)), dtype=np.float32)
    for n, label in enumerate(labels):
        probabilities[n, LABELS.index(label)] = 1.0
    return Tagged(offsets=np.asarray(offsets, dtype=np.int64), probabilities=probabilities)


def test_decode_gives_one_span_per_role_run() -> None:
    text = "Peskov said talks were over"
    tagged = tagged_for(text, ["B-SRC", "B-CUE", "B-CON", "I-CON", "I-CON"])
    spans = decode(text, tagged)
    assert [(s.role, s.span.text(text)) for s in spans] == [
        ("source", "Peskov"),
        ("cue", "said"),
        ("content", "talks were over"),
    ]
    assert all(s.score == 1.0 for s in spans)


def test_a_begin_label_starts_a_new_span_of_the_same_role() -> None:
    text = "a b c d"
    tagged = tagged_for(text, ["B-CON", "I-CON", "B-CON", "I-CON"])
    assert [s.span.text(text) for s in decode(text, tagged)] == ["a b", "c d"]


def test_word_pieces_follow_their_word() -> None:
    text = "Peskovsaid"
    tagged = Tagged(
        offsets=np.asarray([[0, 6], [6, 10]], dtype=np.int64),
        probabilities=np.asarray([[0, 1, 0, 0, 0, 0, 0], [0, 0, 0, 1, 0, 0, 0]], dtype=np.float32),
    )
    # "##said" continues the word "Peskov": one source span over the whole word
    assert [(s.role, s.span) for s in decode(text, tagged)] == [("source", Span(0, 10))]


def role(kind: str, start: int, end: int) -> RoleSpan:
    return RoleSpan(role=kind, span=Span(start, end), score=0.9)  # type: ignore[arg-type]


def test_pair_takes_the_nearest_cue_and_its_source() -> None:
    # sentence 1: [0, 30) "X said A", sentence 2: [30, 60) "Y told B"
    spans = [
        role("source", 0, 2),
        role("cue", 3, 7),
        role("content", 8, 20),
        role("source", 30, 32),
        role("cue", 33, 37),
        role("content", 38, 50),
    ]
    result = pair(spans, [Span(0, 30), Span(30, 60)])
    assert [
        (a.source.span, a.cue.span, a.content[0].span) for a in result if a.cue and a.source
    ] == [
        (Span(0, 2), Span(3, 7), Span(8, 20)),
        (Span(30, 32), Span(33, 37), Span(38, 50)),
    ]


def test_contents_sharing_a_cue_are_one_attribution() -> None:
    spans = [
        role("content", 0, 10),
        role("cue", 12, 16),
        role("source", 17, 19),
        role("content", 21, 40),
    ]
    (only,) = pair(spans, [Span(0, 41)])
    assert [c.span for c in only.content] == [Span(0, 10), Span(21, 40)]
    assert only.source is not None
    assert only.source.span == Span(17, 19)


def span_of(text: str, words: str) -> Span:
    start = text.index(words)
    return Span(start, start + len(words))


def test_a_cue_after_and_opens_the_next_report_not_the_content_before_it() -> None:
    text = (
        "Antony Blinken said on Saturday he had discussed Russian aggression with Wang Yi, and "
        "raised concerns over Beijing's alignment with Moscow."
    )
    first = "he had discussed Russian aggression with Wang Yi"
    second = "concerns over Beijing's alignment with Moscow"
    spans = [
        RoleSpan("source", span_of(text, "Antony Blinken"), 0.9),
        RoleSpan("cue", span_of(text, "said"), 0.9),
        RoleSpan("content", span_of(text, first), 0.9),
        RoleSpan("cue", span_of(text, "raised"), 0.9),
        RoleSpan("content", span_of(text, second), 0.9),
    ]
    found = pair(spans, [Span(0, len(text))], text)
    assert [
        (a.cue.span.text(text), [c.span.text(text) for c in a.content]) for a in found if a.cue
    ] == [
        ("said", [first]),
        ("raised", [second]),
    ]
    # without the text, the nearest cue takes both (the pairing before the rule)
    (alone,) = pair(spans, [Span(0, len(text))])
    assert alone.cue is not None
    assert alone.cue.span.text(text) == "raised"


def test_a_cue_after_and_still_takes_a_content_with_no_other_cue_near() -> None:
    text = "The talks were over, and said nothing more."
    spans = [
        RoleSpan("content", span_of(text, "The talks were over"), 0.9),
        RoleSpan("cue", span_of(text, "said"), 0.9),
    ]
    (only,) = pair(spans, [Span(0, len(text))], text)
    assert only.cue is not None
    assert only.cue.span.text(text) == "said"


def test_a_content_without_a_cue_nearby_has_none() -> None:
    spans = [role("content", 0, 10), role("cue", 200, 204)]
    sentences = [Span(0, 50), Span(50, 100), Span(100, 150), Span(150, 250)]
    (only,) = pair(spans, sentences)
    assert only.cue is None
    assert only.source is None


def test_mean_role_averages_over_the_pieces_inside() -> None:
    text = "Peskov said talks were over"
    tagged = tagged_for(text, ["B-SRC", "B-CUE", "B-CON", "I-CON", "O"])
    assert mean_role(tagged, Span(12, 27), "content") == pytest.approx(2 / 3)
    assert mean_role(tagged, Span(0, 6), "source") == 1.0
    assert mean_role(tagged, Span(6, 7), "cue") == 0.0  # no piece wholly inside


MINISTRY = (
    "Moscow summoned the ambassador in protest, the ministry said in a statement released on "
    'Monday.\n\n"Casey pointed out that the attack contradicts the assurances given earlier," '
    'the statement continued. "Thus, the minister disavowed this position."'
)


def ministry_spans(text: str) -> list[RoleSpan]:
    """The tagger's spans of ``MINISTRY`` (as it reads them), "Monday" taken for a cue."""
    first = '"Casey pointed out that the attack contradicts the assurances given earlier,"'
    return [
        RoleSpan("content", span_of(text, "Moscow summoned the ambassador in protest"), 0.9),
        RoleSpan("source", span_of(text, "the ministry"), 0.9),
        RoleSpan("cue", span_of(text, "said in a statement released"), 0.8),
        RoleSpan("cue", span_of(text, "Monday"), 0.5),
        RoleSpan("content", span_of(text, first), 0.9),
        RoleSpan("source", span_of(text, "the statement"), 0.9),
        RoleSpan("cue", span_of(text, "continued"), 0.9),
        RoleSpan("content", span_of(text, '"Thus, the minister disavowed this position."'), 0.9),
    ]


def sentences_of(text: str) -> list[Span]:
    ends = [text.index("Monday.") + 7, text.index("continued.") + 10, len(text)]
    return [Span(start, end) for start, end in zip([0, *ends[:-1]], ends, strict=True)]


def test_a_quote_takes_its_own_paragraphs_frame_over_the_cue_ending_the_one_before() -> None:
    text = MINISTRY
    spans = ministry_spans(text)
    found = pair(spans, sentences_of(text), text)
    assert [
        (a.cue.span.text(text), a.source.span.text(text) if a.source else None, len(a.content))
        for a in found
        if a.cue
    ] == [("said in a statement released", "the ministry", 1), ("continued", "the statement", 2)]
    # the nearest cue alone gave the first quote "Monday" and the paragraph before's speaker
    before = pair(spans, sentences_of(text))
    assert [a.cue.span.text(text) for a in before if a.cue and len(a.content) == 1][1] == "Monday"


def test_a_quote_after_an_open_frame_keeps_it() -> None:
    text = 'Peskov told reporters:\n\n"We are ready. The president has said this many times."'
    spans = [
        RoleSpan("source", span_of(text, "Peskov"), 0.9),
        RoleSpan("cue", span_of(text, "told reporters:"), 0.9),
        RoleSpan("content", span_of(text, '"We are ready.'), 0.9),
        RoleSpan("source", span_of(text, "The president"), 0.9),
        RoleSpan("cue", span_of(text, "has said"), 0.9),
        RoleSpan("content", span_of(text, "this many times."), 0.9),
    ]
    sentences = [Span(0, 22), Span(24, 38), Span(39, len(text))]
    found = pair(spans, sentences, text)
    assert [(a.cue.span.text(text), a.content[0].span.text(text)) for a in found if a.cue] == [
        ("told reporters:", '"We are ready.'),
        ("has said", "this many times."),
    ]


@pytest.mark.parametrize(
    ("after", "cue"),
    [
        # the next paragraph's report is not the quote's frame
        ("The Kremlin has not yet commented.", None),
        # a frame opening the next paragraph is ("- said Putin.", as translations set it)
        ("- said the Kremlin spokesman.", "said"),
    ],
)
def test_a_quote_takes_a_later_paragraphs_cue_only_where_it_opens_that_paragraph(
    after: str, cue: str | None
) -> None:
    quote = '"We will not give up an inch of our land, whatever they offer us."'
    text = f"{quote}\n\n{after}"
    word = "commented" if cue is None else cue
    spans = [
        RoleSpan("content", span_of(text, quote), 0.9),
        RoleSpan("cue", span_of(text, word), 0.9),
    ]
    (found,) = (a for a in pair(spans, [Span(0, len(quote)), Span(len(quote), len(text))], text))
    assert (found.cue.span.text(text) if found.cue else None) == cue
