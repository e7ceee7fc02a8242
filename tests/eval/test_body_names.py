"""Tests of a body's name with and without its country (the speaker judge's body rule)."""

from __future__ import annotations

import pytest

from reportedly.actors import default_registry
from reportedly.eval.body_names import same_body, unqualified
from reportedly.eval.speakers import GoldSpeaker, judge
from reportedly.model import Analysis, Article, Entity, Span, Statement


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        ("Ministry of Commerce of China", ["Ministry of Commerce"]),
        ("Embassy of the United States in Russia", ["Embassy of the United States", "Embassy"]),
        ("Chinese Ministry of Commerce", ["Ministry of Commerce"]),
        ("China's Ministry of Commerce", ["Ministry of Commerce"]),
        ("United States Department of the Treasury", ["Department of the Treasury"]),
        ("Ministry of Foreign Affairs of Japan", ["Ministry of Foreign Affairs"]),
        ("Ministry of Foreign Affairs", []),  # "Foreign Affairs" is no country
        ("Sumy Regional Military Administration", []),  # a region is no country
        ("China", []),
    ],
)
def test_body_names_unqualified_drops_only_countries(name: str, forms: list[str]) -> None:
    assert unqualified(name, default_registry()) == forms


def _body(name: str, kind: str = "organisation", id: str = "body") -> Entity:
    return Entity(id=id, name=name, kind=kind)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("predicted", "gold", "same"),
    [
        ("Ministry of Commerce", "Ministry of Commerce of China", True),
        ("Commerce Ministry", "Ministry of Commerce of China", True),
        ("Ministry of Commerce of China", "Ministry of Commerce", True),  # either way round
        ("Ministry of Defense", "Ministry of Defence of Poland", True),
        ("U.S. Embassy", "Embassy of the United States in Russia", True),
        ("Russian Embassy", "Embassy of Russia in the United States", True),
        # near misses that stay wrong: another country, another body, the host for the owner
        ("Ministry of Commerce of Russia", "Ministry of Commerce of China", False),
        ("Ministry of Commerce", "Government of China", False),
        ("Ministry of Defence", "Ministry of Commerce of China", False),
        ("Embassy of Russia", "Embassy of the United States in Russia", False),
        ("U.S. Embassy", "Embassy of Russia in the United States", False),
        ("Ministry of Foreign Affairs", "Foreign Affairs", False),  # a magazine
        ("Government", "Government of China", False),  # one word names no body
        ("Embassy", "Embassy of the United States in Russia", False),
        ("U.S. Treasury", "United States Department of the Treasury", False),  # other words
    ],
)
def test_body_names_same_body_up_to_the_country(predicted: str, gold: str, same: bool) -> None:
    assert same_body(_body(predicted), [gold], default_registry()) is same


def test_body_names_never_for_people_or_countries() -> None:
    registry = default_registry()
    assert not same_body(
        _body("Ministry of Commerce", kind="person"), ["Ministry of Commerce of China"], registry
    )
    assert not same_body(_body("China", kind="country"), ["Government of China"], registry)


def test_body_names_a_body_the_article_names_for_two_countries_is_ambiguous() -> None:
    registry = default_registry()
    bare = _body("Ministry of Defense")
    latvian = _body("Latvian Ministry of Defense", id="latvian")
    polish = _body("Ministry of Defence of Poland", id="polish")
    gold = ["Ministry of Defence of Poland"]
    assert not same_body(bare, gold, registry, (bare, latvian))
    assert same_body(bare, gold, registry, (bare, polish))  # the gold's own body is no rival
    # the gold without a country cannot say which of two qualified bodies it means
    assert not same_body(polish, ["Ministry of Defense"], registry, (polish, latvian))


# -- Russian and Ukrainian ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "name", "forms"),
    [
        ("uk", "Міністерство охорони здоров'я Ізраїлю", ["Міністерство охорони здоров'я"]),
        ("ru", "Министерство обороны России", ["Министерство обороны"]),
        ("ru", "Министерство обороны РФ", ["Министерство обороны"]),
        ("ru", "Министерство обороны Российской Федерации", ["Министерство обороны"]),
        ("ru", "Посольство США в Украине", ["Посольство США", "Посольство"]),
        (
            "uk",
            "Посольство Великої Британії у Польщі",
            ["Посольство Великої Британії", "Посольство"],
        ),
        ("ru", "российское Министерство обороны", ["Министерство обороны"]),
        ("uk", "український МЗС", ["МЗС"]),
        ("uk", "Служба автомобільних доріг у Закарпатській області", []),  # a region
        ("uk", "Комерційний суд Барселони", []),  # a city
        ("ru", "Правительство Рязанской области", []),
        ("en", "Министерство обороны России", []),  # English reads no Russian grammar
    ],
)
def test_body_names_unqualified_drops_a_slavic_country(
    lang: str, name: str, forms: list[str]
) -> None:
    assert unqualified(name, default_registry(), lang) == forms


