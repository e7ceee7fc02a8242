"""Ukrainian ministries named with no country in a text about Ukraine (session 33)."""

from __future__ import annotations

from tests.attribution.slavic.speaking import speakers


def test_the_foreign_ministry_with_no_country_is_ukraines() -> None:
    text = "У МЗС заявили, що Україна не визнає результатів так званих виборів у Криму."
    assert speakers(text, "uk")[0][2] == "mfa-ukraine"


def test_a_ministry_the_registry_lacks_takes_the_gold_name() -> None:
    text = (
        "Міністерство юстиції повідомило, що Україна змінить правила реєстрації. "
        "Уряд України схвалив зміни."
    )
    assert speakers(text, "uk")[0][1] == "Міністерство юстиції України"


def test_not_in_a_text_about_another_country() -> None:
    text = "Міністерство закордонних справ закликало громадян утриматися від поїздок до Росії."
    assert speakers(text, "uk")[0][2] is None


def test_a_letter_is_its_issuers_not_the_sites() -> None:
    text = (
        "Реєстрацію скасували. У листі Міністерства юстиції, оприлюдненому на сайті КМДА, "
        "йдеться, що реєстрація була незаконною. В Україні це перший такий випадок."
    )
    found = speakers(text, "uk")
    assert any(name == "Міністерство юстиції України" for _, name, _ in found)


def test_a_plan_approved_by_the_ministry_is_the_ministrys() -> None:
    text = (
        "Міністр заявив, що в Україні вакцинація почнеться в лютому. Згідно з планом, "
        "затвердженим МОЗ, першу партію вакцин отримають медики."
    )
    found = speakers(text, "uk")
    assert any(name == "Міністерство охорони здоров'я України" for _, name, _ in found)
