"""A second predicate of a cue's subject after its "що"/"что" clause: "Авіакомпанія заявила,
що угоди вже досягнуті, і запросила співробітників до переговорів" — "запросила" agrees with
"заявила", not with the clause's subject "угоди" (nor any other nominative of it), so the
clause ends before ", і"; and a
verb after "і" that the clause's own subject may govern ("сказав, що ситуація складна, і
вимагає рішень": the situation's, not the speaker's)."""

from __future__ import annotations

from reportedly.attribution.slavic._text import AND
from reportedly.attribution.slavic.agreement import number, same_form
from reportedly.attribution.slavic.gerunds import is_gerund, is_infinitive
from reportedly.attribution.slavic.parse import SlavicParse
from reportedly.attribution.slavic.phrases import WHICH
from reportedly.model import Span, Token
from reportedly.nlp.slavic_morph import parses

_THAT = frozenset({"що", "что"})
# what a clause whose subject is named opens with ("що [угоди] …", "что [новые] санкции …")
_OPENERS = frozenset({"NOUN", "PROPN", "PRON", "ADJ", "DET", "NUM"})
# pronouns that point at a state of things, no subject of a demand ("это слишком мало")
_POINTERS = frozenset({"это", "то", "це", "те"})


def second_predicate(
    parse: SlavicParse, cue: int, conj: int, j: int, but: frozenset[str] = frozenset()
) -> bool:
    """Whether "і"/"и"/"та" at token ``j`` (after a comma), or one of the connectives ``but``
    after a comma ("…, однако не подтвердил …"), joins a finite verb in the form of cue
    ``cue`` that cannot be a predicate of the subject of the clause opened at ``conj``."""
    tokens = parse.tokens
    if j + 1 >= len(tokens):
        return False
    word = tokens[j].text.casefold()
    if word not in AND and not (word in but and j > 0 and tokens[j - 1].text == ","):
        return False
    m = j + 1
    while m < len(tokens) - 1 and tokens[m].pos in {"ADV", "PART"}:
        m += 1  # "і також запросила"
    verb = tokens[m]
    if (
        verb.sent != tokens[cue].sent
        or not _finite(verb)
        or not same_form(parse, tokens[cue], verb)
    ):
        return False
    o = conj + 1
    while o < j and tokens[o].pos in {"ADV", "PART"}:
        o += 1
    if o >= j or tokens[o].pos not in _OPENERS:
        return False  # "…, що зв'язались із виробником … й вирішили": no subject named
    subjects = _clause_subjects(parse, conj, j)
    return bool(subjects) and not any(_may_agree(parse, t, verb) for t in subjects)


def clause_may_govern(parse: SlavicParse, k: int) -> bool:
    """Whether verb ``k`` after "і" may be a predicate of the subject of the "що"/"что"
    clause it stands in ("…, що ситуація складна, і вимагає рішень")."""
    tokens = parse.tokens
    for c in range(k - 1, 0, -1):
        if tokens[c].sent != tokens[k].sent:
            return False
        if tokens[c].text.casefold() in _THAT and tokens[c - 1].text == ",":
            # "…, что это слишком мало, и требует …": "это" acts not
            subjects = [
                t for t in _clause_subjects(parse, c, k) if t.text.casefold() not in _POINTERS
            ]
            return any(_may_agree(parse, t, tokens[k]) for t in subjects)
    return False


def in_relative_clause(parse: SlavicParse, k: int) -> bool:
    """Whether verb ``k`` stands in a relative clause opened after the last comma before it
    ("…, которое отменил парламент и потребовал его отставки": the parliament's verb)."""
    tokens = parse.tokens
    for c in range(k - 1, -1, -1):
        if tokens[c].sent != tokens[k].sent or tokens[c].text == ",":
            return False
        if tokens[c].lemma in WHICH or tokens[c].text.casefold() in WHICH:
            return True
    return False


def same_gender(parse: SlavicParse, subject: Span, verb: Token) -> bool:
    """Whether a singular past verb's gender allows the head of ``subject`` (its first noun,
    name or pronoun): not a neuter "вторжение" before "предложил"; unknown genders allow."""
    heads = [parse.tokens[i] for i in parse.tokens_in(subject)]
    head = next((t for t in heads if t.pos in {"NOUN", "PROPN", "PRON"}), None)
    if head is None or number(verb) != "sing":
        return True
    verb_gender, head_gender = _gender(verb), _gender(head)
    return verb_gender is None or head_gender is None or verb_gender == head_gender


def _gender(t: Token) -> str | None:
    return next((m[7:] for m in t.morph.split("|") if m.startswith("Gender=")), None)


def _clause_subjects(parse: SlavicParse, conj: int, end: int) -> list[Token]:
    """The nominative nouns, names and pronouns of the clause from ``conj`` to ``end`` not
    after a preposition: each may be the subject of a verb after it ("…, что отношения будут
    развиваться, ситуация там сложная и требует …": "ситуация")."""
    tokens = parse.tokens
    return [
        t
        for k, t in enumerate(tokens[conj + 1 : end], conj + 1)
        if t.pos in {"NOUN", "PROPN", "PRON"}
        and parse.has_case(t, "Nom")
        and tokens[k - 1].pos != "ADP"
    ]


def _may_agree(parse: SlavicParse, subject: Token, verb: Token) -> bool:
    """Whether ``subject`` may be the subject of ``verb`` by number and a past verb's gender,
    any nominative reading of the noun counted ("угоди": plural only as a nominative)."""
    wanted = number(verb)
    if wanted is not None and wanted not in _nominative_numbers(parse, subject):
        return False
    genders = {parse.gender(subject), parse.gender(verb)}
    return wanted == "plur" or None in genders or len(genders) == 1


def _nominative_numbers(parse: SlavicParse, t: Token) -> set[str]:
    found = {
        n
        for p in parses(parse.lang, t.text)
        if "nomn" in p.tag.grammemes
        for n in ("sing", "plur")
        if n in p.tag.grammemes
    }
    if parse.lang == "ru" or not found:  # Russian: the tagger read the context
        found = {n for n in [number(t)] if n is not None} or {"sing", "plur"}
    return found


def _finite(t: Token) -> bool:
    return t.pos == "VERB" and not is_infinitive(t) and not is_gerund(t) and "PRT" not in t.tag
