"""Tests for events.lexicon: the rule data file and its validation."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportedly.errors import ConfigError
from reportedly.events.lexicon import EventLexicon
from reportedly.events.model import EVENT_TYPES
from reportedly.events.plover import load_ontology


def test_lexicon_bundled_rules_load_and_are_valid() -> None:
    lexicon = EventLexicon.load()
    ontology = load_ontology()
    rules = [r for rs in lexicon.verbs.values() for r in rs]
    rules += [p.rule for p in lexicon.phrases] + [n.rule for n in lexicon.nouns]
    assert rules
    for rule in rules:
        assert not ontology.check(rule.type, rule.mode, rule.context), rule.name
    # every PLOVER type has at least one trigger
    assert {r.type for r in rules} == set(EVENT_TYPES)
    assert "on" in lexicon.verbs["call"][-1].particle  # after the "call out" rules
    assert set(lexicon.negation_flip) <= set(EVENT_TYPES)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("verbs:\n  call: {type: REQUEST, particle: [on]}\n", "quote on/off"),
        ("verbs:\n  call: {type: DEMAND}\n", "PLOVER type"),
        ("verbs:\n  call: {type: REJECT, mode: phone}\n", "no mode"),
        ("- just a list\n", "mapping"),
        ("verbs: {call: [\n", "invalid YAML"),
        ("negation_flip:\n  WHATEVER: {mode: meet}\n", "negation_flip"),
    ],
)
def test_lexicon_rejects_bad_files(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        EventLexicon.load(path)


def test_lexicon_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        EventLexicon.load(tmp_path / "absent.yaml")


def test_lexicon_amount_nouns_are_data() -> None:
    # an amount object is read through its "of" ("millions of refugees"): the word list is
    # a data file entry, not code
    amounts = EventLexicon.load().amount_nouns
    assert {"million", "hundred", "dozen", "number"} <= amounts
    assert "refugee" not in amounts


@pytest.mark.needs_model
def test_attack_in_campaign_words_is_criticism_not_force() -> None:
    from tests.events.coded import coded

    assert [
        e[:3] for e in coded("Warren began to attack Bloomberg in her campaign appearances.")
    ] == [("ACCUSE", "asserted", "attack")]
    assert [e[0] for e in coded("Trump attacked Clinton on Twitter.")] == ["ACCUSE"]
    # the military sense stays
    assert [e[0] for e in coded("Russian forces attacked the city at night.")] == ["ASSAULT"]


@pytest.mark.needs_model
def test_a_journalist_asking_is_no_request() -> None:
    from tests.events.coded import coded

    assert coded("A reporter asked Macron to comment on the vote.") == []
    assert [e[0] for e in coded("Zelensky asked Poland to send jets.")][:1] == ["REQUEST"]
