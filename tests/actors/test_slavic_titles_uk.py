"""Ukrainian role descriptions read as the registry's titles (session 33)."""

from __future__ import annotations

from datetime import date

from reportedly import pipeline_slavic
from reportedly.actors import default_registry
from reportedly.actors.slavic_titles_uk import composed_title
from reportedly.model import Article


def _speakers(text: str, published: date | None) -> list[str | None]:
    article = Article(id=Article.make_id(text), text=text, language="uk", published=published)
    [annotation] = pipeline_slavic.annotate("uk", [(text, [])])
    analysis = pipeline_slavic.extract(article, annotation, default_registry())
    return [s.speaker_actor for s in analysis.statements]


def test_a_role_and_a_country_in_the_genitive_name_the_holder_on_the_date() -> None:
    text = "Канцлер Німеччини заявив, що Берлін надасть танки."
    assert _speakers(text, date(2023, 3, 1)) == ["scholz-olaf"]


def test_a_country_adjective_before_the_role_names_its_country() -> None:
    text = "Німецький канцлер додав, що рішення погоджене з союзниками."
    assert _speakers(text, date(2023, 3, 1)) == ["scholz-olaf"]


def test_a_body_that_names_its_country_gives_it() -> None:
    text = "Очільник Пентагону заявив, що США передадуть ракети."
    assert _speakers(text, date(2023, 3, 1)) == ["austin-lloyd"]


def test_an_undated_text_is_dated_by_the_latest_year_it_names() -> None:
    registry = default_registry()
    text = "У 2018 році прем'єр-міністр Данії заявив, що газопровід можна заблокувати."
    actor = composed_title(registry, ["прем’єр-міністр", "данія"], text, None)
    assert actor is not None
    assert actor.id == "lokke-rasmussen-lars"


def test_an_undated_text_naming_no_year_gives_no_holder() -> None:
    registry = default_registry()
    text = "Прем'єр-міністр Данії заявив, що газопровід можна заблокувати."
    assert composed_title(registry, ["прем'єр-міністр", "данія"], text, None) is None


def test_a_role_with_no_country_gives_no_holder() -> None:
    registry = default_registry()
    assert composed_title(registry, ["канцлер"], "", date(2023, 3, 1)) is None


def test_a_role_of_one_body_names_its_whole_title() -> None:
    registry = default_registry()
    actor = composed_title(registry, ["голова", "єврокомісія"], "", date(2020, 6, 1))
    assert actor is not None
    assert actor.id == "von-der-leyen-ursula"
