"""Calibrated confidence of a Russian or Ukrainian statement: the probability it is right.

"Right" is ``eval gold``'s rule for a shown statement's ``confidence``: its content matches a
gold statement and its speaker mention overlaps the gold one (or neither has one; where the
gold names its speaker with no mention of its own, the resolved speaker is the gold's). The
probability is a small logistic regression over coarse signals of the draft — the rule's
hand-set confidence (:data:`~reportedly.attribution.slavic.drafts.CONFIDENCE`, kept as the
prior), the rule's group, the kind, the act, the language, the speaker mention's type and
whether it resolved, nesting and the content's length. ``scripts/fit_slavic_confidence.py``
fits it on the dev records of the Russian and Ukrainian gold and on hand-judged statements
of texts no gold holds (``gold/slavic-judgements``; the rules were tuned on the dev texts,
so the fit, its signals and its L2 are chosen by cross-validation over the judged texts) and
writes ``data/calibration.json``, which may use a subset of :data:`SIGNALS`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from reportedly.attribution.calibration import logistic, read_weights
from reportedly.attribution.slavic.drafts import SlavicDraft
from reportedly.attribution.slavic.lexicon import SlavicLexicon
from reportedly.attribution.slavic.phrases import SlavicParse

FILE = "calibration.json"
# rules that frame a quote with a verb or a dash ("«…», — сказал он")
QUOTE_RULES = frozenset({"ru-uk:frame-after", "ru-uk:frame-before", "ru-uk:dash-line"})
# rules that read a clause a reporting verb or phrase governs ("заявил, что …", "по словам")
VERB_RULES = frozenset(
    {
        "ru-uk:indirect",
        "ru-uk:complement",
        "ru-uk:reported-after",
        "ru-uk:according-to",
        "ru-uk:about-this",
        "ru-uk:citing",
    }
)
# the rest read a noun, a headline, a "Name:" line, a digest or a handed paragraph
SIGNALS = (
    "bias",
    "prior",  # the rule's hand-set confidence, as log-odds
    "quote_rule",
    "verb_rule",
    "headline",  # the headline rule
    "direct",
    "mixed",
    "speech",  # a speech act (else belief, intent, …)
    "uk",  # Ukrainian (else Russian)
    "no_speaker",  # no speaker mention
    "unresolved",  # a mention the entity index resolved to no one
    "name_lost",  # an outlet's verb whose name the text lost ("…, передає\n\n"): no mention due
    "pronoun",  # the mention is a third-person pronoun
    "first_person",  # "мы", "я"
    "proper",  # the mention holds a proper name
    "nested",  # reported inside another statement
    "short",  # content of at most 6 words
    "length",  # log(1 + characters) / 5
)
# where a prior of 0 or 1 is read as this much less sure, so its log-odds stay finite
_EDGE = 0.005


def signals(
    text: str,
    draft: SlavicDraft,
    parse: SlavicParse,
    lexicon: SlavicLexicon,
    *,
    resolved: bool,
    nested: bool,
) -> dict[str, float]:
    """The signals of one draft (``resolved``: its speaker resolved to an entity;
    ``nested``: reported inside another statement)."""
    prior = min(1 - _EDGE, max(_EDGE, draft.confidence))
    content = " ".join(c.text(text) for c in draft.content)
    mention = draft.speaker.text(text).strip().casefold() if draft.speaker is not None else ""
    tokens = parse.tokens_in(draft.speaker) if draft.speaker is not None else range(0)
    return {
        "bias": 1.0,
        "prior": math.log(prior / (1 - prior)),
        "quote_rule": float(draft.rule in QUOTE_RULES),
        "verb_rule": float(draft.rule in VERB_RULES),
        "headline": float(draft.rule == "ru-uk:headline"),
        "direct": float(draft.kind == "direct"),
        "mixed": float(draft.kind == "mixed"),
        "speech": float(draft.act == "speech"),
        "uk": float(lexicon.lang == "uk"),
        "no_speaker": float(draft.speaker is None),
        "unresolved": float(draft.speaker is not None and not resolved),
        "name_lost": float(draft.name_lost),
        "pronoun": float(mention in lexicon.pronouns),
        "first_person": float(mention in lexicon.first_person),
        "proper": float(any(parse.tokens[k].pos == "PROPN" for k in tokens)),
        "nested": float(nested),
        "short": float(len(content.split()) <= 6),
        "length": math.log1p(len(content)) / 5,
    }


@dataclass(frozen=True, slots=True)
class SlavicCalibrator:
    """Weights of the fitted logistic regression, by signal name."""

    weights: Mapping[str, float]
    fitted_on: str = ""

    def probability(self, values: Mapping[str, float]) -> float:
        return logistic(self.weights, values)

    @classmethod
    def load(cls, path: Path) -> SlavicCalibrator:
        """The calibration at ``path``.

        Raises:
            ConfigError: the file is unreadable or malformed.
        """
        weights, fitted_on = read_weights(path, SIGNALS, "Slavic calibration")
        return cls(weights=weights, fitted_on=fitted_on)


@cache
def default_calibrator() -> SlavicCalibrator:
    """The shipped calibration (``attribution/slavic/data/calibration.json``)."""
    return SlavicCalibrator.load(
        Path(str(resources.files("reportedly.attribution.slavic") / "data" / FILE))
    )
