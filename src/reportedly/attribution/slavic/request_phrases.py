"""Requests named by a phrase: "Прокуратура звернулася до суду з вимогою скасувати рішення",
"Він направив лист із проханням про перерахунок", "обратился к Путину с просьбой освободить".

"з вимогою", "з проханням", "с просьбой" (the lexicon's ``request_nouns`` after a
``request_with`` preposition) are the golds' multiword cues; what follows (an infinitive, a
noun phrase, a ``request_about`` phrase: "про"/"о") is asked for, and the one who asks is the
subject of the verb before the phrase. Only a verb of addressing or sending
(``request_verbs``: звернутися, направити, подати …) is read: after "суд відхилив позов X з
вимогою …" the demand is X's, not the court's.
"""

from __future__ import annotations

from reportedly.attribution.slavic._text import EDGE_AND_STOP, trim
from reportedly.attribution.slavic.apposition import subject_before_relative
from reportedly.attribution.slavic.complement_bounds import complement_end
from reportedly.attribution.slavic.complements import nominative_subject
from reportedly.attribution.slavic.drafts import SlavicDraft
from reportedly.attribution.slavic.gerunds import is_infinitive
from reportedly.attribution.slavic.lexicon import SlavicLexicon
from reportedly.attribution.slavic.phrases import SlavicParse, phrase_before
from reportedly.model import Span

RULE = "ru-uk:request-phrase"
_REACH = 8  # words between the verb and "з вимогою" ("звернулась до НАЗК", "лист")
_LISTED_REACH = 24  # Ukrainian: over a list of the ones addressed after "до", commas too
# the parts of speech what is asked for may open with (or an infinitive)
_OPENING_POS = {"NOUN", "PROPN", "ADJ", "NUM", "DET"}


def request_phrases(
    text: str, parse: SlavicParse, lexicon: SlavicLexicon, used: set[int]
) -> list[SlavicDraft]:
    """Statements of "X <addressed> … з вимогою <what is asked>"."""
    tokens = parse.tokens
    drafts: list[SlavicDraft] = []
    for k, t in enumerate(tokens):
        if k in used or k == 0 or k + 1 >= len(tokens) or t.lemma not in lexicon.request_nouns:
            continue
        if tokens[k - 1].text.lower() not in lexicon.request_with or tokens[k + 1].sent != t.sent:
            continue
        verb = _addressing_verb(parse, k - 1, lexicon)
        if verb is None or verb in used:
            continue
        speaker = phrase_before(parse, verb)
        if speaker is None or not nominative_subject(parse, speaker, tokens[verb]):
            # "Даг Коллінз, …, який представляє команду Трампа, у вівторок направив …"
            speaker = subject_before_relative(parse, verb)
        if speaker is None:
            continue
        if _governed(parse, speaker):
            continue
        at = k + 1
        clause = tokens[at].text == "," and at + 2 < len(tokens)
        if clause:
            at += 1  # "виступив із заявою, що …": the clause after the comma
        if tokens[at].text.lower() in lexicon.request_about and at + 1 < len(tokens):
            at += 1  # "із проханням про перерахунок голосів": what follows "про"
        elif clause:
            continue
        first = tokens[at]
        opens = clause or is_infinitive(first) or first.pos in _OPENING_POS
        if first.sent != t.sent or not opens:
            continue
        last = complement_end(parse, at, occasions=lexicon.speech_occasions)
        content = trim(text, Span(first.start, tokens[last].end), EDGE_AND_STOP)
        if len(text[content.start : content.end].split()) < 2:
            continue
        d = SlavicDraft("indirect", [content], RULE)
        # the verb is the cue token: its number and gender are the speaker's, not the noun's
        d.cue, d.cue_token, d.speaker = Span(tokens[k - 1].start, t.end), verb, speaker
        d.act = "speech"
        drafts.append(d)
    return drafts


def _governed(parse: SlavicParse, speaker: Span) -> bool:
    """Whether the phrase's first noun is a preposition's object, adjectives between ("САД у
    Кіровоградській [області] … звернулась": the place, not the body)."""
    tokens = parse.tokens
    inside = parse.tokens_in(speaker)
    j = inside[0] - 1 if inside else -1
    while j >= 0 and tokens[j].pos in {"ADJ", "DET"} and tokens[j].sent == tokens[inside[0]].sent:
        j -= 1
    return j >= 0 and tokens[j].pos == "ADP" and tokens[j].sent == tokens[inside[0]].sent


def _addressing_verb(parse: SlavicParse, k: int, lexicon: SlavicLexicon) -> int | None:
    """The verb of addressing a few words before token ``k`` in its clause, or None."""
    tokens = parse.tokens
    listed = parse.lang == "uk"  # "звернувся до Терези Мей, Дональда Трампа та … із проханням"
    commas = 0
    for j in range(k - 1, max(-1, k - 1 - (_LISTED_REACH if listed else _REACH)), -1):
        w = tokens[j]
        if w.sent != tokens[k].sent or w.text in {";", ":", "—", "–", "-"}:
            return None
        if w.text == ",":
            if not listed:
                return None
            commas += 1
            continue
        if w.pos == "VERB":
            if w.lemma not in lexicon.request_verbs or is_infinitive(w):
                return None
            addressed = j + 1 < k and tokens[j + 1].text.casefold() == "до"
            return j if (commas == 0 and k - j <= _REACH) or addressed else None
    return None
