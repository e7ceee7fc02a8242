"""Nested Russian/Ukrainian statements that are only their reporter's own clause.

docs/gold-guide.md, "Nesting": the speaker's own clause inside their statement is no
statement of its own. In Russian and Ukrainian it takes three forms:

- a first person anywhere in the reporter's words ("«… Мы также делились …», — сказал он",
  "«Я уверен, что …»"), as English's :func:`~reportedly.attribution._nesting.own_clause_fragments`;
- the reporter again, resolved to the same actor ("По мнению Washington Post" in the Post's
  own statement, "за її інформацією" in hers);
- inside the reporter's quote, the side the reporter speaks for: their country, its
  government or a body they hold office in or belong to ("«Соединенные Штаты объявляют …»,
  — сказал Байден", "«… Німеччина сподівається …»" from a German minister).

Runs after the actors stage, which settles the registry actor each speaker is.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reportedly.actors.records import Actor
from reportedly.actors.registry import ActorRegistry
from reportedly.actors.slavic import match_actor
from reportedly.attribution._nesting import without
from reportedly.attribution.slavic.lexicon import Lang
from reportedly.errors import NotFound
from reportedly.model import Entity, Statement

# a collective a speaker may call their own side ("we"); a person or outlet is someone else
_SIDES = frozenset({"country", "government", "international_body", "military"})


def own_clauses(
    statements: Sequence[Statement],
    entities: Iterable[Entity],
    registry: ActorRegistry,
    first_person: frozenset[str],
    lang: Lang,
) -> list[Statement]:
    """``statements`` without the nested ones that are their reporter's own clause; a
    statement nested in a dropped one is re-attached to the dropped one's reporter."""
    by_id = {s.id: s for s in statements}
    actor_of = {e.id: e.actor_id for e in entities if e.actor_id}
    dropped: set[str] = set()
    for s in statements:
        outer = by_id.get(s.reported_by or "")
        if outer is None or s.cue is None:
            continue
        in_words = any(c.contains(s.cue) for c in outer.content)
        in_quote = any(q.contains(s.cue) for q in outer.quotes)
        mention = s.speaker.text.strip().casefold() if s.speaker is not None else ""
        inner = actor_of.get(s.speaker_entity or "")
        if inner is None and in_quote and s.speaker is not None:  # no entity: its own name
            found = match_actor(registry, s.speaker.text.strip(), lang=lang)
            inner = found.id if found is not None else None
        reporter = actor_of.get(outer.speaker_entity or "")
        same = s.speaker_entity is not None and s.speaker_entity == outer.speaker_entity
        if (
            (in_words and mention in first_person)
            or (in_words and same)
            or (in_quote and inner and reporter and inner in _sides(registry, reporter))
        ):
            dropped.add(s.id)
    return without(statements, dropped)


def _sides(registry: ActorRegistry, actor_id: str) -> set[str]:
    """The collectives ``actor_id`` speaks for: its country and that country's government,
    the bodies it holds an office in, and what each of them is a member of."""
    actor = _actor(registry, actor_id)
    if actor is None:
        return set()
    found: set[str] = set()
    todo = [r.org for r in actor.roles if r.org] + list(actor.member_of)
    if actor.country:
        home = registry.country(actor.country)
        if home is not None:
            todo.append(home.id)
        todo += [
            a.id
            for a in registry
            if a.type in ("government", "military") and a.country == actor.country
        ]
    while todo:
        side = todo.pop()
        if side in found:
            continue
        body = _actor(registry, side)
        if body is None:
            continue
        if body.type in _SIDES:
            found.add(side)
        todo += list(body.member_of)
    return found


def _actor(registry: ActorRegistry, actor_id: str) -> Actor | None:
    try:
        return registry.by_id(actor_id)
    except NotFound:
        return None
