"""A learned second opinion on whether a statement is one at all: a small softmax regression
over features that explain themselves (the rules' act, the cue's lemma and its lexicon act,
the cue's dependency frame, the subject's and the content's kind), predicting the act the
war-news gold gives the statement, or that it is none. ``scripts/train_act_model.py`` fits it
and judges it by article folds. Not in the pipeline: the registered design found no speech
gain, and the all-acts variant (:func:`drop_non_statements`, fitted on the 112 dev articles)
gained on part M dev but dropped a right statement of the sample and lowered PolNeAR dev
(docs/EVALUATION.md, "Session 26: a learned act decision").
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from reportedly.attribution._nesting import without
from reportedly.attribution._parse import Parse, cue_head, subject_of
from reportedly.attribution.act_lexicon import ActLexicon, default_acts
from reportedly.model import Statement

NONE = "none"  # the gold holds no statement there
CLASSES = ("speech", "belief", "intent", "other", NONE)
MODALS = frozenset({"will", "would", "can", "could", "may", "might", "shall", "should", "must"})
_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
_PRONOUNS = frozenset({"PRON"})


def act_features(
    text: str, parse: Parse, statement: Statement, lexicon: ActLexicon
) -> dict[str, float]:
    """The features of one settled statement (binary, and the content's length in tokens on
    a log scale); a lemma feature is named for the cue's head lemma."""
    found: dict[str, float] = {f"rules:{statement.act}": 1.0, f"kind:{statement.kind}": 1.0}
    if statement.negated:
        found["negated"] = 1.0
    if statement.reported_by is not None:
        found["nested"] = 1.0
    if statement.speaker is None:
        found["speaker:none"] = 1.0
    inside = parse.tokens_within(statement.content)
    found["content:words"] = math.log1p(len(inside)) / 4
    found[f"content:{_content_kind(parse, statement, inside)}"] = 1.0
    if statement.cue is None:
        found["cue:none"] = 1.0
        return found
    phrase = " ".join(statement.cue.text(text).lower().split())
    if not any(ch.isalnum() for ch in phrase):
        found["cue:mark"] = 1.0
        return found
    if phrase in lexicon.phrases:
        found["cue:phrase"] = 1.0
    head = cue_head(parse, statement.cue)
    if head is None:
        found["cue:headless"] = 1.0
        return found
    token = parse.tokens[head]
    lemma = token.lemma.lower()
    found[f"lemma:{lemma}"] = 1.0
    found[f"lexicon:{lexicon.lemmas.get(lemma, NONE)}"] = 1.0
    found[f"cue_pos:{token.pos}"] = 1.0
    content = set(inside)
    for name, labels in (
        ("ccomp", ("ccomp",)),
        ("xcomp", ("xcomp",)),
        ("dobj", ("dobj",)),
        ("prep", ("prep",)),
    ):
        if any(c in content for c in parse.deps(head, *labels)):
            found[f"frame:{name}"] = 1.0
    children = parse.children[head]
    if any(parse.tokens[c].dep in {"auxpass", "nsubjpass"} for c in children):
        found["frame:passive"] = 1.0
    if any(
        parse.tokens[c].dep == "aux" and parse.tokens[c].lemma.lower() in MODALS for c in children
    ):
        found["frame:modal"] = 1.0
    subject = subject_of(parse, head)
    found[f"subject:{_subject_kind(parse, subject, lexicon)}"] = 1.0
    return found


def _content_kind(parse: Parse, statement: Statement, inside: Sequence[int]) -> str:
    if statement.kind == "direct":
        return "quote"
    tokens = [parse.tokens[i] for i in inside[:2]]
    if len(tokens) == 2 and tokens[0].text.lower() == "to" and tokens[1].pos in {"VERB", "AUX"}:
        return "infinitive"
    if any(parse.tokens[i].dep in _CLAUSE_DEPS for i in inside):
        return "clause"
    return "phrase"


def _subject_kind(parse: Parse, subject: int | None, lexicon: ActLexicon) -> str:
    if subject is None:
        return "none"
    token = parse.tokens[subject]
    if token.pos in _PRONOUNS or token.pos == "DET":
        return "pronoun"
    if token.pos == "PROPN" or token.ent_type in {"PERSON", "ORG", "NORP", "GPE"}:
        return "name"
    if token.lemma.lower() in lexicon.people_nouns:
        return "people"
    return "noun"


@dataclass(frozen=True, slots=True, kw_only=True)
class ActModel:
    """Softmax weights by class over named features, and the probability an override needs."""

    classes: tuple[str, ...]
    features: tuple[str, ...]
    weights: tuple[tuple[float, ...], ...]  # one row per class, one column per feature
    bias: tuple[float, ...]
    threshold: float

    def probabilities(self, found: Mapping[str, float]) -> dict[str, float]:
        """Each class's probability for one statement's features."""
        column = {name: n for n, name in enumerate(self.features)}
        present = [(column[k], v) for k, v in found.items() if k in column]
        scores = [
            b + sum(row[n] * v for n, v in present)
            for row, b in zip(self.weights, self.bias, strict=True)
        ]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}

    def decide(self, found: Mapping[str, float], act: str) -> str:
        """The act to keep: the model's class where it is sure enough, else ``act``."""
        probabilities = self.probabilities(found)
        best = max(self.classes, key=lambda c: probabilities[c])
        return best if probabilities[best] >= self.threshold else act

    def to_json(self) -> str:
        payload = {
            "classes": list(self.classes),
            "threshold": self.threshold,
            "bias": [round(b, 6) for b in self.bias],
            "features": list(self.features),
            "weights": [[round(w, 6) for w in row] for row in self.weights],
        }
        return json.dumps(payload, indent=1) + "\n"

    @classmethod
    def from_json(cls, raw: str) -> ActModel:
        data = json.loads(raw)
        return cls(
            classes=tuple(data["classes"]),
            features=tuple(data["features"]),
            weights=tuple(tuple(float(w) for w in row) for row in data["weights"]),
            bias=tuple(float(b) for b in data["bias"]),
            threshold=float(data["threshold"]),
        )


def drop_non_statements(
    text: str,
    parse: Parse,
    statements: Sequence[Statement],
    model: ActModel,
    lexicon: ActLexicon | None = None,
) -> list[Statement]:
    """``statements`` without those the rules do not call speech and ``model`` is sure are
    none (its top class, at or over its threshold); a statement nested in a dropped one is
    re-attached to the dropped one's reporter. Speech is never touched."""
    lexicon = lexicon or default_acts()
    dropped = {
        s.id
        for s in statements
        if s.act != "speech" and model.decide(act_features(text, parse, s, lexicon), s.act) == NONE
    }
    return without(statements, dropped)
