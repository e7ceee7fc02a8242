"""Tests for session 14's events work on fresh text: the actors stage's resolution of an
event's pronoun or title, questions that are no requests, vows of resolve, passive control,
and the gold coded inside its article."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from tests.events.coded import coded as _events

from reportedly.events.evaluate_context import context_of
from reportedly.events.event_gold import GoldItem, GoldOrigin
from reportedly.model import Article


def _analysed(text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    """(type, trigger, source text, source code, target code) of the pipeline's events."""
    from reportedly.pipeline import Pipeline

    analysis = Pipeline().analyze(Article(id=Article.make_id(text), text=text))
    return [
        (
            e.type,
            e.trigger.text(text),
            e.source.text if e.source else None,
            e.source.code if e.source else None,
            e.target.code if e.target else None,
        )
        for e in analysis.events
    ]


@pytest.mark.needs_model
def test_a_pronoun_source_takes_the_actor_the_actors_stage_resolved() -> None:
    text = "The German chancellor Olaf Scholz met reporters in Berlin. He condemned Russia."
    assert ("ACCUSE", "condemned", "He", "DEU", "RUS") in _analysed(text)


@pytest.mark.needs_model
def test_a_pronoun_target_takes_the_actor_the_actors_stage_resolved() -> None:
    text = "Olaf Scholz arrived in Kyiv on Monday. Vladimir Putin condemned him."
    assert ("ACCUSE", "condemned", "Vladimir Putin", "RUS", "DEU") in _analysed(text)


@pytest.mark.needs_model
def test_a_pronoun_nobody_resolves_stays_uncoded() -> None:
    events = _analysed("They condemned the attack on the village.")
    assert [e[:4] for e in events] == [("ACCUSE", "condemned", "They", None)]


@pytest.mark.needs_model
def test_asking_about_something_or_what_to_do_is_no_request() -> None:
    assert _events("He asked the minister about the war.") == []
    thank = _events("I asked him what to thank for.")
    assert [e[:2] for e in thank] == [("SUPPORT", "hypothetical")]
    assert ("REQUEST", "asserted", "asked", "He") in _events("He asked Germany for tanks.")


@pytest.mark.needs_model
def test_a_vow_of_resolve_is_no_offer() -> None:
    assert _events("She has vowed to stay in the race until the convention.") == []
    assert ("AGREE", "asserted", "vowed", "Germany") in _events("Germany vowed support.")
    # a promise to do what no rule codes is still an assurance
    promise = _events("Biden promised that the United States would defend every inch of NATO.")
    assert ("AGREE", "asserted", "promised", "Biden") in promise


@pytest.mark.needs_model
def test_shooting_a_film_is_no_attack() -> None:
    assert _events("The crew was shooting a video in the square.") == []
    assert ("ASSAULT", "asserted", "shot", "Soldiers") in _events("Soldiers shot two civilians.")


@pytest.mark.needs_model
def test_the_subject_of_a_passive_does_its_infinitive() -> None:
    events = _events("The alliance was forced to impose sanctions on Moscow.")
    assert [e[:4] for e in events] == [("SANCTION", "asserted", "impose", "The alliance")]
    # not under a reporting or belief verb: nobody is said to do it
    assert _events("Russia is said to have attacked the village.") == []


def test_a_drawn_item_is_coded_with_its_article_before_it(tmp_path: Path) -> None:
    article = "Title\n\nFirst paragraph here.\n\nOlaf Scholz spoke. He condemned Russia.\n"
    (tmp_path / "warnews-en" / "articles").mkdir(parents=True)
    (tmp_path / "warnews-en" / "articles" / "a.txt").write_text(article, encoding="utf-8")
    start = article.index("He condemned")
    end = start + len("He condemned Russia.")
    item = GoldItem(
        id="x1",
        split="dev",
        text=article[start:end],
        published=date(2022, 3, 1),
        events=(),
        origin=GoldOrigin(corpus="warnews-en", file="articles/a.txt", start=start, end=end),
    )
    text, offset = context_of(item, tmp_path)
    assert text == article[:end]
    assert text[offset:] == item.text
    short, at = context_of(item, tmp_path, reach=5)
    assert short == "Olaf Scholz spoke. He condemned Russia."
    assert short[at:] == item.text
    written = GoldItem(id="w", split="dev", text="Putin spoke.", published=None, events=())
    assert context_of(written, tmp_path) == ("Putin spoke.", 0)


@pytest.mark.needs_model
def test_appreciating_an_act_is_praise_but_not_a_question() -> None:
    events = _events("We appreciate Poland's clear condemnation of the invasion.")
    assert ("SUPPORT", "asserted", "appreciate", "We") in events
    assert _events("I appreciate the question.") == []


def test_every_common_state_has_its_code_in_the_alias_table() -> None:
    from reportedly.events.actors import AliasResolver

    resolver = AliasResolver.bundled()
    found = {w: resolver.resolve(w) for w in ("Australia", "Brazil's", "the Czech minister")}
    assert {w: a.code if a else None for w, a in found.items()} == {
        "Australia": "AUS",
        "Brazil's": "BRA",
        "the Czech minister": "CZE",
    }
    # words that are mostly something else name no state
    assert resolver.resolve("Michael Jordan") is None
    assert resolver.resolve("Spanish-language ads") is None


@pytest.mark.needs_model
def test_a_phrase_trigger_alleged_by_an_accusation_is_the_accused_partys() -> None:
    text = "Moscow has accused Kyiv of carrying out strikes on the city of Donetsk."
    carried = [e for e in _events(text) if e[2] == "carrying out"]
    assert carried == [("ASSAULT", "hypothetical", "carrying out", "Kyiv")]
    # and so in the pipeline, where the accusation is also a statement of Moscow's: the
    # speaker is not the doer
    assert not [e for e in _analysed(text) if e[1] == "carrying out" and e[2] == "Moscow"]
