"""A learned cue detector: which verbs are attribution cues in their context.

A logistic regression over a few symbolic features of a verb (its lemma, the frame it takes its
content in, the kind of subject it has, its particles, prepositions and auxiliaries), trained on
an annotated corpus by ``scripts/train_cue_model.py`` and shipped as plain weights in
``data/cue_model.json``. Scoring is a sum of weights: no numerical library at run time.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from reportedly.attribution._parse import Parse, subject_of
from reportedly.errors import ConfigError

# how a verb takes its content, in order of preference
FRAMES = ("ccomp", "dobj", "xcomp", "prep")
PERSON_PRONOUNS = {"he", "she", "i", "we", "they"}


def frame_of(parse: Parse, i: int) -> str | None:
    """The first of :data:`FRAMES` among the dependents of verb ``i``, if any."""
    deps = {parse.tokens[c].dep for c in parse.children[i]}
    return next((frame for frame in FRAMES if frame in deps), None)


def subject_class(parse: Parse, i: int) -> str:
    """What the subject of verb ``i`` is: person, org, noun, other or none."""
    subject = subject_of(parse, i)
    if subject is None:
        return "none"
    t = parse.tokens[subject]
    if t.ent_type == "PERSON" or t.text.lower() in PERSON_PRONOUNS:
        return "person"
    if t.ent_type in {"ORG", "GPE", "NORP"}:
        return "org"
    if t.pos in {"NOUN", "PROPN"}:
        return "noun"
    return "other"


def candidates(parse: Parse) -> Iterator[int]:
    """Verbs that could be cues: they take a content and have someone to say it."""
    for t in parse.tokens:
        if t.pos == "VERB" and frame_of(parse, t.i) and subject_of(parse, t.i) is not None:
            yield t.i


def features(parse: Parse, i: int) -> list[str]:
    """The symbolic features of candidate verb ``i``."""
    t = parse.tokens[i]
    lemma = t.lemma.lower()
    frame = frame_of(parse, i) or "none"
    subject = subject_class(parse, i)
    found = [
        f"l={lemma}",
        f"l|f={lemma}|{frame}",
        f"f={frame}",
        f"dep={t.dep}",
        f"tag={t.tag}",
        f"s={subject}",
        f"l|s={lemma}|{subject}",
        f"f|s={frame}|{subject}",
    ]
    for c in parse.children[i]:
        k = parse.tokens[c]
        word = k.text.lower()
        if k.dep == "neg":
            found.append("neg")
        elif k.dep == "prep":
            found += [f"prep={word}", f"l|prep={lemma}|{word}"]
        elif k.dep == "prt":
            found.append(f"l|prt={lemma}|{word}")
        elif k.dep in {"aux", "auxpass"}:
            found.append(f"aux={k.lemma.lower()}")
    return sorted(set(found))


@dataclass(frozen=True, slots=True, kw_only=True)
class CueModel:
    """Weights of the cue detector and the probability above which a verb is a cue."""

    bias: float
    weights: Mapping[str, float]
    threshold: float = 0.5
    trained_on: str = ""

    def probability(self, parse: Parse, i: int) -> float:
        """How likely candidate verb ``i`` is an attribution cue."""
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features(parse, i))
        return 1.0 / (1.0 + math.exp(-z))

    def to_json(self) -> dict[str, Any]:
        return {
            "trained_on": self.trained_on,
            "threshold": self.threshold,
            "bias": self.bias,
            "weights": dict(sorted(self.weights.items())),
        }

    @classmethod
    def load(cls, path: Path | None = None) -> CueModel:
        """Load the weights from ``path``, or the ones shipped with the package.

        Raises:
            ConfigError: the file is missing or malformed.
        """
        where = str(path) if path else "package cue_model.json"
        try:
            if path is None:
                ref = resources.files("reportedly.attribution") / "data" / "cue_model.json"
                raw = ref.read_text(encoding="utf-8")
            else:
                raw = Path(path).read_text(encoding="utf-8")
            data: Any = json.loads(raw)
            return cls(
                bias=float(data["bias"]),
                weights={str(k): float(v) for k, v in data["weights"].items()},
                threshold=float(data.get("threshold", 0.5)),
                trained_on=str(data.get("trained_on", "")),
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
            raise ConfigError(f"{where}: cannot read the cue model ({e!r})", code="E507") from e
