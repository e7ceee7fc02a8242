"""Hand-built analyses for the store and serialize tests (no spaCy needed)."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from importlib import resources
from typing import Any

import pytest
from hypothesis import strategies as st

from reportedly.model import (
    STATEMENT_ACTS,
    STATEMENT_KINDS,
    Analysis,
    Article,
    Citation,
    Entity,
    Mention,
    Section,
    Skip,
    Span,
    Statement,
    StatementAct,
)
from reportedly.store import Store, statement_reads
from reportedly.store.sqlite_select import tally_acts


def find(text: str, needle: str, start: int = 0) -> Span:
    """The span of the first ``needle`` in ``text`` at or after ``start``."""
    i = text.index(needle, start)
    return Span(i, i + len(needle))


def sample_analysis() -> Analysis:
    """The canonical sample article with a few statements and citations, built by hand."""
    ref = resources.files("reportedly") / "examples" / "up-kremlin-response-to-biden-conditions.txt"
    text = ref.read_text(encoding="utf-8")
    aid = Article.make_id(text)
    title = text.split("\n", 1)[0]
    peskov = find(text, "Peskov, press secretary")
    q1 = find(text, "You have quoted only part of Joe Biden’s statement.")
    q1b = find(text, "The US, as before, does not recognise")
    q1b = Span(q1b.start, text.index("discussion.", q1b.start) + len("discussion."))
    quote2 = find(text, "always has been, is and will be open for negotiations in order")
    quote2 = Span(quote2.start, text.index("interests", quote2.start) + len("interests"))
    putin = find(text, "Putin", text.index("According to Peskov"))
    content2 = Span(putin.start, quote2.end)
    s1 = Statement(
        id=Statement.make_id(aid, (q1, q1b), "direct"),
        kind="direct",
        content=(q1, q1b),
        quotes=(q1, q1b),
        cue=find(text, "Quote from"),
        speaker=Mention(span=Span(peskov.start, peskov.start + 6), text="Peskov", label="PERSON"),
        speaker_entity="dmitry-peskov",
        confidence=0.9,
    )
    s2 = Statement(
        id=Statement.make_id(aid, (content2,), "mixed"),
        kind="mixed",
        content=(content2,),
        quotes=(quote2,),
        cue=find(text, "According to"),
        speaker=Mention(
            span=find(text, "Peskov", text.index("According to")), text="Peskov", label="PERSON"
        ),
        speaker_entity="dmitry-peskov",
        confidence=0.8,
        speaker_confidence=0.978,
    )
    src = find(text, "Source:")
    ria = find(text, "RIA Novosti")
    return Analysis(
        article=Article(
            id=aid,
            text=text,
            title=title,
            outlet="Ukrainska Pravda",
            url="https://www.pravda.com.ua/eng/news/2022/12/2/7378868/",
            published=date(2022, 12, 2),
            authors=("Ukrainska Pravda",),
            source="up-kremlin-response-to-biden-conditions.txt",
            title_span=Span(0, len(title)),
            sections=(Section(label="Source", label_span=Span(src.start, src.end - 1), body=ria),),
            dropped=("Journalists fight on their own frontline.",),
        ),
        entities=(
            Entity(
                id="dmitry-peskov",
                name="Dmitry Peskov",
                kind="person",
                mentions=(s1.speaker.span, s2.speaker.span),  # type: ignore[union-attr]
                roles=("press secretary of the Russian President",),
            ),
            Entity(
                id="joe-biden", name="Joe Biden", kind="person", mentions=(find(text, "Joe Biden"),)
            ),
        ),
        statements=(s1, s2),
        citations=(
            Citation(
                id="c1",
                kind="source_line",
                outlet="RIA Novosti",
                span=ria,
                cue=src,
                description="Kremlin-aligned news outlet",
                statements=(s1.id, s2.id),
            ),
        ),
        skipped=(Skip(stage="events", code="E601", reason="no event pattern", span=q1b),),
        versions={"reportedly": "0.1.0", "attribution": "rules.v1"},
    )


def make_analysis(
    text: str,
    *,
    published: date | None = None,
    outlet: str | None = None,
    said: tuple[tuple[str, str, str], ...] = (),
    cited: tuple[tuple[str, tuple[int, ...]], ...] = (),
    acts: tuple[tuple[StatementAct, bool], ...] = (),
) -> Analysis:
    """An analysis of ``text`` with ``said`` = (speaker, content, kind) statements found in it.

    ``cited`` = (outlet, indexes of the statements it covers) citations; speakers become
    entities named after them. ``acts`` = (act, negated) of the statements, in order
    (default: speech, not negated).
    """
    aid = Article.make_id(text)
    statements = []
    entities = []
    for n, (speaker, content, kind) in enumerate(said):
        act, negated = acts[n] if n < len(acts) else ("speech", False)
        span = find(text, content)
        who = find(text, speaker)
        eid = speaker.lower().replace(" ", "-")
        entities.append(Entity(id=eid, name=speaker.upper(), kind="person", mentions=(who,)))
        statements.append(
            Statement(
                id=Statement.make_id(aid, (span,), kind),
                kind=kind,  # type: ignore[arg-type]
                content=(span,),
                speaker=Mention(span=who, text=speaker, label="PERSON"),
                speaker_entity=eid,
                act=act,
                negated=negated,
            )
        )
    citations = tuple(
        Citation(
            id=f"c{i}",
            kind="according_to",
            outlet=name,
            span=Span(0, 1),
            statements=tuple(statements[j].id for j in covered),
        )
        for i, (name, covered) in enumerate(cited)
    )
    unique = {e.id: e for e in entities}
    return Analysis(
        article=Article(id=aid, text=text, outlet=outlet, published=published, source=f"t:{aid}"),
        entities=tuple(unique.values()),
        statements=tuple(statements),
        citations=citations,
    )


# ---------------------------------------------------------------------------------------
# Hypothesis: arbitrary analyses whose spans are all valid for their text

_name = st.text(min_size=0, max_size=12)


@st.composite
def spans(draw: st.DrawFn, text: str) -> Span:
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return Span(start, end)


@st.composite
def analyses(draw: st.DrawFn) -> Analysis:
    text = draw(st.text(min_size=1, max_size=200))
    aid = Article.make_id(text)
    span = spans(text)
    opt_span = st.none() | span
    entity_ids = draw(st.lists(st.text(min_size=1, max_size=8), max_size=4, unique=True))
    entities = tuple(
        Entity(
            id=eid,
            name=draw(_name),
            kind=draw(st.sampled_from(["person", "organisation", "country", "unknown"])),
            mentions=tuple(draw(st.lists(span, max_size=3))),
            roles=tuple(draw(st.lists(_name, max_size=2))),
        )
        for eid in entity_ids
    )
    statement_ids = draw(st.lists(st.text(min_size=1, max_size=8), max_size=4, unique=True))
    statements = []
    for sid in statement_ids:
        speaker = draw(st.none() | span)
        statements.append(
            Statement(
                id=sid,
                kind=draw(st.sampled_from(STATEMENT_KINDS)),
                content=tuple(draw(st.lists(span, min_size=1, max_size=3))),
                quotes=tuple(draw(st.lists(span, max_size=2))),
                cue=draw(opt_span),
                speaker=None
                if speaker is None
                else Mention(span=speaker, text=speaker.text(text), label=draw(_name)),
                speaker_entity=draw(st.none() | st.sampled_from(entity_ids or ["missing"])),
                reported_by=draw(st.none() | st.sampled_from(statement_ids)),
                confidence=draw(st.floats(0, 1)),
                act=draw(st.sampled_from(STATEMENT_ACTS)),
                negated=draw(st.booleans()),
                speaker_confidence=draw(st.none() | st.floats(0, 1)),
            )
        )
    citations = tuple(
        Citation(
            id=f"c{i}",
            kind=draw(st.sampled_from(["source_line", "according_to", "told", "reported"])),
            outlet=draw(_name),
            span=draw(span),
            cue=draw(opt_span),
            description=draw(st.none() | _name),
            statements=tuple(draw(st.lists(st.sampled_from(statement_ids), max_size=3)))
            if statement_ids
            else (),
        )
        for i in range(draw(st.integers(0, 3)))
    )
    return Analysis(
        article=Article(
            id=aid,
            text=text,
            title=draw(st.none() | _name),
            outlet=draw(st.none() | _name),
            url=draw(st.none() | _name),
            published=draw(st.none() | st.dates()),
            authors=tuple(draw(st.lists(_name, max_size=2))),
            language=draw(st.sampled_from(["en", "uk", "ru"])),
            source=draw(_name),
            title_span=draw(opt_span),
            sections=tuple(
                Section(label=draw(_name), label_span=draw(span), body=draw(span))
                for _ in range(draw(st.integers(0, 2)))
            ),
            dropped=tuple(draw(st.lists(_name, max_size=2))),
        ),
        entities=entities,
        statements=tuple(statements),
        citations=citations,
        skipped=tuple(
            Skip(stage=draw(_name), code="E201", reason=draw(_name), span=draw(opt_span))
            for _ in range(draw(st.integers(0, 2)))
        ),
        versions=draw(st.dictionaries(_name, _name, max_size=2)),
    )


def said_in(text: str, language: str, speaker: str, content: str) -> Analysis:
    """An article in ``language`` where ``speaker`` says ``content`` (a direct quote)."""
    aid = Article.make_id(text)
    span = Span(text.index(content), text.index(content) + len(content))
    who = Span(text.index(speaker), text.index(speaker) + len(speaker))
    statement = Statement(
        id=Statement.make_id(aid, (span,), "direct"),
        kind="direct",
        content=(span,),
        speaker=Mention(span=who, text=speaker, label="PERSON"),
    )
    article = Article(id=aid, text=text, language=language, source=f"t:{language}")
    return Analysis(article=article, statements=(statement,))


ENGLISH_SAID = said_in("Peskov said: “Talks are possible.”", "en", "Peskov", "Talks are possible.")
UKRAINIAN_SAID = said_in(
    "Пєсков заявив: «Переговори можливі».", "uk", "Пєсков", "Переговори можливі"
)
RUSSIAN_SAID = said_in(
    "Песков заявил: «Переговоры возможны».", "ru", "Песков", "Переговоры возможны"
)
# one quote by Peskov in each language (the --lang / lang= filter tests)
LANGUAGES_CORPUS = (ENGLISH_SAID, UKRAINIAN_SAID, RUSSIAN_SAID)


SEARCH_WORDS = ("talks", "border", "grain", "drone", "veto", "summit")
SEARCH_NAMES = ("Anna Kovenko", "Boris Marova", "Carla Selsky")
SEARCH_KINDS = ("direct", "indirect", "mixed")


def search_analysis(rng: random.Random, i: int) -> Analysis:
    """Article ``i`` of a store to search: a few statements of words from :data:`SEARCH_WORDS` by
    :data:`SEARCH_NAMES`, several articles a day and some undated, so sort keys tie."""
    pieces: list[str] = []
    said: list[tuple[Span, Span, str, str]] = []
    pos = 0
    for _ in range(rng.randint(1, 6)):
        name = rng.choice(SEARCH_NAMES)
        content = " ".join(rng.choice(SEARCH_WORDS) for _ in range(rng.randint(2, 6)))
        piece = f'{name} said: "{content}." '
        start = pos + len(name) + len(' said: "')
        said.append((Span(pos, pos + len(name)), Span(start, start + len(content)), name, content))
        pieces.append(piece)
        pos += len(piece)
    text = f"Report {i}. " + "".join(pieces)
    shift = len(f"Report {i}. ")
    aid = Article.make_id(text)
    statements = []
    for who, body, name, _ in said:
        body = Span(body.start + shift, body.end + shift)
        kind = rng.choice(SEARCH_KINDS)
        statements.append(
            Statement(
                id=Statement.make_id(aid, (body,), kind),
                kind=kind,  # type: ignore[arg-type]
                content=(body,),
                speaker=Mention(
                    span=Span(who.start + shift, who.end + shift), text=name, label="PERSON"
                ),
            )
        )
    # a few undated articles and several articles per day, so ties in the sort key occur
    published = None if i % 7 == 0 else date(2022, 1, 1) + timedelta(days=rng.randrange(6))
    return Analysis(
        article=Article(id=aid, text=text, published=published, outlet=f"Outlet {i % 3}"),
        statements=tuple(statements),
    )


def statement_pages(store: Store, size: int, **filters: Any) -> list[tuple[list[str], str | None]]:
    """Every page of ``store.statements(**filters)`` of ``size``: its ids and its cursor."""
    pages = []
    cursor = None
    while True:
        page = store.statements(limit=size, after=cursor, **filters)
        pages.append(([r["statement_id"] for r in page.items], page.cursor))
        cursor = page.cursor
        if cursor is None:
            return pages


def counting_tallies(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record the search of each tally the store really counts (not the kept ones)."""
    counted: list[str] = []

    def counting(conn: Any, f: Any, sure: Any, cap: Any = None) -> Any:
        counted.append(str(f.search))
        return tally_acts(conn, f, sure, cap)

    monkeypatch.setattr(statement_reads, "tally_acts", counting)
    return counted


@contextmanager
def memory_store(
    make: Callable[[random.Random, int], Analysis], seed: int, count: int = 40
) -> Iterator[Store]:
    """An in-memory store holding ``count`` analyses made by ``make`` from one seeded random."""
    rng = random.Random(seed)
    with Store.open(":memory:") as s:
        for i in range(count):
            s.save(make(rng, i))
        yield s
