"""The lead a line pointing back names: "<lead>. Про це повідомляє X.", "<lead>. Об этом …".

The lead is the sentence before the line, or, when the line opens its own paragraph, the whole
paragraph before it: "ТОВ «Х» уклало угоду на …\nВартість угоди склала 6,90 млн грн.\nПро це
повідомляється в «Віснику державних закупівель»." — "це" is the deal and its price, not the
price alone. A text that sets each sentence on its own line, with no blank lines (ner-uk), has
no paragraphs: there the lead runs from the text's start when the line is one of its first
few. The lead stops at a sentence that holds a cue of its own (someone else's statement) and
takes at most three sentences.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reportedly.attribution.slavic._text import EDGE_AND_STOP, trim
from reportedly.model import Span

if TYPE_CHECKING:
    from reportedly.attribution.slavic.parse import SlavicParse
    from reportedly.attribution.slavic.rules import Rules

_BLANK = re.compile(r"\n[^\S\n]*\n")
_MOST_SENTENCES = 3  # a lead longer than this is background, not what "це" points to
_FIRST_LINES = 4  # in a text of one sentence per line: the line's place, counted from 1


def lead_start(rules: Rules, first: int, line: int) -> int:
    """The first token of the lead before the line that opens at token ``line``, whose last
    sentence opens at token ``first``."""
    tokens, text = rules.parse.tokens, rules.text
    opens_at = tokens[line].start
    if text[text.rfind("\n", 0, opens_at) + 1 : opens_at].strip():
        return first  # "… встретился с главой облдумы. Об этом сообщается": mid-paragraph
    blanks = [m.end() for m in _BLANK.finditer(text, 0, tokens[first].start)]
    if blanks:
        paragraph = blanks[-1]
    elif _BLANK.search(text) is None and text.count("\n", 0, opens_at) < _FIRST_LINES:
        paragraph = 0  # one sentence per line: the lead from the text's start
    else:
        return first
    start = first
    for _ in range(_MOST_SENTENCES - 1):
        if start == 0:
            break
        before = start - 1
        while before > 0 and tokens[before - 1].sent == tokens[start - 1].sent:
            before -= 1
        if tokens[before].start < paragraph or any(rules._is_cue(j) for j in range(before, start)):
            break
        start = before
    return start


def sentence_before(parse: SlavicParse, text: str, k: int) -> Span | None:
    """The sentence before token ``k``'s own, trimmed; None when there is none in the text."""
    tokens = parse.tokens
    first = k
    while first > 0 and tokens[first - 1].sent == tokens[k].sent:
        first -= 1
    if first == 0:
        return None
    start = first - 1
    while start > 0 and tokens[start - 1].sent == tokens[first - 1].sent:
        start -= 1
    return trim(text, Span(tokens[start].start, tokens[first - 1].end), EDGE_AND_STOP)
