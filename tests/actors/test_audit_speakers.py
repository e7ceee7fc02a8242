"""Tests of speakers found wrong in the session-11 audit of unseen war-news articles: people
the tagger labelled as bodies, "the Republican", a former office, documents."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.speaking import analyse, speaker_name, speaker_of

from reportedly.pipeline import Pipeline

pytestmark = pytest.mark.needs_model

ON = date(2022, 7, 20)


def test_a_given_name_and_surname_tagged_a_body_are_a_person(pipeline: Pipeline) -> None:
    text = (
        "Ukrainian Foreign Ministry spokesperson Oleg Nikolenko said this in a comment seen by "
        "Ukrinform.\n\n"
        '"It is important to face the truth," Nikolenko said.\n\n'
        "He expressed hope that China would not politicize the issue of Russia's aggression.\n\n"
        '"We expect that instead, Beijing will use its influence on Moscow," the diplomat said.'
    )
    a = analyse(pipeline, ON, text)
    for words in ("important to face", "would not politicize", "use its influence"):
        assert speaker_name(a, speaker_of(a, words)) == "Oleg Nikolenko", words


def test_a_surname_tagged_a_body_joins_the_person_of_a_titled_name(pipeline: Pipeline) -> None:
    text = (
        "The spokesman for the Ukrainian Ministry of Foreign Affairs Oleh Nikołenko referred to "
        'the matter on Saturday.\n\n"Sanctions did not weaken Russia" - wrote Nikołenko.He added '
        "if the sanctions were inefficient, then Russia would not involve the huge resources to "
        "stop them."
    )
    a = analyse(pipeline, ON, text)
    for words in ("did not weaken", "would not involve"):
        assert speaker_name(a, speaker_of(a, words)) == "Oleh Nikołenko", words


def test_the_republican_is_a_party_member_described(pipeline: Pipeline) -> None:
    text = (
        "Ukraine has invited Florida Governor Ron DeSantis to visit, after the Republican "
        'dismissed the Russian invasion as a "territorial dispute".\n\nMr DeSantis is widely '
        "expected to run for president in 2024.\n\nThe former congressman said continued US "
        "support of Ukraine was not among the country's vital national interests."
    )
    a = analyse(pipeline, date(2023, 3, 15), text)
    for words in ("territorial dispute", "vital national interests"):
        assert speaker_name(a, speaker_of(a, words)) == "Ron DeSantis", words
    assert not any(e.name == "Republican" for e in a.entities)


def test_a_document_of_no_known_author_is_not_the_person_who_spoke_before(
    pipeline: Pipeline,
) -> None:
    text = (
        '"We will not retreat," Vladimir Putin said on Monday.\n\n'
        '"Conflict and natural disasters will continue to displace growing numbers of people," '
        "the report says."
    )
    a = analyse(pipeline, date(2024, 4, 26), text)
    assert speaker_of(a, "not retreat").speaker_actor == "putin-vladimir"
    assert speaker_of(a, "natural disasters").speaker_actor is None


def test_the_resolution_is_the_one_its_author_adopted_sentences_before(
    pipeline: Pipeline,
) -> None:
    sentences = [
        "The Polish Senate adopted a resolution on Ukraine on Thursday.",
        "According to the resolution, a free Ukraine guarantees the security of Poland.",
        "Poland was the first country to recognize the independence of Ukraine.",
        "The next Polish governments supported a strategic partnership with Kyiv.",
        "Russia has deployed more than 100,000 troops near the border.",
        "Moscow denies any plan to attack.",
        "NATO has rejected the demands of Russia.",
        "The United States has sent more troops to Poland.",
        "Russia nevertheless attacked Ukraine in 2014 and annexed Crimea, the resolution said.",
    ]
    a = analyse(pipeline, date(2022, 2, 4), "\n\n".join(sentences))
    for words in ("a free Ukraine", "annexed Crimea"):
        assert speaker_name(a, speaker_of(a, words)) == "Senate of Poland", words


def test_representatives_of_a_body_the_tagger_saw_only_elsewhere(pipeline: Pipeline) -> None:
    text = (
        "In April, the Parliamentary Assembly of the Council of Europe (PACE) met to discuss "
        "the transfer of Ukrainian children to Russia. During this session, PACE "
        'representatives stated that there was "evidence that deported children had faced '
        'a process of russification."'
    )
    a = analyse(pipeline, date(2023, 6, 3), text)
    name = speaker_name(a, speaker_of(a, "evidence that deported"))
    assert name == "Parliamentary Assembly of the Council of Europe"


def test_a_body_named_in_full_is_not_the_last_body_named_before(pipeline: Pipeline) -> None:
    text = (
        "In April 2022, Russia was suspended from the UN Human Rights Council.\n\n"
        "Advertisement\n\n"
        "The Organization for Security and Co-operation in Europe (OSCE) also said that "
        "Russian atrocities were being committed in Ukraine."
    )
    a = analyse(pipeline, date(2023, 6, 3), text)
    assert speaker_of(a, "Russian atrocities").speaker_actor == "osce"


def test_the_ministers_are_those_of_the_body_named_with_them_before(pipeline: Pipeline) -> None:
    text = (
        "Blinken was in Melbourne for a meeting with foreign ministers of the Quad.\n\n"
        "The joint statement issued by the Quad foreign ministers did not directly name "
        "China.\n\nA year after the military coup in Myanmar, the foreign ministers said they "
        "were gravely concerned about the crisis."
    )
    a = analyse(pipeline, date(2022, 2, 11), text)
    assert speaker_of(a, "gravely concerned").speaker_actor == "quad"


def test_the_central_bank_and_the_treasury_are_registry_bodies(pipeline: Pipeline) -> None:
    text = (
        "Russia's central bank said the sanctions would not hurt payments.\n\n"
        '"Directly and indirectly, Russia\'s financial technocrats help the war," the U.S. '
        "Treasury said.\n\n"
        '"Foreign partners themselves take decisions," the central bank said.'
    )
    a = analyse(pipeline, date(2022, 9, 16), text)
    assert speaker_of(a, "not hurt payments").speaker_actor == "bank-of-russia"
    assert speaker_of(a, "financial technocrats").speaker_actor == "us-treasury"
    assert speaker_of(a, "take decisions").speaker_actor == "bank-of-russia"


def test_the_bank_is_no_newspaper_that_reported(pipeline: Pipeline) -> None:
    text = (
        "HSBC has stopped new business with Russian banks.\n\n"
        "The Financial Times reported that the lender had closed accounts.\n\n"
        "The bank said it would comply with all sanctions."
    )
    a = analyse(pipeline, date(2022, 3, 28), text)
    assert speaker_name(a, speaker_of(a, "comply with all sanctions")) != "Financial Times"


def test_the_germans_are_germany_but_many_germans_nobody(pipeline: Pipeline) -> None:
    text = (
        "A few days ago, the Germans announced that they would send more tanks.\n\n"
        "Many Germans say they fear the war will spread."
    )
    a = analyse(pipeline, date(2022, 6, 9), text)
    assert speaker_of(a, "send more tanks").speaker_actor == "country-germany"
    assert speaker_of(a, "will spread").speaker_actor is None


def test_an_actor_and_a_group_beside_it_are_joint_speakers(pipeline: Pipeline) -> None:
    text = (
        "US officials have warned of consequences, should China offer material support for "
        "the war that Moscow calls a special military operation. Kyiv and its Western allies "
        "say the invasion is an unprovoked land grab."
    )
    a = analyse(pipeline, date(2022, 7, 10), text)
    joint = speaker_of(a, "unprovoked land grab")
    assert joint.speaker is not None
    assert joint.speaker.text == "Kyiv and its Western allies"
    assert joint.speaker_actor is None


def test_they_go_on_from_the_ministers_resolved_to_their_body(pipeline: Pipeline) -> None:
    text = (
        "Blinken was in Melbourne for a meeting with foreign ministers of the Quad.\n\n"
        "The joint statement issued by the Quad foreign ministers did not directly name "
        "China.\n\nA year after the military coup in Myanmar, the foreign ministers said they "
        'were "gravely" concerned about the crisis in the south-east Asian country. They '
        'called for "an end to violence".'
    )
    a = analyse(pipeline, date(2022, 2, 11), text)
    assert speaker_of(a, "an end to violence").speaker_actor == "quad"


def test_a_name_set_off_as_a_company_is_a_body_it_stands_for(pipeline: Pipeline) -> None:
    text = (
        "China's Shanghai H Win, a manufacturer of protective gear, has enjoyed a surge in "
        "business. One of its buyers is Silva, a company headquartered in the remote Eastern "
        "Siberian region of Buryatia. It ordered 100,000 bulletproof vests.\n\n"
        "According to public records, Silva was registered only last September. It reported "
        "zero revenues for 2022."
    )
    a = analyse(pipeline, date(2023, 7, 25), text)
    assert speaker_name(a, speaker_of(a, "zero revenues")) == "Silva"


def test_a_common_noun_in_a_headline_s_capitals_is_no_name(pipeline: Pipeline) -> None:
    text = (
        "BIDEN MOVING US TROOPS IN EASTERN EUROPE WON'T PREVENT RUSSIAN INVASION, EXPERTS "
        "SAY\n\nThe U.S. has deployed additional troops to Poland and Romania."
    )
    a = analyse(pipeline, date(2022, 2, 8), text)
    assert not any(e.name == "EXPERTS" for e in a.entities)


def test_the_senators_are_of_the_senate_named_before(pipeline: Pipeline) -> None:
    text = (
        "The Polish Senate adopted a resolution on Ukraine on Thursday.\n\n"
        "It is noted that the Senate is convinced of the possibility of dialogue with Russia.\n\n"
        '"The condition for this dialogue is the withdrawal of Russian troops," the senators '
        "said."
    )
    a = analyse(pipeline, date(2022, 2, 4), text)
    assert speaker_name(a, speaker_of(a, "withdrawal of Russian troops")) == "Senate of Poland"
