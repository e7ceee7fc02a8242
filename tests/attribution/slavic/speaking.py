"""Helpers for tests that run the Russian or Ukrainian pipeline on a text and check who spoke."""

from __future__ import annotations

from reportedly import pipeline_slavic
from reportedly.actors import default_registry
from reportedly.attribution.slavic import attribute_slavic
from reportedly.model import Analysis, Article, Statement
from reportedly.nlp import russian, ukrainian


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


def attributed(text: str, lang: str) -> list[Statement]:
    """The statements the Russian or Ukrainian rules find in ``text``, before any registry."""
    article = Article(id=Article.make_id(text), text=text, language=lang)
    annotate = russian.annotate if lang == "ru" else ukrainian.annotate
    statements, _, _ = attribute_slavic(article, annotate(text))
    return list(statements)


def said(text: str, lang: str) -> list[tuple[str | None, str]]:
    """(speaker phrase, content) of each statement the rules find."""
    return [
        (s.speaker.text if s.speaker else None, s.content_text(text))
        for s in attributed(text, lang)
    ]


def said_with_acts(text: str, lang: str) -> list[tuple[str | None, str, str]]:
    """(speaker phrase, content, act) of each statement the rules find."""
    return [
        (s.speaker.text if s.speaker else None, s.content_text(text), s.act)
        for s in attributed(text, lang)
    ]


def said_by_rule(text: str, lang: str) -> list[tuple[str | None, str, str]]:
    """(speaker phrase, content, the rule that found it) of each statement."""
    article = Article(id=Article.make_id(text), text=text, language=lang)
    annotate = russian.annotate if lang == "ru" else ukrainian.annotate
    log: dict[str, str] = {}
    statements, _, _ = attribute_slavic(article, annotate(text), rule_log=log)
    return [
        (s.speaker.text if s.speaker else None, s.content_text(text), log[s.id]) for s in statements
    ]


def speaker_entities(text: str, lang: str) -> list[str | None]:
    """The name of the entity each statement's speaker was resolved to, before any registry."""
    article = Article(id=Article.make_id(text), text=text, language=lang)
    annotate = russian.annotate if lang == "ru" else ukrainian.annotate
    statements, _, index = attribute_slavic(article, annotate(text))
    names = {e.id: e.name for e in index.entities()}
    return [names.get(s.speaker_entity or "") for s in statements]
