"""The speaker ranker's candidates and their features (scripts/train_speaker_ranker.py):
for a pronoun or title speaker, the people and bodies seen before it, each described by
:data:`FEATURES`."""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from reportedly.actors.folding import fold
from reportedly.actors.registry import ActorRegistry
from reportedly.actors.resolve import _Resolver, default_data
from reportedly.eval import speakers as speaker_gold
from reportedly.eval.gold_score import _align_view, _as_speaker
from reportedly.eval.speakers import GoldSpeaker, judge
from reportedly.eval.text_index import TextIndex
from reportedly.model import Analysis, Span, Statement

FEATURES = (
    "bias",
    "rules_pick",
    "rules_pick_title",
    "sent_distance",
    "same_sentence",
    "subject",
    "main_subject",
    "named",
    "previous_speaker",
    "spoke_before",
    "mentions_log",
    "article_mentions_log",
    "recency_rank",
    "gender_agrees",
    "gender_clashes",
    "person",
    "person_pronoun_body",
    "plural_pronoun_body",
    "in_quote_only",
    "named_in_content",
    "same_paragraph",
    "quote_crossed",
    "title_words_near",
    "registry_role_match",
)
_WINDOW = 6  # sentences back a candidate may have been seen
_PLURAL = frozenset({"they", "them", "their", "it", "its", "we"})
_WORD = re.compile(r"[^\W\d_]+")
_STOP = frozenset({"the", "a", "an", "of", "its", "his", "her", "their", "country's", "s"})


@dataclass
class Instance:
    article: str
    kind: str  # gold speaker type: "pronoun" or "title"
    mention: str
    candidates: list[str]
    names: list[str]
    x: np.ndarray  # candidates × features
    right: list[bool]  # per candidate
    rules: str  # "right", "wrong" or "unresolved"
    rules_name: str
    none_right: bool  # leaving it unresolved is right (gold: nobody)
    at: int = 0


# --- features -------------------------------------------------------------------------------


class Featurizer:
    """Candidates and their features for the speaker mentions of one resolved article."""

    def __init__(self, pre: Analysis, registry: ActorRegistry) -> None:
        self.registry = registry
        self.resolver = _Resolver(pre, registry, pre.article.published, default_data())
        self.after = self.resolver.run()
        self.doc = self.resolver.doc
        self.text = pre.article.text
        self.entities = {e.id: e for e in self.after.entities}
        self.top = [
            s for s in self.after.statements if s.speaker is not None and s.reported_by is None
        ]
        self.top.sort(key=lambda s: s.speaker.span.start if s.speaker else 0)

    def candidates(self, s: Statement) -> tuple[list[str], np.ndarray] | None:
        doc, r = self.doc, self.resolver
        if doc is None or s.speaker is None:
            return None
        span = s.speaker.span
        sent = doc.sentence_of(span)
        seen: dict[str, list[Any]] = {}
        total: dict[str, int] = {}
        for h in r.history:
            if h.span.end <= span.start:
                total[h.key] = total.get(h.key, 0) + 1
                if sent - _WINDOW <= h.sent <= sent:
                    seen.setdefault(h.key, []).append(h)
        earlier = [
            t for t in self.top if t.speaker is not None and t.speaker.span.start < span.start
        ]
        previous = earlier[-1].speaker_entity if earlier else None
        spoke = {t.speaker_entity for t in earlier}
        order = sorted(seen, key=lambda k: -seen[k][-1].span.start)
        for extra in (s.speaker_entity, previous):
            if extra is not None and extra not in order and extra in r.works:
                order.append(extra)
        if not order:
            return None
        word = s.speaker.text.strip().lower()
        gender = r.data.pronoun_gender(word)
        inside = doc.tokens_in(span)
        is_pronoun = len(inside) == 1 and doc.tokens[inside[0]].pos == "PRON"
        plural = word in _PLURAL
        outside = not r._in_quote(span)
        title_words = set() if is_pronoun else self._content_words(s.speaker.text)
        rows = []
        for rank, key in enumerate(order):
            work = r.works[key]
            hs = seen.get(key, [])
            last = hs[-1] if hs else None
            d = sent - last.sent if last else _WINDOW
            between = Span(last.span.end, span.start) if last else None
            clash = gender is not None and work.gender is not None and work.gender != gender
            rows.append(
                [
                    1.0,
                    float(key == s.speaker_entity),
                    float(key == s.speaker_entity and not is_pronoun),
                    min(d, _WINDOW) / _WINDOW,
                    float(last is not None and last.sent == sent),
                    float(last is not None and last.subject),
                    float(last is not None and last.main),
                    float(any(h.named for h in hs)),
                    float(key == previous),
                    float(key in spoke),
                    math.log1p(len(hs)),
                    math.log1p(total.get(key, 0)),
                    min(rank, 5) / 5,
                    float(gender is not None and work.gender == gender),
                    float(clash),
                    float(work.kind == "person"),
                    float(gender is not None and not plural and work.kind != "person"),
                    float(plural and work.kind != "person"),
                    float(bool(hs) and outside and all(r._in_quote(h.span) for h in hs)),
                    float(any(p.contains(h.span) for p in s.content for h in hs)),
                    float(
                        between is not None and "\n" not in self.text[between.start : between.end]
                    ),
                    float(between is not None and any(between.contains(q) for q in r._quotes)),
                    self._near(title_words, [h.span for h in hs]) if title_words else 0.0,
                    self._role_match(title_words, work) if title_words else 0.0,
                ]
            )
        return order, np.array(rows)

    @staticmethod
    def _content_words(text: str) -> set[str]:
        return {
            w for w in (x.lower() for x in _WORD.findall(text)) if w not in _STOP and len(w) > 2
        }

    def _near(self, words: set[str], spans: list[Span]) -> float:
        """Share of the title's words written within a few words of one of the candidate's
        mentions: "Foreign Minister Sergei Lavrov", "Lavrov, Russia's foreign minister"."""
        best = 0.0
        for sp in spans:
            around = self._content_words(self.text[max(0, sp.start - 60) : sp.end + 60])
            best = max(best, len(words & around) / len(words))
        return best

    def _role_match(self, words: set[str], work: Any) -> float:
        actor = work.actor
        if actor is None:
            return 0.0
        on = self.resolver.on
        roles = [x for x in (actor.roles_on(on) if on else ())] or list(actor.roles)
        best = 0.0
        for role in roles:
            got = self._content_words(" ".join(role.all_titles))
            if got:
                best = max(best, len(words & got) / len(words))
        return best

    def judge_key(self, gold: GoldSpeaker, s: Statement, key: str | None) -> bool:
        """The eval's speaker judge on ``s`` given the speaker ``key``."""
        if key is None:
            return gold.speaker is None
        if key in self.entities:
            return judge(
                gold,
                dataclasses.replace(s, speaker_entity=key, speaker_actor=None),
                self.after,
                self.registry,
            ).correct
        work = self.resolver.works.get(key)
        if work is None or gold.speaker is None:
            return False
        if gold.actor is not None and work.actor is not None:
            return bool(work.actor.id == gold.actor)
        names = {fold(n) for n in [work.name, *work.names]}
        return any(fold(n) in names for n in gold.names)

    def actor_of(self, key: str | None) -> str | None:
        if key is None:
            return None
        e = self.entities.get(key)
        if e is not None:
            return e.actor_id
        actor = self.resolver.works[key].actor
        return actor.id if actor is not None else None

    def name_of(self, key: str | None) -> str:
        if key is None:
            return "(unresolved)"
        e = self.entities.get(key)
        return e.name if e is not None else self.resolver.works[key].name


