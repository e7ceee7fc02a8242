"""A subject that opens its clause before a chain of prepositional phrases
(attribution/slavic/distant_subjects.py)."""

from __future__ import annotations

from tests.attribution.slavic.speaking import speakers


def test_a_name_before_phrases_of_time_and_place_is_the_speaker() -> None:
    text = (
        "Матеуш Моравецький під час дебатів у Європейському парламенті в Страсбурзі заявив, "
        "що Європейському Союзу не потрібен газопровід."
    )
    assert speakers(text, "uk") == [
        ("Матеуш Моравецький", "Mateusz Morawiecki", "morawiecki-mateusz")
    ]


def test_a_title_and_name_after_a_date_before_the_phrases_is_the_speaker() -> None:
    text = (
        "Як повідомлялося, 4 липня прем'єр Польщі Матеуш Моравецький під час дебатів у "
        "Європейському парламенті в Страсбурзі заявив, що Союзу не потрібен газопровід."
    )
    assert speakers(text, "uk")[0][2] == "morawiecki-mateusz"


def test_a_body_whose_name_runs_to_the_verb_is_the_speaker() -> None:
    text = (
        "Управління по боротьбі з економічними злочинами Британії повідомило, що не знайшло "
        "порушень."
    )
    assert speakers(text, "uk")[0][1] == "Управління по боротьбі з економічними злочинами Британії"


def test_a_common_noun_or_an_oblique_name_before_the_phrases_is_no_speaker() -> None:
    text = "Президент під час зустрічі з Путіним заявив, що мир можливий."
    assert speakers(text, "uk")[0][0] is None
    text = "Зеленського на зустрічі в Києві попросили, щоб мир настав."
    assert all(s[0] is None for s in speakers(text, "uk"))
