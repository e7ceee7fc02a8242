"""Tests of description speakers: unnamed officials, titles that end in a name, "I" and "we"
inside someone's words."""

from __future__ import annotations

from datetime import date

import pytest

from reportedly.model import Analysis, Article
from reportedly.pipeline import Pipeline

pytestmark = pytest.mark.needs_model

ON = date(2022, 2, 8)


def analyse(pipeline: Pipeline, text: str, published: date | None = ON) -> Analysis:
    return pipeline.analyze(Article(id=Article.make_id(text), text=text, published=published))


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("US officials said the talks were over.", "government-usa"),
        ("A senior Ukrainian official said Russia had attacked.", "government-ukraine"),
        ("German government sources said tanks would be sent.", "government-germany"),
        ("Top Pentagon officials said the troops were ready.", "us-department-of-defense"),
        ("Police officials said the road was closed.", None),  # no body named: anonymous
        ("Officials said the road was closed.", None),
    ],
)
def test_descriptions_unnamed_officials_speak_for_their_body(
    pipeline: Pipeline, text: str, actor: str | None
) -> None:
    (s,) = analyse(pipeline, text).statements
    assert s.speaker_actor == actor


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


def _speaker_actor(a: Analysis, words: str) -> str | None:
    statement = next(s for s in a.statements if s.speaker and s.speaker.text == words)
    return statement.speaker_actor


def test_descriptions_a_body_the_registry_knows_is_never_the_last_organisation(
    pipeline: Pipeline,
) -> None:
    # the dateline's "CNN" once took every "Russia's defense ministry said"
    text = (
        "CNN — Moscow announced drills on Monday.\n\n"
        "Russia’s defense ministry said the drills were ordered after threats by the West."
    )
    assert _speaker_actor(analyse(pipeline, text), "Russia’s defense ministry") == "mod-russia"


def test_descriptions_a_body_of_a_named_country_is_no_earlier_foreign_body(
    pipeline: Pipeline,
) -> None:
    text = (
        "The Financial Times reported the talks on Monday.\n\n"
        "Moldova's border agency said the crossings would stay open."
    )
    a = analyse(pipeline, text)
    statement = next(s for s in a.statements if s.speaker and "agency" in s.speaker.text)
    entity = next((e for e in a.entities if e.id == statement.speaker_entity), None)
    assert entity is None or "Financial" not in entity.name


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
    ("text", "words"),
    [
        (
            "Russia’s Defense Ministry said on Sunday that three drones were intercepted.",
            "Russia’s Defense Ministry",
        ),
        (
            "Russia's Defense Ministry accused Kyiv of attacking Moscow with drones. Moscow's "
            "mayor said a business centre was hit. The ministry said three drones were shot down.",
            "The ministry",
        ),
    ],
)
def test_descriptions_a_body_named_with_its_country_and_then_by_its_head(
    pipeline: Pipeline, text: str, words: str
) -> None:
    # the tagger names "Defense Ministry" alone; "the ministry" is the last ministry, not Moscow
    assert _speaker_actor(analyse(pipeline, text), words) == "mod-russia"


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


def test_descriptions_a_body_named_by_a_title_is_the_body_not_the_titled_person(
    pipeline: Pipeline,
) -> None:
    text = (
        "The office of the US National Intelligence Director has published an analysis of "
        "threats. The report stated that the war weakened Russia."
    )
    a = analyse(pipeline, text, published=date(2023, 3, 9))
    # "has published an analysis of threats" names a topic (no statement); the report speaks
    assert [s.speaker_actor for s in a.statements] == ["odni"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (  # a document of a body the registry knows, not the speaker before
            "Peskov said the talks were over. According to the statement of the leadership of "
            "Belarus, they carry out activities there to protect the border.",
            "government-belarus",
        ),
        ("A UN resolution demanded that Russia withdraw its troops.", "united-nations"),
        (  # a phrase the registry knows as a body, whatever the tagger found inside it
            "On Thursday, the UN Office for the Coordination of Humanitarian Affairs said it "
            "had seen a troubling pattern of attacks.",
            "ocha",
        ),
    ],
)
def test_descriptions_documents_and_bodies_speak_for_their_author(
    pipeline: Pipeline, text: str, actor: str
) -> None:
    s = analyse(pipeline, text).statements[-1]
    assert s.speaker_actor == actor


