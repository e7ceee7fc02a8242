"""Run-in headlines ("Speaker: words"), teasers glued to them and linked story titles
(`run_in_headlines.py`)."""

from __future__ import annotations

import pytest
from tests.attribution.rule_found import found

from reportedly.attribution import CueLexicon

pytestmark = pytest.mark.needs_model


@pytest.fixture(scope="module")
def lexicon() -> CueLexicon:
    return CueLexicon.load()


BODY = "\n\nThe talks in Geneva ended without an agreement on Tuesday evening."


@pytest.mark.parametrize(
    ("line", "speaker", "content"),
    [
        (
            "Avril Haines: Putin most likely calculates that time works in his favor",
            "Avril Haines",
            "Putin most likely calculates that time works in his favor",
        ),
        (
            "Prime Minister of India to Putin: This is not the time of wars",
            "Prime Minister of India",
            "This is not the time of wars",
        ),
        (
            "VIEW VIDEO Prof.Legucka: Putin caused a war to announce a success",
            "Legucka",
            "Putin caused a war to announce a success",
        ),
        (
            "PENTAGON: RUSSIA BUILDUP ON UKRAINE BORDER IS LARGEST SINCE COLD WAR",
            "PENTAGON",
            "RUSSIA BUILDUP ON UKRAINE BORDER IS LARGEST SINCE COLD WAR",
        ),
        (
            "WHO CHIEF: ACCESS TO MARIUPOL AND BESIEGED AREAS NOW 'CRITICAL'",
            "WHO CHIEF",
            "ACCESS TO MARIUPOL AND BESIEGED AREAS NOW 'CRITICAL'",
        ),
        (
            "American intelligence: the Russian army will need years to rebuild",
            "American intelligence",
            "the Russian army will need years to rebuild",
        ),
        (  # a headline cut short with an ellipsis
            "Vladimir Putin: Now the harvests are large, the banks are working, weapons are ...",
            "Vladimir Putin",
            "Now the harvests are large, the banks are working, weapons are ...",
        ),
        (  # a title before a name the tagger does not know
            "VIEW VIDEO Col. Łukasiewicz: The use of nuclear weapons is unlikely",
            "Łukasiewicz",
            "The use of nuclear weapons is unlikely",
        ),
    ],
)
def test_a_headline_line_with_a_speaker_and_a_colon_is_their_direct_speech(
    line: str, speaker: str, content: str, lexicon: CueLexicon
) -> None:
    text = "The ministers met in Geneva." + "\n\n" + line + BODY
    assert found(text, lexicon, "headline-colon") == [("direct", speaker, ":", content)]


@pytest.mark.parametrize(
    "line",
    [
        "RUSSIA-UKRAINE: US SENDING MORE TROOPS TO NATO'S EASTERN FLANK",
        "War in Ukraine: the city was shelled again overnight",
        "Ukraine: the city was shelled again overnight",
        "Live updates: the city was shelled again overnight",
        "The minister said: the city was shelled again overnight.",
    ],
)
def test_a_topic_label_or_a_sentence_before_a_colon_is_no_headline_speaker(
    line: str, lexicon: CueLexicon
) -> None:
    text = "The ministers met in Geneva." + "\n\n" + line + BODY
    assert found(text, lexicon, "headline-colon") == []


