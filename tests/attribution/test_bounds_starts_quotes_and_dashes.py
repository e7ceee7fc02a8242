"""Where a reported content starts after its cue, and how it ends at quotes, dashes and line
breaks (runs the spaCy English pipeline)."""

from __future__ import annotations

import pytest
from tests.attribution.bounds_settled import MODEL, settled

from reportedly.attribution import CueLexicon, attribute
from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse
from reportedly.attribution.bounds import settle_bounds
from reportedly.model import Article, Span
from reportedly.nlp import annotate

pytestmark = pytest.mark.needs_model


def test_a_time_word_after_the_cue_is_no_part_of_the_content() -> None:
    text = "Zelensky said Saturday sanctions on Russia should be made public before an invasion."
    content = "Saturday sanctions on Russia should be made public before an invasion"
    assert settled(text, content) == "sanctions on Russia should be made public before an invasion"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a possessive day is the content's own
        (
            "Zelensky said Friday's attack on Kyiv was a war crime.",
            "Friday's attack on Kyiv was a war crime",
        ),
        # a quote is the speaker's words as they are
        ('Zelensky said "today we stand together".', "today we stand together"),
    ],
)
def test_a_time_word_that_belongs_to_the_content_stays(text: str, content: str) -> None:
    kind = "direct" if '"' in text else "indirect"
    assert settled(text, content, kind) == content


def test_a_reported_content_ends_before_a_dash_quote_glued_to_its_sentence() -> None:
    text = (
        'According to the guest, as he said, "the war divided the world into two blocks".- On '
        "the one hand, we have the United States - said the interlocutor."
    )
    start = text.index("the war")
    content = text[start : text.index(" - said")]
    assert settled(text, content, "mixed") == 'the war divided the world into two blocks".'


def test_a_reported_content_that_opens_a_quote_runs_on_to_its_closing_mark() -> None:
    text = (
        "Skibitsky said that “We do not see offensive groups on the territory of Belarus. "
        "Today, six battalions are located near our border.”\n\nThe talks went on."
    )
    article = Article(id=Article.make_id(text), text=text)
    found = attribute(article, annotate(text, model=MODEL), lexicon=CueLexicon.load())
    assert [s.content_text(text) for s in found.statements] == [
        "We do not see offensive groups on the territory of Belarus. Today, six "
        "battalions are located near our border."
    ]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a wholly quoted reported clause is direct: the words inside the marks, no "that"
        (
            'The minister said that "the crisis is at its most dangerous moment." He left.',
            ["the crisis is at its most dangerous moment."],
        ),
        (
            'Peskov added that "this is a good question" and "we will answer it".',
            ["this is a good question", "we will answer it"],
        ),
    ],
)
def test_a_wholly_quoted_reported_clause_is_the_words_inside_the_marks(
    text: str, words: list[str]
) -> None:
    article = Article(id=Article.make_id(text), text=text)
    found = attribute(article, annotate(text, model=MODEL), lexicon=CueLexicon.load())
    assert [(s.kind, [c.text(text) for c in s.content]) for s in found.statements] == [
        ("direct", words)
    ]


def test_a_reported_clause_with_words_outside_its_quote_stays_mixed() -> None:
    text = 'The envoy said that the talks were "very difficult".'
    article = Article(id=Article.make_id(text), text=text)
    found = attribute(article, annotate(text, model=MODEL), lexicon=CueLexicon.load())
    assert [(s.kind, s.content_text(text)) for s in found.statements] == [
        ("mixed", 'that the talks were "very difficult"')
    ]


def test_a_speaker_runs_over_no_line_break() -> None:
    text = "VIEW VIDEO guest Marcin Nowak\n\nA high Chinese official announced it was a plan."
    start, cue = text.index("guest"), text.index("announced")
    draft = Draft(
        kind="indirect",
        content=[Span(text.index("it was"), len(text) - 1)],
        cue=Span(cue, cue + 9),
        speaker=Span(start, cue - 1),
    )
    settle_bounds(text, Parse(annotate(text, model=MODEL)), [draft])
    assert draft.speaker is not None
    assert draft.speaker.text(text) == "A high Chinese official"


def test_a_lone_adverb_before_the_cue_is_no_part_of_the_content() -> None:
    text = "Police came after authorities there said they had found a grave."
    cue, there = text.index("said"), text.index("there")
    draft = Draft(
        kind="indirect",
        content=[Span(there, there + 5), Span(text.index("they"), len(text) - 1)],
        cue=Span(cue, cue + 4),
    )
    settle_bounds(text, Parse(annotate(text, model=MODEL)), [draft])
    assert [p.text(text) for p in draft.content] == ["they had found a grave"]
    # one phrase split on one side of the cue stays whole
    text = "He said the UK had pledged almost £12bn in support."
    almost, pounds = text.index("almost"), text.index("£12bn")
    draft = Draft(
        kind="indirect",
        content=[Span(almost, almost + 6), Span(pounds, len(text) - 1)],
        cue=Span(3, 7),
    )
    settle_bounds(text, Parse(annotate(text, model=MODEL)), [draft])
    # (and the two pieces, a space apart, are one span: ``pieces``)
    assert [p.text(text) for p in draft.content] == ["almost £12bn in support"]


def test_a_cue_inside_an_aside_in_dashes_has_no_content_past_the_closing_dash() -> None:
    text = (
        "True to the meaning of a slip — a minister accidentally telling the truth — the "
        "envoy said on Monday that the talks were over."
    )
    telling, said = text.index("telling"), text.index("said")
    content = Span(text.index("the envoy"), len(text) - 1)
    aside = Draft(kind="indirect", content=[content], cue=Span(telling, telling + 7))
    frame = Draft(
        kind="indirect",
        content=[Span(text.index("that the"), len(text) - 1)],
        cue=Span(said, said + 4),
    )
    drafts = [aside, frame]
    settle_bounds(text, Parse(annotate(text, model=MODEL)), drafts)
    assert drafts == [frame]
    # a cue before an aside in dashes keeps the content after it
    text = "The envoy said — after long talks — that the ceasefire would hold."
    said = text.index("said")
    draft = Draft(
        kind="indirect",
        content=[Span(text.index("that the"), len(text) - 1)],
        cue=Span(said, said + 4),
    )
    settle_bounds(text, Parse(annotate(text, model=MODEL)), [draft])
    assert draft.content[0].text(text) == "that the ceasefire would hold"


def test_a_frame_alone_in_dashes_keeps_its_content_after_them() -> None:
    text = "He called for new elections in order - as he said - rebuilding relations with Europe."
    said = text.index("said")
    content = Span(text.index("rebuilding"), len(text) - 1)
    draft = Draft(
        kind="indirect",
        content=[content],
        cue=Span(said, said + 4),
        speaker=Span(text.index("he said"), text.index("he said") + 2),
    )
    drafts = [draft]
    settle_bounds(text, Parse(annotate(text, model=MODEL)), drafts)
    assert drafts == [draft]
