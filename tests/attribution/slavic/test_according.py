"""The "according to" rules in Russian and Ukrainian (attribution/slavic/according.py)."""

from __future__ import annotations

import pytest
from tests.attribution.slavic.speaking import analyse, attributed, said, said_with_acts, speakers


def test_according_to_a_statement_of_a_body() -> None:
    text = "По заявлению Минобороны РФ, войска выполнили основные задачи первого этапа."
    assert speakers(text, "ru") == [
        ("Минобороны РФ", "Ministry of Defence of Russia", "mod-russia")
    ]


def test_an_opening_source_phrase_runs_to_its_comma() -> None:
    from tests.attribution.slavic.speaking import analyse

    text = (
        "Згідно з інформацією на сайті аеропорту «Бориспіль», сьогоднішні рейси Київ-Берлін "
        "виконуються за планом."
    )
    found = [s.content_text(text) for s in analyse(text, "uk").statements]
    assert found == ["сьогоднішні рейси Київ-Берлін виконуються за планом"]


def test_a_connective_may_open_an_according_to_aside_and_a_role_reaches_its_name() -> None:
    text = (
        "Однако, по словам посла России в США Анатолия Антонова, перебои в поставках "
        "связаны с действиями киевских властей."
    )
    assert [s[1] for s in speakers(text, "ru")] == ["Анатолий Антонов"]


def test_according_to_which_names_no_source() -> None:
    text = (
        "Трамп назвав неймовірним поверненням результати праймеріз, згідно з якими Джо Байден "
        "переміг у 10 з 14 штатів."
    )
    # no statement of "згідно з якими" (the naming verb's own statement is Trump's: session 27)
    found = analyse(text, "uk").statements
    assert [s.cue.text(text) if s.cue else None for s in found] == ["назвав"]


def test_za_danymy_is_an_according_to_cue_though_the_tagger_reads_an_adjective() -> None:
    text = "За даними МОЗ, майже 2,5 мільйона осіб отримали першу з двох доз."
    found = analyse(text, "uk").statements
    assert [(s.cue.text(text) if s.cue else None, s.act) for s in found] == [
        ("За даними", "speech")
    ]
    assert [s[1] for s in speakers(text, "uk")] == ["Міністерство охорони здоров'я"]


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


def test_two_words_before_an_according_to_aside_are_no_content() -> None:
    text = "Поки що, за даними НАК, транзит газу неухильно зростає."
    found = analyse(text, "uk").statements
    assert [s.content_text(text) for s in found] == ["транзит газу неухильно зростає"]


def test_a_two_word_connective_may_open_an_according_to_aside() -> None:
    text = "При этом по данным Минобороны, российские войска продвинулись на 2 километра."
    assert [s[2] for s in speakers(text, "ru")] == ["mod-russia"]
    text = "При цьому згідно з даними МОЗ, рейси виконуються за планом."
    found = analyse(text, "uk").statements
    assert [s.content_text(text) for s in found] == ["рейси виконуються за планом"]


def test_a_source_phrase_glued_to_a_headline_opens_its_sentence() -> None:
    text = (
        "Консерватори назбирали достатньо голосів Новини по темі За даними видання, сторони "
        "погодилися продовжити перехідний період до кінця 2022 року."
    )
    found = analyse(text, "uk").statements
    assert [(s.cue.text(text) if s.cue else None, s.content_text(text)[:7]) for s in found] == [
        ("За даними", "сторони")
    ]
    # a lower-case one inside a sentence is still a modifier, not an aside
    text = "Компанія виплатить компенсації згідно з директивою ЄС усім пасажирам рейсу."
    assert analyse(text, "uk").statements == ()


def test_according_to_a_document_opening_the_sentence() -> None:
    text = "Відповідно до технічного завдання, фірма має провести обробку деревини."
    assert said_with_acts(text, "uk") == [
        ("технічного завдання", "фірма має провести обробку деревини", "speech")
    ]


