"""Tests of pronoun speakers: gender read from the article's own pronouns."""

from __future__ import annotations

import pytest

from reportedly.model import Article
from reportedly.pipeline import Pipeline

pytestmark = pytest.mark.needs_model


def test_pronouns_unknown_person_takes_the_gender_the_text_gives(pipeline: Pipeline) -> None:
    text = (
        "Ngozi Okafor met Tomasz Nowak in Warsaw on Monday. Okafor said she agreed with the "
        "plan. Nowak said he did not. Later she said the plan would work."
    )
    a = pipeline.analyze(Article(id=Article.make_id(text), text=text))
    s = next(s for s in a.statements if "would work" in s.content_text(text))
    assert s.speaker is not None
    assert s.speaker.text == "she"
    assert s.speaker_entity == "ngozi-okafor"


def test_pronouns_conflicting_evidence_gives_no_gender(pipeline: Pipeline) -> None:
    # one sentence says "he", another "she": the person stays of unknown gender, so "she"
    # may still be them (the only person there is)
    text = "Okafor said he was late. Okafor said she was early. Later she said it was over."
    a = pipeline.analyze(Article(id=Article.make_id(text), text=text))
    s = next(s for s in a.statements if "over" in s.content_text(text))
    assert s.speaker_entity is not None
    assert "okafor" in s.speaker_entity


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        (  # whoever the quote names is not who says it
            '"The sanctions will fail," Peskov said. "Biden knows this. He has been told many '
            'times," he added.',
            "told many",
            "peskov-dmitry",
        ),
        (  # a run of quotes: the previous speaker
            'Putin met Macron in Moscow. "We discussed Ukraine," Macron said. "Putin listened '
            'carefully. He was open to talks," he told reporters.',
            "open to talks",
            "macron-emmanuel",
        ),
        (  # a name inside a quote is no antecedent for a pronoun outside it
            "Lavrov spoke on Monday. The talks with Blinken were useful, he said. "
            '"Blinken understands our position."\n\nHe added that Moscow would respond.',
            "Moscow would respond",
            "lavrov-sergey",
        ),
    ],
)
def test_pronouns_speakers_across_quotes(
    pipeline: Pipeline, text: str, words: str, actor: str
) -> None:
    a = pipeline.analyze(Article(id=Article.make_id(text), text=text))
    s = next(s for s in a.statements if words in s.content_text(text))
    assert s.speaker_actor == actor


def test_pronouns_he_inside_someones_words_is_someone_else(pipeline: Pipeline) -> None:
    text = (
        "Joe Biden spoke about Vladimir Putin on Friday. Biden said that Putin claimed "
        "Ukrainians attack the Russians. He said that he claimed the Ukrainians were preparing "
        "an offensive."
    )
    a = pipeline.analyze(Article(id=Article.make_id(text), text=text))
    nested = [s for s in a.statements if s.reported_by is not None]
    inner = next(s for s in nested if s.speaker is not None and s.speaker.text == "he")
    outer = next(s for s in a.statements if s.id == inner.reported_by)
    assert outer.speaker_actor == "biden-joe"
    assert inner.speaker_actor == "putin-vladimir"


def test_pronouns_he_in_the_quote_is_not_he_who_says_it(pipeline: Pipeline) -> None:
    text = (
        "Radosław Sikorski met Volodymyr Zelensky in Kyiv on Monday. "
        '"He will not be intimidated by anyone," he said after the talks.'
    )
    a = pipeline.analyze(Article(id=Article.make_id(text), text=text))
    statement = next(s for s in a.statements if s.speaker is not None and s.speaker.text == "he")
    assert statement.speaker_actor != "zelenskyy-volodymyr"


def test_pronouns_a_run_of_quotes_goes_on_past_names_in_the_speakers_own_words(
    pipeline: Pipeline,
) -> None:
    # Putin is named only inside Sikorski's words: "he added" is still Sikorski
    text = (
        "Radosław Sikorski said on Sunday that in his view Vladimir Putin would not dare to "
        'attack a NATO member. "Attacking Ukraine was already a grave mistake," he added.'
    )
    a = pipeline.analyze(Article(id=Article.make_id(text), text=text))
    s = next(s for s in a.statements if "grave mistake" in s.content_text(text))
    assert s.speaker_actor == "sikorski-radoslaw"