@pytest.mark.parametrize(
    ("lang", "predicted", "gold", "same"),
    [
        # the country dropped: in the genitive, "в"/"у" and the locative, an adjective
        ("uk", "міністерство охорони здоров'я", "Міністерство охорони здоров'я Ізраїлю", True),
        ("ru", "Министерство обороны России", "Министерство обороны", True),
        ("ru", "Посольство США", "Посольство США в Украине", True),
        ("ru", "российское Министерство обороны", "Министерство обороны России", True),
        ("uk", "Демократична партія", "Демократична партія США", True),
        ("ru", "Министерства обороны", "Министерство обороны России", True),  # a case form
        ("ru", "Минобороны", "Министерство обороны России", True),  # the pipeline's table
        # an abbreviation: the initials of the other's words, with or without the country
        ("uk", "ФДМУ", "Фонд державного майна України", True),
        ("uk", "ВГСУ", "Вищий господарський суд України", True),
        ("uk", "МЗС", "Міністерство закордонних справ Естонії", True),
        ("ru", "МВД Грузии", "Министерство внутренних дел Грузии", True),
        ("uk", "ЦГМД", "Центр громадського моніторингу та досліджень", True),  # "та" skipped
        ("en", "MFA", "Ministry of Foreign Affairs of Japan", True),
        # near misses that stay wrong
        ("ru", "украинское Министерство обороны", "Министерство обороны России", False),
        ("ru", "Посольство России", "Посольство США в России", False),  # the host for the owner
        ("ru", "Посольство России в США", "Посольство США в России", False),
        ("ru", "Правительство", "Правительство Австралии", False),  # one word names no body
        (
            "ru",
            "министерство экономики",
            "Министерство экономики, торговли и промышленности Японии",
            False,
        ),
        ("uk", "ЗСУ", "Вищий господарський суд України", False),  # another abbreviation
        ("uk", "ДР", "Джо Роган", False),  # a person's initials
        ("ru", "РФ", "Российская Федерация", False),  # a country
        ("en", "Ministry of Defence", "Министерство обороны России", False),
        ("en", "міністерство охорони здоров'я", "Міністерство охорони здоров'я Ізраїлю", False),
    ],
)
def test_body_names_same_slavic_body_up_to_the_country_or_abbreviation(
    lang: str, predicted: str, gold: str, same: bool
) -> None:
    assert same_body(_body(predicted), [gold], default_registry(), lang=lang) is same


@pytest.mark.parametrize(
    ("predicted", "gold", "rival"),
    [
        ("Минобороны", "Министерство обороны России", "Министерство обороны Украины"),
        ("Минобороны", "Министерство обороны России", "украинское Минобороны"),
        ("Министерство обороны", "Министерство обороны России", "Минобороны Украины"),
        ("МЗС", "Міністерство закордонних справ Естонії", "МЗС України"),
        ("МЗС", "Міністерство закордонних справ Естонії", "Міністерство закордонних справ України"),
    ],
)
def test_body_names_a_slavic_body_the_article_names_for_another_country_is_ambiguous(
    predicted: str, gold: str, rival: str
) -> None:
    registry = default_registry()
    bare = _body(predicted)
    lang = "uk" if "і" in gold else "ru"
    assert same_body(bare, [gold], registry, (bare,), lang=lang)
    assert not same_body(bare, [gold], registry, (bare, _body(rival, id="rival")), lang=lang)
    # the gold's own body, however written, is no rival
    own = _body(gold.replace("Министерство обороны", "Минобороны"), id="own")
    assert same_body(bare, [gold], registry, (bare, own), lang=lang)


def test_body_names_a_slavic_person_or_country_is_never_a_body() -> None:
    registry = default_registry()
    assert not same_body(
        _body("ВГСУ", kind="person"), ["Вищий господарський суд України"], registry, lang="uk"
    )
    assert not same_body(_body("Україна", kind="country"), ["Уряд України"], registry, lang="uk")


@pytest.mark.parametrize(("language", "right"), [("uk", True), ("en", False)])
def test_body_names_the_judge_reads_the_articles_language(language: str, right: bool) -> None:
    text = "Міністерство охорони здоров'я повідомило, що вакцин досить."
    entity = _body("міністерство охорони здоров'я")
    statement = Statement(
        id="s", kind="indirect", content=(Span(45, 58),), speaker_entity=entity.id
    )
    analysis = Analysis(
        article=Article(id="a", text=text, language=language),
        entities=(entity,),
        statements=(statement,),
    )
    gold = GoldSpeaker(
        article="a",
        content=Span(45, 58),
        snippet="вакцин досить",
        source="",
        type="name",
        speaker="Міністерство охорони здоров'я Ізраїлю",
    )
    assert judge(gold, statement, analysis, default_registry()).correct is right
