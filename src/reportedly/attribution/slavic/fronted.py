"""A complement verb's object put first and its subject after it: "Цього рішення вимагав
президент Трамп", "Незгоду з угодою висловили кілька членів уряду" — the content is the
fronted object, the speaker the nominative phrase that follows the verb to the clause's end.

Read only where the sentence opens with the object (no subject stands before the verb: the
phrase there is an infinitive's, is in a case no subject is in, or disagrees with the verb in
gender or number) and the phrase after the verb agrees with it.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportedly.attribution.slavic._text import EDGE_AND_STOP, trim
from reportedly.attribution.slavic.agreement import agrees, gender_allows
from reportedly.attribution.slavic.complements import complement_draft
from reportedly.attribution.slavic.drafts import SlavicDraft
from reportedly.attribution.slavic.gerunds import is_infinitive
from reportedly.attribution.slavic.leads import sentence_before
from reportedly.attribution.slavic.lexicon import SlavicLexicon
from reportedly.attribution.slavic.parse import SlavicParse
from reportedly.attribution.slavic.phrases import phrase_after
from reportedly.attribution.slavic.time_phrases import PERIODS
from reportedly.model import Span, Token
from reportedly.nlp.slavic_morph import cases

# a sentence's first word that joins it to the one before, not part of the fronted object
_LINKING_WORDS = frozenset(
    {"але", "однак", "проте", "а", "і", "й", "водночас", "но", "однако", "и", "зато", "тому"}
)
# the parts of speech of a fronted object's words
_OBJECT_POS = {"NOUN", "PROPN", "ADJ", "DET", "PRON", "NUM", "ADP", "CCONJ"}
_MOST_OBJECT_WORDS = 8  # words the fronted object may have
# the marks that end the clause a subject after the verb must fill
_CLAUSE_MARKS = frozenset({",", ";", ":"})
_DASHES = frozenset("—–-")
# a fronted object of a demonstrative and a noun points back: "Такое мнение выразил X", "Таку
# думку висловив X" (as "К такому выводу пришло издание X", the sentence before is said)
_POINTING = frozenset({"такой", "такий"})


def fronted_complements(
    text: str, parse: SlavicParse, lexicon: SlavicLexicon, used: set[int]
) -> list[SlavicDraft]:
    """Statements of "<object> <complement verb> <subject>." for the lexicon's verbs."""
    drafts: list[SlavicDraft] = []
    tokens = parse.tokens
    for k, t in enumerate(tokens):
        if k in used or t.pos != "VERB" or t.lemma not in lexicon.complement_verbs:
            continue
        if is_infinitive(t) or k == 0:
            continue
        first = _clause_start(parse, k)
        last = k - 1
        negated = tokens[last].text.lower() in lexicon.negators
        if negated:
            last -= 1
        if last > first and tokens[last].text.lower() in PERIODS:
            last -= 2 if tokens[last - 1].pos in {"ADJ", "DET", "PRON"} else 1  # "цього року"
        fronted = tokens[first : last + 1]
        if not 2 <= len(fronted) <= _MOST_OBJECT_WORDS or not _an_object(parse, fronted, t):
            continue
        speaker = _subject_after(parse, k, lexicon.additive_particles)
        if speaker is not None and tokens[parse.tokens_in(speaker)[0]].lemma in lexicon.quantifiers:
            continue  # "висловили кілька членів уряду Мей": a group, which the name is not
        if (
            speaker is None
            or not agrees(parse, k, speaker)
            or not _agrees_gender(parse, t, speaker)
        ):
            continue
        content = trim(text, Span(fronted[0].start, fronted[-1].end), EDGE_AND_STOP)
        if len(fronted) == 2 and fronted[0].lemma in _POINTING:
            # "Такое мнение выразил обозреватель X": X's is the sentence before it, where the
            # object opens its sentence (no joining word before it)
            joined = first > 0 and tokens[first - 1].sent == t.sent
            before = None if joined else sentence_before(parse, text, k)
            if before is None:
                continue
            content = before
        drafts.append(complement_draft(tokens, k, content, speaker, lexicon))
    return drafts


