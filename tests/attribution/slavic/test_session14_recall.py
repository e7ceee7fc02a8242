"""Russian and Ukrainian frames and speakers added in session 14 (issue 17)."""

from __future__ import annotations

from dataclasses import replace

from tests.attribution.slavic.speaking import analyse, speakers

from reportedly import pipeline_slavic
from reportedly.attribution.slavic.phrases import SlavicParse, _date_end
from reportedly.model import Annotation


def test_a_date_after_a_weekday_is_read_by_the_dictionary_when_the_tagger_gives_no_lemma() -> None:
    text = "Він заявив у понеділок, 19 листопада, головний представник ЄС."
    [annotation] = pipeline_slavic.annotate("uk", [(text, [])])
    tokens = list(annotation.tokens)
    month = next(t for t in tokens if t.text == "листопада")
    tokens[month.i] = replace(month, lemma="листопада")  # a tagger that left it as written
    parse = SlavicParse(
        Annotation(tokens=tuple(tokens), sentences=annotation.sentences, entities=()), "uk"
    )
    day = next(t.i for t in tokens if t.text == "понеділок")
    assert tokens[_date_end(parse, day)].text == "головний"


def test_za_danymy_is_an_according_to_cue_though_the_tagger_reads_an_adjective() -> None:
    text = "За даними МОЗ, майже 2,5 мільйона осіб отримали першу з двох доз."
    found = analyse(text, "uk").statements
    assert [(s.cue.text(text) if s.cue else None, s.act) for s in found] == [
        ("За даними", "speech")
    ]
    assert [s[1] for s in speakers(text, "uk")] == ["Міністерство охорони здоров'я"]


def test_a_polls_findings_are_an_other_statement_not_speech() -> None:
    text = "За даними соціологічних опитувань, Байден набирає 52% голосів, а Трамп — 43%."
    assert [s.act for s in analyse(text, "uk").statements] == ["other"]
    text = "По данным опроса ВЦИОМ, большинство россиян поддерживают это решение."
    assert [s.act for s in analyse(text, "ru").statements] == ["other"]


def test_a_minus_sign_typed_for_a_dash_introduces_the_frame_after_a_quote() -> None:
    text = '"Я доведу цю справу до кінця", − підкреслила Мей.'
    assert [s[2] for s in speakers(text, "uk")] == ["may-theresa"]
    assert analyse(text, "uk").statements[0].kind == "direct"


def test_estimates_name_their_source_and_a_vote_count_names_none() -> None:
    text = "За оцінками ООН, загинули понад 10 тисяч людей."
    assert [s[2] for s in speakers(text, "uk")] == ["united-nations"]
    text = "По оценкам ООН, погибли более 10 тысяч человек."
    assert [s[2] for s in speakers(text, "ru")] == ["united-nations"]
    text = "По сведениям DeepState, российские войска вошли в город."
    assert [s[1] for s in speakers(text, "ru")] == ["DeepState"]
    # a count is no source: "за підрахунком голосів" is the counting of votes
    text = "За підрахунком голосів у Вашингтоні, Байден набирає 50,5% голосів."
    assert analyse(text, "uk").statements == ()


def test_a_verdict_verb_takes_its_object_and_predicate_as_the_complement() -> None:
    text = "Суддя Метью Бренн визнав аргументи Трампа безпідставними, спекулятивними і хибними."
    [found] = analyse(text, "uk").statements
    assert found.content_text(text) == "аргументи Трампа безпідставними, спекулятивними і хибними"
    text = "Суд першої інстанції визнав твердження прокурора необґрунтованими і в позові відмовив."
    [found] = analyse(text, "uk").statements
    assert found.content_text(text) == "твердження прокурора необґрунтованими"


def test_a_promise_of_a_negative_is_an_intent_statement() -> None:
    text = "Этим летом он обещал не использовать право на помилование."
    [found] = analyse(text, "ru").statements
    assert (found.act, found.content_text(text)) == (
        "intent",
        "не использовать право на помилование",
    )
    assert not found.negated


def test_a_legal_label_in_the_passive_is_no_statement() -> None:
    text = "Организация признана террористической и запрещена в России."
    assert analyse(text, "ru").statements == ()


