"""Content told before its frame: "Страны ЕАЭС уйдут от доллара. Об этом заявил Оверчук."

A sentence that opens with one of the lexicon's ``about_this`` phrases ("об этом") and a cue
verb reports the sentence before it; the speaker is the verb's own, read as in any frame
("Об этом пишет ТАСС", "Об этом заявил министр экономики Александр Червяков").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reportedly.attribution.slavic._text import trim
from reportedly.attribution.slavic.drafts import SlavicDraft
from reportedly.model import Span, Token

if TYPE_CHECKING:
    from reportedly.attribution.slavic.rules import Rules

_REACH = 4  # tokens between the phrase and its verb ("Об этом 12 мая заявил")


def about_this(rules: Rules, used: set[int]) -> list[SlavicDraft]:
    """The statements whose frame, in the next sentence, points back with "об этом"."""
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


def about_noun(rules: Rules, used: set[int]) -> list[SlavicDraft]:
    """ "X сообщил о введении санкций", "О завершении операции сообщили в Минобороны": the
    statement is the noun phrase after "о" (the lexicon's ``about_verbs`` only: "рассказал
    о" names a topic more often than a claim)."""
    tokens = rules.parse.tokens
    drafts: list[SlavicDraft] = []
    for k, t in enumerate(tokens):
        if k in used or t.lemma not in rules.lexicon.about_verbs or t.pos != "VERB":
            continue
        last = rules._last(k)
        content: Span | None = None
        if k + 2 <= last and tokens[k + 1].text.casefold() in _ABOUT:
            stop = next((j for j in range(k + 2, last + 1) if tokens[j].text in ";"), last + 1)
            content = Span(tokens[k + 2].start, tokens[stop - 1].end)
        else:
            first = k - 1
            while first >= 0 and tokens[first].sent == t.sent and tokens[first].pos in _NOUNISH:
                first -= 1
            opens = first >= 0 and tokens[first].sent == t.sent
            opens = opens and (first == 0 or tokens[first - 1].sent != t.sent)
            opens = opens and tokens[first].text.casefold() in _ABOUT and first + 1 < k
            if opens and tokens[first + 1].pos != "PRON":  # "Об этом сообщил": about_this
                content = Span(tokens[first + 1].start, tokens[k - 1].end)
        if content is None:
            continue
        content = trim(rules.text, content, " \t\n,;:.*_")
        if len(rules.text[content.start : content.end].split()) < 2:
            continue
        d = SlavicDraft("indirect", [content], "ru-uk:about-noun")
        rules._fill_cue(d, k)
        d.speaker = rules._speaker(k, last + 1)
        drafts.append(d)
    return drafts


_ABOUT = {"о", "об", "обо"}
_NOUNISH = {"NOUN", "PROPN", "ADJ", "NUM", "DET", "X"}
