"""Chains of reporters of one content (attribution/slavic/chains.py)."""

from __future__ import annotations

from tests.attribution.slavic.speaking import analyse


def test_two_frames_after_one_content_make_a_chain_of_reporters() -> None:

    text = "Удары нанесены по складам, сообщил губернатор Вадим Филашкин, передает ТАСС."
    analysis = analyse(text, "ru")
    found = [
        (s.content_text(text), s.cue.text(text) if s.cue else None) for s in analysis.statements
    ]
    assert found == [
        ("Удары нанесены по складам", "передает"),
        ("Удары нанесены по складам", "сообщил"),
    ]
    outer, inner = analysis.statements
    assert inner.reported_by == outer.id


def test_the_source_an_outlet_cites_reported_the_speaker_named_before() -> None:
    # "Про це заявив X, повідомляє Y з посиланням на Z": Y cites Z, which reported X
    text = (
        "Трампа можуть вивести з Білого дому.\n\nПро це заявив речник штабу Ендрю Бейтс, "
        'повідомляє "Європейська правда" з посиланням на CNN.'
    )
    found = analyse(text, "uk").statements
    chain = [s for s in found if s.content_text(text).startswith("Трампа")]
    by_id = {s.id: s for s in chain}
    assert [s.cue.text(text) if s.cue else None for s in chain] == [
        "повідомляє",
        "з посиланням на",
        "заявив",
    ]
    outlet, cited, speaker = chain
    assert (outlet.reported_by, cited.reported_by) == (None, outlet.id)
    assert by_id[speaker.reported_by] is cited


def test_the_citing_phrase_may_open_with_iz() -> None:
    # session 27 (batch 7 dev): "повідомило CNN із посиланням на заяву …" as "з посиланням на"
    text = (
        "Демократ переміг на 12 284 голоси. Про це повідомило CNN із посиланням на заяву "
        "державного секретаря штату Бреда Рфенспергера."
    )
    speakers = [s.speaker.text for s in analyse(text, "uk").statements if s.speaker]
    assert speakers == ["CNN", "заяву державного секретаря штату Бреда Рфенспергера"]
