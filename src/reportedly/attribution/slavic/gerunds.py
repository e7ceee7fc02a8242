"""Gerund cues: "…, подчеркнув при этом: …", "…, наполягаючи, що …" — the cue's lemma (the
Ukrainian dictionary gives a gerund as its own lemma) and the verb whose subject speaks."""

from __future__ import annotations

from reportedly.attribution.slavic.agreement import grams
from reportedly.attribution.slavic.lexicon import SlavicLexicon
from reportedly.attribution.slavic.phrases import SlavicParse
from reportedly.model import Span, Token
from reportedly.nlp.slavic_morph import parses


def is_gerund(t: Token) -> bool:
    """Whether ``t`` is a gerund (деепричастие, дієприслівник)."""
    return t.tag.startswith("GRND") or "VerbForm=Conv" in t.morph


def is_infinitive(t: Token) -> bool:
    """Whether ``t`` is an infinitive (by either tagger's tags)."""
    return bool(grams(t) & {"INFN", "infn"}) or "VerbForm=Inf" in t.morph


def cue_lemma(t: Token, lexicon: SlavicLexicon) -> str:
    """The lemma to look ``t`` up by: a Ukrainian gerund's verb ("наполягаючи" ->
    "наполягати", "наголошуючи" -> "наголошувати", "підкресливши" -> "підкреслити") where
    the lexicon has it; a short form read only as a participle, the adjective it is ("она
    уверена" -> "уверенный"); else the token's own lemma."""
    if t.pos == "ADJ" and t.tag.startswith("PRTS") and t.lemma in lexicon.short_adjectives:
        return lexicon.short_adjectives[t.lemma]
    if not is_gerund(t) or lexicon.act(t.lemma) is not None:
        return t.lemma
    word = t.lemma.lower()
    stems: list[str] = []
    if word.endswith("вши"):
        stems = [word[:-3] + "ти"]
    elif word.endswith(("ючи", "учи")):
        stems = [word[:-3] + "ти", word[:-3] + "вати"]
    return next((s for s in stems if lexicon.act(s) is not None), t.lemma)


def governor(parse: SlavicParse, k: int) -> int | None:
    """The finite verb gerund ``k`` depends on: its parsed head (Russian), else the nearest
    finite verb before it in its sentence, else after it. A head the parse found in a frame
    after it ("Бауэр огласил …, заявив о …, заявил Лавров": "заявил" a parataxis) gives way
    to the verb before it."""
    tokens = parse.tokens
    t = tokens[k]
    same = [j for j in range(len(tokens)) if tokens[j].sent == t.sent and j != k]
    finite = [j for j in same if tokens[j].pos in {"VERB", "AUX"} and _finite(tokens[j])]
    before = [j for j in finite if j < k]
    after = [j for j in finite if j > k]
    if t.dep == "advcl" and 0 <= t.head < len(tokens) and tokens[t.head].pos == "VERB":
        if t.head > k and tokens[t.head].dep == "parataxis" and before:
            return before[-1]
        return t.head
    return before[-1] if before else (after[0] if after else None)


def _finite(t: Token) -> bool:
    if grams(t) & {"GRND", "INFN", "infn", "PRTF", "PRTS", "impr"}:
        return False
    return "VerbForm=Conv" not in t.morph and "VerbForm=Inf" not in t.morph


def finite_reading(parse: SlavicParse, t: Token) -> bool:
    """Whether the dictionary reads the word as a finite verb too ("просить": the tagger's
    infinitive, and "he asks")."""
    return any(
        {"pres", "past", "futr"} & p.tag.grammemes
        for p in parses(parse.lang, t.text.lower())
        if p.tag.POS == "VERB"
    )


def main_subject(parse: SlavicParse, k: int, g: int, speaker: Span | None) -> bool:
    """Whether ``speaker`` is the subject before verb ``g`` that gerund ``k`` qualifies, that
    verb before the gerund, and the subject no clause's ("Конгресмени звернулись до ФБР,
    звинувачуючи …"; not "заявив, що пошта працює погано, звинувативши …")."""
    if speaker is None or g > k or speaker.end > parse.tokens[g].start:
        return False
    first = parse.token_at(speaker.start)
    if first is None or first == 0:
        return first == 0
    before = parse.tokens[first - 1]
    return before.pos not in {"SCONJ", "PRON"} and before.text.lower() not in {"що", "что"}
