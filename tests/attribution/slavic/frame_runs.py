"""Statements and rules the Russian and Ukrainian attribution found in a text, for the frame
tests."""

from __future__ import annotations

from reportedly.attribution.slavic import attribute_slavic
from reportedly.model import Article, Statement
from reportedly.nlp import russian, ukrainian


def _run(text: str, lang: str) -> tuple[list[Statement], list[str]]:
    article = Article(id=Article.make_id(text), text=text, language=lang)
    annotation = (russian if lang == "ru" else ukrainian).annotate(text)
    log: dict[str, str] = {}
    statements, _, _ = attribute_slavic(article, annotation, rule_log=log)
    return list(statements), [log[s.id] for s in statements]


def _said(text: str, lang: str) -> list[tuple[str | None, str, str]]:
    """(speaker, content, act) of every statement."""
    statements, _ = _run(text, lang)
    return [
        (s.speaker.text if s.speaker else None, s.content_text(text), s.act) for s in statements
    ]
