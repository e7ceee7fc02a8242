"""Content told before its frame: "Страны ЕАЭС уйдут от доллара. Об этом заявил Оверчук."

A sentence that opens with one of the lexicon's ``about_this`` phrases ("об этом") and a cue
verb reports the sentence before it; the speaker is the verb's own, read as in any frame
("Об этом пишет ТАСС", "Об этом заявил министр экономики Александр Червяков").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reportedly.attribution.slavic._text import trim
from reportedly.model import Span, Token

if TYPE_CHECKING:
    from reportedly.attribution.slavic.rules import Rules, SlavicDraft

_REACH = 4  # tokens between the phrase and its verb ("Об этом 12 мая заявил")


def about_this(rules: Rules, used: set[int]) -> list[SlavicDraft]:
    """The statements whose frame, in the next sentence, points back with "об этом"."""
    from reportedly.attribution.slavic.rules import SlavicDraft

    tokens = rules.parse.tokens
    phrases = rules.lexicon.about_this
    drafts: list[SlavicDraft] = []
    for k, t in enumerate(tokens):
        if k == 0 or tokens[k - 1].sent == t.sent:
            continue  # only a sentence's first words
        n = next((len(p) for p in phrases if _opens(tokens, k, p)), 0)
        if not n:
            continue
        cue = next(
            (
                j
                for j in range(k + n, min(k + n + _REACH, len(tokens)))
                if tokens[j].sent == t.sent and rules._is_cue(j)
            ),
            None,
        )
        if cue is None or cue in used or rules.lexicon.act(tokens[cue].lemma) != "speech":
            continue
        first = k - 1
        while first > 0 and tokens[first - 1].sent == tokens[k - 1].sent:
            first -= 1
        content = trim(rules.text, Span(tokens[first].start, tokens[k - 1].end), " \t\n,;:.")
        if len(rules.text[content.start : content.end].split()) < 3:
            continue
        d = SlavicDraft("indirect", [content], "ru-uk:about-this")
        rules._fill_cue(d, cue)
        d.speaker = rules._speaker(cue, rules._last(cue) + 1)
        drafts.append(d)
    return drafts


def _opens(tokens: Sequence[Token], k: int, phrase: tuple[str, ...]) -> bool:
    words = tokens[k : k + len(phrase)]
    pairs = zip(words, phrase, strict=False)
    return len(words) == len(phrase) and all(p in (w.text.casefold(), w.lemma) for w, p in pairs)
