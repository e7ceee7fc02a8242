"""Ukrainian subjects set off from their verb by an apposition: "Угур Шахін, генеральний
директор компанії BioNTech, що розробляє вакцину, сподівається, що …" (the Ukrainian
annotation has no dependency parse to give the subject); the subject a relative clause sets
off from its verb ("Pfizer, яка співпрацює з BioNTech, оголосила …"); and what a relative
pronoun subject refers to ("підтвердив і ВГСУ, який заявив, що …")."""

from __future__ import annotations

from reportedly.attribution.slavic.agreement import gender_allows, grams
from reportedly.attribution.slavic.name_particles import NAME_PARTICLES
from reportedly.attribution.slavic.phrases import (
    AT,
    PLACES,
    RELATIVE,
    SlavicParse,
    phrase_before,
)
from reportedly.attribution.slavic.skipped_words import adverbs_skipped
from reportedly.model import Span, Token


def apposed_subject(parse: SlavicParse, k: int) -> Span | None:
    """The person's name that opens the sentence of Ukrainian cue verb ``k``, set off by a
    comma or bracket from an apposition that runs up to the verb ("Угур Шахін, генеральний
    директор компанії BioNTech, що розробляє вакцину, сподівається"; a place or occasion
    after the last comma: "…, директор ACN, на зустрічі з журналістами розповів"): two or
    more capitalised words, no finite verb between them and the cue but in a relative clause."""
    tokens = parse.tokens
    if parse.lang != "uk":
        return None
    sent = tokens[k].sent
    j = adverbs_skipped(parse, k - 1, sent)
    c = j
    while c >= 0 and tokens[c].sent == sent and tokens[c].text != "," and j - c < 6:
        c -= 1
    opens = tokens[c + 1] if c < j else None  # "на зустрічі": "на" is read as a particle
    if c < 0 or tokens[c].text != "," or (opens and opens.text.lower() not in AT | PLACES):
        return None
    first = c
    while first > 0 and tokens[first - 1].sent == sent:
        first -= 1
    while first < c and tokens[first].pos == "PUNCT":
        first += 1
    end = first
    while (
        end < c
        and end - first < 4
        and (
            (tokens[end].text[:1].isupper() and tokens[end].text[1:].islower())
            or (end > first and tokens[end].text in NAME_PARTICLES)  # "Фон дер Ляєн"
        )
    ):
        end += 1
    if (
        end - first < 2
        or tokens[end].text not in {",", "("}
        or tokens[end - 1].text in NAME_PARTICLES
    ):
        return None
    relative = False
    for t in tokens[end:k]:
        relative = relative or t.lemma.casefold() in RELATIVE
        if t.pos in {"VERB", "AUX"} and not relative and _finite_verb(t):
            return None
    return Span(tokens[first].start, tokens[end - 1].end)


def _finite_verb(t: Token) -> bool:
    if grams(t) & {"GRND", "INFN", "infn", "PRTF", "PRTS"}:
        return False
    return not any(m.startswith("VerbForm=") and m != "VerbForm=Fin" for m in t.morph.split("|"))


def relative_head(parse: SlavicParse, speaker: Span, case: str = "Nom") -> Span | None:
    """The phrase right before the comma that a relative pronoun speaker follows ("ВГСУ, який
    [заявив]", "министерство, которое [сообщило]"); None for any other speaker."""
    k = parse.token_at(speaker.start)
    tokens = parse.tokens
    if k is None or k < 2 or tokens[k].lemma not in RELATIVE or tokens[k - 1].text != ",":
        return None
    if tokens[k].end < speaker.end:
        return None  # a phrase that opens with the pronoun: "які з них", not the pronoun
    head = phrase_before(parse, k - 1, case)
    if head is None or parse.token_at(head.start) == k:
        return None
    return head if tokens[parse.token_at(head.start) or 0].lemma not in RELATIVE else None


def subject_before_relative(parse: SlavicParse, k: int) -> Span | None:
    """The subject set off from verb ``k`` by a relative clause: "Local Authority Pension Fund
    Forum (LAPFF), що є акціонером Ryanair, вимагає …", "Даг Коллінз, республіканець, який
    представляє команду Трампа, у вівторок направив …" (the name before an apposition too); a
    short place or time after the clause may stand before the verb ("…, у вівторок"). The
    phrase is nominative and agrees with the verb."""
    tokens = parse.tokens
    sent = tokens[k].sent
    c = adverbs_skipped(parse, k - 1, sent)
    if c >= 0 and tokens[c].text != ",":  # "…, у вівторок [направив]": a time or place
        p = c
        while p >= 0 and tokens[p].sent == sent and tokens[p].text != "," and c - p < 3:
            p -= 1
        if p < 0 or tokens[p].text != "," or tokens[p + 1].text.lower() not in AT | PLACES:
            return None
        c = p
    if c < 2 or tokens[c].text != ",":
        return None
    r = c - 1
    while r > 0 and tokens[r].sent == sent and c - r < 20 and tokens[r].text != ",":
        r -= 1  # back to the comma that opens the relative clause
    if r < 1 or tokens[r].text != "," or tokens[r + 1].lemma.casefold() not in RELATIVE:
        return None
    while (outer := _opening_before(parse, r)) is not None:
        r = outer  # "Сільва, який очолює профспілку, яка схвалила страйк, сказав": Сільва
    head = phrase_before(parse, r)
    if head is None and tokens[r - 1].text == ")":  # "Forum (LAPFF), що …": an abbreviation
        o = r - 2
        while o > 0 and c - o < 25 and tokens[o].text != "(" and tokens[o].pos != "VERB":
            o -= 1
        head = phrase_before(parse, o) if tokens[o].text == "(" else None
    if head is not None and tokens[r - 1].pos == "NOUN" and tokens[r - 1].text.islower():
        first = parse.token_at(head.start)  # "Даг Коллінз, республіканець, який …"
        if first is not None and first > 0 and tokens[first - 1].text == ",":
            named = phrase_before(parse, first - 1)
            if named is None or not tokens[parse.token_at(named.start) or 0].text[:1].isupper():
                return None
            head = named
    if head is None or tokens[parse.token_at(head.start) or 0].lemma in RELATIVE:
        return None
    inside = parse.tokens_in(head)
    if len(inside) > 1 and tokens[inside[0]].pos == "PRON":
        return None  # "його іншимДослідники": words run together, no phrase to trust
    return head if _agrees(parse, tokens[k], head) else None


def _agrees(parse: SlavicParse, verb: Token, phrase: Span) -> bool:
    """Whether a past-tense verb's number and gender allow the phrase's head as its subject."""
    words = [parse.tokens[i] for i in parse.tokens_in(phrase)]
    nouns = [t for t in words if t.pos in {"NOUN", "PROPN"}]
    if not nouns:
        return any(t.pos == "X" and t.text[:1].isupper() for t in words)  # a Latin name
    head = nouns[0]
    plural_verb = "Number=Plur" in verb.morph or "plur" in grams(verb)
    if plural_verb != ("Number=Plur" in head.morph) and head.pos == "NOUN":
        return False
    return plural_verb or gender_allows(parse, head, verb)


def _opening_before(parse: SlavicParse, r: int) -> int | None:
    """The comma opening a relative clause that the one at comma ``r`` is nested in (no
    comma between them), or None."""
    tokens = parse.tokens
    o = r - 1
    while o > 0 and tokens[o].sent == tokens[r].sent and tokens[o].text != ",":
        o -= 1
    if o < 1 or tokens[o].text != "," or tokens[o].sent != tokens[r].sent:
        return None
    return o if tokens[o + 1].lemma.casefold() in RELATIVE else None
