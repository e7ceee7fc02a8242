"""Golden tests: the full extraction on a short Russian and a short Ukrainian article.

The texts (tests/golden/slavic/*.txt) were written for these tests; the expected output is
tests/golden/slavic/expected_<lang>.json (rewrite with ``--update-golden``, review the diff).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from reportedly.model import Article
from reportedly.pipeline import Pipeline
from test_golden import check_golden, summarise

HERE = Path(__file__).parent / "golden" / "slavic"


def _analyse(lang: str) -> dict[str, Any]:
    text = (HERE / f"{lang}.txt").read_text("utf-8")
    article = Article(
        id=Article.make_id(text), text=text, language=lang, published=date(2025, 3, 12)
    )
    analysis = Pipeline().analyze(article)
    result = summarise(analysis)
    result["speaker_actors"] = [s.speaker_actor for s in analysis.statements]
    # each stage's name, without the digest of its build (which any change of code moves)
    result["versions"] = {
        k: v.split("+")[0] if k != "nlp" else v
        for k, v in analysis.versions.items()
        if k != "provenance"
    }
    return result


@pytest.mark.parametrize("lang", ["ru", "uk"])
def test_golden_slavic(lang: str, update_golden: bool) -> None:
    check_golden(_analyse(lang), HERE / f"expected_{lang}.json", update=update_golden)


def test_golden_slavic_acceptance() -> None:
    """What the golden files hold, stated directly: kinds, speakers linked across spellings."""
    ru, uk = _analyse("ru"), _analyse("uk")
    assert [s["kind"] for s in ru["statements"]] == [
        "direct", "mixed", "indirect", "direct", "direct", "indirect", "indirect",
    ]  # fmt: skip
    assert ru["speaker_actors"] == [
        "peskov-dmitry", "peskov-dmitry", "peskov-dmitry",
        "zakharova-maria", "zakharova-maria", "peskov-dmitry", "tass",
    ]  # fmt: skip
    assert ru["statements"][-2]["negated"] is True
    assert {c["outlet"] for c in ru["citations"]} == {"РИА Новости", "ТАСС"}
    # Пєсков in the Ukrainian text is the same actor as Песков in the Russian one
    assert uk["speaker_actors"][-1] == "peskov-dmitry"
    assert uk["speaker_actors"][:3] == ["zelenskyy-volodymyr"] * 3
    assert all(s["confidence"] > 0.5 for s in ru["statements"] + uk["statements"])