def test_descriptions_a_document_by_an_unknown_author_is_not_the_speaker_before(
    pipeline: Pipeline,
) -> None:
    text = (
        "Peskov said the talks were over. The statement of the regional council said that "
        "the bridge was closed."
    )
    s = analyse(pipeline, text).statements[-1]
    assert s.speaker_actor != "peskov-dmitry"


def test_descriptions_the_document_is_by_whoever_issued_it(pipeline: Pipeline) -> None:
    text = (
        "The upper house of the Polish parliament, the Senate, has passed a resolution in "
        'support of Ukraine. Peskov said the vote was hostile. "Ukraine faces a mortal '
        'danger," the resolution reads.'
    )
    a = analyse(pipeline, text)
    s = next(s for s in a.statements if "mortal" in s.content_text(text))
    entity = next(e for e in a.entities if e.id == s.speaker_entity)
    assert entity.name == "Senate"


def _speaker_entity(a: Analysis, words: str) -> str | None:
    statement = next(s for s in a.statements if s.speaker and s.speaker.text == words)
    return statement.speaker_entity


def test_descriptions_analysts_named_with_their_body_speak_for_it(pipeline: Pipeline) -> None:
    text = (
        "The Institute for the Study of War (ISW) published a new report on Monday. "
        '"Russia will continue its attacks on Kharkiv," ISW analysts said. '
        "Russian analysts said the war would last for years."
    )
    a = analyse(pipeline, text)
    assert _speaker_entity(a, "ISW analysts") == "isw"
    assert _speaker_entity(a, "Russian analysts") is None  # a country's analysts: nobody


def test_descriptions_the_head_of_state_is_the_president_in_an_interview(
    pipeline: Pipeline,
) -> None:
    text = (
        "Belarusian President Aleksandr Lukashenko gave an interview to Vladimir Soloviev. "
        "Vladimir Soloviev asked the head of state whether he expected a war in Europe. "
        '"Exactly! This is what I am talking about," the head of state agreed.'
    )
    assert _speaker_actor(analyse(pipeline, text), "the head of state") == "lukashenko-alexander"


def test_descriptions_we_is_the_body_the_text_names_as_we(pipeline: Pipeline) -> None:
    text = (
        "The International Crimea Platform participants have issued a joint statement.\n\n"
        "We, the Participants in the International Crimea Platform, remain committed to "
        "the sovereignty of Ukraine.\n\n"
        # a past act: "We condemn …" in the present, outside quote marks, is the text's own
        # act, no statement (reportedly.attribution.writer_voice)
        "We condemned the continued practice of illegal conscription of Crimean residents."
    )
    a = analyse(pipeline, text)
    assert _speaker_entity(a, "We") == "international-crimea-platform"


def test_descriptions_a_we_nobody_names_stays_unresolved(pipeline: Pipeline) -> None:
    text = (
        "The International Crimea Platform met in Kyiv on Tuesday.\n\n"
        "We condemned the continued practice of illegal conscription of Crimean residents."
    )
    assert _speaker_entity(analyse(pipeline, text), "We") is None


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
    ("text", "actor"),
    [
        # "the officials" are the officials the text named before
        (
            "The senior DIA officials said they do not believe Lukashenko would have any"
            " control. It would be controlled by Russia, the officials said.",
            "dia",
        ),
        # a reporter of a named outlet speaks for it
        (
            "Russia's war is causing so much suffering, an Ukrinform correspondent reports.",
            "ukrinform",
        ),
    ],
)
def test_descriptions_people_of_a_named_body_speak_for_it(
    pipeline: Pipeline, text: str, actor: str
) -> None:
    assert analyse(pipeline, text).statements[-1].speaker_actor == actor


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


def test_descriptions_of_a_country_side_are_its_government(pipeline: Pipeline) -> None:
    text = "The talks were only a smoke screen, according to the Ukrainian side."
    assert analyse(pipeline, text).statements[-1].speaker_actor == "government-ukraine"


def test_descriptions_of_a_body_by_its_name_are_that_body(pipeline: Pipeline) -> None:
    text = "The war will go on, the Ukrainian agency Unian reported."
    assert analyse(pipeline, text).statements[-1].speaker_actor == "unian"


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
