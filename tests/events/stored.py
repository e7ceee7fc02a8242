"""A small hand-built analysis with events, saved to a store (no spaCy needed)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportedly.model import (
    Analysis,
    Article,
    DateValue,
    Event,
    EventActor,
    Mention,
    Span,
    Statement,
)
from reportedly.store import Store

TEXT = (
    "Russia rejected the US plan on Monday. "
    'Biden said: "We will talk if Moscow withdraws its troops." '
    "Kyiv asked NATO for air defence."
)


def _span(needle: str, start: int = 0) -> Span:
    i = TEXT.index(needle, start)
    return Span(i, i + len(needle))


def _sentence(first: str) -> Span:
    start = TEXT.index(first)
    return Span(start, TEXT.index(".", start) + 1)


def analysis(published: date | None = date(2023, 3, 8)) -> Analysis:
    """Three events: a dated REJECT, a conditional offer in a statement, a REQUEST."""
    aid = Article.make_id(TEXT)
    quote = _span("We will talk if Moscow withdraws its troops.")
    statement = Statement(
        id=Statement.make_id(aid, (quote,), "direct"),
        kind="direct",
        content=(quote,),
        quotes=(quote,),
        cue=_span("said"),
        speaker=Mention(span=_span("Biden"), text="Biden", label="PERSON"),
    )
    russia = EventActor(
        text="Russia", span=_span("Russia"), actor_id="country-russia", name="Russia", code="RUS"
    )
    usa = EventActor(
        text="US", span=_span("US"), actor_id="country-usa", name="United States", code="USA"
    )
    biden = EventActor(
        text="Biden",
        span=_span("Biden"),
        actor_id="biden-joe",
        name="Joe Biden",
        code="USA",
        sector="GOV",
    )
    moscow = EventActor(
        text="Moscow", span=_span("Moscow"), actor_id="country-russia", name="Russia", code="RUS"
    )
    kyiv = EventActor(
        text="Kyiv", span=_span("Kyiv"), actor_id="country-ukraine", name="Ukraine", code="UKR"
    )
    nato = EventActor(text="NATO", span=_span("NATO"), actor_id="nato", name="NATO", code="IGO")
    monday = DateValue(
        text="on Monday",
        value=date(2023, 3, 6),
        granularity="day",
        year_known=True,
        uncertain=False,
        month=3,
        day=6,
    )
    condition = _span("if Moscow withdraws its troops")
    events = (
        Event(
            id=Event.make_id(aid, "REJECT", _span("rejected")),
            type="REJECT",
            source=russia,
            target=usa,
            evidence=_sentence("Russia rejected"),
            trigger=_span("rejected"),
            date=monday if published else None,
            cameo="120",
            rule="verb:reject",
            confidence=0.8,
        ),
        Event(
            id=Event.make_id(aid, "AGREE", _span("talk")),
            type="AGREE",
            source=biden,
            target=moscow,
            evidence=_sentence("Biden said"),
            trigger=_span("talk"),
            statement=statement.id,
            context=("diplomatic", "future"),
            condition=condition,
            cameo="036",
            rule="intent:talk",
            confidence=0.75,
        ),
        Event(
            id=Event.make_id(aid, "RETREAT", _span("withdraws")),
            type="RETREAT",
            mode="withdraw",
            source=moscow,
            target=None,
            evidence=_sentence("Biden said"),
            trigger=_span("withdraws"),
            statement=statement.id,
            modality="conditional",
            condition=condition,
            rule="verb:withdraw",
            confidence=0.8,
        ),
        Event(
            id=Event.make_id(aid, "REQUEST", _span("asked")),
            type="REQUEST",
            mode="assist",
            source=kyiv,
            target=nato,
            evidence=_sentence("Kyiv asked"),
            trigger=_span("asked"),
            location="Kyiv",
            location_span=_span("Kyiv"),
            cameo="1011",
            rule="verb:ask",
            confidence=0.8,
        ),
    )
    return Analysis(
        article=Article(
            id=aid,
            text=TEXT,
            title="Talks",
            outlet="Example News",
            url="https://example.org/a",
            published=published,
            source="hand-built",
        ),
        statements=(statement,),
        events=events,
    )


def saved(path: Path, published: date | None = date(2023, 3, 8)) -> Analysis:
    """Save :func:`analysis` to a new store at ``path`` and return it."""
    a = analysis(published)
    with Store.open(path) as store:
        store.save(a)
    return a
