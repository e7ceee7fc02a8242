"""Participle cues (Russian): "Захарова, заявившая ранее, что Москва ответит, также
отметила …", "сообщения украинских СМИ, заявивших, что …" — an active participle set off by a
comma describes the noun phrase before it, in its case and number: that phrase says the
clause. The clause ends where the sentence's own predicate resumes after a comma."""

from __future__ import annotations

from reportedly.attribution.slavic.phrases import SlavicParse, phrase_before
from reportedly.model import Span, Token


def _feature(t: Token, name: str) -> str | None:
    found = [f.split("=", 1)[1] for f in t.morph.split("|") if f.startswith(name + "=")]
    return found[0] if found else None


def described_by(parse: SlavicParse, k: int) -> tuple[Span, str] | None:
    """The phrase a participle cue ``k`` describes and its case, when the cue is an active
    participle right after a comma and the phrase before the comma agrees with it; else
    None (a finite verb, a passive "озвученные Путиным", a Ukrainian text with no parse)."""
    tokens = parse.tokens
    t = tokens[k]
    if parse.lang != "ru" or t.pos != "VERB" or "VerbForm=Part" not in t.morph:
        return None
    if "Variant=Short" in t.morph or "Voice=Pass" in t.morph or k < 2 or tokens[k - 1].text != ",":
        return None
    case = _feature(t, "Case")
    if case is None:
        return None
    found = phrase_before(parse, k - 1, case)
    if found is None:
        return None
    last = tokens[parse.tokens_in(found)[-1]]
    number, gender = _feature(t, "Number"), _feature(t, "Gender")
    if _feature(last, "Number") not in (None, number):
        return None
    if number == "Sing" and _feature(last, "Gender") not in (None, gender):
        return None
    return found, case


def resumes(parse: SlavicParse, comma: int) -> bool:
    """Whether a finite verb follows the comma at token ``comma`` (adverbs and particles
    skipped): the sentence's predicate after a participle's phrase ("…, также отметила")."""
    tokens = parse.tokens
    j = comma + 1
    while j < len(tokens) and tokens[j].pos in {"ADV", "PART"}:
        j += 1
    return j < len(tokens) and tokens[j].pos == "VERB" and "VerbForm=Fin" in tokens[j].morph