def test_pronouns_the_texts_antecedent_before_attributions_guess(pipeline: Pipeline) -> None:
    text = (
        "Joe Biden spoke in Warsaw on Monday. Biden said the alliance was stronger than ever "
        "and that Ukraine would win.\n\nDonald Trump’s comments came on Thursday night during "
        "a town hall event, where he also said he “got along with Putin”."
    )
    a = pipeline.analyze(Article(id=Article.make_id(text), text=text))
    s = next(s for s in a.statements if "got along" in s.content_text(text))
    assert s.speaker_actor == "trump-donald"


def test_pronouns_we_in_someones_quoted_words_is_that_someone(pipeline: Pipeline) -> None:
    text = (
        "The UK foreign secretary, Liz Truss, warned of a “dangerous moment for the world”.\n\n"
        "Speaking on Sky News, Truss said “we could be on the brink of a war in Europe, which "
        "would have severe consequences not just for the people of Russia and Ukraine but for "
        "the broader security in Europe”, adding she was “very worried”."
    )
    a = pipeline.analyze(Article(id=Article.make_id(text), text=text))
    assert {s.speaker_actor for s in a.statements} == {"truss-liz"}


def test_pronouns_he_said_he_agreed_is_one_man(pipeline: Pipeline) -> None:
    # Putin is named three sentences back: "he said he agreed" is still Kissinger
    text = (
        "Vladimir Putin cannot win on the battlefield. On Jan. 17, Henry Kissinger issued "
        "a statement. At that point, a cease-fire can be negotiated, he suggested. In return, "
        "he said he agreed that Ukraine should be allowed to join NATO."
    )
    a = pipeline.analyze(Article(id=Article.make_id(text), text=text))
    s = next(s for s in a.statements if "join NATO" in s.content_text(text) and s.reported_by)
    assert s.speaker is not None
    assert s.speaker.text == "he"
    entity = next(e for e in a.entities if e.id == s.speaker_entity)
    assert entity.name == "Henry Kissinger"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Stoltenberg said Nato would meet on Monday. But although Downing Street agreed "
            "the 2% target was outdated, it said there needed to be a reality check.",
            "government-uk",
        ),
        (
            "The Pentagon has sent anti-radar missiles to Ukraine. It said more weapons would "
            "follow within weeks.",
            "us-department-of-defense",
        ),
    ],
)
def test_pronouns_it_is_the_body_named_as_subject_before(
    pipeline: Pipeline, text: str, actor: str
) -> None:
    a = pipeline.analyze(Article(id=Article.make_id(text), text=text))
    s = next(s for s in a.statements if s.speaker is not None and s.speaker.text.lower() == "it")
    assert s.speaker_actor == actor


def test_pronouns_a_run_of_quotes_past_names_in_every_statement_of_the_speaker(
    pipeline: Pipeline,
) -> None:
    # 'He said Guterres "had no choice …"' is an indirect and a direct statement: Guterres,
    # named in the first one's words, does not end Gowan's run
    text = (
        "Stephane Dujarric said Secretary-General Antonio Guterres wants peace.\n\n"
        "The ICG’s Gowan said there could still be a bigger role for Guterres and the U.N. in "
        'helping to end the invasion. He said Guterres "had no choice but to condemn '
        "Russia's war last month, and that was the right thing to do. But as soon as he "
        "spoke out against Moscow, Russia decided that they cannot trust him as a mediator. "
        "So he has little political traction with Moscow and cannot play a significant "
        'diplomatic role unless Putin decides it needs UN help to end the war."\n\n'
        "He said there may even be a point when Russia will need the U.N.’s help."
    )
    a = pipeline.analyze(Article(id=Article.make_id(text), text=text))
    s = next(s for s in a.statements if "point when Russia" in s.content_text(text))
    entity = next(e for e in a.entities if e.id == s.speaker_entity)
    assert entity.name == "Gowan"


