"""The Slavic rules' lexicon files and their calibration."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.attribution.slavic.rule_runs import _run

from reportedly.attribution.slavic import UNCALIBRATED_RULES
from reportedly.attribution.slavic.lexicon import SlavicLexicon
from reportedly.errors import ConfigError


def test_every_rule_is_left_out_of_the_english_calibration() -> None:
    statements, rules, _ = _run(
        "«Да», — сказал Песков. По словам Лаврова, всё готово. Он добавил, что ждёт ответа.", "ru"
    )
    assert statements
    assert all(r in UNCALIBRATED_RULES for r in rules if not r.startswith("cite:"))


def test_a_broken_lexicon_names_its_file(tmp_path: Path) -> None:
    bad = tmp_path / "cues_ru.yaml"
    bad.write_text("verbs: [oops", "utf-8")
    with pytest.raises(ConfigError, match=r"cues_ru\.yaml") as e:
        SlavicLexicon.load("ru", bad)
    assert e.value.code == "E622"


def test_a_lexicon_with_an_unknown_key_is_refused(tmp_path: Path) -> None:
    from reportedly.attribution.slavic import lexicon

    packaged = Path(str(lexicon.resources.files("reportedly.attribution.slavic") / "data"))
    text = (packaged / "cues_uk.yaml").read_text("utf-8")
    old = tmp_path / "cues_uk.yaml"
    old.write_text(text + "\nsource_openings: [[про, це]]\n", "utf-8")  # the key before about_this
    with pytest.raises(ConfigError, match=r"cues_uk\.yaml.*unknown key\(s\) source_openings"):
        SlavicLexicon.load("uk", old)


def test_first_person_and_named_after_words_are_read_from_the_lexicon_file(
    tmp_path: Path,
) -> None:
    from reportedly.attribution.slavic import lexicon

    ru, uk = SlavicLexicon.load("ru"), SlavicLexicon.load("uk")
    assert {"мы", "нам"} <= ru.first_person
    assert {"ми", "нам"} <= uk.first_person
    assert "ми" not in ru.first_person
    assert "інститут" in uk.named_after
    assert ru.named_for == {"имени"}
    assert uk.named_for == {"імені"}
    packaged = Path(str(lexicon.resources.files("reportedly.attribution.slavic") / "data"))
    text = (packaged / "cues_ru.yaml").read_text("utf-8")
    changed = tmp_path / "cues_ru.yaml"
    changed.write_text(text.replace("named_after: [институт,", "named_after: [академия,"), "utf-8")
    assert "академия" in SlavicLexicon.load("ru", changed).named_after
