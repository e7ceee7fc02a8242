"""Media sources an article cites: ``Source:`` lines, "according to X", "told X", "X reported"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportedly.attribution._parse import Parse
from reportedly.attribution.lexicon import CueLexicon
from reportedly.model import CitationKind, Section, Span

_BRACKETED = re.compile(r"\s*\[[^\]]*\]")
_PARTICIPLE_TAIL = re.compile(r",\s+\w+ing\b.*$", re.DOTALL)


@dataclass(slots=True)
class CitationDraft:
    """A cited source before ids and covered statements are settled."""

    kind: CitationKind
    outlet: Span
    cue: Span | None
    description: str | None
    scope: Span | None  # the text whose statements it covers; None: the whole article
    note: str | None = None


def _source_part(text: str, part: Span, lexicon: CueLexicon) -> CitationDraft | None:
    """One ``;``-separated item of a Source line: description, name, gloss, tail."""
    raw = part.text(text)
    note = None
    tail = _PARTICIPLE_TAIL.search(raw)
    if tail:
        note = tail.group(0).lstrip(", ").strip()
        raw = raw[: tail.start()]
    gloss = _BRACKETED.search(raw)
    name_end = len(raw.rstrip(" .,;"))
    if gloss:
        name_end = min(name_end, gloss.start())
    words = list(re.finditer(r"\S+", raw[:name_end]))
    if not words:
        return None
    start_word = 0
    for n, w in enumerate(words[:-1]):
        if w.group(0).strip(",").lower() in lexicon.source_descriptors:
            start_word = n + 1
    name_start = words[start_word].start()
    description = raw[:name_start].strip(" ,:") or None
    outlet = Span(part.start + name_start, part.start + name_end)
    if len(outlet) == 0:
        return None
    return CitationDraft(
        kind="source_line",
        outlet=outlet,
        cue=None,
        description=description,
        scope=None,
        note=note,
    )


def split_source_line(text: str, section: Section, lexicon: CueLexicon) -> list[CitationDraft]:
    """Citations from a ``Source:`` section: one per ``;``-separated source."""
    body = section.body
    line_end = text.find("\n", body.start, body.end)
    end = body.end if line_end < 0 else line_end
    drafts: list[CitationDraft] = []
    depth = 0
    start = body.start
    for i in range(body.start, end + 1):
        ch = text[i] if i < end else ";"
        if ch in "[(":
            depth += 1
        elif ch in "])":
            depth = max(0, depth - 1)
        elif ch == ";" and depth == 0:
            part = Span(start, i)
            if part.text(text).strip():
                lead = len(part.text(text)) - len(part.text(text).lstrip())
                draft = _source_part(text, Span(start + lead, i), lexicon)
                if draft is not None:
                    drafts.append(draft)
            start = i + 1
    return drafts


def _is_outlet_like(parse: Parse, i: int, lexicon: CueLexicon) -> bool:
    t = parse.tokens[i]
    if t.text.lower() in lexicon.audiences:
        return False
    return t.ent_type in {"ORG", "WORK_OF_ART"} or (t.pos == "PROPN" and t.ent_type != "PERSON")


def find_inline_citations(text: str, parse: Parse, lexicon: CueLexicon) -> list[CitationDraft]:
    """Citations inside sentences: according to X, told X, in an interview with X, X reported."""
    drafts: list[CitationDraft] = []
    tokens = parse.tokens
    for t in tokens:
        lower = t.text.lower()
        target: int | None = None
        kind: CitationKind | None = None
        cue: Span | None = None
        if lower == "according" and t.i + 1 < len(tokens) and tokens[t.i + 1].text.lower() == "to":
            objs = parse.deps(t.i + 1, "pobj")
            if objs:
                target, kind, cue = objs[0], "according_to", Span(t.start, tokens[t.i + 1].end)
        elif t.lemma.lower() == "tell" and t.pos == "VERB":
            objs = parse.deps(t.i, "dobj", "dative")
            if objs:
                target, kind, cue = objs[0], "told", t.span
        elif (
            lower == "interview"
            and t.i + 1 < len(tokens)
            and tokens[t.i + 1].text.lower()
            in {
                "with",
                "to",
            }
        ):
            objs = parse.deps(t.i + 1, "pobj")
            if objs:
                target, kind, cue = objs[0], "told", Span(t.start, tokens[t.i + 1].end)
        elif t.lemma.lower() in {"report", "quote", "publish", "write", "cite"} and t.pos == "VERB":
            subj = parse.deps(t.i, "nsubj")
            if subj:
                target, kind, cue = subj[0], "reported", t.span
        if target is None or kind is None or not _is_outlet_like(parse, target, lexicon):
            continue
        sent = parse.sentence_range(t.sent)
        drafts.append(
            CitationDraft(
                kind=kind,
                outlet=parse.noun_phrase(target),
                cue=cue,
                description=None,
                scope=parse.span(sent[0], sent[-1]),
            )
        )
    return drafts