@pytest.mark.parametrize(
    ("line", "body", "expected"),
    [
        (
            "Pieskow: A brilliant idea",
            "The exhibition was praised by Kremlin spokesman Dmitry Pieskow on Monday.",
            [("direct", "Pieskow", ":", "A brilliant idea")],
        ),
        (
            "Mychajło Podolak: Limiting the right to enter can make them aware of the invasion",
            "Advisor to the President of Ukraine Mychajło Podolak stated that it would help.",
            [
                (
                    "direct",
                    "Mychajło Podolak",
                    ":",
                    "Limiting the right to enter can make them aware of the invasion",
                )
            ],
        ),
        (  # the tagger reads the surname alone as a place
            "Zacharowa: Ukraine is not invited to NATO, because Poland wants to invade",
            "A spokeswoman for the Russian Ministry of Foreign Affairs, Maria Zacharowa, said "
            "on Tuesday that Russia had a goal to weaken NATO.",
            [
                (
                    "direct",
                    "Zacharowa",
                    ":",
                    "Ukraine is not invited to NATO, because Poland wants to invade",
                )
            ],
        ),
        (
            "Bakhmut: Ukrainian forces hold the line near the city",
            "Fighting went on in Bakhmut on Tuesday, the General Staff in Kyiv reported.",
            [],
        ),
    ],
)
def test_a_headline_name_the_tagger_misses_is_a_speaker_when_the_article_names_them(
    line: str, body: str, expected: list[tuple[str, str, str, str]], lexicon: CueLexicon
) -> None:
    text = "The ministers met in Geneva." + "\n\n" + line + "\n\n" + body
    assert found(text, lexicon, "headline-colon") == expected


def test_a_headline_name_is_known_from_its_full_name_glued_to_the_next_sentence(
    lexicon: CueLexicon,
) -> None:
    text = (
        "The media had already announced that Russia is to show Western equipment captured in "
        "Ukraine during the parade.\n\nPieskow: A brilliant idea\n\nThe Russian regime "
        "criticizes the supply of western weapons to Ukraine.\n\n- A good idea - this is how "
        "the exhibition was commented by spokesman Putin Dmitry Pieskow.-The exhibition will "
        "enjoy great interest-he said."
    )
    assert ("direct", "Pieskow", ":", "A brilliant idea") in found(text, lexicon, "headline-colon")


@pytest.mark.parametrize(
    ("line", "body", "expected"),
    [
        (
            "See the video should you talk to the Kremlin?Kowal: The president faces a dilemma",
            "The talks in Geneva ended without an agreement on Tuesday.",
            [("direct", "Kowal", ":", "The president faces a dilemma")],
        ),
        (
            "See the video of the attack on the city.Tusk: This is what an aggression looks like",
            "Prime Minister Donald Tusk spoke in Warsaw on Sunday.",
            [("direct", "Tusk", ":", "This is what an aggression looks like")],
        ),
        (  # a name the tagger does not know, now a token of its own after the glue
            "See the video what the support for Ukraine looks like?Deszczyca: We are in close "
            "cooperation",
            "The presidents spoke on Saturday.",
            [("direct", "Deszczyca", ":", "We are in close cooperation")],
        ),
        (  # a place, a label and a capital's stop ("U.S.") are no speaker
            "See the video of what happened in the city?Warsaw: The army is ready to help",
            "The army was deployed in Warsaw on Sunday.",
            [],
        ),
        (
            "See the video of what happened in the city?Video: The army is ready to help",
            "The army was deployed on Sunday.",
            [],
        ),
    ],
)
def test_a_headline_glued_to_a_video_teaser_before_it_has_its_speaker_after_the_glue(
    line: str, body: str, expected: list[tuple[str, str, str, str]], lexicon: CueLexicon
) -> None:
    text = "The ministers met in Geneva." + "\n\n" + line + "\n\n" + body
    assert found(text, lexicon, "headline-colon") == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Other Topics of Interest Finland's PM: Army Drills in Ukraine Won't Start a War "
            "With Russia Marin said that the training would not be escalatory.",
            [
                (
                    "direct",
                    "Finland's PM",
                    ":",
                    "Army Drills in Ukraine Won't Start a War With Russia",
                )
            ],
        ),
        (  # no summary sentence after the title: where it ends is unknown
            "Other Topics of Interest Finland's PM: Army Drills in Ukraine Won't Start a War",
            [],
        ),
    ],
)
def test_a_linked_story_title_in_a_line_of_links_is_a_headline_up_to_its_summary(
    line: str, expected: list[tuple[str, str, str, str]], lexicon: CueLexicon
) -> None:
    text = "The ministers met in Geneva." + "\n\n" + line + BODY
    assert found(text, lexicon, "headline-colon") == expected
