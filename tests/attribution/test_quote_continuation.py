"""Quotes that go on from a statement before them, across paragraphs and frames (runs the spaCy
English pipeline)."""

from __future__ import annotations

import pytest
from tests.attribution.attributed_sentences import run, triples

from reportedly.attribution import CueLexicon
from reportedly.model import Article, Span

pytestmark = pytest.mark.needs_model


@pytest.fixture(scope="module")
def lexicon() -> CueLexicon:
    return CueLexicon.load()


def test_attribution_next_paragraph_quote_carries_on_the_statement(lexicon: CueLexicon) -> None:
    # the paragraph ends at the quote's closing mark: the next quote paragraph is more of it
    text = (
        'Peskov said: "We are ready for talks."\n\n'
        '"But the other side has not answered our proposals."\n\n'
        "'All Bets Are Off.'\n\n"
        '"We wait," Peskov said. The talks stalled in May.\n\n'
        '"Nobody has called us since the spring, not once."'
    )
    statements = run(text, lexicon).statements
    assert [s.content_text(text, " | ") for s in statements] == [
        "We are ready for talks. | But the other side has not answered our proposals.",
        "We wait,",
        "Nobody has called us since the spring, not once.",
    ]
    assert statements[2].speaker is not None
    assert statements[2].speaker.text == "Peskov"


@pytest.mark.parametrize(
    "text",
    [
        '"We are ready for talks," Peskov said.\n\n'
        '"But the other side has not answered our proposals."',
        'Peskov said "we are ready for talks".\n\n'
        '"But the other side has not answered our proposals."',
    ],
)
def test_attribution_quote_paragraph_after_a_closed_statement_is_a_statement_of_its_own(
    text: str, lexicon: CueLexicon
) -> None:
    # a frame or a full stop after the closing mark ends the statement: the next quote
    # paragraph is the same speaker's, with no cue of its own (the war-news gold guide)
    statements = run(text, lexicon).statements
    assert len(statements) == 2
    last = statements[1]
    assert last.content_text(text, " | ") == "But the other side has not answered our proposals."
    assert last.cue is None
    assert last.speaker is not None
    assert last.speaker.text == "Peskov"


def test_attribution_quote_paragraph_after_a_paraphrase_is_the_same_speaker(
    lexicon: CueLexicon,
) -> None:
    text = (
        "The talks opened in Geneva on Monday.\n\n"
        "Dibb said he did not agree with those who think the alliance is over.\n\n"
        '"We went through a rocky period and we may go through another one."\n\n'
        "Reporters waited outside the hall.\n\n"
        '"Why would anyone believe the alliance will last?"'
    )
    statements = run(text, lexicon).statements
    quotes = {s.content_text(text, " | "): s for s in statements if s.kind == "direct"}
    assert list(quotes) == ["We went through a rocky period and we may go through another one."]
    speaker = quotes["We went through a rocky period and we may go through another one."].speaker
    assert speaker is not None
    assert speaker.text == "Dibb"


def test_attribution_quote_after_a_paraphrase_in_its_paragraph_is_the_same_speaker(
    lexicon: CueLexicon,
) -> None:
    text = (
        "The talks opened in Geneva on Monday.\n\n"
        "Craft said the invasion had shown the weakness of the council. "
        '"The basic truth is that its action is woefully inadequate in ending this war."\n\n'
        "Gowan said the council still had a role to play. "
        '"Why would anyone believe it will last?"\n\n'
        '"We are ready," Lavrov said. "The talks can start in Geneva on Monday."'
    )
    statements = run(text, lexicon).statements
    quotes = {s.content_text(text): s for s in statements if s.cue is None}
    assert list(quotes) == [
        "The basic truth is that its action is woefully inadequate in ending this war."
    ]
    speaker = next(iter(quotes.values())).speaker
    assert speaker is not None
    assert speaker.text == "Craft"
    # after a quote and its frame, the next quote is more of the same statement
    lavrov = [s for s in statements if s.speaker is not None and s.speaker.text == "Lavrov"]
    assert [s.content_text(text, " | ") for s in lavrov] == [
        "We are ready, | The talks can start in Geneva on Monday."
    ]


def test_attribution_quote_after_a_named_speakers_fronted_content_is_the_same_speaker(
    lexicon: CueLexicon,
) -> None:
    text = (
        "The talks opened in Geneva on Monday.\n\n"
        "The army is unlikely to take the capital this year, Dibb said, but the defenders "
        "are unlikely to drive it out. "
        '"Most likely there will be a negotiated end, probably at the ceasefire talks."\n\n'
        "The harvest was poor this year, he said. "
        '"Nobody in the valley has seen a summer as dry as this one."'
    )
    statements = run(text, lexicon).statements
    quotes = {s.content_text(text): s for s in statements if s.cue is None}
    # a named speaker after its content carries on into the next quote of the paragraph, also
    # past the rest of its sentence; a pronoun there does not (whose it is rests on the name
    # inside the content)
    assert list(quotes) == [
        "Most likely there will be a negotiated end, probably at the ceasefire talks."
    ]
    speaker = next(iter(quotes.values())).speaker
    assert speaker is not None
    assert speaker.text == "Dibb"


def test_attribution_quote_after_a_quotes_own_frame_goes_on_with_that_quote(
    lexicon: CueLexicon,
) -> None:
    text = (
        "The ministry summoned the ambassador on Monday.\n\n"
        '"Casey firmly pointed out that the strike directly contradicts the assurances given '
        'earlier by the British side," the statement continued. '
        '"Thus, the head of the Foreign Office disavowed this position."'
    )
    statements = run(text, lexicon).statements
    # the next quote is more of the statement's quote, not the words of the person it names
    found = {s.speaker.text if s.speaker else "": s.content_text(text, " | ") for s in statements}
    assert found["the statement"] == (
        "Casey firmly pointed out that the strike directly contradicts the assurances given "
        "earlier by the British side, | Thus, the head of the Foreign Office disavowed this "
        "position."
    )
    assert "Thus" not in found["Casey"]


