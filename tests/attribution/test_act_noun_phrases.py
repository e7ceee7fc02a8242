"""Acts of noun-phrase contents, light verbs, copulas and nouns of saying (runs the spaCy
English pipeline)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from tests.attribution.act_sentences import made, settled

if TYPE_CHECKING:
    from reportedly.pipeline import Pipeline


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "cue", "content", "act"),
    [
        # a noun phrase after a verb whose object is the claim is speech
        (
            "Lukoil called for an end to the conflict.",
            "called for",
            "an end to the conflict",
            "speech",
        ),
        (
            "The pontiff did praise the Ukrainians for their resistance.",
            "praise",
            "the Ukrainians for their resistance",
            "speech",
        ),
        (
            "Scholz stressed the importance of unity.",
            "stressed",
            "the importance of unity",
            "speech",
        ),
        # after any other verb it names what was spoken of, even with a verb inside it, and
        # is no statement (None)
        (
            "The deputies discussed efforts to counter the threats.",
            "discussed",
            "efforts to counter the threats",
            None,
        ),
        (
            "He thanked Congress for passing the aid package.",
            "thanked",
            "Congress for passing the aid package",
            None,
        ),
        # ... but an object with a predicate of it is a small clause, not a topic: kept
        (
            "Putin ordered the army to rehearse a strike.",
            "ordered",
            "the army to rehearse a strike",
            "other",
        ),
        # a request: its object and to-infinitive are what was asked (a command is not)
        (
            "The authors are also asking the foreign media to stop calling it a crisis.",
            "are also asking",
            "the foreign media to stop calling it a crisis",
            "speech",
        ),
        (
            "Zakharova encouraged foreign diplomats in Moscow to see the exhibition.",
            "encouraged",
            "foreign diplomats in Moscow to see the exhibition",
            "speech",
        ),
        (
            "The authorities did caution residents to use electricity sparingly.",
            "did caution",
            "residents to use electricity sparingly",
            "speech",
        ),
        (
            "The mayor asked the residents about the shelters.",
            "asked",
            "the residents about the shelters",
            None,
        ),
        # a position, a vote, a purchase or a perception with a noun phrase says nothing
        ("Forty countries endorsed the plan.", "endorsed", "the plan", None),
        ("Scotland voted for independence.", "voted for", "independence", None),
        ("Kyiv ordered 5,000 helmets.", "ordered", "5,000 helmets", None),
        ("Both sides have not seen a stable peace.", "seen", "a stable peace", None),
        # "spoke of" what it claims, "spoke about" a topic
        (
            "Lavrov spoke of some hope for reaching a compromise.",
            "spoke of",
            "some hope for reaching a compromise",
            "speech",
        ),
        (
            "Lavrov spoke about the future of the talks.",
            "spoke about",
            "the future of the talks",
            None,
        ),
        # what a request asks for is what was said
        (
            "Francis asked for month-long prayers for peace in Ukraine.",
            "asked for",
            "month-long prayers for peace in Ukraine",
            "speech",
        ),
        # a finite clause is a claim whatever the parser makes of its subject
        (
            "Sunak highlighted the UK was one of many countries.",
            "highlighted",
            "the UK was one of many countries",
            "speech",
        ),
        # a light verb takes the act of its noun
        (
            "The minister has given assurances that the bombs would not be used.",
            "has given assurances",
            "the bombs would not be used",
            "speech",
        ),
        (
            "Blinken made reference to the Wagner Group.",
            "made reference to",
            "the Wagner Group",
            None,
        ),
        # what one says is what was said, clause or not (a headline: "Rescuers say no …")
        ("Rescuers say no survivors in the crash.", "say", "no survivors in the crash", "speech"),
        # a noun of saying with its that-clause: the clause is the claim
        (
            "Francis echoed accusations that Nato may have provoked the war.",
            "echoed",
            "accusations that Nato may have provoked the war",
            "speech",
        ),
        # an intention to say something says it
        (
            "Blinken sought to make the case that the US is the better partner.",
            "sought to make the case",
            "that the US is the better partner",
            "speech",
        ),
        # one bare noun after a verb of claiming names its target, not a claim
        ("Nebenzya slammed the West on Monday.", "slammed", "the West", "other"),
        ("Lukoil called for peace in March.", "called for", "peace", "other"),
        (
            "Nebenzya slammed the shelling of the port.",
            "slammed",
            "the shelling of the port",
            "speech",
        ),
        # a verb ending in "about" names a topic, even where the parser reads a verb in it
        (
            "Reynders talked mainly about help the EU is giving to compile war crimes.",
            "talked mainly about",
            "help the EU is giving to compile war crimes",
            None,
        ),
        # an adjective's "about" keeps the claim
        (
            "Russia was insistent about Ukraine not joining NATO.",
            "insistent about",
            "Ukraine not joining NATO",
            "speech",
        ),
        # evidence, not a speaker
        (
            "Polling by Chatham House has indicated that few Belarusians back the war.",
            "has indicated",
            "few Belarusians back the war",
            "other",
        ),
        # a light verb's object noun with what it is about acts for the verb
        (
            "Ministers expressed their condemnation of the shelling of the harbour.",
            "expressed",
            "their condemnation of the shelling of the harbour",
            "speech",
        ),
        (
            "Ministers expressed high appreciation for the mayor's handling of the floods.",
            "expressed",
            "high appreciation for the mayor's handling of the floods",
            "speech",
        ),
        (
            "Ministers expressed their intention to rebuild the harbour by May.",
            "expressed",
            "their intention to rebuild the harbour by May",
            "intent",
        ),
        # ... or in the cue, before what it is about
        (
            "Ministers expressed their condemnation of the shelling of the harbour.",
            "expressed their condemnation of",
            "the shelling of the harbour",
            "speech",
        ),
        # a bare noun holds nothing said, nor does a view with its topic
        ("Ministers expressed their opinion on the radio.", "expressed", "their opinion", None),
        (
            "Ministers expressed shared views on the floods in the north.",
            "expressed",
            "shared views on the floods in the north",
            None,
        ),
        # a phrase cue's bare noun is the reason given, said; "look to" intends
        (
            "Moscow halted the deliveries, citing maintenance.",
            "citing",
            "maintenance",
            "speech",
        ),
        (
            "Moscow is now increasingly looking to weaponize its gas supplies.",
            "is now increasingly looking",
            "to weaponize its gas supplies",
            "intent",
        ),
    ],
)
def test_acts_of_noun_phrase_contents_and_light_verbs(
    text: str, cue: str, content: str, act: str | None
) -> None:
    speaker = text.split(" ")[0]
    expected = [] if act is None else [(act, False)]
    assert settled(text, made(text, cue, content, speaker=speaker)) == expected


@pytest.mark.needs_model
def test_acts_signing_a_decree_is_an_act_not_a_statement() -> None:
    text = "In 2004 the president signed a decree to establish a pennant ‘For Valor’."
    statement = made(text, "signed a decree", "to establish a pennant ‘For Valor’", kind="mixed")
    assert settled(text, statement) == [("other", False)]


@pytest.mark.needs_model
def test_acts_a_signed_statement_calling_for_something_is_said() -> None:
    text = "Xi and Putin signed a joint statement calling on the west to “abandon the cold war”."
    statement = made(
        text,
        "signed a joint statement calling on",
        "the west to “abandon the cold war”",
        kind="mixed",
    )
    assert settled(text, statement) == [("speech", False)]


@pytest.mark.needs_model
def test_acts_words_wholly_quoted_are_said_even_as_a_noun_phrase() -> None:
    text = "Masha wrote “No to war” and “Glory to Ukraine” in class."
    statement = made(text, "wrote", "“No to war” and “Glory to Ukraine”", kind="mixed")
    assert settled(text, statement) == [("speech", False)]


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("cue", "act"),
    [
        # a cue's verb with no act: a noun of saying that holds the that-clause says it
        ("doubled down on past comments", "speech"),
        ("doubled down on past fears", "other"),  # only a noun of saying lends its act
    ],
)
def test_acts_a_noun_of_saying_in_the_cue_says(cue: str, act: str) -> None:
    text = f"Last week, the mayor {cue} that the old bridge is unsafe."
    statement = made(text, cue, "that the old bridge is unsafe")
    assert settled(text, statement) == [(act, False)]


@pytest.mark.needs_model
def test_acts_a_threat_to_do_something_is_an_intent() -> None:
    text = "Putin has repeatedly made veiled threats to use nuclear weapons."
    statement = made(text, "has repeatedly made veiled threats", "to use nuclear weapons")
    assert settled(text, statement) == [("intent", False)]


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a light verb takes its act from its noun; "made no comment on" a topic says nothing
        ("The ministry made no comment on the strike.", None),
        # ... unless denying the noun asserts: "no doubt" is a firm belief
        (
            "Officials have no doubt that Moscow will retaliate.",
            ("have no doubt", "belief", False),
        ),
        # a copula's complement heads the cue, and the copula's "not" denies it
        ("He is not convinced that the talks will work.", ("is not convinced", "belief", True)),
        # a belief noun voiced aloud is said ("expressed concern that …"); held, believed
        (
            "The spokesman expressed concern that the talks might collapse.",
            ("expressed concern", "speech", False),
        ),
        (
            "Officials have voiced hope that the talks would resume in May.",
            ("have voiced hope", "speech", False),
        ),
        (
            "The envoy again expressed concern about how the war may slow the talks.",
            ("again expressed concern about", "speech", False),
        ),
        ("Officials have fears that the talks might collapse.", ("have fears", "belief", False)),
    ],
)
def test_acts_of_light_verbs_and_copulas(
    text: str, expected: tuple[str, str, bool] | None, pipeline: Pipeline
) -> None:
    from reportedly.model import Article

    analysis = pipeline.analyze(Article(id=Article.make_id(text), text=text))
    found = [(s.cue.text(text) if s.cue else "", s.act, s.negated) for s in analysis.statements]
    assert found == ([] if expected is None else [expected])