def test_pronouns_a_name_the_tagger_took_for_a_body_described_as_a_person(
    pipeline: Pipeline,
) -> None:
    # the tagger labels "Maciej Padzikiewicz" ORG; "a member of …" makes him a person
    text = (
        "The shape of the content in Wikipedia is concerned about Mykola Kniażycki, MP of "
        "the Supreme Council of Ukraine. - For me it is very important - he tells us.\n\n"
        "- In the case of Polish -language Wikipedia, we are talking about 3994 active people "
        "over the last 30 days - explains Maciej Padzikiewicz, a member of the Wikimedia "
        "Polska management team and the administrator of the Polish -language Wikipedia.He "
        "points out that none of the volunteers can speak on behalf of the entire community."
    )
    a = pipeline.analyze(Article(id=Article.make_id(text), text=text))
    s = next(s for s in a.statements if "none of the volunteers" in s.content_text(text))
    entity = next(e for e in a.entities if e.id == s.speaker_entity)
    assert entity.name == "Maciej Padzikiewicz"


def test_pronouns_they_is_the_body_that_spoke_before_not_a_modifier(pipeline: Pipeline) -> None:
    text = (
        "Lyse Doucet of the BBC was in Kyiv on Monday. Ukrainian officials said the strike "
        "killed five. They said the missiles came from Belarus."
    )
    a = pipeline.analyze(Article(id=Article.make_id(text), text=text))
    s = next(s for s in a.statements if "came from Belarus" in s.content_text(text))
    assert s.speaker_actor == "government-ukraine"


def test_pronouns_he_before_anyone_is_named_is_the_one_person_named(pipeline: Pipeline) -> None:
    text = (
        '"The US should make it clear that strong sanctions will be applied to every country '
        'that supports Russia," he wrote in a communiqué.\n\nThe bill would impose sanctions '
        'on Belarus. "This is a strong position that America can take," Lankford commented.'
    )
    a = pipeline.analyze(Article(id=Article.make_id(text), text=text))
    s = next(s for s in a.statements if "every country" in s.content_text(text))
    assert s.speaker is not None
    assert s.speaker.text == "he"
    assert s.speaker_entity == "lankford"


def test_pronouns_he_before_anyone_is_named_stays_unresolved_among_two(
    pipeline: Pipeline,
) -> None:
    text = (
        '"The US should make it clear that strong sanctions will be applied to every country '
        'that supports Russia," he wrote in a communiqué.\n\nThe bill would impose sanctions '
        'on Belarus. "This is a strong position," Lankford commented. Tomasz Nowak disagreed.'
    )
    a = pipeline.analyze(Article(id=Article.make_id(text), text=text))
    s = next(s for s in a.statements if "every country" in s.content_text(text))
    assert s.speaker_entity is None


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        (  # a name modifying the title of another person is not "another named before"
            "Putin cannot win on the battlefield. On Jan. 17, Trump adviser Tom Kovac issued a "
            "statement. In return, he said he agreed that Ukraine should join NATO.",
            "Ukraine should join",
            "tom-kovac",
        ),
        (
            "Putin cannot win on the battlefield. On Jan. 17, Putin pal Henry Kissinger issued "
            "a statement that recommended talks. At that point, a cease-fire can be "
            "negotiated, he suggested. In return, he said he agreed that Ukraine should be "
            "allowed to join NATO.",
            "allowed to join",
            "kissinger-henry",
        ),
    ],
)
def test_pronouns_skip_a_name_that_modifies_another_persons_title(
    pipeline: Pipeline, text: str, words: str, actor: str
) -> None:
    a = pipeline.analyze(Article(id=Article.make_id(text), text=text))
    s = next(s for s in a.statements if words in s.content_text(text))
    assert s.speaker is not None
    assert s.speaker.text == "he"
    assert s.speaker_entity == actor


def test_pronouns_still_take_a_possessor_named_before(pipeline: Pipeline) -> None:
    # a possessor ("Biden's") is no compound modifier: "he" may still be him
    text = (
        "Biden's aide Tom Kovac arrived in Kyiv on Monday. Biden met Zelensky there. "
        "He said the aid would continue."
    )
    a = pipeline.analyze(Article(id=Article.make_id(text), text=text))
    s = next(s for s in a.statements if "aid would continue" in s.content_text(text))
    assert s.speaker_entity == "biden-joe"
