"""Titles read through the body their words name (actors/_body_heads.py)."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.speaking import analyse, speaker_of

from reportedly.pipeline import Pipeline

DAY = date(2022, 6, 10)


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        (  # the salient person named first is no head of the body the title names
            "Ursula von der Leyen met Charles Michel. The head of the European Council said "
            "the EU would help.",
            "the EU would help",
            "michel-charles",
        ),
        (
            "Yevgeny Prigozhin met Sergei Shoigu. The head of the Russian Ministry of Defence "
            "said the war must go on.",
            "the war must go on",
            "shoigu-sergei",
        ),
        (  # the person heading it, not the ministry
            "Lloyd Austin met Oleksii Reznikov. The head of the Ukrainian defence ministry said "
            "more weapons were needed.",
            "more weapons were needed",
            "reznikov-oleksii",
        ),
        (  # a body named exactly: not the head of the UN's nuclear watchdog
            "Antonio Guterres met Rafael Grossi. The head of the UN said the plant was unsafe.",
            "the plant was unsafe",
            "guterres-antonio",
        ),
        (  # a seat that owns a title is its country's
            "Sergei Lavrov met Antony Blinken. Moscow's top diplomat said the war must end.",
            "the war must end",
            "lavrov-sergey",
        ),
        (  # the head of a government named as one is its head of government, on the date
            "Prices rose again. The head of the Russian government said the budget would hold.",
            "the budget would hold",
            "mishustin-mikhail",
        ),
        (  # not the president the article names first
            "Volodymyr Zelensky spoke on Monday. The head of the Ukrainian government said the "
            "grid would hold.",
            "the grid would hold",
            "shmyhal-denys",
        ),
    ],
)
def test_body_heads_a_head_of_a_named_body_is_its_holder(
    pipeline: Pipeline, text: str, words: str, actor: str
) -> None:
    s = speaker_of(analyse(pipeline, DAY, text), words)
    assert s.speaker_actor == actor


@pytest.mark.parametrize(
    ("text", "words", "not_actor"),
    [
        (  # a deputy head is someone other than the head
            "Dmitry Medvedev wrote on Telegram. The deputy head of the Russian Security Council "
            "said the war must go on.",
            "the war must go on",
            "patrushev-nikolai",
        ),
    ],
)
def test_body_heads_a_deputy_head_is_not_the_head(
    pipeline: Pipeline, text: str, words: str, not_actor: str
) -> None:
    s = speaker_of(analyse(pipeline, DAY, text), words)
    assert s.speaker_actor != not_actor


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        (  # a seat of power says whose dictator: never the other leader named
            "Alexander Lukashenko met Putin. The Kremlin dictator said the war must end.",
            "the war must end",
            "putin-vladimir",
        ),
        (
            "Vladimir Putin met Joe Biden. The White House leader said the war must end.",
            "the war must end",
            "biden-joe",
        ),
    ],
)
def test_body_heads_a_seat_of_power_names_the_descriptions_country(
    pipeline: Pipeline, text: str, words: str, actor: str
) -> None:
    s = speaker_of(analyse(pipeline, DAY, text), words)
    assert s.speaker_actor == actor


def test_body_heads_a_government_with_no_head_of_government_office_has_no_head(
    pipeline: Pipeline,
) -> None:
    text = "Prices rose again. The head of the US government said the budget would hold."
    s = speaker_of(analyse(pipeline, DAY, text), "the budget would hold")
    assert s.speaker_actor is None or not s.speaker_actor.startswith("biden")