def test_a_second_cue_joined_by_and_shares_the_first_cues_speaker() -> None:
    text = "Трамп заявив, що вибори сфальсифіковані, і додав, що не визнає поразки."
    found = analyse(text, "uk").statements
    assert [s.content_text(text) for s in found] == ["вибори сфальсифіковані", "не визнає поразки"]
    assert [s[2] for s in speakers(text, "uk")] == ["trump-donald", "trump-donald"]
    text = (
        "Байден заявил, что обвинения были попыткой сломить его, и подчеркнул, что не влиял на суд."
    )
    assert [s[2] for s in speakers(text, "ru")] == ["biden-joe", "biden-joe"]
    assert not any(s.reported_by for s in analyse(text, "ru").statements)


def test_a_second_cue_after_a_quote_frame_shares_the_frames_speaker() -> None:
    text = '"Все добре", - сказав Байден і пообіцяв, що команда буде з першокласних людей.'
    assert [s[2] for s in speakers(text, "uk")] == ["biden-joe", "biden-joe"]


def test_the_white_house_named_in_ukrainian_is_the_us_government() -> None:
    for text in (
        "У Білому домі заявили, що санкції набудуть чинності в понеділок.",
        "Санкції набудуть чинності в понеділок, заявили в Білому домі.",
        "Білий дім заявив, що санкції набудуть чинності.",
    ):
        assert [s[2] for s in speakers(text, "uk")] == ["government-usa"], text


def test_a_body_named_before_adverbs_and_a_complement_verb_speaks() -> None:
    text = "В Белом доме впервые официально подтвердили наличие у Украины разрешения."
    assert [s[2] for s in speakers(text, "ru")] == ["government-usa"]
    text = "У МЗС України вже запропонували провести переговори в Стамбулі."
    assert [s[2] for s in speakers(text, "uk")] == ["mfa-ukraine"]


def test_o_tom_chto_points_on_to_its_clause_not_back_to_the_sentence_before() -> None:
    text = (
        "Ее считают пророссийской. О том, что происходит в Тбилиси, расскажет корреспондент "
        "Би-би-си Нина Ахметели."
    )
    assert analyse(text, "ru").statements == ()


def test_the_press_service_of_a_bank_is_the_bank_named_just_before() -> None:
    text = (
        "Центральный банк России снизил ставку. В пресс-службе банка сообщили, что инфляция "
        "замедлилась."
    )
    assert [s[1] for s in speakers(text, "ru")] == ["Центральный банк"]


def test_a_complement_verbs_subject_is_no_object_pronoun_infinitive_or_accused() -> None:
    assert analyse("Суд її визнали винною в образі ісламу.", "uk").statements == ()
    text = "Відмова Дональда Трампа визнавати свою поразку на виборах шокувала всіх."
    assert analyse(text, "uk").statements == ()
    text = "Імпічмент оголосять по єдиному звинуваченню — політика звинувачують у підбурюванні."
    assert analyse(text, "uk").statements == ()
    # the tagger's infinitive "просить" is also "asks"
    text = "Чоловік виправданої християнки просить Захід про притулок."
    assert [s[0] for s in speakers(text, "uk")] == ["Чоловік виправданої християнки"]


def test_two_words_before_an_according_to_aside_are_no_content() -> None:
    text = "Поки що, за даними НАК, транзит газу неухильно зростає."
    found = analyse(text, "uk").statements
    assert [s.content_text(text) for s in found] == ["транзит газу неухильно зростає"]


def test_a_role_noun_runs_on_past_a_comma_to_no_name_after_a_preposition() -> None:
    text = (
        "Про це пише The Guardian. За даними видання, у штабі Трампа хочуть, щоб Верховний "
        "суд розглянув рішення."
    )
    assert "trump-donald" not in [s[2] for s in speakers(text, "uk")]


def test_warning_about_in_the_imperfective_is_an_about_cue() -> None:
    text = "Однак експерти попереджають про зростання антихристиянських настроїв в Азії."
    found = analyse(text, "uk").statements
    assert [s.content_text(text) for s in found] == ["зростання антихристиянських настроїв в Азії"]


def test_a_two_word_connective_may_open_an_according_to_aside() -> None:
    text = "При этом по данным Минобороны, российские войска продвинулись на 2 километра."
    assert [s[2] for s in speakers(text, "ru")] == ["mod-russia"]
    text = "При цьому згідно з даними МОЗ, рейси виконуються за планом."
    found = analyse(text, "uk").statements
    assert [s.content_text(text) for s in found] == ["рейси виконуються за планом"]
