"""Speaker phrases that name someone by a relation to a name: "сказав чоловік на ім'я Ашик
Масіх" (the person named), "Дочка Соні Ацеведо розповіла" (another person, unnamed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportedly.nlp.slavic_morph import best_parse

if TYPE_CHECKING:
    from reportedly.attribution.slavic.lexicon import SlavicLexicon
    from reportedly.attribution.slavic.speakers import SlavicEntities
    from reportedly.model import Span


def called_by_name(index: SlavicEntities, speaker: Span, lexicon: SlavicLexicon) -> str | None:
    """The person named right after the phrase by "на ім'я"/"по имени" ("сказав чоловік на
    ім'я Ашик Масіх"), when the phrase itself names no one; else None."""
    if not lexicon.called or index.names_in(speaker):
        return None
    after = index.text[speaker.end : speaker.end + 40]
    rest = after.lstrip()
    words = next((w for w in lexicon.called if rest.casefold().startswith(w)), None)
    if words is None:
        return None
    start = speaker.end + len(after) - len(rest) + len(words)
    for span, key in index.mentions():
        if span.start > start + 2:
            break
        if span.start >= start and index.kind(key) == "person":
            return key
    return None


def kin_of_named(index: SlavicEntities, speaker: Span, lexicon: SlavicLexicon) -> bool:
    """Whether the phrase is a kinship noun's genitive name, or opens with such a noun:
    "Дочка Соні Ацеведо", "Жена Навального" name a relative the text leaves unnamed (a name in
    the nominative is the relative's own: "дочь Мария рассказала")."""
    parse = index.parse
    k = parse.token_at(speaker.start)
    if k is None:
        return False
    tokens = parse.tokens
    if tokens[k].lemma.casefold() in lexicon.kin:
        name = k + 1
    elif (
        k > 0
        and tokens[k - 1].sent == tokens[k].sent
        and tokens[k - 1].lemma.casefold() in lexicon.kin
    ):
        name = k
    else:
        return False
    if name >= len(tokens) or tokens[name].sent != tokens[k].sent:
        return False
    t = tokens[name]
    # the dictionary's likeliest reading of the name: "Сони" is Соня's genitive whatever the
    # parse says, "Виктория" no "Викторий"'s
    best = best_parse(index.lang, t.text)
    genitive = best is not None and best.tag.case == "gent"
    return t.text[:1].isupper() and ("Case=Gen" in t.morph or genitive)
