"""Dash speech ("- words - said X") and frames that open the next paragraph (`run_in.py`)."""

from __future__ import annotations

import pytest
from tests.attribution.rule_found import MODEL, found

from reportedly.attribution import CueLexicon, attribute
from reportedly.model import Article
from reportedly.nlp import annotate

pytestmark = pytest.mark.needs_model


@pytest.fixture(scope="module")
def lexicon() -> CueLexicon:
    return CueLexicon.load()


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
        # a participle after the dash goes on with the writer's sentence: its subject speaks,
        # and the clause after it is what was said, not who said the words before the dash
        "The envoy walked out of the talks early - saying the ceasefire had already collapsed.",
        "The governor changed his mind overnight – telling the council the vote would wait.",
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


def test_dash_speech_after_a_colon_with_its_frame_glued_to_the_dash_is_its_own_statement(
    lexicon: CueLexicon,
) -> None:
    text = (
        "The senator spoke on Sunday.\n\n"
        "In her view, this may mean that the allies will have to act: - We cannot let the "
        "city fall, because then the whole front will move west -she said.\n\n"
        "Prices are sky -high in the city."
    )
    assert found(text, lexicon, "dash-frame") == [
        (
            "direct",
            "she",
            "said",
            "We cannot let the city fall, because then the whole front will move west",
        )
    ]
    # no other reading of the frame runs over the colon into the dash words
    article = Article(id=Article.make_id(text), text=text)
    result = attribute(article, annotate(text, model=MODEL), lexicon=lexicon)
    assert [
        s.content_text(text, " ")
        for s in result.statements
        if "act: -" in s.content_text(text, " ")
    ] == []


def test_a_hyphen_glued_to_a_lower_case_word_is_no_frame_dash(lexicon: CueLexicon) -> None:
    # machine translations leave "re -launches": only a subject pronoun glued to the dash
    # ("-he said") opens a frame
    text = (
        "The talks ended.\n\n"
        "However, reserves grow in Germany at a normal pace.Germany re -launches coal power "
        "plants, invest in renewable energies and will extend the nuclear plants.They should "
        'also lift the ban on shale gas extraction - says "Economist".'
    )
    assert [content[:8] for *_, content in found(text, lexicon, "dash-frame")] == ["However,"]
