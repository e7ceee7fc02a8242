"""Stores for the API and browser tests: the sample analysed by the real pipeline, plus a
hand-built article whose text, title, speaker and outlet are HTML/JS injection attempts."""

from __future__ import annotations

import warnings
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from reportedly.ingest import read_text
from reportedly.model import Analysis, Article, Citation, Entity, Mention, Span, Statement
from reportedly.store import Store

SAMPLE = "up-kremlin-response-to-biden-conditions.txt"
SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
XSS_OUTLET = '<b>Evil</b> "Outlet"'
SAMPLE_META = {"outlet": "Ukrainska Pravda", "published": "2022-12-02"}

with warnings.catch_warnings():
    # starlette asks for httpx2 when imported with httpx (pinned here); harmless for tests.
    warnings.simplefilter("ignore", UserWarning)
    from fastapi.testclient import TestClient as _TestClient


class TestClient(_TestClient):
    """Starlette's test client, addressing the app as a browser on this machine would
    (``localhost``; its default ``testserver`` is not a host the app answers)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("base_url", "http://localhost")
        super().__init__(*args, **kwargs)


__all__ = [
    "TRACED",
    "TRACE_ARTICLES",
    "TestClient",
    "build_store",
    "build_trace_store",
    "find",
    "peskov_id",
    "sample_analysis",
    "xss_analysis",
]

# Two reports of one quote a day apart: the second changes words ("continues", "military")
# and adds an editor's gloss; both run through the real pipeline.
TRACE_ARTICLES: tuple[tuple[str, dict[str, str]], ...] = (
    (
        "Kremlin responds to talks offer\n\nKremlin spokesman Dmitry Peskov told reporters on "
        'Friday: "The special military operation is ongoing. The best way to achieve our '
        "interests is by peaceful diplomatic means, and President Putin remains open to "
        'negotiations."\n\nSource: TASS',
        {"outlet": "TASS", "published": "2022-12-02"},
    ),
    (
        'Peskov rules out concessions\n\nDmitry Peskov, the Kremlin spokesman, said: "The '
        "special military operation continues. The best way to achieve our [Russia's - ed.] "
        "interests is by military means, and President Putin remains open to "
        'negotiations."\n\nSource: Kyiv Independent, citing RIA Novosti',
        {"outlet": "Kyiv Independent", "published": "2022-12-03"},
    ),
)
TRACED = "The best way to achieve our interests is by peaceful diplomatic means"


def find(text: str, needle: str, start: int = 0) -> Span:
    """The span of the first ``needle`` in ``text`` at or after ``start``."""
    i = text.index(needle, start)
    return Span(i, i + len(needle))


def sample_analysis() -> Analysis:
    """The bundled sample, read with an outlet and a date, through the real pipeline."""
    from reportedly.pipeline import Pipeline

    ref = resources.files("reportedly") / "examples" / SAMPLE
    article = read_text(ref.read_bytes(), source=SAMPLE, metadata=SAMPLE_META)
    return Pipeline().analyze(article)


def xss_analysis() -> Analysis:
    """An article whose every rendered string tries to inject markup or script."""
    text = (
        f"{SCRIPT} headline\n\n"
        f'Mallory said: "{SCRIPT} is fine". Then {IMG} appeared, according to {XSS_OUTLET}.'
    )
    aid = Article.make_id(text)
    quote = find(text, f"{SCRIPT} is fine")
    content2 = find(text, f"{IMG} appeared")
    who = find(text, "Mallory")
    s1 = Statement(
        id=Statement.make_id(aid, (quote,), "direct"),
        kind="direct",
        content=(quote,),
        quotes=(quote,),
        cue=find(text, "said"),
        speaker=Mention(span=who, text="Mallory", label="PERSON"),
        speaker_entity="mallory",
        confidence=0.9,
    )
    s2 = Statement(
        id=Statement.make_id(aid, (content2,), "indirect"),
        kind="indirect",
        content=(content2,),
        cue=find(text, "according to"),
        speaker=Mention(span=who, text="Mallory", label="PERSON"),
        speaker_entity="mallory",
        reported_by=s1.id,
        confidence=0.5,
    )
    return Analysis(
        article=Article(
            id=aid,
            text=text,
            title=f"{SCRIPT} headline",
            title_span=Span(0, len(SCRIPT) + 9),
            outlet=XSS_OUTLET,
            url="javascript:alert(1)",
            published=date(2023, 1, 5),
            source="hand-built",
        ),
        entities=(Entity(id="mallory", name=f"Mallory {IMG}", kind="person", mentions=(who,)),),
        statements=(s1, s2),
        citations=(
            Citation(
                id="cx",
                kind="according_to",
                outlet=XSS_OUTLET,
                description=SCRIPT,
                span=find(text, XSS_OUTLET),
                cue=find(text, "according to"),
                statements=(s2.id,),
            ),
        ),
    )


def peskov_id(analysis: Analysis) -> str:
    """The entity id the pipeline gave the spokesman (a slug or, with actors, a registry id)."""
    ids = {
        s.speaker_entity
        for s in analysis.statements
        if s.speaker is not None and s.speaker.text == "Peskov" and s.speaker_entity
    }
    if len(ids) != 1:
        raise AssertionError(f"expected one entity for Peskov's statements, got {ids}")
    return ids.pop()


def build_store(path: Path) -> tuple[Analysis, Analysis]:
    """Fill a new store at ``path`` with the sample and the injection article."""
    sample, xss = sample_analysis(), xss_analysis()
    with Store.open(path) as store:
        store.save(sample)
        store.save(xss)
    return sample, xss


def build_trace_store(path: Path) -> tuple[Analysis, ...]:
    """Fill a new store at ``path`` with :data:`TRACE_ARTICLES`, analysed by the pipeline."""
    from reportedly.pipeline import Pipeline

    pipeline = Pipeline()
    analyses = tuple(
        pipeline.analyze(read_text(text.encode("utf-8"), source=f"trace-{n}", metadata=meta))
        for n, (text, meta) in enumerate(TRACE_ARTICLES)
    )
    with Store.open(path) as store:
        for a in analyses:
            store.save(a)
    return analyses
