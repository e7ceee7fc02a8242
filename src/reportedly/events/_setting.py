"""Where and when an event happened, and which statement reports it."""

from __future__ import annotations

from datetime import date

from reportedly.events._match import Match
from reportedly.events._participants import _Actors
from reportedly.events._tree import Sentence
from reportedly.events.dates import DateValue, normalize_date
from reportedly.model import Annotation, Span, Statement, Token

_LOCATION_PREPS = frozenset({"in", "near", "at", "over", "across", "outside", "inside", "around"})
_LOCATION_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _statement_for(statements: tuple[Statement, ...], span: Span) -> Statement | None:
    inside = [s for s in statements if any(c.contains(span) for c in s.content)]
    if not inside:
        return None
    return min(inside, key=lambda s: len(s.extent))


def _location(
    sentence: Sentence, match: Match, chain: list[Token], actors: _Actors
) -> tuple[str | None, Span | None]:
    places: list[Token] = []
    if match.rule.place_object:
        places.extend(sentence.children(match.head, "dobj"))
    for token in chain:
        for prep in sentence.children(token, "prep"):
            if prep.lemma.lower() in _LOCATION_PREPS or (
                match.rule.place_object and prep.lemma.lower() == "from"
            ):
                places.extend(
                    o for o in sentence.children(prep, "pobj") if o.ent_type in _LOCATION_LABELS
                )
    for place in places:
        span = sentence.phrase(place)
        return span.text(actors.text), span
    return None, None


def _event_date(
    sentence: Sentence,
    chain: list[Token],
    dates: list[tuple[Token, DateValue]],
) -> DateValue | None:
    ids = {t.i for t in chain}
    for governor, value in dates:
        if governor.i in ids:
            return value
    return None


def _sentence_dates(
    sentence: Sentence, annotation: Annotation, text: str, published: date | None
) -> list[tuple[Token, DateValue]]:
    found: list[tuple[Token, DateValue]] = []
    for mention in annotation.entities:
        if mention.label != "DATE" or not sentence.span.contains(mention.span):
            continue
        inside = [t for t in sentence if mention.span.contains(t.span)]
        if not inside:
            continue
        root = next(
            (t for t in inside if not mention.span.contains(_span_of(sentence, t.head))), inside[0]
        )
        governor: Token | None = root
        while governor is not None and governor.pos not in ("VERB", "AUX"):
            governor = sentence.head(governor)
        if governor is None:
            continue
        value = normalize_date(mention.span.text(text), published=published, sentence=sentence.text)
        found.append((governor, value))
    return found


def _span_of(sentence: Sentence, i: int) -> Span:
    token = sentence.tokens.get(i)
    return token.span if token is not None else Span(0, 0)
