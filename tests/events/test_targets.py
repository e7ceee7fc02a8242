"""Tests for the rule coder's target pick (events._participants, events._read): the object an
act is done to, the second party of a two-sided act, the infinitive's objects (issue 14,
session 10)."""

from __future__ import annotations

import pytest
from tests.events.parses import build

from conftest import MODEL
from reportedly.events.actors import AliasResolver
from reportedly.events.coder import code_events
from reportedly.events.lexicon import EventLexicon
from reportedly.model import Annotation, Article

LEXICON = EventLexicon.load()
RESOLVER = AliasResolver.bundled()


def _pairs(text: str, annotation: Annotation) -> list[tuple[str, str | None, str | None]]:
    article = Article(id=Article.make_id(text), text=text)
    events = code_events(article, annotation, (), resolver=RESOLVER, lexicon=LEXICON)
    return [
        (e.type, e.source.text if e.source else None, e.target.text if e.target else None)
        for e in events
    ]


def _parsed(text: str) -> list[tuple[str, str | None, str | None]]:
    from reportedly.nlp import annotate

    return _pairs(text, annotate(text, model=MODEL))


_CONDEMNED = [  # "NATO condemned the attack ."
    ("NATO", "NATO", "PROPN", "nsubj", 1, "ORG"),
    ("condemned", "condemn", "VERB", "ROOT", 1, ""),
    ("the", "the", "DET", "det", 3, ""),
    ("attack", "attack", "NOUN", "dobj", 1, ""),
    (".", ".", "PUNCT", "punct", 1, ""),
]
_VETOED = [  # "Russia and China vetoed a resolution ."
    ("Russia", "Russia", "PROPN", "nsubj", 3, "GPE"),
    ("and", "and", "CCONJ", "cc", 0, ""),
    ("China", "China", "PROPN", "conj", 0, "GPE"),
    ("vetoed", "veto", "VERB", "ROOT", 3, ""),
    ("a", "a", "DET", "det", 5, ""),
    ("resolution", "resolution", "NOUN", "dobj", 3, ""),
    (".", ".", "PUNCT", "punct", 3, ""),
]
_FREED = [  # "Libya freed 37 prisoners ."
    ("Libya", "Libya", "PROPN", "nsubj", 1, "GPE"),
    ("freed", "free", "VERB", "ROOT", 1, ""),
    ("37", "37", "NUM", "nummod", 3, "CARDINAL"),
    ("prisoners", "prisoner", "NOUN", "dobj", 1, ""),
    (".", ".", "PUNCT", "punct", 1, ""),
]


def test_the_object_an_act_is_done_to_is_its_target() -> None:
    assert _pairs(*build(_CONDEMNED)) == [("ACCUSE", "NATO", "the attack")]


def test_a_subject_s_conjunct_shares_a_one_sided_act() -> None:
    # not "Russia vetoed China": both vetoed; what they vetoed is the target
    assert _pairs(*build(_VETOED)) == [("REJECT", "Russia", "a resolution")]


def test_a_released_object_stays_no_target() -> None:
    # docs/events.md: a release or withdrawal has no target unless an actor receives it
    assert [(t, s, g) for t, s, g in _pairs(*build(_FREED))] == [("RETREAT", "Libya", None)]


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine and Russia signed a deal.", ("Ukraine", "Russia")),
        # the actor the object names, not the conjunct
        ("Russia and China vetoed a US resolution.", ("Russia", "US")),
        ("Baghdad has rejected the referendum as unconstitutional.", ("Baghdad", "the referendum")),
        (
            "The Korean government has agreed to provide Sri Lanka with the technology.",
            ("The Korean government", "Sri Lanka"),
        ),
        ("Japan's government has pledged to work with China.", ("Japan's government", "China")),
        (
            "Iran has threatened to close all borders with Iraqi Kurdistan.",
            ("Iran", "Iraqi Kurdistan"),
        ),
        # the nearest actor in the object, an adjective too (not "Karabakh" deeper down)
        (
            "Azerbaijan's President Ilham Aliyev has rejected an Armenian proposal on the "
            "settlement of the Nagorno-Karabakh conflict.",
            ("Azerbaijan's President Ilham Aliyev", "Armenian"),
        ),
        # whose act the object is: the doer of its participle
        (
            "Charles Michel condemned the war unleashed by Russia in Ukraine.",
            ("Charles Michel", "Russia"),
        ),
        # at one depth a name before an adjective
        (
            "Biden does not intend to speak with his Russian counterpart Vladimir Putin.",
            ("Biden", "Vladimir Putin"),
        ),
        # a talk's party, not its topic
        ("Erdogan discussed Libya with Donald Trump.", ("Erdogan", "Donald Trump")),
        # the envoy summoned, not the place summoned to
        (
            "Pakistan summoned a senior Indian diplomat to its Foreign Ministry.",
            ("Pakistan", "Indian"),
        ),
        # an actor's place comes before an object named by no actor
        ("Russian forces shelled positions in Kharkiv.", ("Russian forces", "Kharkiv")),
        # the trigger's own object comes before the infinitive's ("Cubans")
        (
            "The United States had agreed with Cuba's government to repatriate any Cubans.",
            ("The United States", "Cuba"),
        ),
    ],
)
def test_targets_on_real_parses(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(s, t) for _, s, t in _parsed(text)]


@pytest.mark.needs_model
def test_withdrawn_troops_are_no_target() -> None:
    assert [t for _, _, t in _parsed("Russia withdrew its troops.")] == [None]