def test_attribution_a_frame_with_no_subject_takes_none_from_its_quote(
    lexicon: CueLexicon,
) -> None:
    # the parser makes a noun of the quoted words the subject of "added"
    text = (
        '"We remind you that, unlike Russian advertisements, the order of the International '
        'Criminal Court is quite real and is subject to execution in 123 countries" - added '
        "in the communication."
    )
    quoted = [s for s in run(text, lexicon).statements if s.kind == "direct"]
    assert quoted
    assert all(s.speaker is None or s.speaker.text not in text[:140] for s in quoted)


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        # the quote's own sentence frames it: the next sentence's verb does not take it
        (
            'Last Friday, the White House reported that the Russian "invasion of Ukraine can '
            'start at any time."Russia responded to these reports, calling them "hysteria".',
            "reported",
            "the White House",
            'that the Russian "invasion of Ukraine can start at any time."',
        ),
        (
            'But the UK\'s PM suggested the country "discourages" the use of cluster bombs, '
            "while Spain criticised the decision.",
            "suggested",
            "the UK's PM",
            'the country "discourages" the use of cluster bombs',
        ),
    ],
)
def test_a_quote_framed_in_its_own_sentence_is_not_the_next_frame_s(
    text: str, cue: str, speaker: str, content: str, lexicon: CueLexicon
) -> None:
    found = triples(text, lexicon)
    assert ("mixed", speaker, cue, content) in found
    assert not any(t[2] != cue and '"' in t[3] and t[3].endswith(content[-12:]) for t in found)


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "Asked whether the U.N. had lost its usefulness, Clifford May said he could see the "
            'potential for a different approach: "One can imagine an alternative to the U.N. '
            'Security Council."',
            "Clifford May",
            "said",
        ),
        # of two, the nearest
        (
            "Hillary Clinton stressed her support of the 2011 raid and said she has the "
            'essential quality for the job of president: "Steadiness -- an absolute rock '
            'steadiness."',
            "Hillary Clinton",
            "said",
        ),
        # the reporting verb nearest the colon frames it
        (
            "Antony Blinken said on Friday there were “very troubling signs of Russian "
            "escalation”, adding: “We’re in a window when an invasion could begin at any time.”",
            "Antony Blinken",
            "adding",
        ),
        (
            "Patricia Lewis, the director of the programme, told the Guardian last week, ahead "
            "of an event on Monday tracing the two decades from Iraq to Ukraine: “It wasn’t a "
            "straight line.”",
            "Patricia Lewis",
            "told",
        ),
    ],
)
def test_a_quote_after_a_colon_is_said_by_the_reporting_verb_whose_clause_ends_there(
    text: str, speaker: str, cue: str, lexicon: CueLexicon
) -> None:
    direct = [t for t in triples(text, lexicon) if t[0] == "direct"]
    assert [(t[1], t[2].rstrip(":")) for t in direct] == [(speaker, cue)]


def test_attribution_quote_going_on_keeps_the_that_clauses_inside_it(lexicon: CueLexicon) -> None:
    # the second quote has no frame of its own: it goes on with the minister's statement, so
    # "He told me that …" inside it is reported by the minister; a statement there without a
    # that-clause is as doubtful as the quote's speaker and goes
    text = (
        '"We met in Sochi in the spring," the former minister said.\n\n'
        '"He told me that he was worried about the way the alliance was moving. '
        'But the situation could lead to war, he added."'
    )
    statements = run(text, lexicon).statements
    cues = {s.cue.text(text) for s in statements if s.cue is not None}
    assert "told" in cues
    assert "added" not in cues
    told = next(s for s in statements if s.cue is not None and s.cue.text(text) == "told")
    assert told.content_text(text, " | ").endswith(
        "he was worried about the way the alliance was moving"
    )
    assert told.reported_by is not None


def test_a_frameless_quote_after_its_speakers_statement_stands_past_the_calibration() -> None:
    from reportedly.pipeline import Pipeline

    # the calibration doubts a quote with no cue whose speaker is named a sentence before;
    # the statement it goes on from stands, so it stands too (under the default view's cut)
    text = (
        "Ms Kowalski took issue with the criticism of her office and told reporters that the "
        'minister remained focused on the talks. "The minister has been in constant contact '
        "with many leaders and parties. Among them are the heads of government of Poland and "
        'Lithuania."\n\nThe talks resume on Monday.'
    )
    analysis = Pipeline().analyze(Article(id=Article.make_id(text), text=text))
    frameless = [s for s in analysis.statements if s.cue is None]
    assert [(s.kind, s.speaker.text if s.speaker else "") for s in frameless] == [
        ("direct", "Ms Kowalski")
    ]
    assert frameless[0].content_text(text).startswith("The minister has been in constant")


def test_a_frameless_quote_falls_with_the_statement_it_goes_on_from() -> None:
    from reportedly.attribution import _continuations_kept
    from reportedly.attribution._draft import Draft

    who = Span(0, 5)
    said = Draft(kind="indirect", content=[Span(10, 40)], speaker=who, via="ccomp")
    quote = Draft(kind="direct", content=[Span(42, 80)], speaker=who, via="sentence-continuation")
    other = Draft(kind="indirect", content=[Span(90, 99)], speaker=Span(82, 88), via="model")
    drafts = [said, quote, other]
    assert _continuations_kept(drafts, kept=[0, 2]) == [1]
    # its speaker's statement was cut ("Newsletters may contain …" before a quote): no anchor
    assert _continuations_kept(drafts, kept=[2]) == []
