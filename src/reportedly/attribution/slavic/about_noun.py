"""Statements about a noun phrase after a speech verb's "о"/"про": "X сообщил о введении
санкций", "О завершении операции сообщили в Минобороны" (the lexicon's ``about_verbs`` only).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reportedly.attribution.slavic._text import AND, trim
from reportedly.attribution.slavic.drafts import SlavicDraft
from reportedly.attribution.slavic.gerunds import is_gerund, is_infinitive
from reportedly.attribution.slavic.leads import sentence_before
from reportedly.attribution.slavic.phrases import phrase_after, phrase_before
from reportedly.model import Span, Token

if TYPE_CHECKING:
    from reportedly.attribution.slavic.rules import Rules


_THIS = {"этом", "цьому"}  # "сообщил об этом"; a Ukrainian "про це" after the verb is left
_THAT = {"те", "то", "том", "це"}  # "заявив про те, що …": a clause follows, not a noun
_ABOUT = {"о", "об", "обо", "про"}  # "про": Ukrainian ("Про затримання повідомив …")
_NOUNISH = {"NOUN", "PROPN", "ADJ", "NUM", "DET", "X"}


def about_noun(rules: Rules, used: set[int]) -> list[SlavicDraft]:
    """ "X сообщил о введении санкций", "О завершении операции сообщили в Минобороны": the
    statement is the noun phrase after "о" (the lexicon's ``about_verbs`` only: "рассказал
    о" names a topic more often than a claim)."""
    tokens = rules.parse.tokens
    drafts: list[SlavicDraft] = []
    for k, t in enumerate(tokens):
        if k in used or t.lemma not in rules.lexicon.about_verbs or t.pos != "VERB":
            continue
        if "infn" in t.tag.lower().replace(",", " ").split():
            continue  # "щоб говорити про речі": an infinitive reports nothing said
        if not rules._is_cue(k):
            continue  # "Сегодня я объявляю о …": a first person's words, not a report
        last = rules._last(k)
        content: Span | None = None
        if (
            k + 2 <= last
            and tokens[k + 1].text.casefold() in _ABOUT
            and tokens[k + 2].text.casefold() in _THIS
        ):
            # "Поставщик сообщил об этом": the lead
            content = sentence_before(rules.parse, rules.text, k)
        elif (
            k + 2 <= last
            and tokens[k + 1].text.casefold() in _ABOUT
            and tokens[k + 2].text.casefold() not in _THAT
        ):
            end = tokens[last].end
            stop = next(
                (
                    j
                    for j in range(k + 2, last + 1)
                    if tokens[j].text in ";"
                    or _joins(tokens, j)
                    # "…, заявив о необходимости …, заявил Лавров": the frame of the sentence
                    or (tokens[j].text == "," and rules._frame_closes(j + 1, end))
                    # "НАТО, заявляя о возможности ударов, отбросил …": the gerund's clause
                    # closes at a comma before the subject's own predicate
                    or (is_gerund(t) and tokens[j].text == "," and _joins(tokens, j, ","))
                ),
                last + 1,
            )
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
        content = trim(rules.text, content, " \t\n\xa0,;:.*_")
        if len(rules.text[content.start : content.end].split()) < 2:
            continue
        d = SlavicDraft("indirect", [content], "ru-uk:about-noun")
        rules._fill_cue(d, k)
        before = content.end <= t.start  # "О X сообщили в Y": the content before the cue
        # "Про X повідомив у ніч на суботу, 24 листопада, міністр Y": past a parenthesis
        speaker = _after_commas(rules, k, last) if before else None
        speaker = speaker or rules._speaker(k, last + 1)
        if speaker is not None and speaker.overlaps(content):
            speaker = None  # the noun phrase said is not who says it
        if speaker is None and not before:
            speaker = phrase_before(rules.parse, k)  # "Зеленський повідомив про санкції"
        d.speaker = speaker
        drafts.append(d)
    return drafts


def _joins(tokens: Sequence[Token], j: int, joint: str = "") -> bool:
    """Whether "и"/"і"/"та" (or ``joint``, a comma) at token ``j`` joins a finite verb, a second
    predicate of the cue's subject ("не заявляла о выходе из ОДКБ и поддерживает все
    документы")."""
    if tokens[j].text.casefold() not in AND and tokens[j].text != joint:
        return False
    m = j + 1
    while m < len(tokens) and tokens[m].pos in {"ADV", "PART"}:
        m += 1  # "и пока поддерживает"
    return (
        m < len(tokens)
        and tokens[m].sent == tokens[j].sent
        and tokens[m].pos == "VERB"
        and not is_infinitive(tokens[m])
        and not is_gerund(tokens[m])
    )


def _after_commas(rules: Rules, k: int, last: int) -> Span | None:
    """The subject phrase after cue ``k`` past the commas of a parenthesis ("повідомив у ніч
    на суботу, 24 листопада, міністр інформації Фавад Чаудхрі")."""
    tokens = rules.parse.tokens
    for j in range(k + 1, last):
        if tokens[j].text == ",":
            found = phrase_after(rules.parse, j + 1, last + 1)
            first = rules.parse.token_at(found.start) if found is not None else None
            if found is None or first is None or tokens[first].pos == "NUM":
                continue  # "24 листопада": a date
            if len(rules.text[found.start : found.end].split()) > 1:
                return found
    return None
