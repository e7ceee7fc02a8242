"""Mentions the Russian and Ukrainian annotators add: names in quote marks (ORG), and
person names the Russian NER missed."""

from __future__ import annotations

import pytest

from reportedly.nlp import russian, ukrainian


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Про це пише «Центр громадського моніторингу та досліджень».", "uk",
         "Центр громадського моніторингу та досліджень"),
        ("Доля газопроводу залежить від Данії, пише «Gazeta Polska Codziennie».", "uk",
         "Gazeta Polska Codziennie"),
        ("«Совкомфлот» продал около десятка судов.", "ru", "Совкомфлот"),
    ],
)  # fmt: skip
def test_a_quoted_name_is_one_org_mention(text: str, lang: str, name: str) -> None:
    annotate = russian.annotate if lang == "ru" else ukrainian.annotate
    mentions = [(m.text, m.label) for m in annotate(text).entities]
    assert (name, "ORG") in mentions
    assert not [m for m, _ in mentions if m != name and m in name]  # no piece of it kept


@pytest.mark.parametrize(
    "text",
    [
        "Відповідно до вимог Закон «Про ліцензування певних видів діяльності», це заборонено.",
        "Трамп обіцяє «пекельну битву» за Білий дім.",
        "Он назвал это «Нет, спасибо!» и ушел.",
        "Россия применила «Орешник» по Днепру.",
    ],
)
def test_quoted_words_are_no_name(text: str) -> None:
    lang = "uk" if any(c in text for c in "іїє") else "ru"
    annotate = russian.annotate if lang == "ru" else ukrainian.annotate
    quoted = text[text.index("«") + 1 : text.index("»")]
    assert quoted not in [m.text for m in annotate(text).entities]


def test_a_surname_the_russian_ner_missed_is_a_person() -> None:
    text = "Трамп, по данным издания, призвал Путина не идти на эскалацию."
    assert ("Трамп", "PERSON") in [(m.text, m.label) for m in russian.annotate(text).entities]


def test_a_missed_name_runs_on_over_an_unknown_surname() -> None:
    text = "Как сообщает агентство, об этом пишет Reuters. Мариано Гарсия Фресно, глава отдела."
    names = [m.text for m in russian.annotate(text).entities if m.label == "PERSON"]
    assert "Мариано Гарсия Фресно" in names


def test_an_acronym_or_a_place_adjective_is_no_ukrainian_person() -> None:
    text = (
        "Держпідприємство уклало договір з ТОВ «Агрос» на поставку зерна з Донецької та "
        "Запорізької областей, повідомив Сергій Коржов."
    )
    persons = [m.text for m in ukrainian.annotate(text).entities if m.label == "PERSON"]
    assert persons == ["Сергій Коржов"]


def test_a_latin_name_and_the_cyrillic_name_after_it_are_two_mentions() -> None:
    text = "Про це повідомляє The Guardian На зустрічі Барньє визначив перспективи."
    found = [(m.text, m.label) for m in ukrainian.annotate(text).entities]
    assert ("The Guardian", "ORG") in found
    assert ("Барньє", "PERSON") in found


def test_an_organisation_cut_after_a_preposition_runs_on_to_its_noun() -> None:
    text = (
        "Об этом говорится в заявлении Службы по борьбе с крупными финансовыми махинациями "
        "(SFO) Великобритании."
    )
    names = [m.text for m in russian.annotate(text).entities if m.label == "ORG"]
    assert not [n for n in names if n.split()[-1] in {"с", "по", "на", "в"}]
    assert "Службы по борьбе с крупными финансовыми махинациями" in names
