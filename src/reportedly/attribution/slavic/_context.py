"""What a Russian or Ukrainian parse says about a name where it stands: its case in context,
whether a verb follows it, whether a title before it agrees with it."""

from __future__ import annotations

from reportedly.attribution.slavic.bodies import token_case
from reportedly.attribution.slavic.lexicon import default_lexicon
from reportedly.attribution.slavic.phrases import SlavicParse
from reportedly.model import Span, Token
from reportedly.nlp.slavic_morph import parses


def case_in_context(parse: SlavicParse, span: Span) -> str | None:
    """The case the Russian tagger read for a name's first word in context (the Ukrainian
    annotation's cases are out of context: none)."""
    k = parse.token_at(span.start)
    if parse.lang != "ru" or k is None:
        return None
    if parse.her_surname(parse.tokens[k]):
        return "Nom"  # "Дегтярёва … отчиталась": a woman's nominative, not a man's genitive
    return token_case(parse.tokens[k])


def in_case(parse: SlavicParse, span: Span, case: str) -> bool:
    """Whether a word of ``span`` can be read in ``case`` (a span of no token: yes)."""
    found = parse.tokens_in(span)
    return not found or any(parse.has_case(parse.tokens[k], case) for k in found)


def wholly_in_case(parse: SlavicParse, span: Span, case: str) -> bool:
    """Whether every word of ``span`` can be read in ``case``: a name whose given name is
    declined ("Уряд Терези Мей") is in that name's case, whatever its surname may be."""
    return all(parse.has_case(parse.tokens[k], case) for k in parse.tokens_in(span))


def _verb_after(parse: SlavicParse, span: Span) -> Token | None:
    """The verb that follows ``span``, past adverbs and particles, or None."""
    k = parse.token_at(span.end)
    tokens = parse.tokens
    while k is not None and k < len(tokens) and tokens[k].pos in {"ADV", "PART"}:
        k += 1
    return tokens[k] if k is not None and k < len(tokens) and tokens[k].pos == "VERB" else None


def _infinitive(lang: str, verb: Token) -> bool:
    """Whether ``verb`` is an infinitive (the Ukrainian annotation gives no VerbForm: its
    dictionary readings, all of them infinitives)."""
    if "VerbForm=Inf" in verb.morph:
        return True
    found = parses(lang, verb.text)
    return bool(found) and all(p.tag.grammemes & {"INFN", "infn"} for p in found)


def nominative_in_context(parse: SlavicParse, span: Span) -> bool:
    """Whether ``span``'s first word is in the nominative and follows no preposition."""
    k = parse.token_at(span.start)
    if k is None:
        return False
    before = parse.tokens[k - 1] if k > 0 else None
    if before is not None and before.pos == "ADP":
        return False
    return parse.has_case(parse.tokens[k], "Nom")


def apposed(parse: SlavicParse, first: int, name: int) -> bool:
    """Whether the title at token ``first`` agrees with the name at token ``name`` in case and
    is singular (Russian, where the tagger reads case in context): "региональным властями
    Зеленский" is no title of Зеленский."""
    if parse.lang != "ru":
        return True
    head, person = parse.tokens[first], parse.tokens[name]
    if "Number=Plur" in head.morph:
        return False
    case = [f for f in person.morph.split("|") if f.startswith("Case=")]
    return not case or case[0] in head.morph.split("|")


def close_subject(parse: SlavicParse, span: Span, before: int) -> bool:
    """Whether the name ``span`` is a subject (right before a verb; in Russian in the
    nominative) in the sentence of offset ``before`` or the one before it."""
    k, at = parse.token_at(span.start), parse.token_at(before)
    if k is None or at is None or parse.tokens[at].sent - parse.tokens[k].sent > 1:
        return False
    return subject_in_context(parse, span) or parsed_subject(parse, span)


def parsed_subject(parse: SlavicParse, span: Span) -> bool:
    """Whether the Russian dependency parse makes a word of ``span`` the subject of a verb of
    speech, after the verb too ("об этом также высказался Владимир Путин. Он сказал": Путин;
    not "есть … "Нептун"" in a quote)."""
    if parse.lang != "ru":
        return False
    tokens, cues = parse.tokens, default_lexicon("ru").acts
    return any(
        tokens[k].dep in ("nsubj", "nsubj:pass") and tokens[tokens[k].head].lemma in cues
        for k in parse.tokens_in(span)
        if 0 <= tokens[k].head < len(tokens)
    )


def subject_in_context(parse: SlavicParse, span: Span) -> bool:
    """Whether the name ``span`` is a subject: right before a verb that is no infinitive, in
    the nominative where the tagger reads case in context (Russian): "Трамп … призвал Путина
    не идти" has Путина before a verb, but not in the nominative."""
    verb = _verb_after(parse, span)
    if verb is None or _infinitive(parse.lang, verb):
        return False  # "прошу … Дональда Трампа допомогти": the infinitive's, not a subject
    return parse.lang != "ru" or nominative_in_context(parse, span)
