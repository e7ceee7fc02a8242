"""How many statements attribution makes, how they nest, and the rules it logs and drops (runs
the spaCy English pipeline)."""

from __future__ import annotations

import dataclasses

import pytest
from tests.attribution.attributed_sentences import MODEL, run, triples

from reportedly.attribution import CueLexicon, attribute
from reportedly.model import Article
from reportedly.nlp import annotate

pytestmark = pytest.mark.needs_model


@pytest.fixture(scope="module")
def lexicon() -> CueLexicon:
    return CueLexicon.load()


def test_attribution_nests_reported_speech_inside_a_quote(lexicon: CueLexicon) -> None:
    text = 'Peskov said: "Biden gave a long statement. He said that Putin must leave Ukraine."'
    result = run(text, lexicon)
    outer = next(s for s in result.statements if s.kind == "direct")
    inner = next(s for s in result.statements if s.kind == "indirect")
    assert inner.reported_by == outer.id
    assert inner.speaker is not None
    assert inner.speaker.text == "He"
    entities = {e.id: e for e in result.entities}
    assert entities[inner.speaker_entity or ""].name == "Biden"
    assert entities[outer.speaker_entity or ""].name == "Peskov"


def test_attribution_rule_log_names_the_rule_of_each_statement(lexicon: CueLexicon) -> None:
    text = '"We are ready," Peskov said. Lavrov said the talks were over.'
    article = Article(id=Article.make_id(text), text=text)
    rules: dict[str, str] = {}
    result = attribute(article, annotate(text, model=MODEL), lexicon=lexicon, rule_log=rules)
    assert [rules[s.id] for s in result.statements] == ["frame-after", "ccomp"]


def test_attribution_weak_rules_are_dropped_but_framed_quotes_kept(lexicon: CueLexicon) -> None:
    assert lexicon.is_weak_rule("try", "intent")
    assert not lexicon.is_weak_rule("say", "ccomp")
    text = 'Trump tried to change the subject. "We will win," Trump promised.'
    statements = run(text, lexicon).statements
    assert [s.cue.text(text) for s in statements if s.cue] == ["promised"]
    keep_all = dataclasses.replace(lexicon, weak_rules={})
    article = Article(id=Article.make_id(text), text=text)
    everything = attribute(article, annotate(text, model=MODEL), lexicon=keep_all).statements
    assert [s.cue.text(text) for s in everything if s.cue] == ["tried", "promised"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quote read both by its frame ("Biden said:") and as the object of the last verb
        (
            'Biden said: "We do not seek a war between NATO and Russia, and the United States '
            'will not try to overthrow it in Moscow," Biden said.',
            ("direct", "Biden", "said"),
        ),
        # a quote taken whole as the verb's argument, and its first sentence as indirect
        (
            "The minister visited Izium. She said “This is the face of Russian occupation: "
            "towns and cities turned into mass graves. Ukraine can win if we keep supporting "
            "them.”",
            ("direct", "She", "said"),
        ),
        (
            "The summit ended, and its President Charles Michel said “the time is now. Ukraine "
            "needs more military equipment. I firmly support the delivery of tanks.”",
            ("direct", "its President Charles Michel", "said"),
        ),
        (
            'Peskov did tell reporters that "as new weapons are delivered by the collective '
            'West, Russia will make greater use of its potential to respond".',
            # the quote is the whole content but for "that" (docs/gold-guide.md: direct)
            ("direct", "Peskov", "tell"),
        ),
    ],
)
def test_attribution_one_quote_is_one_statement(
    text: str, expected: tuple[str, str, str], lexicon: CueLexicon
) -> None:
    """The same words are not stored twice, as a direct and an indirect statement (issue 16)."""
    found = [t[:3] for t in triples(text, lexicon)]
    assert found == [expected]


def test_attribution_same_words_elsewhere_count_again(lexicon: CueLexicon) -> None:
    """A paragraph the article repeats is reported again, as annotated corpora count it."""
    sentence = '"We are ready for talks," Peskov said.'
    text = f"{sentence}\n\nThe Kremlin spoke on Monday.\n\n{sentence}"
    assert [t[0] for t in triples(text, lexicon)] == ["direct", "direct"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            'Peskov said: "Biden told reporters that Putin believes that the war is over."',
            ["Peskov", "Biden", "Putin"],
        ),
        (
            'Peskov said: "Biden said that Zelensky claims that Russia wants peace."',
            ["Peskov", "Biden", "Zelensky"],
        ),
    ],
)
def test_attribution_nesting_beyond_one_level(
    text: str, speakers: list[str], lexicon: CueLexicon
) -> None:
    """A quote inside a report inside a quote: each statement is reported by the one around
    it, two levels deep, and the tree renders three levels."""
    from reportedly.cli.render import render_statements
    from reportedly.model import Analysis

    result = run(text, lexicon)
    found = [s.speaker.text if s.speaker else None for s in result.statements]
    assert found == speakers
    outer, middle, inner = result.statements
    assert (outer.reported_by, middle.reported_by, inner.reported_by) == (None, outer.id, middle.id)
    assert outer.content[0].contains(middle.extent)
    assert middle.content[0].contains(inner.extent)
    article = Article(id=Article.make_id(text), text=text)
    tree = render_statements(
        Analysis(article=article, statements=result.statements, entities=result.entities),
        color=False,
    )
    assert "   └─  3 " in tree  # the innermost statement under the middle one


def test_a_quote_naming_the_noun_after_it_is_no_statement(lexicon: CueLexicon) -> None:
    text = (
        "When US President George W Bush delivered his “Mission accomplished” speech on 1 May, "
        "a whiff of hubris was already evident."
    )
    assert triples(text, lexicon) == []
