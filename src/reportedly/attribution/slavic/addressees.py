"""The phrase right after a Russian/Ukrainian cue that is not its subject: the one told
("Ашіг Масіх повідомив DW, що …"), an object named as something ("назвав такий варіант
таким, що …"), or a noun that cannot agree with the verb ("висловила сподівання")."""

from __future__ import annotations

from reportedly.attribution.slavic.agreement import agrees
from reportedly.attribution.slavic.complements import nominative_subject
from reportedly.attribution.slavic.phrases import PERSONAL, SlavicParse, phrase_before
from reportedly.attribution.slavic.quoted import OPENING_QUOTES
from reportedly.model import Span, Token


def told(parse: SlavicParse, conj: tuple[str, ...], k: int, after: Span) -> bool:
    """Whether the phrase ``after`` cue ``k`` is the one the cue's words were told to."""
    return (
        _told_name(parse, k, after)
        or _told_noun(parse, k, after)
        or _told_at(parse, k, after)
        or _told_quoted(parse, conj, k, after)
    )


def _told_name(parse: SlavicParse, k: int, after: Span) -> bool:
    """Whether the Latin name right after Ukrainian cue ``k`` is its addressee: a person
    (a named one, or a personal pronoun) stands right before the verb as its subject
    ("Ашіг Масіх повідомив DW, що …"). With no parse, the name's case is unknown."""
    tokens = parse.tokens
    inside = [tokens[j] for j in parse.tokens_in(after)]
    if parse.lang != "uk" or not inside or inside[0].i != k + 1:
        return False
    if not all(t.text.isascii() and t.text[:1].isupper() for t in inside):
        return False
    if any(t.ent_type == "PERSON" for t in inside):
        return False
    before = _phrase_right_before(parse, k)
    if before is None:
        return False
    words = [tokens[j] for j in parse.tokens_in(before)]
    return any(t.ent_type == "PERSON" for t in words) or (
        len(words) == 1 and words[0].lemma in PERSONAL
    )


def _told_at(parse: SlavicParse, k: int, after: Span) -> bool:
    """Whether the one name right after a plural Ukrainian cue ``k`` is its addressee:
    the clause opens with the place it was said in, "у"/"в" and a noun ("У самій клініці
    розповіли РБК, що …"; the people there spoke, to РБК)."""
    tokens = parse.tokens
    inside = parse.tokens_in(after)
    if parse.lang != "uk" or len(inside) != 1 or inside[0] != k + 1:
        return False
    if "Number=Plur" not in tokens[k].morph or not tokens[k + 1].text[:1].isupper():
        return False
    j = k - 1
    while (
        j >= 0
        and tokens[j].sent == tokens[k].sent
        and tokens[j].pos in {"NOUN", "ADJ", "DET", "PRON"}
    ):
        j -= 1
    opens = j < 1 or tokens[j - 1].sent != tokens[k].sent or tokens[j - 1].text == ","
    return 0 <= j < k - 1 and tokens[j].text.lower() in {"у", "в"} and opens


def _told_noun(parse: SlavicParse, k: int, after: Span) -> bool:
    """Whether the common noun right after Ukrainian cue ``k``, its "що" clause right after
    it, is the addressee: a subject agreeing with the verb stands right before the verb
    ("ТД «Украгропром» повідомив держпідприємство, що …")."""
    tokens = parse.tokens
    inside = parse.tokens_in(after)
    if parse.lang != "uk" or not inside or inside[0] != k + 1 or k < 1:
        return False
    rest = [t.text.lower() for t in tokens[inside[-1] + 1 : inside[-1] + 3]]
    if rest != [",", "що"] or not all(tokens[i].text.islower() for i in inside):
        return False
    before = _phrase_right_before(parse, k)
    if before is None:
        return False
    return nominative_subject(parse, before, tokens[k]) and agrees(parse, k, before)


def _told_quoted(parse: SlavicParse, conj: tuple[str, ...], k: int, after: Span) -> bool:
    """Whether the name in quote marks right after cue ``k``, its clause right after it
    (", що"/", что", "про те, що"/"о том, что"), is the one told: a subject agreeing with
    the verb stands right before it ("«Газпром» поінформував «Нафтогаз» про те, що …")."""
    tokens = parse.tokens
    inside = parse.tokens_in(after)
    if not inside or inside[0] != k + 1 or tokens[k + 1].text not in OPENING_QUOTES:
        return False
    rest = [t.text.lower() for t in tokens[inside[-1] + 1 : inside[-1] + 5]]
    if rest[:2] not in ([",", c] for c in conj) and rest[:4] not in (
        ["про", "те", ",", "що"],
        ["о", "том", ",", "что"],
    ):
        return False
    before = phrase_before(parse, k)  # "«Газпром» офіційно поінформував": an adverb
    if before is None or any(
        t.end > before.end and t.pos != "ADV" for t in tokens[max(0, k - 3) : k]
    ):
        return False
    return nominative_subject(parse, before, tokens[k]) and agrees(parse, k, before)


def after_agrees(parse: SlavicParse, k: int, after: Span) -> bool:
    """Whether a common noun opening the phrase after cue ``k`` may be the verb's subject
    by number and by a past tense's neuter ("висловила сподівання", "заявила в інтерв'ю":
    a neuter noun, no subject of a feminine verb). Masculine and feminine are not
    weighed ("заявила представитель МИД": a woman's title is masculine), nor a name's
    gender (the dictionary's guess)."""
    tokens = parse.tokens
    inside = parse.tokens_in(after)
    head = next((tokens[i] for i in inside if tokens[i].pos in {"NOUN", "PROPN"}), None)
    if head is None or head.pos != "NOUN" or not head.text.islower():
        return True
    verb, noun = _gender(tokens[k]), _gender(head)
    neuter_mismatch = verb is not None and noun is not None and (verb == "Neut") != (noun == "Neut")
    return agrees(parse, k, after) and not neuter_mismatch


def _phrase_right_before(parse: SlavicParse, k: int) -> Span | None:
    """The nominative phrase that ends right at cue ``k``, or None."""
    before = phrase_before(parse, k)
    return before if before is not None and before.end == parse.tokens[k - 1].end else None


def named_as(parse: SlavicParse, after: Span) -> bool:
    """Whether the phrase after a cue is followed by an instrumental "таким"/"такой" ("назвав
    такий варіант таким, що …", "назвал эти слова такими, что …"): an object named as
    something, not the verb's subject."""
    inside = parse.tokens_in(after)
    tokens = parse.tokens
    if not inside or inside[-1] + 1 >= len(tokens):
        return False
    nxt = tokens[inside[-1] + 1]
    return nxt.lemma in {"такий", "такой"} and parse.has_case(nxt, "Ins")


def _gender(t: Token) -> str | None:
    """A token's one gender ("Masc", "Fem", "Neut") by its morphology, or None."""
    found = [g for g in ("Masc", "Fem", "Neut") if f"Gender={g}" in t.morph]
    return found[0] if len(found) == 1 else None
