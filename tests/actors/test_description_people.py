"""Tests of description speakers that are people: unnamed officials' titles, titles that end
in a name, "I" and "he" inside someone's words, office holders on a date."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.described_speakers import _speaker_actor, analyse

from reportedly.pipeline import Pipeline

pytestmark = pytest.mark.needs_model


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The head of the Ministry of Foreign Affairs Radosław Sikorski said Poland was ready.",
            "sikorski-radoslaw",
        ),
        (
            "The leader of Belarus Alaxandr Lukashenko said the troops would stay.",
            "lukashenko-alexander",
        ),
        (
            "The situation is dire, said the President of Ukraine Volodymyr Zelensky.",
            "zelenskyy-volodymyr",
        ),
        ("The wife of Joe Biden said the troops would stay.", None),  # not Biden himself
    ],
)
def test_descriptions_a_title_ending_in_a_name_is_that_person(
    pipeline: Pipeline, text: str, actor: str | None
) -> None:
    (s,) = analyse(pipeline, text).statements
    assert s.speaker_actor == actor


def test_descriptions_first_person_inside_a_quote_is_its_speaker(pipeline: Pipeline) -> None:
    text = (
        '"We are ready. I would like to say that France and Germany are united," '
        "the French president said."
    )
    a = analyse(pipeline, text)
    # "I would like to say that …" is the speaker's own clause, not a statement of its own
    assert len(a.statements) == 1
    assert {s.speaker_actor for s in a.statements} == {"macron-emmanuel"}
    assert analyse(pipeline, text, published=None).statements[0].speaker_actor is None


def test_descriptions_a_title_written_before_a_name_is_its_role(pipeline: Pipeline) -> None:
    text = (
        "Minister of Foreign Affairs of Belarus Vladimir Makei said he was pessimistic, "
        'BelTA learned.\n\n"This war has been going on since 2014," '
        "the Belarusian foreign minister said."
    )
    a = analyse(pipeline, text)
    s = next(s for s in a.statements if "since 2014" in s.content_text(text))
    assert s.speaker_entity == "makei-vladimir"


@pytest.mark.parametrize(
    ("description", "actor"),
    [("The Russian diplomat", "lavrov-sergey"), ("The Russian foreign minister", "lavrov-sergey")],
)
def test_descriptions_never_go_to_a_salient_person_of_another_country(
    pipeline: Pipeline, description: str, actor: str
) -> None:
    text = (
        "Joe Biden met Sergei Lavrov and his aides on Monday. Biden said talks would go on. "
        f"{description} said Moscow would wait."
    )
    a = analyse(pipeline, text)
    s = next(s for s in a.statements if "Moscow would wait" in s.content_text(text))
    assert s.speaker_actor == actor


@pytest.mark.parametrize(
    ("text", "words", "not_actor"),
    [
        (
            "Vladimir Putin has ordered new drills, US intelligence says. "
            "The director of the National Intelligence said the army had not recovered.",
            "The director of the National Intelligence",
            "putin-vladimir",
        ),
    ],
)
def test_descriptions_an_office_is_never_someone_known_for_another(
    pipeline: Pipeline, text: str, words: str, not_actor: str
) -> None:
    assert _speaker_actor(analyse(pipeline, text), words) != not_actor


def test_descriptions_a_generic_head_still_finds_the_office_holder(pipeline: Pipeline) -> None:
    text = "Vladimir Putin met the generals on Monday. The Russian leader said the army was ready."
    assert _speaker_actor(analyse(pipeline, text), "The Russian leader") == "putin-vladimir"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The talks were led by Dmitry Peskov, who said that Moscow remained open to talks.",
            "peskov-dmitry",
        ),
        ("Analysts, who said the offensive had stalled, expect a pause.", None),
    ],
)
def test_descriptions_a_relative_pronoun_speaks_for_its_antecedent(
    pipeline: Pipeline, text: str, actor: str | None
) -> None:
    assert _speaker_actor(analyse(pipeline, text), "who") == actor


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # a person noun outside the title list, its antecedent a few sentences back
            "Mikhail Orlov, who founded a bank in 2006, spoke on Tuesday. "
            '"I see no winner in this war. Nobody gains. Everybody loses," Orlov said.\n\n'
            "The Russian tycoon wrote that most Russians opposed the war.",
            "Mikhail Orlov",
        ),
        (  # a registry title though "diplomat" heads no title
            "US Secretary of State Antony Blinken arrived in Pretoria on Monday. In a speech "
            "about the Biden administration's strategy, the top US diplomat argued that the "
            "partners must work together.",
            "Antony Blinken",
        ),
        (  # the one person the article gave a role of that head
            "The agency's spokesman, Vadym Kowalczyk, said the border was calm. Polling by a "
            "think tank showed little support for the war. The spies' spokesman said that "
            "sabotage groups were the main threat.",
            "Vadym Kowalczyk",
        ),
    ],
)
def test_descriptions_a_described_person_is_found_in_the_article(
    pipeline: Pipeline, text: str, speaker: str
) -> None:
    a = analyse(pipeline, text)
    s = a.statements[-1]
    entity = next(e for e in a.entities if e.id == s.speaker_entity)
    assert entity.name == speaker


def test_descriptions_a_possessed_person_is_not_the_possessor(pipeline: Pipeline) -> None:
    text = "Alexei Petrenko was detained on Monday. His lawyer said the charges were false."
    (s,) = [s for s in analyse(pipeline, text).statements if "charges" in s.content_text(text)]
    assert s.speaker_entity is None or "petrenko" not in s.speaker_entity


def test_descriptions_the_pm_is_the_office_holder_on_the_date(pipeline: Pipeline) -> None:
    text = "But the UK's PM suggested the country discourages the use of cluster bombs."
    (s,) = analyse(pipeline, text, published=date(2023, 7, 8)).statements
    assert s.speaker_actor == "sunak-rishi"


def test_descriptions_a_title_tagged_as_a_body_before_a_name_is_the_person(
    pipeline: Pipeline,
) -> None:
    text = (
        "The declaration of Russia's lack of willing to armed conflict was also expressed by "
        "the Minister of Foreign Affairs of this country Sergei Ławrow."
    )
    (s,) = analyse(pipeline, text).statements
    assert s.speaker_actor == "lavrov-sergey"


def test_descriptions_the_head_of_state_is_the_president_in_an_interview(
    pipeline: Pipeline,
) -> None:
    text = (
        "Belarusian President Aleksandr Lukashenko gave an interview to Vladimir Soloviev. "
        "Vladimir Soloviev asked the head of state whether he expected a war in Europe. "
        '"Exactly! This is what I am talking about," the head of state agreed.'
    )
    assert _speaker_actor(analyse(pipeline, text), "the head of state") == "lukashenko-alexander"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a person noun that is no office never goes to the office holder interviewed
        (
            "President Alexander Lukashenko said in an interview with the journalist Vladimir"
            ' Soloviev that the war was futile. "We will," the journalist said.',
            "Vladimir Soloviev",
        ),
        # someone of a possessor's whom the article never names stays unnamed
        (
            "Maria Petrova runs a portal for activists. Alexey Moskalyov was detained in Minsk,"
            " his lawyer told CNN on Wednesday.",
            None,
        ),
        (
            "Maria Petrova said the school had called the police. His lawyer said the daughter"
            " was in an orphanage.",
            None,
        ),
    ],
)
def test_descriptions_people_no_office_or_unnamed_are_not_guessed(
    pipeline: Pipeline, text: str, speaker: str | None
) -> None:
    analysis = analyse(pipeline, text)
    last = analysis.statements[-1]
    names = {e.id: e.name for e in analysis.entities}
    assert names.get(last.speaker_entity or "") == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a description naming a country goes to a person of that country first
        (
            "Narendra Modi arrived in Berlin on Friday. John Smith said the talks were good."
            " The head of the Indian government said the war must end.",
            "Narendra Modi",
        ),
        (
            "Christopher Steele worked in Moscow for years. The former spy said Putin was ill.",
            "Christopher Steele",
        ),
    ],
)
def test_descriptions_find_their_antecedent(pipeline: Pipeline, text: str, speaker: str) -> None:
    analysis = analyse(pipeline, text)
    names = {e.id: e.name for e in analysis.entities}
    assert names.get(analysis.statements[-1].speaker_entity or "") == speaker


def test_descriptions_words_of_an_untagged_name_are_that_person(pipeline: Pipeline) -> None:
    text = (
        "Serbia pays a high price for not joining the sanctions, according to the words of Basta."
    )
    analysis = analyse(pipeline, text)
    names = {e.id: e.name for e in analysis.entities}
    assert names.get(analysis.statements[-1].speaker_entity or "") == "Basta"


def test_descriptions_he_in_someones_sentence_is_another(pipeline: Pipeline) -> None:
    text = (
        'President Zelensky has said he "did not understand" comments made by Donald Trump in'
        ' which he claimed he would stop the war "in 24 hours".'
    )
    actors = [s.speaker_actor for s in analyse(pipeline, text).statements]
    assert actors[-1] == "trump-donald"


def test_a_countrys_sole_title_without_an_article_is_its_holder(pipeline: Pipeline) -> None:
    # a translated article's '…," Brazilian leader noted': as definite as "the Brazilian leader"
    text = (
        'The leaders met in Brasilia on Monday. "I reiterated that there must be a path to '
        'peace," Brazilian leader noted. "There is no military solution to this conflict," '
        "added Lula da Silva."
    )
    a = analyse(pipeline, text, date(2023, 6, 13))
    s = next(s for s in a.statements if "path to peace" in s.content_text(text))
    assert s.speaker_actor == "lula-da-silva-luiz-inacio"


def test_a_title_many_hold_without_an_article_is_nobody_in_particular(
    pipeline: Pipeline,
) -> None:
    # a headline's "Ukrainian minister says": some minister, not the one the registry knows
    text = "Ukrainian minister says grain exports will double.\n\nKyiv expects a good harvest."
    a = analyse(pipeline, text, date(2023, 6, 13))
    s = next(s for s in a.statements if "grain exports" in s.content_text(text))
    assert s.speaker_actor is None
