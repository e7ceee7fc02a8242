"""Russian speakers and statements the fresh Telegram draw of session 33 (seed 33301) showed
wrong, read as general mechanisms: a bare kind noun and a description of a body find the
registry body, a rank refers back to the person named, a participle speaks for the phrase it
describes, a quote in a run is its speaker's; every text here is written for the test."""

from __future__ import annotations

from tests.attribution.slavic.speaking import said, said_by_rule, said_with_acts, speakers


def test_a_bare_ministry_in_a_document_is_the_ministry_named_by_its_short_name() -> None:
    text = (
        "Российские войска освободили Ильинку, сообщило Минобороны. Потери ВСУ составили "
        "300 человек, следует из сводки министерства."
    )
    assert [actor for _, _, actor in speakers(text, "ru")] == ["mod-russia", "mod-russia"]


def test_in_the_ministry_after_the_foreign_ministry() -> None:
    text = (
        "МИД России выразил протест послу Германии. В министерстве заявили, что ответ будет "
        "жестким."
    )
    assert [actor for _, _, actor in speakers(text, "ru")][-1] == "mfa-russia"


def test_a_prosecutors_office_by_its_written_name() -> None:
    text = (
        "Офис генпрокурора Украины начал расследование. В прокуратуре сообщили, что задержаны двое."
    )
    assert [name for _, name, _ in speakers(text, "ru")] == ["Офис генпрокурора"]


def test_a_general_staff_by_a_country_adjective() -> None:
    text = "Украинский генштаб заявил, что ситуация под контролем."
    assert [actor for _, _, actor in speakers(text, "ru")] == ["general-staff-ukraine"]


def test_a_body_by_a_head_of_several_words_and_its_country() -> None:
    text = (
        "Министерство иностранных дел РФ заявило, что ответит на санкции. Российское военное "
        "ведомство сообщило, что учения завершены."
    )
    assert [actor for _, _, actor in speakers(text, "ru")] == ["mfa-russia", "mod-russia"]


def test_a_rank_refers_back_to_the_person_named() -> None:
    text = (
        "В беседе с SHOT глава Комитета по обороне ГД Андрей Картаполов прокомментировал "
        "заявления Киева. Генерал-полковник подчеркнул, что Россия готова к переговорам."
    )
    assert [name for _, name, _ in speakers(text, "ru")] == ["Андрей Картаполов"]


def test_a_headline_with_the_occasion_before_the_colon() -> None:
    text = "Зеленский в интервью Sky News: Я готов прекратить войну в обмен на членство в НАТО."
    assert said(text, "ru") == [
        ("Зеленский", "Я готов прекратить войну в обмен на членство в НАТО")
    ]


def test_a_quote_in_a_run_after_its_speakers_statement() -> None:
    text = (
        "Бывший канцлер Меркель заявила, что США уничтожают экономики даже союзников. «Я "
        "чувствовала, что Соединенные Штаты мобилизовали огромные ресурсы». @banksta"
    )
    found = said_by_rule(text, "ru")
    assert found[-1] == (
        "Бывший канцлер Меркель",
        "Я чувствовала, что Соединенные Штаты мобилизовали огромные ресурсы",
        "ru-uk:quote-run",
    )


def test_a_quoted_name_in_a_sentence_is_no_run() -> None:
    text = (
        "Песков заявил, что Кремль не комментирует эти сообщения. Газета назвала проект "
        "«Мы будем строить новый мир вместе с вами»."
    )
    assert [rule for _, _, rule in said_by_rule(text, "ru")] == ["ru-uk:indirect"]


def test_a_refusal_is_intent() -> None:
    text = "Италия отказалась разрешить Киеву применять оружие за пределами своей территории."
    assert [act for _, _, act in said_with_acts(text, "ru")] == ["intent"]


def test_a_relative_that_subject_is_a_fact() -> None:
    text = (
        "Путин также добавил, что принято решение о серийном производстве «Орешника», что "
        "подтверждает версию о том, что ракета была экспериментальным образцом."
    )
    assert [who for who, _ in said(text, "ru")] == ["Путин"]


def test_a_lists_last_slot_before_a_dash_is_no_speaker() -> None:
    text = (
        "На пост министра финансов номинирован инвестор Скотт Бессент, министра труда — член "
        "Палаты представителей Лори Чавес-Деример, на должность министра жилищного "
        "строительства — бывший футболист Скотт Тернер."
    )
    assert said(text, "ru") == []


def test_a_headline_ending_in_a_phrase_is_still_closed_by_its_name() -> None:
    text = (
        "В случае удара по Москве ответ будет жестким, по всем центрам принятия решений — Медведев"
    )
    assert [who for who, _ in said(text, "ru")] == ["Медведев"]


