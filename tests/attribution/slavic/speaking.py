"""Helpers for tests that run the Russian or Ukrainian pipeline on a text and check who spoke."""

from __future__ import annotations

from reportedly import pipeline_slavic
from reportedly.actors import default_registry
from reportedly.model import Analysis, Article


def analyse(text: str, lang: str) -> Analysis:
    """``text`` analysed as an article in ``lang`` (``ru`` or ``uk``)."""
    article = Article(id=Article.make_id(text), text=text, language=lang)
    [annotation] = pipeline_slavic.annotate(lang, [(text, [])])
    return pipeline_slavic.extract(article, annotation, default_registry())


def speakers(text: str, lang: str) -> list[tuple[str | None, str | None, str | None]]:
    """(speaker phrase, resolved name, registry id) of each statement."""
    analysis = analyse(text, lang)
    names = {e.id: e.name for e in analysis.entities}
    return [
        (
            s.speaker.text if s.speaker else None,
            names.get(s.speaker_entity) if s.speaker_entity else None,
            s.speaker_actor,
        )
        for s in analysis.statements
    ]
