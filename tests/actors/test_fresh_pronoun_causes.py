"""Tests of wrong pronoun and description speakers found on PolNeAR train articles no rule
was tuned on (session 35, draw 35101): a surname before "Jr." kept apart from its full name,
a man's name the given-name lists lack apposed to "her husband", a pronoun in a fronted
clause whose person the main clause names after it, a possessor taken over the sentence's
other person, a surname the parser took for a verb, and a description given the person its
own reported clause names. The texts are cut from those articles."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.speaking import analyse, speaker_name, speaker_of

from reportedly.attribution.speakers import surname
from reportedly.pipeline import Pipeline


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Harry B. Harris Jr.", "Harris"),
        ("Robert P. Casey Jr", "Casey"),
        ("Martin Luther King III", "King"),
        ("Harris, Jr.", "Harris"),
        ("Volodymyr Zelenskyy", "Zelenskyy"),
        ("Jr.", "Jr."),
    ],
)
def test_a_surname_is_the_word_before_a_generational_suffix(name: str, expected: str) -> None:
    assert surname(name) == expected


_HARRIS = (
    "Adm. Harry B. Harris Jr., who leads the United States Pacific Command, makes no "
    "apologies for accusing the Chinese of militarizing disputed waters.\n\n"
    "Mr. Obama warned the Chinese leader, Xi Jinping, during a meeting in Washington.\n\n"
    "''I view them as a professional military,'' Admiral Harris said. The bigger risk, he "
    "said, is a clash caused by China's paramilitary ships."
)


@pytest.mark.needs_model
def test_polnear_admiral_harris_is_harry_b_harris_jr(pipeline: Pipeline) -> None:
    # "Harris" and "Harry B. Harris Jr." were two people: the "he" after went to Xi Jinping
    a = analyse(pipeline, date(2016, 5, 9), _HARRIS)
    assert speaker_name(a, speaker_of(a, "professional military")) == "Harry B. Harris Jr."
    assert speaker_name(a, speaker_of(a, "bigger risk")) == "Harry B. Harris Jr."


@pytest.mark.needs_model
def test_polnear_her_husband_milton_is_no_she(pipeline: Pipeline) -> None:
    # "Milton" is in no given-name list; "her husband" says he is a man
    text = (
        "Rachel Berg, a philanthropist from Monsey, New York, said Thursday's speeches have "
        "led her to count Trump and Carson out. Along with her husband, Milton Berg, a money "
        "manager, she has given to many candidates, but plans to narrow her support to one. "
        "She called Carson a \u201cspecial person.\u201d\n\n"
        "\u201cI feel bad to say it,\u201d she said. \u201cI don\u2019t see him as the "
        "president.\u201d"
    )
    a = analyse(pipeline, date(2015, 12, 3), text)
    assert speaker_name(a, speaker_of(a, "feel bad")) == "Rachel Berg"


@pytest.mark.needs_model
def test_polnear_a_fronted_clauses_he_is_the_main_clauses_subject(pipeline: Pipeline) -> None:
    # "he" went on from Aftergood, who spoke last: the main clause names Giuliani
    text = (
        "\u201cThat would change the whole texture of the story,\u201d Steven Aftergood "
        "said.\n\n"
        "Even as he accused the Justice Department of giving Clinton special treatment, "
        "Rudy Giuliani wouldn\u2019t directly speculate about Comey\u2019s motives."
    )
    a = analyse(pipeline, date(2016, 7, 5), text)
    assert speaker_name(a, speaker_of(a, "Justice Department")) == "Rudy Giuliani"


@pytest.mark.needs_model
def test_polnear_a_possessor_yields_to_the_sentences_other_person(pipeline: Pipeline) -> None:
    # the parser made "Nunes" the root: the last person of the sentence was Comey's "'s"
    text = (
        "FBI Director James Comey recommended no charges on Tuesday.\n\n"
        "\u201cOther people might have new hurdles,\u201d Steven Aftergood said.\n\n"
        "Rep. Devin Nunes (R-Calif.), chairman of the House Intelligence Committee, "
        "didn\u2019t second-guess Comey\u2019s recommendation on prosecution, but he did call "
        "for more accountability down the road."
    )
    a = analyse(pipeline, date(2016, 7, 5), text)
    assert speaker_name(a, speaker_of(a, "more accountability")) == "Devin Nunes"


@pytest.mark.needs_model
def test_polnear_a_surname_tagged_as_a_verb_is_still_named(pipeline: Pipeline) -> None:
    # "Trump himself was delighted": "Trump" as VB, so the "he" went on from Manafort
    text = (
        "On Cinco de Mayo, Donald Trump happened to be eating a taco bowl for lunch. "
        "Paul Manafort politely suggested that this might be seen as condescending and "
        "cautioned against it. The tweet went out. Trump himself was delighted by the "
        "resulting controversy. \u201cThe people who were offended were people we wanted to "
        "offend,\u201d he later said."
    )
    a = analyse(pipeline, date(2016, 8, 17), text)
    assert speaker_name(a, speaker_of(a, "wanted to offend")) == "Donald Trump"


@pytest.mark.needs_model
def test_polnear_a_description_is_not_whom_its_clause_names(pipeline: Pipeline) -> None:
    # "the columnist" went to Trump, the subject of the clause the columnist reports
    text = (
        "Donald Trump has not always had good things to say about China. He rails against "
        'its "Great Wall of Protectionism."\n\n'
        '"Many of his ideas are far from heartwarming," columnist Ai Jun wrote in the Global '
        "Times piece.\n\n"
        "But Trump has one thing in common with Chinese people, the columnist suggested: "
        '"His winning streak is solid proof that U.S. voters are tired of Washington '
        'politics."'
    )
    a = analyse(pipeline, date(2016, 3, 4), text)
    assert speaker_name(a, speaker_of(a, "winning streak")) == "Ai Jun"


@pytest.mark.needs_model
def test_polnear_not_everyone_at_her_rally_is_not_her(pipeline: Pipeline) -> None:
    # "everyone" heads a phrase of several people; the possessor named inside is no speaker
    text = (
        "Hillary Clinton rallied service workers in Buena Park last week.\n\n"
        "But not everyone at Clinton's Southern California rally saw the Democratic "
        "presidential front-runner as a credible agent of change."
    )
    a = analyse(pipeline, date(2016, 6, 1), text)
    assert speaker_name(a, speaker_of(a, "credible agent")) is None


@pytest.mark.needs_model
def test_polnear_a_name_apposed_to_the_subject_is_the_subject(pipeline: Pipeline) -> None:
    # Pence stands in apposition to the subject "running mate": "he" went to Trump
    text = (
        "While Republican presidential nominee Donald Trump has yet to endorse House Speaker "
        "Paul Ryan\u2019s re-election bid, Trump\u2019s running mate \u2014 Indiana Gov. Mike "
        "Pence \u2014 has thrown his support behind Ryan.\n\n"
        "And he claims his boss is OK with it."
    )
    a = analyse(pipeline, date(2016, 8, 3), text)
    assert speaker_name(a, speaker_of(a, "his boss")) == "Mike Pence"


@pytest.mark.needs_model
def test_polnear_a_joined_clauses_he_is_the_first_clauses_subject(pipeline: Pipeline) -> None:
    # "he" went to Kingson, the subject of the clause "let" governs
    text = (
        "Eric Kingson is one of the early beneficiaries of Sanders's new role. On Friday "
        "night, Bernie Sanders let Kingson speak first, and then, still flanked by Secret "
        "Service agents, he spent much of his own speech saying that the candidate was "
        "a fighter for working families."
    )
    a = analyse(pipeline, date(2016, 6, 27), text)
    assert speaker_name(a, speaker_of(a, "fighter for working")) == "Bernie Sanders"


@pytest.mark.needs_model
def test_a_possessor_parsed_as_apposed_takes_no_gender_from_the_noun(pipeline: Pipeline) -> None:
    # "Sanders’ son, … Tywanza": the parser apposed "son" to "Sanders", who is no man
    text = (
        "Felicia Sanders and Polly Sheppard, two of the survivors, spoke on Wednesday.\n\n"
        "Dylann Roof is accused of killing nine people inside the church, including "
        "Sanders\u2019 son, 26-year-old Tywanza. Sanders called her fallen son her hero.\n\n"
        "\u201cHate destroys those who harbor it,\u201d she said."
    )
    a = analyse(pipeline, date(2016, 7, 28), text)
    assert speaker_name(a, speaker_of(a, "Hate destroys")) == "Felicia Sanders"


@pytest.mark.needs_model
def test_a_name_deep_in_the_words_may_be_the_describeds_own(pipeline: Pipeline) -> None:
    # only the reported clause's subject is excluded, not a name in a clause inside it
    text = (
        "Hillary Clinton accused Russia of hacking the DNC.\n\n"
        "Donald Trump last week invited Russia to dig up tens of thousands of emails from "
        "Clinton\u2019s time at the State Department.\n\n"
        "The Republican presidential nominee later said he was being \u201csarcastic\u201d in "
        "his comments, which raised criticism that Trump was encouraging a foreign power."
    )
    a = analyse(pipeline, date(2016, 7, 31), text)
    assert speaker_name(a, speaker_of(a, "sarcastic")) == "Donald Trump"
