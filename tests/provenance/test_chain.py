"""Provenance chains and the provenance stage, on hand-built analyses and on the sample."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from reportedly.errors import NotFound
from reportedly.ingest import read_paths
from reportedly.model import Article
from reportedly.pipeline import Pipeline
from reportedly.provenance import default_registry
from reportedly.provenance.chain import chain_summary, chains, provenance_chain, render_chain
from reportedly.provenance.stage import article_outlet, link_outlets, provenance_stage

from .builders import built


def test_stage_links_citations_and_the_article_outlet_from_its_url() -> None:
    a = link_outlets(built(url="https://www.pravda.com.ua/eng/news/1/"))
    assert [c.outlet_id for c in a.citations] == ["ria-novosti", None, "reuters", "tass"]
    assert a.article.outlet == "Ukrainska Pravda"
    assert a.versions["provenance"].startswith("reportedly.provenance.v1+")


def test_stage_keeps_a_named_outlet_and_known_ids() -> None:
    base = built(outlet="Some Local Paper", url="https://tass.com/x")
    cites = (replace(base.citations[0], outlet_id="tass"), *base.citations[1:])
    a = link_outlets(replace(base, citations=cites))
    assert a.article.outlet == "Some Local Paper"
    assert a.citations[0].outlet_id == "tass"
    assert article_outlet(a.article) is not None  # the unknown name falls back to the URL


@pytest.mark.parametrize(
    ("outlet", "url", "expected"),
    [
        ("Ukrainska Pravda", None, "ukrainska-pravda"),
        (None, "https://eng.pravda.com.ua/news/2022/12/2/", "ukrainska-pravda"),
        (None, "https://example.org/x", None),
        (None, None, None),
    ],
)
def test_stage_article_outlet(outlet: str | None, url: str | None, expected: str | None) -> None:
    found = article_outlet(Article(id="a", text="t", outlet=outlet, url=url))
    assert (found.id if found else None) == expected


def test_stage_failure_is_recorded_not_raised() -> None:
    class Broken:
        def match(self, text: str) -> None:
            raise RuntimeError("registry exploded")

    a = provenance_stage(built(), Broken())  # type: ignore[arg-type]
    assert [s.code for s in a.skipped] == ["E320"]
    assert "registry exploded" in a.skipped[0].reason


def test_chain_nested_statement_orders_speakers_and_sources() -> None:
    a = link_outlets(built(outlet="Ukrainska Pravda", published=date(2022, 12, 2)))
    inner = a.statements[1]
    chain = provenance_chain(a, inner)
    assert [s.name for s in chain.speakers] == ["Joe Biden", "Dmitry Peskov"]
    # TASS (cited by Reuters) sits nearer the speaker than Reuters; the Source line covers the
    # statement it is reported inside.
    assert [s.name for s in chain.sources] == ["RIA Novosti", "Daily Example", "TASS", "Reuters"]
    assert chain.sources[1].outlet is None
    assert chain.report.outlet is not None
    assert chain.report.outlet.id == "ukrainska-pravda"
    assert chain_summary(chain) == (
        "Joe Biden → Dmitry Peskov (reporting) → RIA Novosti + Daily Example + TASS + Reuters "
        "→ Ukrainska Pravda"
    )


def test_chain_without_citations_or_outlet() -> None:
    a = built()
    a = replace(a, citations=())
    chain = provenance_chain(a, a.statements[0])
    assert chain.sources == ()
    assert chain.report.outlet is None
    assert chain_summary(chain) == "Dmitry Peskov → article art1"
    assert "(outlet unknown)" in render_chain(chain)


def test_chain_unknown_statement_is_not_found() -> None:
    a = built()
    stranger = replace(a.statements[0], id="nope")
    with pytest.raises(NotFound, match="nope"):
        provenance_chain(a, stranger)


def test_chain_render_shows_registry_facts() -> None:
    a = link_outlets(built(outlet="Ukrainska Pravda"))
    text = render_chain(provenance_chain(a, a.statements[0]))
    assert "RIA Novosti [ria-novosti] · news agency · RUS · state-owned" in text
    assert '"Kremlin-aligned news outlet" (source line)' in text
    assert "Daily Example (not in the outlet registry)" in text
    assert "reported  Ukrainska Pravda [ukrainska-pravda]" in text


@pytest.mark.needs_model
def test_chain_sample_acceptance(sample_path: Path) -> None:
    """The issue's acceptance: spokesman → RIA Novosti (state-owned) and the Telegram channel
    "Vy slushali mayak" (Radio Mayak) → Ukrainska Pravda."""
    articles = [a for a in read_paths([sample_path]) if isinstance(a, Article)]
    assert articles[0].outlet == "Ukrainska Pravda"  # from the .meta.json sidecar
    analysis = Pipeline().analyze(articles[0])
    registry = default_registry()
    peskov = [
        c
        for c in chains(analysis, registry)
        if c.speaker is not None and "Peskov" in c.speaker.name
    ]
    assert len(peskov) == 5
    for chain in peskov:
        ria, mayak = chain.sources
        assert ria.outlet is not None
        assert ria.outlet.id == "ria-novosti"
        assert ria.outlet.affiliation == "state-owned"
        assert mayak.name == "Vy slushali mayak"
        assert mayak.outlet is not None
        assert mayak.outlet.kind == "telegram_channel"
        assert mayak.parent is not None
        assert mayak.parent.name == "Radio Mayak"
        assert chain.report.outlet is not None
        assert chain.report.outlet.id == "ukrainska-pravda"
    text = render_chain(peskov[0])
    assert text.splitlines()[0].endswith("→ RIA Novosti + Vy slushali mayak → Ukrainska Pravda")
    assert "state-owned" in text
    assert "part of Radio Mayak" in text
