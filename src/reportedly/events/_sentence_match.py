"""Match a whole sentence: run every matcher, keep one rule per token, link frames to the
events in their complements."""

from __future__ import annotations

from reportedly.events._match import (
    COMPLEMENT_DEPS,
    PRIORITY,
    Match,
    fitting_rule,
    match_adjectives,
    match_intents,
    match_nouns,
    match_obligations,
    match_phrases,
    match_verbs,
)
from reportedly.events._tree import Sentence
from reportedly.events.lexicon import EventLexicon
from reportedly.model import Token


def _complement_below(sentence: Sentence, token: Token, top: Token) -> bool:
    """Whether ``token`` heads a complement clause of ``top`` (through xcomp/ccomp only: an
    event in a relative clause, "the conditions that Biden put forward", stays presupposed)."""
    current = token
    while current.dep in ("xcomp", "ccomp") and (head := sentence.head(current)) is not None:
        if head.i == top.i:
            return True
        current = head
    return False


def _idiom_tokens(sentence: Sentence, lexicon: EventLexicon) -> set[int]:
    """Tokens inside an idiom that is no event ("make ends meet")."""
    tokens = [t for t in sentence if t.pos != "SPACE"]
    lemmas = [t.lemma.lower() for t in tokens]
    found: set[int] = set()
    for start in range(len(tokens)):
        for idiom in lexicon.idioms:
            if tuple(lemmas[start : start + len(idiom)]) == idiom:
                found.update(t.i for t in tokens[start : start + len(idiom)])
    return found


def match_sentence(sentence: Sentence, lexicon: EventLexicon) -> list[Match]:
    matches = [
        *match_phrases(sentence, lexicon),
        *match_intents(sentence, lexicon),
        *match_obligations(sentence, lexicon),
        *match_nouns(sentence, lexicon),
        *match_verbs(sentence, lexicon),
        *match_adjectives(sentence, lexicon),
    ]
    # one match per trigger token: phrases beat frames beat nouns beat verbs
    matches.sort(key=lambda m: (-PRIORITY[m.kind], m.trigger[0].i))
    kept: list[Match] = []
    taken: set[int] = _idiom_tokens(sentence, lexicon) if lexicon.idioms else set()
    for match in matches:
        if match.token_ids & taken:
            continue
        taken |= match.token_ids
        kept.append(match)
    by_token = {t.i: m for m in kept for t in m.trigger}
    for match in kept:
        if match.complement is None:
            for kid in sentence.children(match.head, *COMPLEMENT_DEPS):
                inner = by_token.get(kid.i)
                if inner is not None and inner is not match and match.kind != "intent":
                    inner.governor = match
                    match.inner = match.inner or inner
            continue
        inner = by_token.get(match.complement.i)
        if inner is None and match.kind == "intent" and not match.anaphoric:
            rule = fitting_rule(sentence, match.complement, lexicon.verbs, lexicon, relaxed=True)
            if rule is not None:
                inner = Match(
                    kind="verb",
                    rule=rule,
                    trigger=(match.complement,),
                    anchor=match.complement,
                    head=match.complement,
                )
        if inner is not None and inner is not match:
            match.inner = inner
            inner.governor = match
        if match.kind == "intent":
            # "prepared to help Kyiv negotiate": what the intended act leads to is not
            # asserted either
            for other in kept:
                if (
                    other is not match
                    and other is not inner
                    and other.governor is None
                    and _complement_below(sentence, other.trigger[0], match.complement)
                ):
                    other.governor = match
    # an intent with nothing to intend falls back to its head's own rule ("promised that ...")
    result: list[Match] = []
    for match in kept:
        if match.kind == "intent" and match.inner is None and match.inner_type is None:
            if match.anaphoric or (
                match.complement is not None
                and match.trigger[0].lemma.lower() in lexicon.refusal_heads
            ):
                result.append(match)
                continue
            head = match.trigger[0]
            rule = fitting_rule(sentence, head, lexicon.verbs, lexicon)
            if rule is not None and head.pos == "VERB":
                result.append(
                    Match(kind="verb", rule=rule, trigger=(head,), anchor=head, head=head)
                )
            continue
        result.append(match)
    return sorted(result, key=lambda m: m.trigger[0].i)
