"""Russian and Ukrainian speakers fixed in session 15 (issue 17)."""

from __future__ import annotations

from tests.attribution.slavic.speaking import speakers


def test_one_name_of_a_coordinated_subject_is_no_speaker() -> None:
    text = "Компанії Pfizer і Moderna заявили, що вакцина буде дешевою."
    assert [s[1:] for s in speakers(text, "uk")] == [(None, None)]
    text = "Франція, країни Балтії та Польща вважають, що газопровід небезпечний."
    assert [s[1:] for s in speakers(text, "uk")] == [(None, None)]
    text = "Путин и Лавров заявили, что переговоры окончены."
    assert [s[1:] for s in speakers(text, "ru")] == [(None, None)]


def test_a_clause_joined_by_and_keeps_its_subject() -> None:
    text = "Переговоры шли долго, и Лавров заявил, что они окончены."
    assert [s[2] for s in speakers(text, "ru")] == ["lavrov-sergey"]
    text = "Рейси скасовано, і Шмигаль заявив, що уряд допоможе."
    assert [s[2] for s in speakers(text, "uk")] == ["shmyhal-denys"]


def test_the_object_of_a_preposition_is_no_speaker() -> None:
    text = "Депутати, які прихильно налаштовані до ЄС сказали, що угода погана."
    assert [s[1] for s in speakers(text, "uk")] == [None]
    # a longer phrase may run on to the subject after the preposition's object
    text = "Головний переговірник щодо Brexit Мішель Барньє заявив, що угода справедлива."
    assert [s[2] for s in speakers(text, "uk")] == ["barnier-michel"]


def test_a_pronoun_goes_to_the_subject_the_parse_finds_after_a_verb_of_speech() -> None:
    text = (
        "Джейк Салливан сказал, что США не обсуждают это. "
        "На прошлой неделе об этом также высказался Владимир Путин. "
        "Он сказал: «Мы этого не допустим»."
    )
    assert [s[2] for s in speakers(text, "ru")] == ["sullivan-jake", "putin-vladimir"]


def test_names_joined_in_one_source_are_a_group() -> None:
    text = (
        "Суд зняв арешт на підставі тверджень Nord Stream AG та Nord Stream 2 AG про те, "
        "що акції знаходяться поза кантоном."
    )
    assert [s[1] for s in speakers(text, "uk")] == [None]


def test_a_source_with_a_name_joined_after_it_is_a_group() -> None:
    text = "По словам Путина и Лаврова, переговоры окончены."
    assert [s[1:] for s in speakers(text, "ru")] == [(None, None)]
    # a clause after the comma is no second source
    text = "По словам Путина, и это важно, мир близок."
    assert [s[2] for s in speakers(text, "ru")] == ["putin-vladimir"]


def test_a_name_glued_before_a_persons_given_name_is_no_part_of_it() -> None:
    text = "Прем’єр-міністр Ізраїлю Біньямін Нетаньягу заявив, що вакцин вистачить."
    assert [s[2] for s in speakers(text, "uk")] == ["netanyahu-benjamin"]
    text = "Суддя суду Києва Денис Масенко повідомив, що житла не має."
    assert [s[1] for s in speakers(text, "uk")] == ["Денис Масенко"]
    # a name whose earlier words are names too stays whole
    text = "Лидер партии Хан Дон Хун заявил, что будет сотрудничать с депутатами."
    assert [s[1] for s in speakers(text, "ru")] == ["Хан Дон Хун"]


def test_a_bare_company_noun_is_the_company_most_named_before_it_no_outlet() -> None:
    text = (
        "Пілоти Ryanair страйкують. Ryanair скасувала 150 рейсів у Німеччині. "
        "Про це повідомляє BBC. Лоукостер запропонував клієнтам повернення коштів."
    )
    assert [s[1] for s in speakers(text, "uk")][-1] == "Ryanair"
    text = (
        "Пілоти Ryanair страйкують. Рейси Ryanair скасовано в Німеччині. Профспілка "
        "Vereinigung Cockpit оголосила страйк. Компанія заявила, що страйк незаконний."
    )
    assert [s[1] for s in speakers(text, "uk")][-1] == "Ryanair"
