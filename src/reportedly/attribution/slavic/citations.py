"""Cited sources in Russian and Ukrainian: "Источник:"/"Джерело:" lines, Telegram reposts,
"как сообщает X"/"як повідомляє X" and "передает X" naming an outlet, "со ссылкой на X"."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from reportedly.attribution.slavic._text import trim
from reportedly.attribution.slavic.lexicon import SlavicLexicon
from reportedly.attribution.slavic.phrases import SlavicParse
from reportedly.model import CitationKind, Span

_OUTLET_NOUNS = {
    "издание", "агентство", "газета", "телеканал", "канал", "телеграм-канал", "сайт", "портал",
    "видання", "агенція",
}  # fmt: skip
_URL = re.compile(r"(?:https?://)?t\.me/([A-Za-z0-9_]{3,})")


@dataclass(frozen=True, slots=True)
class SlavicCitation:
    """A cited source found by a rule; ``scope`` limits the statements it covers."""

    kind: CitationKind
    outlet: Span
    cue: Span | None
    scope: Span | None


def find_citations(
    text: str, parse: SlavicParse, lexicon: SlavicLexicon, is_outlet: Callable[[str], bool]
) -> list[SlavicCitation]:
    """Every cited source of a (masked) text."""
    found = _source_lines(text, lexicon) + _reposts(text, lexicon)
    found += _reported(text, parse, lexicon, is_outlet) + _citing(text, lexicon)
    return found


def _source_lines(text: str, lexicon: SlavicLexicon) -> list[SlavicCitation]:
    """ "Источник: ТАСС, РИА Новости" — each name a cited source of the whole text."""
    found: list[SlavicCitation] = []
    labels = "|".join(map(re.escape, sorted(lexicon.source_labels, key=len, reverse=True)))
    for m in re.finditer(rf"(?im)^[^\w\n]*({labels})[ \t]*:[ \t]*(.+)$", text):
        cue = Span(m.start(1), m.end(1))
        body = m.start(2)
        for part in re.finditer(r"[^,;|]+", m.group(2)):
            span = trim(text, Span(body + part.start(), body + part.end()), ' \t.«»"')
            url = _URL.search(span.text(text))
            if url is not None:
                span = Span(span.start + url.start(1), span.start + url.end(1))
            if len(span) >= 2:
                found.append(SlavicCitation("source_line", span, cue, None))
    return found


def _reposts(text: str, lexicon: SlavicLexicon) -> list[SlavicCitation]:
    """ "Переслано от X" / "Forwarded from X" lines: X is the source of what follows."""
    found: list[SlavicCitation] = []
    markers = "|".join(map(re.escape, lexicon.repost_markers))
    for m in re.finditer(rf"(?im)^[^\w\n]*({markers})[ \t]*:?[ \t]*(.+)$", text):
        span = trim(text, Span(m.start(2), m.end(2)), ' \t.«»"')
        if len(span) >= 2:
            found.append(SlavicCitation("reported", span, Span(m.start(1), m.end(1)), None))
    return found


def _reported(
    text: str, parse: SlavicParse, lexicon: SlavicLexicon, is_outlet: Callable[[str], bool]
) -> list[SlavicCitation]:
    """ "как сообщает ТАСС", "передает РИА Новости", "Об этом сообщает издание «7×7»": the
    verb's subject after it is an outlet."""
    found: list[SlavicCitation] = []
    tokens = parse.tokens
    for k, t in enumerate(tokens):
        if t.lemma not in lexicon.reported or t.pos != "VERB":
            continue
        j, end = k + 1, k + 1
        while end < len(tokens) and tokens[end].sent == t.sent and end - j < 6:
            if tokens[end].pos == "PUNCT" and tokens[end].text not in '«»"-':
                break
            end += 1
        if end == j:
            continue
        span = Span(tokens[j].start, tokens[end - 1].end)
        name = span.text(text)
        first = tokens[j].lemma
        if first in _OUTLET_NOUNS and end - j > 1:
            span = trim(text, Span(tokens[j + 1].start, span.end), ' «»"')
        elif not is_outlet(name) and not is_outlet(name.split(" ")[0]):
            continue
        elif not is_outlet(name):
            span = Span(tokens[j].start, tokens[j].end)
        sent = next(s for s in _sentences(parse) if s.contains(t.span))
        found.append(SlavicCitation("reported", span, t.span, sent))
    return found


def _citing(text: str, lexicon: SlavicLexicon) -> list[SlavicCitation]:
    """ "со ссылкой на РИА Новости" / "з посиланням на Укрінформ"."""
    found: list[SlavicCitation] = []
    for phrase in lexicon.citing:
        for m in re.finditer(rf"(?i)\b{re.escape(phrase)}\s+", text):
            rest = re.match(r"[^,.;:()\n]+", text[m.end() :])
            if rest is None:
                continue
            span = _name_run(text, Span(m.end(), m.end() + rest.end()))
            found.append(SlavicCitation("reported", span, Span(m.start(), m.end()), None))
    return found


def _name_run(text: str, span: Span) -> Span:
    """The name that opens ``span``: an outlet noun may lead ("агентство Reuters"), then
    capitalised or quoted words, at most five ("РИА Новости пишут" → "РИА Новости")."""
    words = list(re.finditer(r"\S+", span.text(text)))
    if words and words[0].group().lower() in _OUTLET_NOUNS:
        words = words[1:]
    run: list[re.Match[str]] = []
    for w in words[:5]:
        first = w.group()[:1]
        if not (first.isupper() or first in '«"' or (run and first in "-»")):
            break
        run.append(w)
    if not run:
        return trim(text, span, ' \t«»"')
    return trim(text, Span(span.start + run[0].start(), span.start + run[-1].end()), ' \t«»"')


def _sentences(parse: SlavicParse) -> list[Span]:
    spans: dict[int, Span] = {}
    for t in parse.tokens:
        s = spans.get(t.sent)
        spans[t.sent] = Span(s.start if s else t.start, t.end)
    return list(spans.values())