def test_according_to_inside_a_clause_is_no_cue() -> None:
    text = "Авіакомпаніям не довелося виплачувати компенсації відповідно до директиви ЄС 261."
    assert said_with_acts(text, "uk") == []


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "content"),
    [
        ("С начала августа, как уточнили в МЧС, в регионе обезврежено более 1480 предметов.",
         "ru", "МЧС", "С начала августа … в регионе обезврежено более 1480 предметов"),
        ("Уряд Німеччини, як повідомляє Reuters, отримав від США гарантії.", "uk", "Reuters",
         "Уряд Німеччини … отримав від США гарантії"),
        ("Кроме того, как сообщает ТАСС, он назначил нового командующего.", "ru", "ТАСС",
         "он назначил нового командующего"),
    ],
)  # fmt: skip
def test_an_as_aside_inside_the_sentence(text: str, lang: str, speaker: str, content: str) -> None:
    assert [(s, c) for s, c, _ in said_with_acts(text, lang)] == [(speaker, content)]


def test_soglasno_cites_a_document_or_body_as_according_to() -> None:
    text = "Согласно данным Минтруда США, цены на потребительские товары выросли на 8,5 процента."
    assert said(text, "ru") == [
        ("данным Минтруда США", "цены на потребительские товары выросли на 8,5 процента")
    ]


def test_soglasno_a_law_or_a_pronoun_is_no_source() -> None:
    assert said("Согласно закону, штраф составит до 50 тысяч рублей для граждан.", "ru") == []
    text = "Как уточняет Reuters, согласно ему Украина должна была получить ракеты."
    assert [c for _, c in said(text, "ru") if c.startswith("Как")] == []


def test_an_aside_between_subject_and_predicate_gives_both() -> None:
    text = "Еще 24 человека, согласно заявлению местных властей, получили ранения."
    [found] = [s for s in attributed(text, "ru") if s.cue and s.cue.text(text) == "согласно"]
    assert [c.text(text) for c in found.content] == ["Еще 24 человека", "получили ранения"]


def test_a_relative_clause_after_the_source_is_no_content() -> None:
    text = (
        "Согласно письму, которое есть в распоряжении агентства, это последний шаг "
        "перед вступлением в должность."
    )
    assert said(text, "ru") == [("письму", "это последний шаг перед вступлением в должность")]


def test_a_participle_opens_the_source_phrase_and_a_frame_after_the_aside_is_cut() -> None:
    text = (
        "Ядерный зонтик России, согласно обновленной ядерной доктрине, защищает в первую "
        "очередь страны ОДКБ, заявил Шойгу"
    )
    found = said(text, "ru")
    assert (
        "обновленной ядерной доктрине",
        "Ядерный зонтик России … защищает в первую очередь страны ОДКБ",
    ) in found


def test_a_substantivised_adjective_is_a_source_a_bare_numeral_is_not() -> None:
    text = "Со слов местных, первый взрыв прозвучал около 02:10 ночи."
    assert [s for s, _ in said(text, "ru")] == ["местных"]
    text = (
        "Режим распространялся на Россию как члена ВТО, согласно одному из основных принципов "
        "которой страны получают те же условия."
    )
    assert said(text, "ru") == []


@pytest.mark.parametrize(
    ("lang", "text", "source", "content"),
    [
        (
            "ru",
            "По последним данным ООН, погибли более 300 человек.",
            "ООН",
            "погибли более 300 человек",
        ),
        (
            "ru",
            "По предварительной информации военкоров, удары нанесли ракетами.",
            "военкоров",
            "удары нанесли ракетами",
        ),
        (
            "uk",
            "За попередніми даними ООН, загинули понад 300 людей.",
            "ООН",
            "загинули понад 300 людей",
        ),
    ],
)
def test_adjectives_may_stand_between_the_cue_s_preposition_and_its_noun(
    lang: str, text: str, source: str, content: str
) -> None:
    assert said(text, lang) == [(source, content)]


