"""Statements, rules and cited outlets the Russian and Ukrainian attribution found in a text,
for the rule tests."""

from __future__ import annotations

from reportedly.attribution.slavic import attribute_slavic
from reportedly.model import Article, Statement
from reportedly.nlp import russian, ukrainian


def _run(text: str, lang: str) -> tuple[list[Statement], list[str], str]:
    article = Article(id=Article.make_id(text), text=text, language=lang)
    annotation = (russian if lang == "ru" else ukrainian).annotate(text)
    log: dict[str, str] = {}
    statements, citations, _ = attribute_slavic(article, annotation, rule_log=log)
    rules = [log[s.id] for s in statements]
    return list(statements), rules + [f"cite:{c.outlet}" for c in citations], text


def _one(text: str, lang: str = "ru") -> tuple[Statement, str]:
    statements, _, text = _run(text, lang)
    assert len(statements) == 1, [s.content_text(text) for s in statements]
    return statements[0], text
