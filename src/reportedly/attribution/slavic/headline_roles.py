"""Russian headlines closed by a dash and a role with its holder's name, or the name and the
occasion it was said at: "Зеленский посылает сигнал Трампу … — экс-глава МИД Украины Кулеба",
"… — Кулеба в интервью Sky News" (headlines.py reads a name of two words at most, with no
occasion after it). The person the NER found last in the tail, with the role before it, is
the speaker; words after the name must be a preposition and an occasion of saying (the
lexicon's ``speech_occasions``); the line before the dash must say something (a verb or a
short adjective)."""

from __future__ import annotations

import re
from collections.abc import Callable

from reportedly.attribution.slavic._text import trim
from reportedly.attribution.slavic.drafts import SlavicDraft
from reportedly.attribution.slavic.lexicon import SlavicLexicon
from reportedly.attribution.slavic.phrases import SlavicParse
from reportedly.model import Span

# a line, an em dash (a comma before it or not), and a tail of a few words to the line's end
_TAIL = re.compile(
    r"(?m)^[^\S\n]*(?P<what>[^\n]{15,300}?)[^\S\n]*,?[^\S\n]+—[^\S\n]+"
    r"(?P<tail>[^\n—:«»\"]{3,100}?)[^\S\n.]*\.?(?:[^\S\n]+@\w+)?[^\S\n]*$"
)
_LEAD = re.compile(r"[^\w«\"„“\n]+")  # marks and emoji before a headline's first word


def role_closed(
    text: str,
    parse: SlavicParse,
    persons: list[Span],
    lexicon: SlavicLexicon,
    taken: list[Span],
    rule: str,
    confidence: float,
    paired: Callable[[re.Match[str]], bool],
) -> list[SlavicDraft]:
    """Direct statements of lines closed by a role and a name, or a name and an occasion, in
    the (masked) Russian ``text``; a line a statement of ``taken`` already covers is left, and
    one whose dash ``paired`` says pairs a slot with who fills it ("… на должность министра
    жилищного строительства — бывший футболист Скотт Тернер")."""
    if parse.lang != "ru":
        return []
    drafts: list[SlavicDraft] = []
    for m in _TAIL.finditer(text):
        line = Span(m.start(), m.end())
        if any(line.overlaps(c) for c in taken) or paired(m):
            continue
        tail = Span(m.start("tail"), m.end("tail"))
        inside = [p for p in persons if tail.contains(p)]
        if not inside:
            continue
        who = inside[-1]
        before = [parse.tokens[k] for k in parse.tokens_in(Span(tail.start, who.start))]
        after = [parse.tokens[k] for k in parse.tokens_in(Span(who.end, tail.end))]
        if any(t.pos in {"VERB", "AUX"} for t in before + after):
            continue  # "…, — заявил Кулеба": a frame, the quote rules'
        if not before and not after:
            continue  # "… — Кулеба": headlines.py's
        if not after and "," in text[m.start("what") : tail.start].rstrip(" \t\xa0*_—")[-1:]:
            continue  # "…, — советник Зеленского Михаил Подоляк": closing_lines.py's
        if any(t.pos == "CCONJ" or t.text == "," for t in before):
            continue  # "… — Кулеба и Шмыгаль": two speakers, no one's alone
        if after and not (
            after[0].pos == "ADP"
            and any(t.lemma.casefold() in lexicon.speech_occasions for t in after[1:4])
        ):
            continue  # "… — Кулеба в Киеве": no occasion of saying
        what = trim(text, Span(m.start("what"), m.end("what")), " \t\xa0*_,")
        lead = _LEAD.match(text, what.start, what.end)
        what = Span(lead.end(), what.end) if lead is not None else what
        said = [parse.tokens[k] for k in parse.tokens_in(what)]
        if len(said) < 3 or re.search(r"[.!?…]\s", what.text(text)):
            continue
        if not any(
            t.pos in {"VERB", "AUX"} or (t.pos == "ADJ" and "Variant=S" in t.morph) for t in said
        ):
            continue  # a verb, or a short adjective as the predicate ("не готова к …")
        d = SlavicDraft("direct", [what], rule, confidence=confidence)
        d.speaker = Span(tail.start, who.end)  # the role with the name, as the gold writes it
        drafts.append(d)
    return drafts
