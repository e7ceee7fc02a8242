"""Actors added for issue 13 (session 17), linked as speakers from made-up sentences (runs the
spaCy English pipeline where marked)."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.registry_ids import _ids
from tests.actors.speaking import analyse

from reportedly.actors import ActorRegistry
from reportedly.pipeline import Pipeline


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.load()


# -- actors added for issue 13 (session 17): linked from made-up sentences ------------------


def _speaker_ids(pipeline: Pipeline, text: str) -> list[str | None]:
    a = analyse(pipeline, date(2023, 5, 1), text)
    by_id = {e.id: e for e in a.entities}
    return [
        by_id[s.speaker_entity].actor_id if s.speaker_entity in by_id else None
        for s in a.statements
    ]


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Brazilian President Luiz Inácio Lula da Silva said Brazil would not send arms. "
            "Lula added that peace talks were needed.",
            "lula-da-silva-luiz-inacio",
        ),
        (
            "Lula da Silva said on Monday that Brazil would stay neutral.",
            "lula-da-silva-luiz-inacio",
        ),
        (
            "Serbian President Aleksandar Vučić said Serbia would not impose sanctions. "
            "Vucic told reporters the decision was final.",
            "vucic-aleksandar",
        ),
        ("Aleksandar Vucic said on Monday that the talks had failed.", "vucic-aleksandar"),
        (
            "The Chinese Foreign Ministry said on Tuesday that Beijing opposed the sanctions. "
            "China's Foreign Ministry added that dialogue was the only way out.",
            "mfa-china",
        ),
        ("The ruling Law and Justice party said the budget must grow.", "law-and-justice"),
        ("A spokesman for Law and Justice said the vote would go ahead.", "law-and-justice"),
        ("Downing Street said the prime minister would call Kyiv later.", "government-uk"),
        (
            "Belarusian Foreign Minister Vladimir Makei said Minsk wanted talks. Makei added "
            "that the border stayed open.",
            "makei-vladimir",
        ),
        (
            "Ukrainian Foreign Ministry spokesman Oleg Nikolenko said the claim was false. "
            "Nikolenko called it propaganda.",
            "nikolenko-oleh",
        ),
        (
            "Moldovan Prime Minister Natalia Gavrilita said the country was ready.",
            "gavrilita-natalia",
        ),
        ("Turkish Defence Minister Hulusi Akar said the talks would resume.", "akar-hulusi"),
        ("Chinese Foreign Ministry spokesman Zhao Lijian said China stood ready.", "zhao-lijian"),
        ("Austrian Chancellor Karl Nehammer said Austria stayed neutral.", "nehammer-karl"),
        (
            "Deputy Prime Minister Iryna Vereshchuk said the corridor would open.",
            "vereshchuk-iryna",
        ),
        ("House Democratic leader Hakeem Jeffries said the aid must pass.", "jeffries-hakeem"),
        ("Denis Pushilin said the shelling had not stopped.", "pushilin-denis"),
        (
            "The Institute for the Study of War said Russian forces were regrouping. ISW added "
            "that the offensive had stalled.",
            "isw",
        ),
        (
            "Garry Kasparov, a world champion chess player and a leader of the Russian "
            'opposition said, "There have been many wars."',
            "kasparov-garry",
        ),
        (
            "Secretary of State Henry Kissinger flew to Tel Aviv. Kissinger wrote that it was "
            "no disaster to have the whole Arab world radicalized.",
            "kissinger-henry",
        ),
        (
            "Deputy Secretary of the US Treasury Wally Adeyemo said the sanctions would "
            "continue as long as the invasion lasts.",
            "adeyemo-wally",
        ),
    ],
)
def test_registry_added_actors_are_linked_as_speakers(
    pipeline: Pipeline, text: str, actor: str
) -> None:
    ids = _speaker_ids(pipeline, text)
    assert ids
    assert set(ids) == {actor}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Лула да Силва", "lula-da-silva-luiz-inacio"),
        ("Лула да Сілва", "lula-da-silva-luiz-inacio"),
        ("Александр Вучич", "vucic-aleksandar"),
        ("Олександр Вучич", "vucic-aleksandar"),
        ("PiS", "law-and-justice"),
        ("Prawo i Sprawiedliwość", "law-and-justice"),
        ("МИД Китая", "mfa-china"),
        ("МЗС Китаю", "mfa-china"),
        ("Oleh Nikołenko", "nikolenko-oleh"),
        ("Олег Ніколенко", "nikolenko-oleh"),
        ("Natalia Gavrilița", "gavrilita-natalia"),
        ("Уладзімір Макей", "makei-vladimir"),
        ("Денис Пушилин", "pushilin-denis"),
        ("Ірина Верещук", "vereshchuk-iryna"),
        ("Aleksandar Vucić", "vucic-aleksandar"),
        ("Гарри Каспаров", "kasparov-garry"),
        ("Генри Киссинджер", "kissinger-henry"),
        ("Adeyemo", "adeyemo-wally"),
        ("Igor Strelkov", "girkin-igor"),
        ("Игорь Гиркин", "girkin-igor"),
        ("Стрєлков", "girkin-igor"),
        ("Yuriy Vitrenko", "vitrenko-yuriy"),
        ("Вітренко", "vitrenko-yuriy"),
        ("Rahm Emanuel", "emanuel-rahm"),
        ("Рам Эмануэль", "emanuel-rahm"),
    ],
)
def test_registry_added_actors_match_their_variants(
    registry: ActorRegistry, text: str, expected: str
) -> None:
    assert _ids(registry.match_name(text)) == [expected]


@pytest.mark.parametrize(
    "text", ["Downing Street", "Даунинг-стрит", "Даунінг-стрит", "Даунінг-стріт"]
)
def test_registry_downing_street_is_the_uk_government_in_three_languages(
    registry: ActorRegistry, text: str
) -> None:
    actor = registry.match_metonym(text)
    assert actor is not None
    assert actor.id == "government-uk"


@pytest.mark.needs_model
def test_registry_a_chinese_foreign_ministers_ministry_is_the_foreign_ministry(
    pipeline: Pipeline,
) -> None:
    # his role's body is the ministry, as Lavrov's is Russia's (was the Chinese government)
    text = "Wang Yi spoke to Sergei Lavrov by phone. His ministry said the talks were candid."
    assert _speaker_ids(pipeline, text) == ["mfa-china"]


@pytest.mark.needs_model
def test_registry_a_linked_person_is_named_without_the_title_run_into_the_name(
    pipeline: Pipeline,
) -> None:
    text = (
        "The leader of the Democratic Party in the House of Representatives Hakeem Jeffries "
        "said that the aid must pass. Jeffries added that time was short."
    )
    a = analyse(pipeline, date(2023, 5, 1), text)
    names = {e.name for e in a.entities if e.actor_id == "jeffries-hakeem"}
    assert names == {"Hakeem Jeffries"}
