"""A synthetic news world for the API benchmarks: actors, outlets, vocabulary and analysed articles.

Realistic means what the queries meet in a real store: outlets from the outlet registry and
made-up ones, cited sources, publication dates over twelve years (more of them recent, a few
undated), actors of Zipf-like frequency (registry actors at the top, then people and bodies
known only from articles), texts whose words search hits often or rarely, direct, indirect and
mixed quotes, nested statements (A said that B told …), belief and intent acts, negated cues, a
spread of confidences, and events. The same seed, scale and article number always make the
same article (``bench/generate_store.py`` stores them).
"""

from __future__ import annotations

import bisect
import itertools
import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from reportedly.actors.registry import default_registry as default_actors
from reportedly.attribution.speakers import slugify
from reportedly.model import (
    EVENT_TYPES,
    Analysis,
    Article,
    Citation,
    Entity,
    Event,
    EventActor,
    Mention,
    Span,
    Statement,
)
from reportedly.provenance.outlets import default_registry as default_outlets

ACTORS = 20_000
FIRST_DAY = date(2015, 1, 1)
DAYS = (date(2026, 11, 30) - FIRST_DAY).days
TOPICS = (  # noqa: SIM905 - a word list reads better as text
    "negotiations troops border ceasefire sanctions grain energy talks missile drone election "
    "parliament budget reform corruption embassy treaty summit aid refugees shelling pipeline "
    "inflation currency exports harvest convoy frontline reserves mobilisation diplomacy veto "
    "offensive artillery evacuation humanitarian corridor prisoners exchange referendum "
    "annexation blockade tariffs gas oil nuclear reactor satellite cyberattack hackers "
    "propaganda journalists censorship protest opposition verdict court investigation "
    "ministry spokesperson envoy delegation agreement proposal deadline ultimatum"
).split()
COMMON = (  # noqa: SIM905
    "the a of to and in that it is was for on are with as be this by at from have not but "
    "they we there been has would will could should their our more new people country war "
    "government president minister city region forces support situation week year today"
).split()
CUES = {
    "speech": ("said", "told reporters", "stated", "added", "announced", "claimed", "warned"),
    "belief": ("believes", "thinks", "is convinced", "doubts"),
    "intent": ("plans", "intends", "promised", "vowed"),
    "other": ("found", "showed", "noticed"),
}
ACTS = ("speech", "belief", "intent", "other")
ACT_WEIGHTS = (82, 8, 6, 4)
KINDS = ("direct", "indirect", "mixed")
KIND_WEIGHTS = (40, 45, 15)
SYLLABLES = [a + b for a in "bdfgklmnprstvz" for b in "aeiou"]
EVENT_VERBS = {t: t.lower() for t in EVENT_TYPES}


@dataclass(frozen=True, slots=True)
class Cast:
    """One actor the generator can name: how an article's entity for it looks."""

    entity_id: str
    name: str
    surname: str
    kind: str
    actor_id: str | None  # a registry id, or None for an actor known only from articles


@dataclass(frozen=True, slots=True)
class World:
    """Everything shared by the articles of one seed and scale."""

    actors: tuple[Cast, ...]
    actor_weights: tuple[float, ...]  # cumulative, Zipf-like
    outlets: tuple[tuple[str, str | None], ...]  # name, registry id
    outlet_weights: tuple[float, ...]
    words: tuple[str, ...]
    word_weights: tuple[float, ...]


