"""Helpers for tests that run the whole pipeline on a few sentences and check who spoke."""

from __future__ import annotations

from datetime import date

from reportedly.model import Analysis, Article, Statement
from reportedly.pipeline import Pipeline


def analyse(pipeline: Pipeline, published: date, text: str) -> Analysis:
    """``text`` analysed as an article published on ``published``."""
    return pipeline.analyze(Article(id=Article.make_id(text), text=text, published=published))


def speaker_of(a: Analysis, words: str) -> Statement:
    """The first statement whose content holds ``words``."""
    return next(s for s in a.statements if words in s.content_text(a.article.text))


def speaker_name(a: Analysis, s: Statement) -> str | None:
    """The name of the actor ``s`` was resolved to, if any."""
    entity = next((e for e in a.entities if e.id == s.speaker_entity), None)
    return entity.name if entity is not None else None
