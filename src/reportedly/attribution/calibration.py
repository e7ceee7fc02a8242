"""Calibrated confidence: the probability that a statement and its speaker mention are right.

A logistic regression over what the span model and the rules say about a statement (which
of them found it, the model's probabilities for its content, cue and speaker, whether the cue
is a known reporting word and which act its verb names, the kind, the length, the speaker
mention's type, …), then an isotonic map. ``scripts/fit_calibration.py`` fits it, with every
choice made by cross-validation over war-news articles, on data the span model never trained
on: PolNeAR train articles held apart from it and the war-news gold's dev records; it writes
``data/calibration.json`` (the int8 tagger has its own). ``reportedly eval polnear`` reports
its reliability on PolNeAR dev. "Right" there means: the content matches a gold attribution
one-to-one and the speaker mention overlaps the gold source (or both have none).
"""

from __future__ import annotations

import json
import math
from bisect import bisect_right
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse, cue_head
from reportedly.attribution.act_lexicon import default_acts
from reportedly.attribution.span_model import mean_role
from reportedly.attribution.unframed import CONTINUATIONS
from reportedly.errors import ConfigError
from reportedly.nlp.encoder import Tagged

FEATURES = (
    "bias",
    "model",
    "framed",
    "rule",
    "content_p",
    "cue_p",
    "source_p",
    "no_cue",
    "no_speaker",
    "pronoun_speaker",
    "lexicon_cue",
    "direct",
    "mixed",
    "length",
    "rule_confidence",
    # cheap signals added for the war-news fit (session 10); a calibration file that gives
    # them no weight ignores them
    "sure",
    "say_cue",
    "belief_cue",
    "intent_cue",
    "other_cue",
    "proper_speaker",
    "headline",
    "run_in",
    "nested",
    # added for the session-19 war-news fit: a frameless quote going on from another's (the
    # war-news gold counts them, PolNeAR's frames rarely leave them) and a noun-phrase
    # "content" (the war-news guide counts no topic as a statement, PolNeAR does)
    "continuation",
    "noun_phrase",
)
# the signals of the session-10 fit
EXTENDED_FEATURES = FEATURES[: FEATURES.index("nested") + 1]
# the signals of the session-4 fit (``scripts/fit_calibration.py``)
BASE_FEATURES = FEATURES[: FEATURES.index("rule_confidence") + 1]
# rule statements the rules frame without a reporting verb (headline colons, dash frames,
# "Name: words" lines, section labels) or in all-capitals teaser lines, which the span model
# cannot read: PolNeAR has none of them, so under a "top-level" calibration they keep their
# rule's own confidence and are never cut
RUN_IN_RULES = frozenset(
    {
        "section-label",
        "transcript",
        "dash-name",
        "name-colon",
        "name-colon-line",
        "headline-colon",
        "dash-frame",
        "teaser",
    }
)
# rules whose content is a noun phrase, not a clause ("warned [Moscow]")
NOUN_PHRASE_RULES = frozenset({"object", "passive-object"})
_SAY = frozenset({"say", "tell"})
# the cut-off of a calibration file that names none (the session-4 F1 break-even on PolNeAR)
MIN_CONFIDENCE = 0.3
SCOPES = ("top-level", "all")


def features(
    draft: Draft,
    parse: Parse,
    tagged: Tagged,
    cue_words: frozenset[str],
    *,
    nested: bool = False,
    title_end: int = 0,
) -> dict[str, float]:
    """The calibration features of one statement draft (``nested``: reported inside another;
    ``title_end``: where the text's first line ends)."""
    model = draft.via == "model"
    framed = not model and draft.kind in {"direct", "mixed"}
    total = sum(len(c) for c in draft.content) or 1
    content_p = sum(mean_role(tagged, c, "content") * len(c) for c in draft.content) / total
    cue_words_seen = False
    if draft.cue is not None:
        cue_words_seen = any(
            parse.tokens[i].lemma.lower() in cue_words or parse.tokens[i].text.lower() in cue_words
            for i in parse.tokens_in(draft.cue)
        )
    pronoun = draft.speaker_token is not None and parse.is_pronoun(draft.speaker_token)
    proper = draft.speaker_token is not None and parse.tokens[draft.speaker_token].pos == "PROPN"
    head = cue_head(parse, draft.cue) if draft.cue is not None else None
    lemma = parse.tokens[head].lemma.lower() if head is not None else ""
    act = default_acts().lemmas.get(lemma)
    return {
        "bias": 1.0,
        "model": float(model),
        "framed": float(framed),
        "rule": float(not model and not framed),
        "content_p": content_p,
        "cue_p": mean_role(tagged, draft.cue, "cue") if draft.cue is not None else 0.0,
        "source_p": mean_role(tagged, draft.speaker, "source") if draft.speaker else 0.0,
        "no_cue": float(draft.cue is None),
        "no_speaker": float(draft.speaker is None),
        "pronoun_speaker": float(pronoun),
        "lexicon_cue": float(cue_words_seen),
        "direct": float(draft.kind == "direct"),
        "mixed": float(draft.kind == "mixed"),
        "length": math.log1p(total) / 5,
        "rule_confidence": 0.0 if model else draft.confidence,
        "sure": float(draft.sure),
        "say_cue": float(lemma in _SAY),
        "belief_cue": float(act == "belief"),
        "intent_cue": float(act == "intent"),
        "other_cue": float(act == "other"),
        "proper_speaker": float(proper),
        "headline": float(draft.extent.start < title_end),
        "run_in": float(draft.via in RUN_IN_RULES),
        "nested": float(nested),
        "continuation": float(draft.via in CONTINUATIONS),
        "noun_phrase": float(draft.via in NOUN_PHRASE_RULES),
    }


