"""Statement acts and polarity, and the speaker's own clause in a quote (runs the spaCy English
pipeline)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from tests.attribution.act_sentences import acts, run

from reportedly.attribution import CueLexicon
from reportedly.model import Statement

if TYPE_CHECKING:
    pass


@pytest.fixture(scope="module")
def lexicon() -> CueLexicon:
    return CueLexicon.load()


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Scholz warned that Moscow would pay.",
            [("Scholz", "that Moscow would pay", "speech", False)],
        ),
        (
            "According to Peskov, the talks failed.",
            [("Peskov", "the talks failed", "speech", False)],
        ),
        # a view as the phrase's source: what someone thinks ("in his opinion")
        (
            "According to his view, the talks failed.",
            [("his view", "the talks failed", "belief", False)],
        ),
        (
            "Smith thinks the war will end soon.",
            [("Smith", "the war will end soon", "belief", False)],
        ),
        # the object of "from" after a verb of receiving words is who said them
        (
            "The agency learned from President Lukashenko that Belarus is ready to host talks.",
            [("President Lukashenko", "that Belarus is ready to host talks", "speech", False)],
        ),
        (
            "Zelensky vowed to retake Crimea.",
            [("Zelensky", "to retake Crimea", "intent", False)],
        ),
        # a threat's object is what the speaker means to do; a clause is what was said
        (
            "Russia threatened strikes on British bases.",
            [("Russia", "strikes on British bases", "intent", False)],
        ),
        (
            "The minister threatened that Moscow would cut the gas.",
            [("The minister", "that Moscow would cut the gas", "speech", False)],
        ),
        (
            "Polls show that Biden is ahead.",
            [("Polls", "that Biden is ahead", "other", False)],
        ),
        (
            "The data suggest that the army is retreating.",
            [("The data", "that the army is retreating", "other", False)],
        ),
        (
            "The minister suggested that the army was retreating.",
            [("The minister", "that the army was retreating", "speech", False)],
        ),
        # a thing's "which" or a bare "this" infers; a body's "which" speaks
        (
            "The new package includes long-range missiles, which suggests the army is "
            "preparing an offensive.",
            [("long-range missiles", "the army is preparing an offensive", "other", False)],
        ),
        (
            "The ministry, which suggested that the talks had failed, gave no details.",
            [("The ministry", "that the talks had failed", "speech", False)],
        ),
        # a thing or an event as the subject of an evidence verb infers; a person, a group
        # of people or a document speaks
        (
            "The latest strike underscores that Russia has no interest in a ceasefire.",
            [("The latest strike", "that Russia has no interest in a ceasefire", "other", False)],
        ),
        (
            "The clashes have highlighted that the authorities and the population are divided.",
            [
                (
                    "The clashes",
                    "that the authorities and the population are divided",
                    "other",
                    False,
                )
            ],
        ),
        (
            "The minister highlighted that the talks had failed.",
            [("The minister", "that the talks had failed", "speech", False)],
        ),
        (
            "Local residents suggest that the army has left.",
            [("Local residents", "that the army has left", "speech", False)],
        ),
        (
            "The report suggests that the army is retreating.",
            [("The report", "that the army is retreating", "speech", False)],
        ),
        (
            '"We are ready for talks," Peskov said.',
            [("Peskov", "We are ready for talks,", "speech", False)],
        ),
        (
            "The minister did not say that the talks had failed.",
            [("The minister", "that the talks had failed", "speech", True)],
        ),
        (
            "No one said that the talks had failed.",
            [("No one", "that the talks had failed", "speech", True)],
        ),
        (
            "Biden does not believe that Putin has decided.",
            [("Biden", "that Putin has decided", "belief", True)],
        ),
        # a negation inside the quote is what was said, not a denial of saying it
        ('"Probably not," Ms. Moore said.', [("Ms. Moore", "Probably not,", "speech", False)]),
        # a verb of saying outside the old lists: speech, not "other"
        (
            "Kuleba bemoaned that the West had been too slow.",
            [("Kuleba", "that the West had been too slow", "speech", False)],
        ),
        # a noun of saying with its holder and a that-clause, inside what was dismissed
        (
            "Peskov dismissed Kyiv's complaint that Russia had shelled the plant.",
            [
                ("Peskov", "Kyiv's complaint that Russia had shelled the plant", "speech", False),
                ("Kyiv", "that Russia had shelled the plant", "speech", False),
            ],
        ),
    ],
)
def test_acts_and_polarity(
    text: str, expected: list[tuple[str, str, str, bool]], lexicon: CueLexicon
) -> None:
    assert acts(text, lexicon) == expected


@pytest.mark.needs_model
def test_acts_never_said_is_a_negated_nested_statement(lexicon: CueLexicon) -> None:
    text = "Peskov said he had never said that Russia wanted war."
    outer, inner = run(text, lexicon)
    assert (outer.content_text(text), outer.act, outer.negated) == (
        "he had never said that Russia wanted war",
        "speech",
        False,
    )
    assert inner.reported_by == outer.id
    assert inner.content_text(text) == "that Russia wanted war"
    assert (inner.act, inner.negated) == ("speech", True)  # Peskov did NOT say it
    assert inner.speaker_entity == outer.speaker_entity


@pytest.mark.needs_model
@pytest.mark.parametrize(
    "text",
    [
        '"We do not believe conflict is inevitable," Kirby said.',
        "\"I'm convinced he's made the decision,\" he said.",
    ],
)
def test_acts_speakers_own_clause_in_a_quote_is_not_a_statement(
    text: str, lexicon: CueLexicon
) -> None:
    [statement] = run(text, lexicon)
    assert statement.kind == "direct"
    assert (statement.act, statement.negated) == ("speech", False)


@pytest.mark.needs_model
def test_acts_someone_else_quoted_in_a_quote_stays_nested(lexicon: CueLexicon) -> None:
    text = '"Putin believes that the West is weak," Biden said.'
    outer, inner = run(text, lexicon)
    assert inner.reported_by == outer.id
    assert inner.speaker is not None
    assert inner.speaker.text == "Putin"
    assert inner.act == "belief"


@pytest.mark.needs_model
def test_acts_on_the_sample_article(sample_text: str) -> None:
    from reportedly.ingest import read_text
    from reportedly.pipeline import Pipeline

    analysis = Pipeline().analyze(read_text(sample_text, source="sample"))
    text = analysis.article.text
    acts = [(s.cue.text(text) if s.cue else None, s.act, s.negated) for s in analysis.statements]
    said = [a for a in acts if a[1] in {"speech", "belief"}]
    assert len(said) == 8
    assert [a for a in said if a[1] != "speech"] == [("believes", "belief", False)]
    assert not any(negated for _, _, negated in said)
    # the lede's stances the learned model reads are denied intents, never shown as
    # assertions: "is not prepared to accept" (a copula's complement heads the cue) and "has
    # no plans to withdraw" (a light verb's noun, denied by its "no")
    others = [a for a in acts if a not in said]
    assert ("is not prepared to accept", "intent", True) in others
    assert ("has no plans", "intent", True) in others
    assert {a[1] for a in others} <= {"intent", "other"}


def test_acts_dropping_a_fragment_reattaches_what_it_reported() -> None:
    from reportedly.attribution._parse import Parse
    from reportedly.attribution.acts import own_clause_fragments, settle_acts
    from reportedly.model import Annotation, Mention, Span

    text = '"I think Putin said he would stop," Smith said.'
    quote = Span(1, text.index('," Smith'))

    def mention(word: str, start: int = 0) -> Mention:
        at = text.index(word, start)
        return Mention(span=Span(at, at + len(word)), text=word, label="SPEAKER")

    outer = Statement(
        id="outer",
        kind="direct",
        content=(quote,),
        quotes=(quote,),
        cue=Span(text.rindex("said"), text.rindex("said") + 4),
        speaker=mention("Smith"),
        speaker_entity="smith",
    )
    fragment = Statement(
        id="fragment",
        kind="indirect",
        content=(Span(text.index("Putin"), quote.end),),
        cue=Span(text.index("think"), text.index("think") + 5),
        speaker=mention("I"),
        reported_by="outer",
    )
    putin = Statement(
        id="putin",
        kind="indirect",
        content=(Span(text.index("he would"), quote.end),),
        cue=Span(text.index("said"), text.index("said") + 4),
        speaker=mention("Putin"),
        speaker_entity="putin",
        reported_by="fragment",
    )
    statements = (outer, fragment, putin)
    assert own_clause_fragments(statements) == {"fragment"}
    empty = Parse(Annotation(tokens=(), sentences=(), entities=()))
    settled = settle_acts(text, empty, statements)
    assert [(s.id, s.reported_by) for s in settled] == [("outer", None), ("putin", "outer")]
    # the quote's own speaker, named instead of "I", is a fragment too
    same = Statement(
        id="same",
        kind="indirect",
        content=fragment.content,
        cue=fragment.cue,
        speaker=mention("Smith"),
        speaker_entity="smith",
        reported_by="outer",
    )
    assert own_clause_fragments((outer, same)) == {"same"}


def test_acts_a_first_person_in_reported_words_is_the_speaker_s_own_clause() -> None:
    from reportedly.attribution.acts import own_clause_fragments
    from reportedly.model import Mention, Span

    text = "- But I do not rule out that someone wants war - said Lavrov."
    words = Span(2, text.index(" - said"))

    def mention(word: str) -> Mention:
        at = text.index(word)
        return Mention(span=Span(at, at + len(word)), text=word, label="SPEAKER")

    outer = Statement(
        id="outer",
        kind="indirect",  # the model reads a dash quote as reported words
        content=(words,),
        cue=Span(text.index("said"), text.index("said") + 4),
        speaker=mention("Lavrov"),
        speaker_entity="lavrov",
    )
    inner = Statement(
        id="inner",
        kind="indirect",
        content=(Span(text.index("that"), words.end),),
        cue=Span(text.index("rule"), text.index("rule") + 4),
        speaker=mention("I"),
        reported_by="outer",
    )
    assert own_clause_fragments((outer, inner)) == {"inner"}
    # another's words reported inside stay a statement of their own
    other = Statement(
        id="other",
        kind="indirect",
        content=inner.content,
        cue=inner.cue,
        speaker=mention("someone"),
        reported_by="outer",
    )
    assert own_clause_fragments((outer, other)) == set()