def test_adjectives_before_the_cue_s_noun_with_no_source_give_no_statement() -> None:
    assert said("По предварительным данным, погибли двое.", "ru") == []


def test_a_count_is_an_according_to_cue() -> None:
    # session 27 (batch 7 dev): "За підрахунком видання Politico, …" as "за даними"
    text = (
        "За підрахунком видання Politico, після обробки 99% бюлетенів Байден набирає 50,5% голосів."
    )
    assert said(text, "uk") == [
        ("видання Politico", "після обробки 99% бюлетенів Байден набирає 50,5% голосів")
    ]


def test_po_versii_names_the_version_s_source() -> None:
    # session 27, fresh BBC posts: "по версии следствия" as "according to investigators"
    text = (
        "Блогера обвиняют в хранении оружия. По версии следствия, вечером 6 ноября у него "
        "обнаружили пистолет и гранату."
    )
    assert said(text, "ru") == [
        ("следствия", "вечером 6 ноября у него обнаружили пистолет и гранату")
    ]


def test_an_according_to_phrase_inside_a_question_gives_no_statement() -> None:
    text = "Путин и Шольц поговорили по телефону. О чем же они говорили (по данным сторон)?"
    assert said(text, "ru") == []


def test_a_document_the_content_follows_from_is_its_source() -> None:
    # session 29: "…, следует из сводки Минобороны" closes 28 posts and news of the corpus
    text = "Потери противника составили за сутки до 1500 человек, следует из сводки Минобороны."
    assert said(text, "ru") == [
        ("сводки Минобороны", "Потери противника составили за сутки до 1500 человек")
    ]
    text = "Как следует из документа, власти собираются потратить на оборону рекордную сумму."
    assert ("документа", "власти собираются потратить на оборону рекордную сумму") in said(
        text, "ru"
    )
    text = "Як випливає з документа, уряд планує витратити на оборону рекордну суму."
    assert ("документа", "уряд планує витратити на оборону рекордну суму") in said(text, "uk")


def test_what_follows_from_a_law_or_from_this_is_no_statement() -> None:
    assert said("Майнинг не будет облагаться НДС, следует из закона.", "ru") == []
    assert said("Это следует из заявлений Путина и Токаева.", "ru") == []
    assert said("Противнику следует из Курской области уйти.", "ru") == []


def test_a_relative_clause_of_a_closing_source_is_not_the_content() -> None:
    text = (
        "Путин не смирился с победой США в холодной войне, следует из мемуаров бывшего "
        "канцлера Германии, отрывки которых опубликовало немецкое издание."
    )
    assert said(text, "ru") == [
        ("мемуаров бывшего канцлера Германии", "Путин не смирился с победой США в холодной войне")
    ]


def test_a_ukrainian_according_to_with_no_preposition_names_its_source() -> None:
    # session 29: "Згідно телеканалу CNN, …" (a genitive after "згідно", no "з")
    text = "Згідно телеканалу CNN, наразі Байден отримав 302 голоси."
    assert said(text, "uk") == [("телеканалу CNN", "наразі Байден отримав 302 голоси")]
    text = "Згідно з планом уряду, вакцинація почнеться у лютому."
    assert said(text, "uk") == [("планом уряду", "вакцинація почнеться у лютому")]
    text = "Штаб оприлюднив звіт, згідно якого близько $9 млн було витрачено на позови."
    assert said(text, "uk") == []


def test_uk_za_versiieiu_after_a_connective_with_no_comma_after_the_source() -> None:
    # session 33: "за версією X", and "Крім того, за X …" with no comma after X
    from tests.attribution.slavic.speaking import said

    text = (
        "Фірма звинувачення спростовує. Крім того, за версією «Еста-Холдинг» оренда цих "
        "земель передбачена затвердженим проектом."
    )
    assert ("«Еста-Холдинг»", "оренда цих земель передбачена затвердженим проектом") in said(
        text, "uk"
    )