def gold_instances(gold: Any, pre: Analysis, registry: ActorRegistry) -> list[Instance]:
    """The war-news gold's pronoun and title speakers matched by the pipeline's statements."""
    f = Featurizer(pre, registry)
    index = TextIndex(pre.article.text)
    pairs = _align_view(index, list(gold.statements), list(f.after.statements))
    found = [
        (
            _as_speaker(gold.name, gold.statements[gi]),
            gold.statements[gi].speaker_type,
            f.after.statements[pi],
        )
        for gi, pi in pairs
    ]
    return _instances(f, gold.name, found)


def polnear_instances(
    name: str, items: Sequence[GoldSpeaker], pre: Analysis, registry: ActorRegistry
) -> list[Instance]:
    """The PolNeAR speaker annotation's pronoun and title speakers, matched as the eval does."""
    f = Featurizer(pre, registry)
    found = []
    for item in items:
        s = speaker_gold.match_statement(item, f.after.statements)
        if s is not None:
            found.append((item, item.type, s))
    return _instances(f, "polnear:" + name, found)


def _instances(
    f: Featurizer, article: str, found: Sequence[tuple[GoldSpeaker, str, Statement]]
) -> list[Instance]:
    out = []
    for g, kind, s in found:
        if kind not in {"pronoun", "title"}:
            continue
        rules_ok = f.judge_key(g, s, s.speaker_entity)
        rules = "right" if rules_ok else ("unresolved" if s.speaker_entity is None else "wrong")
        got = f.candidates(s) if s.speaker is not None else None
        order, x = got if got is not None else ([], np.zeros((0, len(FEATURES))))
        out.append(
            Instance(
                article=article,
                kind=kind,
                mention=s.speaker.text if s.speaker is not None else "",
                candidates=order,
                names=[f.name_of(k) for k in order],
                x=x,
                right=[f.judge_key(g, s, k) for k in order],
                rules=rules,
                rules_name=f.name_of(s.speaker_entity),
                none_right=g.speaker is None,
                at=s.speaker.span.start if s.speaker is not None else 0,
            )
        )
    return out