def _clause_start(parse: SlavicParse, k: int) -> int:
    """The first token of token ``k``'s sentence, past a word that joins it to the last."""
    tokens = parse.tokens
    first = k
    while first > 0 and tokens[first - 1].sent == tokens[k].sent:
        first -= 1
    while first < k and (tokens[first].text.lower() in _LINKING_WORDS or tokens[first].text == ","):
        first += 1
    return first


def _an_object(parse: SlavicParse, words: Sequence[Token], verb: Token) -> bool:
    """Whether the words before the verb are its object, not its subject: an infinitive and
    its own object ("Надати копію такої ліцензії [вимагав]"), or a noun phrase whose head
    no subject can be (a case other than the nominative, or another gender or number)."""
    if words[0].pos == "ADP" or words[0].text[:1] in '«"„“':
        return False  # "У Києві [вимагали]": a place; a quote is read by the quote rules
    if is_infinitive(words[0]):
        return all(w.pos in _OBJECT_POS for w in words[1:])
    if any(w.pos not in _OBJECT_POS for w in words):
        return False
    heads = [w for w in words if w.pos in {"NOUN", "PROPN", "PRON"}]
    named = heads and heads[0].text[:1].isupper() and heads[0] is not words[0]
    if not heads or heads[0].pos == "PROPN" or named:
        return False  # a name first is a subject more often than not
    head = heads[0]
    if not _nominative(parse, head):
        return True  # "Незгоду з угодою [висловили]", "Цього рішення": a determiner in Gen
    if words[0] is not head and not _nominative(parse, words[0]):
        return True  # "Цього рішення [вимагав]": the word before the noun is no nominative
    return not gender_allows(parse, head, verb)


def _nominative(parse: SlavicParse, t: Token) -> bool:
    """Whether ``t`` may be a nominative: any dictionary reading (Ukrainian), the tagger's
    case in context or none (Russian)."""
    if parse.lang == "uk":
        found = cases("uk", t.text)
        return not found or "Nom" in found
    return "Case=Nom" in t.morph or "Case=" not in t.morph


def _agrees_gender(parse: SlavicParse, verb: Token, speaker: Span) -> bool:
    """Whether the verb's gender allows the phrase's first noun as its subject (a name: yes)."""
    words = [parse.tokens[i] for i in parse.tokens_in(speaker)]
    heads = [w for w in words if w.pos in {"NOUN", "PROPN"}]
    return not heads or gender_allows(parse, heads[0], verb) or heads[0].pos == "PROPN"


def _ends_clause(word: str) -> bool:
    """Whether a token is a mark that ends a clause: a comma, semicolon or colon, or a dash,
    doubled ones too ("--", typed for "—")."""
    return word in _CLAUSE_MARKS or (word != "" and set(word) <= _DASHES)


def _subject_after(parse: SlavicParse, k: int, also: frozenset[str]) -> Span | None:
    """The nominative phrase right after verb ``k`` (past words of ``also``: "і", "також")
    that ends its clause."""
    tokens = parse.tokens
    at = k + 1
    while (
        at < len(tokens) and tokens[at].text.lower() in also and tokens[at].sent == tokens[k].sent
    ):
        at += 1
    if at >= len(tokens) or tokens[at].sent != tokens[k].sent or tokens[at].pos == "PUNCT":
        return None
    stop = at
    while (
        stop < len(tokens)
        and tokens[stop].sent == tokens[k].sent
        and not _ends_clause(tokens[stop].text)
    ):
        if tokens[stop].pos == "PUNCT" and tokens[stop].text in ".!?…":
            break
        stop += 1
    speaker = phrase_after(parse, at, stop)
    if speaker is None:
        return None
    found = parse.tokens_in(speaker)
    if not found or found[0] != at or found[-1] != stop - 1:
        return None  # the phrase opens right after the verb and runs to the clause's end
    return speaker