def _zipf(n: int, s: float) -> tuple[float, ...]:
    return tuple(itertools.accumulate(1.0 / (r + 1) ** s for r in range(n)))


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def make_world(seed: int, scale: float) -> World:
    """The actors, outlets and vocabulary of a store of ``scale`` (1: 20k actors)."""
    rng = random.Random(seed)
    registry = [a for a in default_actors() if a.type in ("person", "government", "military")]
    rng.shuffle(registry)
    n_actors = max(50, round(ACTORS * scale))
    cast: list[Cast] = [
        Cast(a.id, a.name, a.name.split()[-1], a.type, a.id) for a in registry[: n_actors // 10]
    ]
    first = sorted({_word(rng).capitalize() for _ in range(400)})
    last = sorted(
        {_word(rng).capitalize() + rng.choice(("ov", "enko", "son", "ez", "")) for _ in range(600)}
    )
    names: set[str] = set()
    while len(cast) < n_actors:
        if rng.random() < 0.85:
            name = f"{rng.choice(first)} {rng.choice(last)}"
            kind = "person"
        else:
            name = f"{rng.choice(last)} {rng.choice(('Council', 'Agency', 'Party', 'Institute'))}"
            kind = "organisation"
        if name in names:
            continue
        names.add(name)
        cast.append(
            Cast(slugify(name), name, name.split()[-1] if kind == "person" else name, kind, None)
        )
    top, rest = cast[:20], cast[20:]
    rng.shuffle(rest)  # registry actors lead, but not all of them
    cast = top + rest
    outlets: list[tuple[str, str | None]] = [(o.name, o.id) for o in default_outlets()]
    outlets += [
        (f"{rng.choice(('Daily', 'Evening', 'Morning', 'Weekly'))} {_word(rng).capitalize()}", None)
        for _ in range(150)
    ]
    rng.shuffle(outlets)
    vocabulary = sorted({_word(rng) for _ in range(30_000)} - set(TOPICS))
    rng.shuffle(vocabulary)
    # function words lead, topic words sit among the first two thousand, made-up words after
    ranked = list(TOPICS) + vocabulary[:2000]
    rng.shuffle(ranked)
    words = tuple(COMMON + ranked + vocabulary[2000:])
    return World(
        actors=tuple(cast),
        actor_weights=_zipf(len(cast), 1.0),
        outlets=tuple(outlets),
        outlet_weights=_zipf(len(outlets), 0.8),
        words=words,
        word_weights=_zipf(len(words), 1.0),
    )


def _pick(rng: random.Random, weights: tuple[float, ...]) -> int:
    return bisect.bisect(weights, rng.random() * weights[-1])


class _Text:
    """An article text built piece by piece, handing back the span of each piece."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0

    def add(self, piece: str) -> Span:
        span = Span(self.pos, self.pos + len(piece))
        self.parts.append(piece)
        self.pos += len(piece)
        return span

    def text(self) -> str:
        return "".join(self.parts)


def _sentence(rng: random.Random, world: World, n: int) -> str:
    return " ".join(world.words[_pick(rng, world.word_weights)] for _ in range(n))


def make_analysis(world: World, seed: int, i: int) -> Analysis:
    """Synthetic article number ``i``: the same for the same world, seed and ``i``."""
    rng = random.Random(seed * 1_000_003 + i)
    n_speakers = rng.randint(1, 5)
    speakers: list[Cast] = []
    while len(speakers) < n_speakers:
        c = world.actors[_pick(rng, world.actor_weights)]
        if c not in speakers:
            speakers.append(c)
    bystanders = [world.actors[_pick(rng, world.actor_weights)] for _ in range(rng.randint(0, 3))]
    cast = speakers + [b for b in bystanders if b not in speakers]
    mentions: dict[str, list[Span]] = {c.entity_id: [] for c in cast}
    t = _Text()
    topic = rng.choice(TOPICS)
    title = f"{topic.capitalize()}: {_sentence(rng, world, rng.randint(4, 9))}"
    t.add(title + "\n\n")
    t.add(_sentence(rng, world, rng.randint(12, 30)).capitalize() + f" {topic}.\n\n")
    seen: set[str] = set()

    def name(c: Cast) -> None:
        written = c.surname if c.entity_id in seen else c.name
        seen.add(c.entity_id)
        mentions[c.entity_id].append(t.add(written))

    for b in bystanders:
        name(b)
        t.add(f" was also named in the report on {_sentence(rng, world, 5)}.\n\n")
    aid_parts: list[tuple[Any, ...]] = []
    for _ in range(rng.randint(4, 16) - (1 if rng.random() < 0.08 else 0)):
        who = rng.choice(speakers) if rng.random() > 0.08 else None
        act = ACTS[bisect.bisect(list(itertools.accumulate(ACT_WEIGHTS)), rng.random() * 100)]
        kind = rng.choices(KINDS, KIND_WEIGHTS)[0] if act == "speech" else "indirect"
        start = t.pos
        if who is None:
            t.add("Officials")
        else:
            name(who)
        speaker_span = Span(start, t.pos)
        negated = rng.random() < 0.03
        t.add(" did not say" if negated else " ")
        cue = t.add("" if negated else rng.choice(CUES[act]))
        if negated:
            cue = Span(cue.start - 3, cue.start)  # "say"
        words = _sentence(rng, world, rng.randint(8, 24))
        if rng.random() < 0.35:
            words += " " + rng.choice(TOPICS)
        nested = who is not None and act == "speech" and rng.random() < 0.08
        inner = None
        if kind == "direct":
            t.add(': "')
            body = t.add(words)
            t.add('."\n\n')
            quotes: tuple[Span, ...] = (body,)
        elif kind == "mixed":
            t.add(" that ")
            head = t.add(words)
            t.add(' "')
            quote = t.add(_sentence(rng, world, rng.randint(3, 8)))
            t.add('".\n\n')
            body, quotes = Span(head.start, quote.end), (quote,)
        else:
            t.add(" that ")
            body = t.add(words)
            if nested:
                t.add(", and that ")
                other = rng.choice(cast)
                inner_start = t.pos
                name(other)
                t.add(" ")
                inner_cue = t.add("had told him")
                t.add(" ")
                inner_body = t.add(_sentence(rng, world, rng.randint(6, 14)))
                body = Span(body.start, inner_body.end)
                inner = (other, Span(inner_start, inner_cue.start - 1), inner_cue, inner_body)
            t.add(".\n\n")
            quotes = ()
        aid_parts.append((who, speaker_span, cue, body, quotes, kind, act, negated, inner))
    if rng.random() < 0.4:
        t.add("According to ")
        src_name, src_id = world.outlets[_pick(rng, world.outlet_weights)]
        cited_span = t.add(src_name)
        t.add(".\n")
    else:
        cited_span, src_name, src_id = None, "", None
    events_raw: list[tuple[str, Cast, Cast, Span, Span]] = []
    if rng.random() < 0.3 and len(cast) > 1:
        for _ in range(rng.randint(1, 2)):
            src, dst = rng.sample(cast, 2)
            ev_start = t.pos
            name(src)
            t.add(" ")
            kind_of = rng.choice(EVENT_TYPES)
            trigger = t.add(EVENT_VERBS[kind_of])
            t.add(" ")
            name(dst)
            t.add(f" over {_sentence(rng, world, 4)}.\n")
            events_raw.append((kind_of, src, dst, Span(ev_start, t.pos - 2), trigger))
    text = t.text()
    aid = Article.make_id(text)
    out: list[Statement] = []
    for who, speaker_span, cue, body, quotes, kind, act, negated, inner in aid_parts:
        sid = Statement.make_id(aid, (body,), kind)
        out.append(
            Statement(
                id=sid,
                kind=kind,
                content=(body,),
                quotes=quotes,
                cue=cue,
                speaker=Mention(
                    span=speaker_span,
                    text=text[speaker_span.start : speaker_span.end],
                    label="PERSON" if who is None or who.kind == "person" else "ORG",
                ),
                speaker_entity=None if who is None else who.entity_id,
                speaker_actor=None if who is None else who.actor_id,
                speaker_resolution="unresolved"
                if who is None
                else ("registry" if who.actor_id else "article"),
                confidence=round(min(1.0, max(0.05, rng.betavariate(5, 1.5))), 2),
                act=act,
                negated=negated,
            )
        )
        if inner is not None:
            other, inner_speaker, inner_cue, inner_body = inner
            out.append(
                Statement(
                    id=Statement.make_id(aid, (inner_body,), "indirect"),
                    kind="indirect",
                    content=(inner_body,),
                    cue=inner_cue,
                    speaker=Mention(
                        span=inner_speaker,
                        text=text[inner_speaker.start : inner_speaker.end],
                        label="PERSON",
                    ),
                    speaker_entity=other.entity_id,
                    speaker_actor=other.actor_id,
                    speaker_resolution="registry" if other.actor_id else "article",
                    reported_by=sid,
                    confidence=round(rng.uniform(0.4, 0.9), 2),
                )
            )
    entities = tuple(
        Entity(
            id=c.entity_id,
            name=c.name,
            kind=c.kind,  # type: ignore[arg-type]
            mentions=tuple(mentions[c.entity_id]),
            actor_id=c.actor_id,
            resolution="registry" if c.actor_id else "article",
        )
        for c in cast
        if mentions[c.entity_id]
    )
    citations: tuple[Citation, ...] = ()
    if cited_span is not None:
        covered = tuple(s.id for s in out if s.reported_by is None)[-rng.randint(1, 3) :]
        citations = (
            Citation(
                id="c0",
                kind="according_to",
                outlet=src_name,
                span=cited_span,
                statements=covered,
                outlet_id=src_id,
            ),
        )
    events = tuple(
        Event(
            id=f"{aid[:8]}-e{n}",
            type=kind_of,  # type: ignore[arg-type]
            source=EventActor(
                text=src.name if src.name in text else src.surname,
                actor_id=src.actor_id,
                name=src.name,
            ),
            target=EventActor(
                text=dst.name if dst.name in text else dst.surname,
                actor_id=dst.actor_id,
                name=dst.name,
            ),
            evidence=evidence,
            trigger=trigger,
            rule="bench",
            confidence=0.8,
        )
        for n, (kind_of, src, dst, evidence, trigger) in enumerate(events_raw)
    )
    day = (
        None if rng.random() < 0.01 else FIRST_DAY + timedelta(days=int(DAYS * rng.random() ** 0.6))
    )
    outlet, _ = world.outlets[_pick(rng, world.outlet_weights)]
    return Analysis(
        article=Article(
            id=aid,
            text=text,
            title=title,
            title_span=Span(0, len(title)),
            outlet=outlet,
            url=f"https://{slugify(outlet)}.example/{aid[:12]}",
            published=day,
            source=f"bench:{i}",
        ),
        entities=entities,
        statements=tuple(out),
        citations=citations,
        events=events,
    )
