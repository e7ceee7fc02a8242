"""The sources an article's statements cite: its ``Source:`` lines and the outlets named in
its text ("according to RIA Novosti", "told TASS"), each with the statements it covers."""

from __future__ import annotations

from reportedly.attribution._parse import Parse
from reportedly.attribution.citations import CitationDraft, split_source_line
from reportedly.attribution.inline_citations import find_inline_citations
from reportedly.attribution.lexicon import CueLexicon
from reportedly.model import Article, Citation, Statement, content_hash


def article_citations(
    text: str,
    article: Article,
    parse: Parse,
    lexicon: CueLexicon,
    statements: list[Statement],
) -> tuple[Citation, ...]:
    """The citations of ``article``; a citation covers the statements in its scope, those
    sharing its cue, or (with no scope) every statement outside the background sections."""
    drafts: list[CitationDraft] = []
    for section in article.sections:
        if section.label.strip().lower() in lexicon.source_labels:
            drafts.extend(split_source_line(text, section, lexicon))
    drafts.extend(find_inline_citations(text, parse, lexicon))
    background = [
        s.body for s in article.sections if s.label.strip().lower() in lexicon.background_labels
    ]
    citations: list[Citation] = []
    seen: set[tuple[int, int]] = set()
    for c in drafts:
        if (c.outlet.start, c.outlet.end) in seen:
            continue
        seen.add((c.outlet.start, c.outlet.end))
        covered = tuple(
            s.id
            for s in statements
            if (c.scope is None and not any(b.contains(s.extent) for b in background))
            or (c.scope is not None and c.scope.overlaps(s.extent))
            or (s.cue is not None and c.cue is not None and s.cue.overlaps(c.scope or s.cue))
        )
        description = c.description
        if c.note:
            description = f"{description}; {c.note}" if description else c.note
        citations.append(
            Citation(
                id=content_hash(article.id, "citation", str(c.outlet.start), str(c.outlet.end)),
                kind=c.kind,
                outlet=c.outlet.text(text),
                span=c.outlet,
                cue=c.cue,
                description=description,
                statements=covered,
            )
        )
    return tuple(citations)
