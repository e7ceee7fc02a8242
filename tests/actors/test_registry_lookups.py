"""The actor registry's lookups: titles held on a date, names, metonyms and ids."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.registry_ids import _ids

from reportedly.actors import ActorRegistry
from reportedly.errors import NotFound


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.load()


# -- titles on a date -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "on", "expected"),
    [
        ("the US President", date(2022, 12, 2), ["biden-joe"]),
        ("the US President", date(2025, 6, 1), ["trump-donald"]),
        ("President of the United States", date(2019, 1, 1), ["trump-donald"]),
        ("the Russian President", date(2022, 12, 2), ["putin-vladimir"]),
        ("President of the Russian Federation", date(2010, 1, 1), ["medvedev-dmitry"]),
        ("Russia's president", date(2005, 1, 1), ["putin-vladimir"]),
        ("the Kremlin spokesman", date(2022, 12, 2), ["peskov-dmitry"]),
        ("press secretary of the Russian President", date(2022, 12, 2), ["peskov-dmitry"]),
        ("press secretary of the President of Russia", date(2016, 3, 1), ["peskov-dmitry"]),
        ("Russian President's press secretary", date(2024, 1, 1), ["peskov-dmitry"]),
        ("Kremlin spokesperson", date(2011, 1, 1), []),
        ("the Ukrainian President", date(2022, 12, 2), ["zelenskyy-volodymyr"]),
        ("President of Ukraine", date(2016, 1, 1), ["poroshenko-petro"]),
        ("Ukraine's foreign minister", date(2023, 1, 1), ["kuleba-dmytro"]),
        ("Ukraine's foreign minister", date(2025, 1, 1), ["sybiha-andrii"]),
        ("the US Secretary of State", date(2022, 12, 2), ["blinken-antony"]),
        ("the US Secretary of State", date(2025, 6, 1), ["rubio-marco"]),
        ("Russian Defence Minister", date(2023, 1, 1), ["shoigu-sergei"]),
        ("Russian Defense Minister", date(2025, 1, 1), ["belousov-andrei"]),
        (
            "Commander-in-Chief of the Armed Forces of Ukraine",
            date(2023, 1, 1),
            ["zaluzhnyi-valerii"],
        ),
        ("Ukraine's commander-in-chief", date(2025, 1, 1), ["syrskyi-oleksandr"]),
        ("NATO Secretary General", date(2020, 1, 1), ["stoltenberg-jens"]),
        ("NATO chief", date(2025, 1, 1), ["rutte-mark"]),
        ("US Defense Secretary", date(2025, 6, 1), ["hegseth-pete"]),
        ("the Russian Foreign Ministry spokeswoman", date(2022, 12, 2), ["zakharova-maria"]),
        ("White House press secretary", date(2023, 1, 1), ["jean-pierre-karine"]),
        ("UN Secretary-General", date(2023, 1, 1), ["guterres-antonio"]),
        ("the then-US President", date(2018, 1, 1), ["trump-donald"]),
    ],
)
def test_registry_match_title_resolves_holder_on_date(
    registry: ActorRegistry, title: str, on: date, expected: list[str]
) -> None:
    assert _ids(registry.match_title(title, on=on)) == expected


def test_registry_match_title_without_date_lists_holders_most_recent_first(
    registry: ActorRegistry,
) -> None:
    assert _ids(registry.match_title("US President")) == [
        "trump-donald",
        "biden-joe",
        "obama-barack",
    ]


def test_registry_match_title_on_a_handover_day_returns_both_holders(
    registry: ActorRegistry,
) -> None:
    assert _ids(registry.match_title("US President", on=date(2025, 1, 20))) == [
        "trump-donald",
        "biden-joe",
    ]


@pytest.mark.parametrize(
    ("title", "on", "expected"),
    [
        ("former US President", date(2022, 12, 2), ["trump-donald", "obama-barack"]),
        ("ex-NATO chief", date(2025, 1, 1), ["stoltenberg-jens", "fogh-rasmussen-anders"]),
        ("former Russian President", None, ["medvedev-dmitry", "putin-vladimir"]),
    ],
)
def test_registry_match_title_former_asks_for_past_holders(
    registry: ActorRegistry, title: str, on: date | None, expected: list[str]
) -> None:
    assert _ids(registry.match_title(title, on=on)) == expected


@pytest.mark.parametrize("title", ["", "the spokesman", "President", "foreign minister"])
def test_registry_match_title_needs_a_specific_office(registry: ActorRegistry, title: str) -> None:
    assert registry.match_title(title, on=date(2022, 12, 2)) == ()


# -- names --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peskov", "peskov-dmitry"),
        ("Peskov's", "peskov-dmitry"),
        ("Peskov’s", "peskov-dmitry"),
        ("PESKOV", "peskov-dmitry"),
        ("Песков", "peskov-dmitry"),
        ("Пєсков", "peskov-dmitry"),
        ("Dmitriy Peskov", "peskov-dmitry"),
        ("Zelensky", "zelenskyy-volodymyr"),
        ("Зеленський", "zelenskyy-volodymyr"),
        ("Erdogan", "erdogan-recep-tayyip"),
        ("Erdoğan's", "erdogan-recep-tayyip"),
        ("US President Joe Biden", "biden-joe"),
        ("Russian Foreign Minister Sergei Lavrov", "lavrov-sergey"),
        ("President Putin", "putin-vladimir"),
        ("Gen. Valerii Zaluzhnyi", "zaluzhnyi-valerii"),
        ("the U.S.", "country-usa"),
        ("the Armed Forces of Ukraine", "armed-forces-ukraine"),
        ("Ukraine's Armed Forces", "armed-forces-ukraine"),
        ("Russia's Defense Ministry", "mod-russia"),
        ("RIA Novosti", "ria-novosti"),
        # bodies added in session 7: agencies, services and outlets that speak in war news
        ("The office of the US National Intelligence Director", "odni"),
        ("the US Defense Intelligence Agency", "dia"),
        ("the Serbian authorities", "government-serbia"),
        ("the DSNS", "dsns-ukraine"),
        ("Poland's Foreign Ministry", "mfa-poland"),
        ("the UN Office for the Coordination of Humanitarian Affairs", "ocha"),
        ("the FT", "financial-times"),
        # session 23: the border guard service the Slavic texts name by abbreviation
        ("Ukraine's State Border Guard Service", "dpsu-ukraine"),
        ("Держприкордонслужба", "dpsu-ukraine"),
    ],
)
def test_registry_match_name_normalises(registry: ActorRegistry, text: str, expected: str) -> None:
    assert _ids(registry.match_name(text)) == [expected]


def test_registry_match_name_returns_every_holder_of_a_shared_surname(
    registry: ActorRegistry,
) -> None:
    assert set(_ids(registry.match_name("Johnson"))) == {"johnson-boris", "johnson-mike"}
    assert _ids(registry.match_name("Boris Johnson")) == ["johnson-boris"]


@pytest.mark.parametrize("text", ["", "   ", "Ivan Petrov", "the Kremlin", "he", "'s"])
def test_registry_match_name_finds_nothing_for_unknown_or_metonyms(
    registry: ActorRegistry, text: str
) -> None:
    assert registry.match_name(text) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Kremlin", "government-russia"),
        ("Kremlin", "government-russia"),
        ("Moscow", "government-russia"),
        ("Washington", "government-usa"),
        ("the White House", "government-usa"),
        ("Kyiv", "government-ukraine"),
        ("Kiev", "government-ukraine"),
        ("Bankova", "government-ukraine"),
        ("Beijing", "government-china"),
        ("Downing Street", "government-uk"),
    ],
)
def test_registry_match_metonym(registry: ActorRegistry, text: str, expected: str) -> None:
    actor = registry.match_metonym(text)
    assert actor is not None
    assert actor.id == expected


def test_registry_match_metonym_unknown_is_none(registry: ActorRegistry) -> None:
    assert registry.match_metonym("Peskov") is None


def test_registry_by_id_unknown_raises_not_found(registry: ActorRegistry) -> None:
    assert registry.by_id("peskov-dmitry").name == "Dmitry Peskov"
    with pytest.raises(NotFound, match="no-such-actor"):
        registry.by_id("no-such-actor")


def test_registry_sample_article_mentions_resolve(
    registry: ActorRegistry, sample_text: str
) -> None:
    on = date(2022, 12, 2)
    for mention in ("Peskov", "press secretary of the Russian President", "US President Joe Biden"):
        assert mention in sample_text
    assert _ids(registry.match_name("Peskov’s")) == ["peskov-dmitry"]
    assert _ids(registry.match_title("press secretary of the Russian President", on=on)) == [
        "peskov-dmitry"
    ]
    assert _ids(registry.match_name("US President Joe Biden")) == ["biden-joe"]
    assert _ids(registry.match_title("US President", on=on)) == ["biden-joe"]
    assert registry.match_title("Russian counterpart", on=on) == ()
    assert _ids(registry.match_title("President of the Russian Federation", on=on)) == [
        "putin-vladimir"
    ]
    kremlin = registry.match_metonym("The Kremlin")
    assert kremlin is not None
    assert kremlin.id == "government-russia"
