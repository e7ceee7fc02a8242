"""Who attribution names as the speaker: pronouns, section labels, source lines, outlets and
entities (runs the spaCy English pipeline)."""

from __future__ import annotations

import pytest
from tests.attribution.attributed_sentences import run, triples

from reportedly.attribution import CueLexicon
from reportedly.model import Section, Span

pytestmark = pytest.mark.needs_model


@pytest.fixture(scope="module")
def lexicon() -> CueLexicon:
    return CueLexicon.load()


def test_attribution_pronoun_continues_the_previous_subject(lexicon: CueLexicon) -> None:
    text = (
        "Joe Biden spoke to reporters on Friday. He said that Putin needs to leave Ukraine. "
        "He believes that this would show Putin is ready."
    )
    result = run(text, lexicon)
    entities = {e.id: e.name for e in result.entities}
    speakers = [entities.get(s.speaker_entity or "") for s in result.statements]
    assert speakers == ["Joe Biden", "Joe Biden"]


def test_attribution_section_label_names_the_speaker(lexicon: CueLexicon) -> None:
    text = 'Quote from Peskov, the Kremlin spokesman: "We are open to contacts."'
    label_end = text.index(":")
    section = Section(
        label=text[:label_end], label_span=Span(0, label_end), body=Span(label_end + 2, len(text))
    )
    result = run(text, lexicon, (section,))
    [statement] = result.statements
    assert statement.kind == "direct"
    assert statement.speaker is not None
    assert statement.speaker.text == "Peskov"
    assert statement.cue is not None
    assert statement.cue.text(text) == "Quote from"
    peskov = next(e for e in result.entities if e.name == "Peskov")
    assert "the Kremlin spokesman" in peskov.roles


def test_attribution_source_line_citations(lexicon: CueLexicon) -> None:
    text = (
        "Source: Kremlin-aligned news outlet RIA Novosti; Telegram channel Vy slushali mayak "
        "[You have been listening to Radio Mayak - ed.], posting Peskov’s comment\n\n"
        '"We are open," Peskov said.'
    )
    label_end = text.index(":")
    section = Section(label="Source", label_span=Span(0, label_end), body=Span(8, text.index("\n")))
    result = run(text, lexicon, (section,))
    outlets = [(c.outlet, c.description) for c in result.citations]
    assert outlets == [
        ("RIA Novosti", "Kremlin-aligned news outlet"),
        ("Vy slushali mayak", "Telegram channel; posting Peskov’s comment"),
    ]
    assert all(c.statements == (result.statements[0].id,) for c in result.citations)


def test_attribution_told_outlet_is_a_citation(lexicon: CueLexicon) -> None:
    text = "Lavrov told TASS that the talks would resume."
    result = run(text, lexicon)
    [citation] = result.citations
    assert citation.kind == "told"
    assert citation.outlet == "TASS"
    assert citation.statements == (result.statements[0].id,)


def test_attribution_subject_lost_in_a_long_opening_phrase(lexicon: CueLexicon) -> None:
    text = (
        "In a March meeting with the editorial board of the Washington Post Trump said that "
        "NATO may need to be diminished."
    )
    result = run(text, lexicon)
    [statement] = result.statements
    assert statement.content_text(text) == "that NATO may need to be diminished"
    assert statement.speaker is not None
    assert statement.speaker.text.endswith("Trump")


@pytest.mark.parametrize(
    ("text", "speaker", "entity"),
    [
        # the parser makes "Tulsa" a verb and "We" (inside the quote) the subject of "said"
        (
            "“We will achieve justice in this case,” Tulsa police Chief Chuck Jordan said Monday.",
            "police Chief Chuck Jordan",
            "Chuck Jordan",
        ),
        (
            "The FBI released its report on Friday. It says the server was never breached.",
            "It",
            "FBI",
        ),
        # a headline name the tagger misses is the person the article names in full later
        (
            "Pence: Gennifer Flowers Won't Be at Debate\n\nVice-presidential nominee Mike Pence "
            "said on Sunday that the invitation was a joke.",
            "Pence",
            "Mike Pence",
        ),
    ],
)
def test_attribution_speaker_and_its_entity(
    text: str, speaker: str, entity: str, lexicon: CueLexicon
) -> None:
    result = run(text, lexicon)
    names = {e.id: e.name for e in result.entities}
    statement = result.statements[0]  # the first statement in the text is the one meant
    assert statement.speaker is not None
    assert statement.speaker.text == speaker
    assert names.get(statement.speaker_entity or "") == entity


def test_an_outlet_s_tag_on_a_fronted_statement_is_not_its_content(lexicon: CueLexicon) -> None:
    text = (
        "Peace in Ukraine can be achieved within several days, Belarusian President Aleksandr "
        "Lukashenko said as he accepted credentials of ambassadors in Minsk on 30 September, "
        "BelTA has learned."
    )
    said = [t for t in triples(text, lexicon) if t[2] == "said"]
    assert said == [
        (
            "indirect",
            "Belarusian President Aleksandr Lukashenko",
            "said",
            "Peace in Ukraine can be achieved within several days",
        )
    ]


def test_a_relative_clause_after_a_speaker_is_no_part_of_the_speaker() -> None:
    from reportedly.model import Article
    from reportedly.pipeline import Pipeline

    text = (
        "Western unity over the war has faltered, says the correspondent James Landale, "
        "who is at the summit."
    )
    analysis = Pipeline().analyze(Article(id=Article.make_id(text), text=text))
    speakers = {s.speaker.text for s in analysis.statements if s.speaker is not None}
    assert speakers == {"the correspondent James Landale"}


def test_attribution_closing_mark_of_two_curly_singles_is_no_speaker(lexicon: CueLexicon) -> None:
    # '…,’’ said Saltmarsh': the parser takes the mark for a subject of "said"
    text = (
        "“This year, the increase has been driven mainly by the situation in Sudan,’’ said "
        "Saltmarsh."
    )
    assert triples(text, lexicon) == [
        (
            "direct",
            "Saltmarsh",
            "said",
            "This year, the increase has been driven mainly by the situation in Sudan,",
        )
    ]
