"""A name that opens with a particle, as a subject set off from its verb
(attribution/slavic/name_particles.py)."""

from __future__ import annotations

from tests.attribution.slavic.speaking import speakers


def test_a_russian_subject_opening_with_a_particle_is_the_speaker() -> None:
    text = (
        "Фон дер Ляйен, переизбранная на второй срок на пост главы Еврокомиссии, заявила, что "
        "Кая Каллас будет нужным человеком в нужное время."
    )
    assert [phrase for phrase, _, _ in speakers(text, "ru")] == ["Фон дер Ляйен"]


def test_a_ukrainian_name_with_a_particle_before_an_apposition_is_the_speaker() -> None:
    text = (
        "Фон дер Ляєн, переобрана на другий термін, заявила, що Кая Каллас буде потрібною "
        "людиною в потрібний час."
    )
    assert [phrase for phrase, _, _ in speakers(text, "uk")] == ["Фон дер Ляєн"]
