"""The cue lexicon: reporting verbs, phrasal cues and section labels, loaded from a data file."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from reportedly._yaml import load_yaml
from reportedly.errors import ConfigError


@dataclass(frozen=True, slots=True, kw_only=True)
class CueLexicon:
    """Words and phrases that signal an attribution; see ``data/cues.yaml`` for the schema."""

    strong_verbs: frozenset[str]
    weak_verbs: frozenset[str]
    particles: frozenset[tuple[str, str]]
    prepositional: tuple[tuple[str, ...], ...]
    nouns: frozenset[str]
    passive: frozenset[str]
    section_labels: tuple[str, ...]
    source_descriptors: frozenset[str]
    source_labels: frozenset[str]
    audiences: frozenset[str]
    background_labels: frozenset[str]
    argument_preps: frozenset[str]
    nominal_verbs: frozenset[str]
    nominal_preps: frozenset[str]
    intent_verbs: frozenset[str]
    # stance adjectives after a copula: "is critical of X", "are confident that …"
    adjectives: frozenset[str] = frozenset()
    # nominal verbs whose direct object is who they address, not what they are about
    addressee_verbs: frozenset[str] = frozenset()
    # verbs whose source is the object of "from" ("BelTA learned from Lukashenko that …")
    from_source_verbs: frozenset[str] = frozenset()
    # frame ("ccomp", "dobj", "xcomp", "prep") -> lemma -> observed cue precision, learned
    # from an annotated corpus by scripts/learn_cues.py (data/cues_learned.yaml)
    learned: Mapping[str, Mapping[str, float]] = field(default_factory=dict)
    # (cue lemma, rule) pairs whose statements a corpus rarely annotates: rule -> lemma ->
    # observed precision, learned by scripts/learn_rule_precision.py (data/rules_weak.yaml)
    weak_rules: Mapping[str, Mapping[str, float]] = field(default_factory=dict)

    def is_weak_rule(self, lemma: str, rule: str) -> bool:
        """Whether statements found by ``rule`` with cue ``lemma`` are mostly false alarms."""
        return lemma in self.weak_rules.get(rule, {})

    def learned_precision(self, lemma: str, frame: str) -> float:
        """How often ``lemma`` with ``frame`` was a cue in the training corpus (0: unseen)."""
        return self.learned.get(frame, {}).get(lemma, 0.0)

    def is_verb_cue(self, lemma: str) -> bool:
        """Whether ``lemma`` is a reporting verb (strong or weak)."""
        return lemma in self.strong_verbs or lemma in self.weak_verbs

    @classmethod
    def load(cls, path: Path | None = None) -> CueLexicon:
        """Load the lexicon from ``path``, or the one shipped with the package.

        Raises:
            ConfigError: the file is missing or does not follow the schema.
        """
        try:
            if path is None:
                raw = (resources.files("reportedly.attribution") / "data" / "cues.yaml").read_text(
                    encoding="utf-8"
                )
                where = "package cues.yaml"
            else:
                raw = Path(path).read_text(encoding="utf-8")
                where = str(path)
            data: Any = load_yaml(raw)
            learned_raw: Any = _learned_file("cues_learned.yaml") if path is None else {}
            weak_raw: Any = _learned_file("rules_weak.yaml") if path is None else {}
        except (OSError, yaml.YAMLError) as e:
            raise ConfigError(f"cannot read cue lexicon: {e}", code="E502") from e
        try:
            verbs = data["verbs"]
            return cls(
                strong_verbs=frozenset(str(v).lower() for v in verbs["strong"]),
                weak_verbs=frozenset(str(v).lower() for v in verbs["weak"]),
                particles=frozenset((str(a).lower(), str(b).lower()) for a, b in data["particles"]),
                prepositional=tuple(tuple(str(p).lower().split()) for p in data["prepositional"]),
                nouns=frozenset(str(n).lower() for n in data["nouns"]),
                passive=frozenset(str(v).lower() for v in data["passive"]),
                section_labels=tuple(str(s).lower() for s in data["section_labels"]),
                source_descriptors=frozenset(str(s).lower() for s in data["source_descriptors"]),
                source_labels=frozenset(str(s).lower() for s in data["source_labels"]),
                audiences=frozenset(str(s).lower() for s in data["audiences"]),
                background_labels=frozenset(str(s).lower() for s in data["background_labels"]),
                argument_preps=frozenset(str(s).lower() for s in data["argument_preps"]),
                nominal_verbs=frozenset(str(s).lower() for s in data["nominal_verbs"]),
                nominal_preps=frozenset(str(s).lower() for s in data["nominal_preps"]),
                intent_verbs=frozenset(str(s).lower() for s in data["intent_verbs"]),
                adjectives=frozenset(str(s).lower() for s in data.get("adjectives", [])),
                addressee_verbs=frozenset(str(s).lower() for s in data.get("addressee_verbs", [])),
                from_source_verbs=frozenset(
                    str(s).lower() for s in data.get("from_source_verbs", [])
                ),
                learned=_by_lemma(learned_raw),
                weak_rules=_by_lemma(weak_raw),
            )
        except (KeyError, TypeError, ValueError) as e:
            raise ConfigError(f"{where}: malformed cue lexicon ({e!r})", code="E503") from e


@cache
def data_table(name: str) -> dict[str, Any]:
    """A YAML table of rules shipped in the package's data folder (read once)."""
    ref = resources.files("reportedly.attribution") / "data" / name
    data: dict[str, Any] = load_yaml(ref.read_text(encoding="utf-8"))
    return data


def _learned_file(name: str) -> Any:
    """A learned table shipped in the package's data folder, or ``{}`` when there is none."""
    ref = resources.files("reportedly.attribution") / "data" / name
    if not ref.is_file():
        return {}
    return load_yaml(ref.read_text(encoding="utf-8")) or {}


def _by_lemma(raw: Any) -> dict[str, dict[str, float]]:
    """A learned table (frame or rule -> lemma -> precision) with plain keys and values."""
    return {str(key): {str(k): float(v) for k, v in lemmas.items()} for key, lemmas in raw.items()}
