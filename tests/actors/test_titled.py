"""Tests of a title and a name the tagger took whole as a body ("Minister … Ivica Daczic")."""

from __future__ import annotations

import pytest

from reportedly.actors import default_registry
from reportedly.actors._resolution_data import default_data
from reportedly.actors._titled import completed_name, titled_person
from reportedly.model import Article, Span
from reportedly.pipeline import Pipeline


@pytest.mark.parametrize(
    ("name", "found"),
    [
        (
            "Minister of Foreign Affairs Serbia Ivica Daczic",
            ("Minister of Foreign Affairs Serbia", "Ivica Daczic"),
        ),
        ("Chairman of the Board Anna Kowalska", ("Chairman of the Board", "Anna Kowalska")),
        ("Ministry of Foreign Affairs", None),  # a body
        ("Minister of Defence Office", None),  # ends in a body's word
        ("Office of the President of Ukraine", None),  # ends in a country
        ("President of the Republic", None),  # a title alone
        ("Institute for the Study of War", None),  # no title word
    ],
)
def test_titled_person_splits_a_title_from_a_name(name: str, found: tuple[str, str] | None) -> None:
    assert titled_person(name, default_data(), default_registry()) == found


@pytest.mark.needs_model
def test_titled_a_title_and_name_tagged_as_a_body_is_the_person() -> None:
    text = (
        "This follows the statements of the Minister of Foreign Affairs Serbia Ivica Daczic, "
        "cited on Sunday by television. The head of diplomacy stipulated that sanctions could "
        "be introduced."
    )
    a = Pipeline().analyze(Article(id=Article.make_id(text), text=text))
    s = next(s for s in a.statements if "sanctions" in s.content_text(text))
    entity = next(e for e in a.entities if e.id == s.speaker_entity)
    assert (entity.name, entity.kind) == ("Ivica Daczic", "person")
    assert "Minister of Foreign Affairs Serbia" in entity.roles


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("by the minister Sergei Lavrov.- If it depends on us", "Sergei Lavrov"),
        ("Sergei. The talks", ""),  # a sentence ends: no surname
        ("Masha drew a picture", ""),
    ],
)
def test_titled_completed_name_takes_the_capitalised_word_after(text: str, name: str) -> None:
    start = text.index(name.split()[0]) if name else 0
    word = name.split()[0] if name else text.split()[0].rstrip(".")
    mention = Span(start, start + len(word))
    assert completed_name(text, [mention]) == name


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "name", "role", "debris"),
    [
        (
            "The $40 billion reconstruction fund President Joe Biden signed on Monday was a "
            "feat of negotiation, he said.",
            "Joe Biden",
            "President",
            "billion",
        ),
        (
            "The Secretary-General of NATO, Jens Stoltenberg and British Prime Minister Boris "
            "Johnson said that the West should prepare for a long war.",
            "Boris Johnson",
            "British Prime Minister",
            "Stoltenberg",
        ),
    ],
)
def test_titled_a_role_before_a_name_is_the_title_alone(
    text: str, name: str, role: str, debris: str
) -> None:
    a = Pipeline().analyze(Article(id=Article.make_id(text), text=text))
    entity = next(e for e in a.entities if e.name == name)
    assert role in entity.roles
    assert not any(debris in r for r in entity.roles)
