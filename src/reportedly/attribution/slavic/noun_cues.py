"""Noun cues: "суд прийняв рішення про те, що …", "на підставі тверджень X про те, що …".

The clause after "про те, що" / "о том, что" is the statement of the noun's genitive phrase
right after it (or after "от"/"від": "сообщения от разведки о том, что …"), else of the
subject of the verb right before the noun ("суд прийняв рішення"); a noun with neither
("заява про те, що" opening a sentence) gives no statement.
A demand names what it asks for in a plain "про"/"о" phrase ("вимогу Трампа про перерахунок
голосів", "требование властей о запрете въезда"): that phrase is the statement of the
genitive between them; with none ("вимога про оплату") it names no one and is left.
A remark put to someone ("На зауваження журналіста, що …, Корнієць відповів, що …") is the
statement of its genitive: its "що" clause up to the comma before the answer's frame.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportedly.attribution.slavic._text import AND, trim
from reportedly.attribution.slavic.drafts import CONFIDENCE, SlavicDraft
from reportedly.attribution.slavic.phrases import NOMINAL, phrase_before
from reportedly.model import Span

if TYPE_CHECKING:
    from reportedly.attribution.slavic.rules import Rules

RULE = "ru-uk:noun-cue"
_ABOUT = {"про", "о"}
_THAT = {"те", "том"}
_REACH = 10  # words of the genitive phrase between the noun and "про"
# "появились сообщения от разведки США о том, что …": the source after "от" / "від"
_FROM = frozenset({"от", "від"})
_ENDS = frozenset(',;:.!?()«»"“”„—–')  # marks that end what a demand asks for


def noun_cues(rules: Rules, used: set[int]) -> list[SlavicDraft]:
    """Statements introduced by one of the lexicon's ``noun_cues``."""
    parse, tokens = rules.parse, rules.parse.tokens
    drafts: list[SlavicDraft] = []
    for k, t in enumerate(tokens):
        if k in used or t.pos != "NOUN" or t.lemma not in rules.lexicon.noun_cues:
            continue
        about = _about(rules, k)
        if about is None:
            continue
        speaker: Span | None = None
        first = k + 1 + (tokens[k + 1].text.casefold() in _FROM)  # "сообщения от разведки"
        if about > first:  # "тверджень Nord Stream AG та Nord Stream 2 AG про те, що"
            inner = [tokens[j] for j in range(first, about)]
            if inner[0].pos in NOMINAL and any(rules.parse.has_case(x, "Gen") for x in inner):
                speaker = Span(inner[0].start, inner[-1].end)
        elif k > 0 and tokens[k - 1].pos == "VERB" and tokens[k - 1].sent == t.sent:
            speaker = phrase_before(parse, k - 1)  # "суд прийняв рішення про те, що"
        if speaker is None:
            continue
        d = rules._that_clause(k, about + 3)
        if d is None:
            continue
        d.content = [_resumed(rules, about + 3, c) for c in d.content]
        d.rule, d.speaker, d.act = RULE, speaker, "speech"
        d.confidence = CONFIDENCE[RULE]
        drafts.append(d)
    return drafts + _demands(rules, used) + _answered(rules, used)


def _answered(rules: Rules, used: set[int]) -> list[SlavicDraft]:
    """ "На зауваження журналіста, що …, Корнієць відповів": the remark of the genitive."""
    tokens = rules.parse.tokens
    drafts: list[SlavicDraft] = []
    for k, t in enumerate(tokens[1:], start=1):
        if k in used or t.pos != "NOUN" or t.lemma not in rules.lexicon.noun_cues:
            continue
        if tokens[k - 1].text.casefold() != "на" or tokens[k - 1].sent != t.sent:
            continue
        comma = next(
            (
                j
                for j in range(k + 1, min(k + 1 + _REACH, len(tokens) - 2))
                if tokens[j].text == ","
            ),
            None,
        )
        if (
            comma is None
            or comma == k + 1
            or tokens[comma + 1].text.casefold() not in {"що", "что"}
        ):
            continue
        inner = tokens[k + 1 : comma]
        if not all(x.pos in NOMINAL and rules.parse.has_case(x, "Gen") for x in inner):
            continue
        end = _answer_frame(rules, comma + 2)
        if end is None:
            continue
        content = Span(tokens[comma + 1].end, tokens[end].start)
        d = SlavicDraft("indirect", [trim(rules.text, content, " \t\n\xa0,")], RULE)
        d.speaker = Span(inner[0].start, inner[-1].end)
        d.speaker_case, d.cue, d.cue_token = "Gen", t.span, k
        drafts.append(d)
    return drafts


