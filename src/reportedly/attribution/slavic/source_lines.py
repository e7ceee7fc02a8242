"""Anaphoric source lines: "<lead>. Про це повідомляє X." — X's statement is the lead.

The typical Ukrainian news lead is a sentence followed by "Про це повідомляє/пише/заявив X";
the content is the sentence "це" points back to (the one before). A line whose speaker comes
before the verb ("Про це Барньє заявив …") or is a pronoun ("Про це він написав") repeats
the lead's own speaker and adds no statement. The opening words come from the lexicon's
``source_openings`` (absent: the rule finds nothing).
"""

from __future__ import annotations

from reportedly.attribution.slavic._text import trim
from reportedly.attribution.slavic.drafts import SlavicDraft
from reportedly.attribution.slavic.lexicon import SlavicLexicon
from reportedly.attribution.slavic.phrases import SlavicParse, phrase_after, phrase_before
from reportedly.model import Span

RULE = "ru-uk:source-line"
_QUOTES = set('"«»„“”')


def source_lines(text: str, parse: SlavicParse, lexicon: SlavicLexicon) -> list[SlavicDraft]:
    """Statements of "Про це повідомляє X" lines, their content the sentence before."""
    drafts: list[SlavicDraft] = []
    tokens = parse.tokens
    for opening in lexicon.source_openings:
        n = len(opening)
        for k in range(1, len(tokens) - n):
            window = tokens[k : k + n]
            if tokens[k - 1].sent == tokens[k].sent or any(
                t.text.lower() != w for t, w in zip(window, opening, strict=True)
            ):
                continue  # not a sentence opening with "Про це"
            lead = _sentence(parse, tokens[k - 1].sent, k - 1)
            content = trim(text, lead, " \t\n,;:.—–-")
            if len(text[content.start : content.end].split()) < 3:
                continue
            drafts += _sources(text, parse, lexicon, k + n, content)
    return drafts


def _sources(
    text: str, parse: SlavicParse, lexicon: SlavicLexicon, k: int, content: Span
) -> list[SlavicDraft]:
    """One draft per cue verb of the line with its speaker after it ("…, передає УНН")."""
    tokens = parse.tokens
    found: list[SlavicDraft] = []
    sent = tokens[k].sent
    j = k
    while j < len(tokens) and tokens[j].sent == sent:
        t = tokens[j]
        if t.pos in {"VERB", "ADJ", "AUX"} and lexicon.act(t.lemma) is not None:
            before = phrase_before(parse, j)
            if (
                before is not None
                and before.start >= tokens[k].start
                and not _after_adp(parse, before)
            ):
                return found  # "Про це Барньє заявив": the lead's own speaker
            d = _draft(text, parse, lexicon, j, content)
            if d is not None:
                found.append(d)
        j += 1
    return found


def _draft(
    text: str, parse: SlavicParse, lexicon: SlavicLexicon, j: int, content: Span
) -> SlavicDraft | None:
    """The statement of cue ``j`` with the speaker right after it, if there is one."""
    tokens = parse.tokens
    start = j + 1
    while start < len(tokens) and tokens[start].text in _QUOTES:
        start += 1
    stop = _clause_end(parse, start)
    speaker = phrase_after(parse, start, stop) if start < stop else None
    if _cites(text, parse, lexicon, start):
        speaker = None  # 'повідомляє " " з посиланням на ВВС': the reporter's name is lost
    elif speaker is None or text[speaker.start : speaker.end].lower() in lexicon.pronouns:
        return None
    d = SlavicDraft("indirect", [content], RULE)
    d.cue, d.cue_token, d.speaker = tokens[j].span, j, speaker
    d.act = lexicon.act(tokens[j].lemma) or "speech"
    return d


def _cites(text: str, parse: SlavicParse, lexicon: SlavicLexicon, k: int) -> bool:
    """Whether the words from token ``k`` open with a citing phrase ("з посиланням на")."""
    if k >= len(parse.tokens):
        return False
    rest = text[parse.tokens[k].start : parse.tokens[k].start + 40].lower()
    return any(rest.startswith(c) for c in lexicon.citing)


def _after_adp(parse: SlavicParse, span: Span) -> bool:
    k = parse.token_at(span.start)
    return k is not None and k > 0 and parse.tokens[k - 1].pos == "ADP"


def _clause_end(parse: SlavicParse, k: int) -> int:
    tokens = parse.tokens
    j = k
    while j < len(tokens) and tokens[j].sent == tokens[k].sent and tokens[j].text not in ",;":
        j += 1
    return j


def _sentence(parse: SlavicParse, sent: int, last: int) -> Span:
    tokens = parse.tokens
    first = last
    while first > 0 and tokens[first - 1].sent == sent:
        first -= 1
    return Span(tokens[first].start, tokens[last].end)