def logistic(weights: Mapping[str, float], values: Mapping[str, float]) -> float:
    """A logistic regression's probability: the weighted sum of ``values`` (a missing weight
    counts 0) through the sigmoid, clipped where exp would overflow."""
    z = sum(weights.get(name, 0.0) * v for name, v in values.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def read_weights(path: Path, known: Collection[str], what: str) -> tuple[dict[str, float], str]:
    """The weights (by signal name, each one of ``known``) and the ``fitted_on`` note of the
    fitted logistic regression at ``path``, a ``what`` file.

    Raises:
        ConfigError: the file is unreadable or malformed.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        unknown = set(weights) - set(known)
        if unknown:
            raise ValueError(f"unknown signals {', '.join(sorted(unknown))}")
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
        raise ConfigError(f"{path}: not a {what} file: {e}", code="E103") from e
    return weights, str(data.get("fitted_on", ""))


@dataclass(frozen=True, slots=True)
class Calibrator:
    """Weights of the fitted logistic regression, by feature name."""

    weights: Mapping[str, float]
    isotonic: tuple[tuple[float, float], ...] = ()  # monotone (score, probability) knots
    fitted_on: str = ""
    # statements it gives less are not kept (chosen with the fit: a refit moves the scale)
    min_confidence: float = MIN_CONFIDENCE
    # which statements it sets: "top-level" (nested ones: their rule's confidence times their
    # reporter's; run-in frames: their rule's) or "all" (fitted on war news, which has both)
    scope: str = "top-level"

    def probability(self, values: Mapping[str, float]) -> float:
        score = logistic(self.weights, values)
        return _interpolate(self.isotonic, score) if self.isotonic else score

    @classmethod
    def load(cls, path: Path | None = None) -> Calibrator:
        """The shipped calibration (or the one at ``path``).

        Raises:
            ConfigError: the file is missing or malformed.
        """
        source = path or Path(str(resources.files("reportedly.attribution") / "data"))
        if path is None:
            source = source / "calibration.json"
        try:
            data = json.loads(source.read_text(encoding="utf-8"))
            weights = {str(k): float(v) for k, v in data["weights"].items()}
            knots = tuple((float(x), float(y)) for x, y in data.get("isotonic", ()))
            cut = float(data.get("min_confidence", MIN_CONFIDENCE))
            scope = str(data.get("scope", "top-level"))
            if scope not in SCOPES:
                raise ValueError(f"scope must be one of {', '.join(SCOPES)}, not {scope!r}")
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
            raise ConfigError(f"{source}: not a calibration file: {e}", code="E103") from e
        return cls(
            weights=weights,
            isotonic=knots,
            fitted_on=str(data.get("fitted_on", "")),
            min_confidence=cut,
            scope=scope,
        )


def _interpolate(knots: tuple[tuple[float, float], ...], x: float) -> float:
    """Piecewise-linear through ``knots`` (flat beyond the ends)."""
    xs = [k[0] for k in knots]
    n = bisect_right(xs, x)
    if n == 0:
        return knots[0][1]
    if n == len(knots):
        return knots[-1][1]
    (x0, y0), (x1, y1) = knots[n - 1], knots[n]
    return y0 if x1 == x0 else y0 + (y1 - y0) * (x - x0) / (x1 - x0)