def _answer_frame(rules: Rules, k: int, reach: int = 5) -> int | None:
    """The comma in token ``k``'s sentence after which a few nominal words and a cue verb
    open the main clause (", Корнієць відповів"), or None."""
    tokens = rules.parse.tokens
    for j in range(k, len(tokens) - 1):
        if tokens[j].sent != tokens[k].sent:
            return None
        if tokens[j].text != ",":
            continue
        i = j + 1
        while i < min(j + 1 + reach, len(tokens)) and tokens[i].pos in NOMINAL - {"PRON"}:
            i += 1
        if i > j + 1 and i < len(tokens) and tokens[i].pos == "VERB" and rules._is_cue(i):
            return j
    return None


def _demands(rules: Rules, used: set[int]) -> list[SlavicDraft]:
    """ "вимогу Трампа про перерахунок голосів": the demand of the genitive phrase."""
    tokens = rules.parse.tokens
    drafts: list[SlavicDraft] = []
    for k, t in enumerate(tokens):
        if k in used or t.pos != "NOUN" or t.lemma not in rules.lexicon.demand_nouns:
            continue
        about = next(
            (
                j
                for j in range(k + 1, min(k + 1 + _REACH, len(tokens) - 1))
                if tokens[j].pos == "ADP"
            ),
            None,
        )
        if about is None or about == k + 1 or tokens[about].text.lower() not in _ABOUT:
            continue
        inner = tokens[k + 1 : about]
        if tokens[about + 1].text.lower() in _THAT or not all(
            x.pos in NOMINAL and x.sent == t.sent and rules.parse.has_case(x, "Gen") for x in inner
        ):
            continue  # "про те, що" is the rule above's; "вимоги щодо закупівлі": no one's
        end = about + 1
        while end < len(tokens) and tokens[end].sent == t.sent and tokens[end].text not in _ENDS:
            end += 1
        if end - about < 3:
            continue
        d = SlavicDraft("indirect", [Span(tokens[about + 1].start, tokens[end - 1].end)], RULE)
        d.speaker = Span(inner[0].start, inner[-1].end)
        d.speaker_case, d.cue, d.cue_token = "Gen", t.span, k
        drafts.append(d)
    return drafts


def _about(rules: Rules, k: int) -> int | None:
    """The "про" of "про те, що" a few nominal words after noun ``k``, or None."""
    tokens = rules.parse.tokens
    first = k + 1 + (k + 1 < len(tokens) and tokens[k + 1].text.casefold() in _FROM)
    for j in range(first, min(k + 1 + _REACH, len(tokens) - 3)):
        w = tokens[j]
        if w.sent != tokens[k].sent:
            return None
        if w.text.lower() in _ABOUT:
            ok = tokens[j + 1].text.lower() in _THAT and tokens[j + 2].text == ","
            return j if ok and tokens[j + 3].text.lower() in rules.conj else None
        if w.pos not in NOMINAL and w.text.lower() not in AND:
            return None
    return None


def _resumed(rules: Rules, conj: int, content: Span) -> Span:
    """The clause cut where the sentence's own predicate resumes after a comma ("требование
    Путина о том, чтобы …, нарушит контракты")."""
    tokens = rules.parse.tokens
    for j in range(conj + 1, len(tokens) - 1):
        if tokens[j].start >= content.end:
            break
        nxt = tokens[j + 1]
        finite = "VerbForm" not in nxt.morph or "VerbForm=Fin" in nxt.morph
        if tokens[j].text == "," and nxt.pos == "VERB" and finite:
            return Span(content.start, tokens[j].start)
    return content