def test_a_colon_hands_over_a_paragraph_after_words_of_the_frame() -> None:
    text = (
        "Министр иностранных дел Италии Антонио Таяни подтвердил позицию Италии в отношении "
        "оружия, поставляемого Украине:\n\nНаша позиция по поводу использования оружия не "
        "изменилась."
    )
    assert "ru-uk:colon-paragraph" in [rule for _, _, rule in said_by_rule(text, "ru")]


def test_a_participle_speaks_for_the_phrase_it_describes() -> None:
    text = "Захарова, заявившая ранее, что Москва ответит, также отметила рост напряженности."
    assert said(text, "ru") == [("Захарова", "Москва ответит")]


def test_a_participle_in_the_genitive() -> None:
    text = (
        "Картаполов прокомментировал сообщения украинских СМИ, заявивших, что Россия готовит удар."
    )
    assert said(text, "ru") == [("украинских СМИ", "Россия готовит удар")]


def test_a_two_word_clause_before_a_frame() -> None:
    assert said("Угрозы нет, заявили в МЧС.", "ru") == [("МЧС", "Угрозы нет")]
    assert said("Кроме того, заявил он.", "ru") == []


def test_a_frame_after_a_connective_opens_the_sentence() -> None:
    text = "Кроме того, заявил Лавров, Россия готова к диалогу с Западом на равных условиях."
    assert said(text, "ru") == [("Лавров", "Россия готова к диалогу с Западом на равных условиях")]


def test_a_ministry_of_a_country_whose_registry_name_has_the() -> None:
    text = "Минобороны Британии заявило, что поставки продолжатся."
    assert [actor for _, _, actor in speakers(text, "ru")] == ["uk-mod"]


def test_a_cabinet_of_ministers_is_the_government() -> None:
    text = "Кабинет министров Украины заявил, что переговоры невозможны."
    assert [actor for _, _, actor in speakers(text, "ru")] == ["government-ukraine"]


def test_an_outlet_kind_after_a_sentences_capitalised_adjective() -> None:
    text = "Украинское издание «Страна» сообщает, что в Киеве прошли обыски."
    assert [name for _, name, _ in speakers(text, "ru")] == ["Страна"]


def test_a_plural_outlet_name_keeps_its_number() -> None:
    text = "По данным «Ведомостей», банк готовит сделку."
    assert [name for _, name, _ in speakers(text, "ru")] == ["Ведомости"]


def test_what_an_outlet_learned_is_its_report() -> None:
    text = "Как стало известно «Известиям», банк готовит сделку."
    assert speakers(text, "ru") == [("«Известиям»", "Izvestia", "izvestia")]


def test_an_outlet_told_by_its_kind_noun_is_not_the_speaker() -> None:
    text = "ВСУ отступают, рассказал изданию «Взгляд» военный эксперт Андрей Марочко."
    assert said(text, "ru") == [("военный эксперт Андрей Марочко", "ВСУ отступают")]


def test_a_quoting_verb_with_its_subject_first() -> None:
    text = "«Мы убеждены, что гарантией является НАТО», — приводит Reuters слова Зеленского."
    assert speakers(text, "ru") == [
        ("Reuters", "Reuters", "reuters"),
        ("Зеленского", "Volodymyr Zelenskyy", "zelenskyy-volodymyr"),
    ]


def test_a_quoting_verb_with_a_statement_as_its_object() -> None:
    text = (
        "«Мы убеждены, что единственной гарантией безопасности является членство в НАТО», "
        "— приводит издание заявление."
    )
    assert said(text, "ru")[0] == ("издание", text[1 : text.index("»")])


def test_a_womans_surname_read_as_a_mans_genitive_before_her_verb() -> None:
    text = (
        "После этого её освистали.\n\nДегтярёва с радостью отчиталась, что вместе с "
        "коллегами получила награду."
    )
    assert [(who, name) for who, name, _ in speakers(text, "ru")] == [("Дегтярёва", "Дегтярёва")]


def test_a_passive_with_no_source_is_nobodys_statement() -> None:
    text = "В ходе обследования достоверно подтверждено, что ВСУ наносили удары ракетами ATACMS."
    assert said(text, "ru") == []
    text = "В документе сказано, что ВСУ наносили удары."
    assert said(text, "ru") == [("документе", "ВСУ наносили удары")]


def test_a_channels_tag_after_a_lines_source() -> None:
    text = (
        "Ситуация с курсом рубля в целом под контролем и оснований для паники нет, — Путин. "
        "[@ecotopor](https://t.me/+-S3DE0C4jNkzMjYy)"
    )
    assert [who for who, _ in said(text, "ru")] == ["Путин"]
