"""Analyses and speakers' actors of hand-written sentences, for the description speaker tests."""

from __future__ import annotations

from datetime import date

from reportedly.model import Analysis, Article
from reportedly.pipeline import Pipeline

ON = date(2022, 2, 8)


def analyse(pipeline: Pipeline, text: str, published: date | None = ON) -> Analysis:
    return pipeline.analyze(Article(id=Article.make_id(text), text=text, published=published))


def _speaker_actor(a: Analysis, words: str) -> str | None:
    statement = next(s for s in a.statements if s.speaker and s.speaker.text == words)
    return statement.speaker_actor
