"""When a complement verb says something: a complement of one or two words ("висловив
[підтримку Україні]", "закликав [до переговорів]", "пообіцяв [допомогу]", "пригрозили
[санкціями]"), a condemnation that is no court's sentence ("засудило обстріл Харкова", not
"засудив його до п'яти років"), a list of nouns after a comma ("жалуются на усталость,
ранения, проблемы с боеприпасами"), and a verb of demanding whose subject is a thing
("вакцини вимагають глибокого заморожування": they need it, nobody demands it).

A short object says something only after a verb of the lexicon's ``short_complement_verbs``
(a request, promise, threat, feeling expressed, thing confirmed or denied: the verb says how
it was said, the object what), and only when it names a thing: a common inanimate noun or
an infinitive, not a person told or accused ("закликав громадян", "пообіцяв українцям"), a
name ("закликав Захід"), a time ("минулого тижня", "у понеділок") or a place or occasion
after a preposition ("підтвердив на брифінгу"); a noun that only announces a clause ("висловив
сподівання, що …") is that clause's, not a content. Longer complements are read as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportedly.attribution.slavic.agreement import grams
from reportedly.attribution.slavic.bodies import token_case
from reportedly.attribution.slavic.gerunds import is_infinitive
from reportedly.attribution.slavic.lexicon import SlavicLexicon
from reportedly.attribution.slavic.parse import SlavicParse
from reportedly.attribution.slavic.quoted import MARKS
from reportedly.attribution.slavic.time_phrases import time_word
from reportedly.model import Span, Token
from reportedly.nlp.slavic_morph import cases

SHORT = 3  # a complement of fewer words is read only as this module says
# the prepositions a short object may open with: what is called for or asked about ("закликав
# до переговорів", "призвал к диалогу", "просить про допомогу"); not "на брифінгу", "у
# понеділок": where or when
_OPENING_PREPOSITIONS = frozenset({"до", "к", "ко", "про", "о", "об"})
# the words after a comma that make a noun the announcement of a clause
_CLAUSE_WORDS = frozenset({"що", "щоб", "щоби", "что", "чтобы"})


def short_content_says(
    parse: SlavicParse, lexicon: SlavicLexicon, verb: Token, first: int, last: int
) -> bool:
    """Whether tokens ``first``..``last``, a complement of fewer than :data:`SHORT` words,
    are what complement verb ``verb`` says."""
    if verb.lemma not in lexicon.short_complement_verbs:
        return False
    tokens = parse.tokens
    words = [k for k in range(first, last + 1) if tokens[k].pos != "PUNCT"]
    words = [k for k in words if tokens[k].text not in MARKS]
    if not words or any(time_word(parse, k) for k in words):
        return False
    opening = tokens[words[0]]
    if opening.pos == "ADP" and opening.text.casefold() not in _OPENING_PREPOSITIONS:
        return False
    if _announces_clause(parse, last):
        return False
    return any(_names_a_thing(tokens[k]) for k in words)


def _names_a_thing(t: Token) -> bool:
    """A common inanimate noun ("підтримку", "санкціями") or an infinitive ("допомогти")."""
    if t.pos == "VERB":
        return is_infinitive(t)
    return t.pos == "NOUN" and t.text[:1].islower() and "inan" in grams(t)


def _announces_clause(parse: SlavicParse, last: int) -> bool:
    """Whether a comma and "що"/"что"/"щоб"/"чтобы" follow the complement ending at ``last``."""
    tokens = parse.tokens
    if last + 2 >= len(tokens) or tokens[last + 1].text != ",":
        return False
    return tokens[last + 2].text.casefold() in _CLAUSE_WORDS


def thing_requires(
    parse: SlavicParse, lexicon: SlavicLexicon, verb: Token, speaker: Span, named: bool
) -> bool:
    """Whether demanding verb ``verb`` (the lexicon's ``requiring_verbs``) means "needs": its
    subject, no name, has for its first noun a thing, not a person, body or document
    ("Оксфордська вакцина не вимагає зберігання …", "инновации требуют капитала")."""
    if verb.lemma not in lexicon.requiring_verbs or named:
        return False
    tokens = parse.tokens
    nouns = [tokens[k] for k in parse.tokens_in(speaker) if tokens[k].pos in {"NOUN", "PRON"}]
    if not nouns or nouns[0].pos == "PRON":
        return False
    speakers = lexicon.bodies | lexicon.voices | lexicon.org_anaphors | lexicon.outlet_anaphors
    head = nouns[0]
    return "inan" in grams(head) and head.lemma not in speakers | lexicon.speaking_groups


def lists_on(parse: SlavicParse, k: int, j: int) -> bool:
    """Whether the comma after token ``j`` of the complement opening at ``k`` goes on with
    another noun of a list: a lower-case noun that may be in the case of the complement's
    first noun, which ends at token ``j`` ("на усталость, ранения, проблемы с боеприпасами")."""
    tokens = parse.tokens
    if j + 2 >= len(tokens) or tokens[j].pos != "NOUN":
        return False
    first = next((t for t in tokens[k : j + 1] if t.pos == "NOUN"), None)
    after = tokens[j + 2]
    if first is None or after.pos != "NOUN" or not after.text[:1].islower():
        return False
    case = token_case(first)
    if after.sent != tokens[j].sent or case is None:
        return False
    if token_case(after) == case or case in cases(parse.lang, after.text.lower()):
        return True
    # Ukrainian tags are the dictionary's first reading: any case both words may be in
    # ("на висип, кропив'янку": "висип" read nominative, both accusative)
    both = cases(parse.lang, first.text.lower()) & cases(parse.lang, after.text.lower())
    return parse.lang == "uk" and bool(both)


def sentenced(
    parse: SlavicParse, lexicon: SlavicLexicon, verb: Token, first: int, last: int
) -> bool:
    """Whether condemning verb ``verb`` (the lexicon's ``condemning_verbs``, which also mean
    "sentence") sentences someone: its complement opens with a person, a pronoun or a name
    ("засудив його до …", "осудили блогера"), or names a term (the lexicon's ``term_words``:
    "до п'яти років")."""
    if verb.lemma not in lexicon.condemning_verbs:
        return False
    tokens = parse.tokens
    words = [tokens[k] for k in range(first, last + 1) if tokens[k].pos != "PUNCT"]
    if any(t.text.casefold() in lexicon.term_words or t.text[:1].isdigit() for t in words):
        return True
    nominal = next((t for t in words if t.pos in {"NOUN", "PROPN", "PRON"}), None)
    return nominal is None or nominal.pos != "NOUN" or "inan" not in grams(nominal)


# possessives between a noting verb and its noun ("признала своё поражение")
_OWN = frozenset({"своё", "свое", "свою", "свой", "свої", "своє", "его", "её", "ее", "их"})


def noted_object(tokens: Sequence[Token], k: int, lexicon: SlavicLexicon) -> bool:
    """Whether the noting verb at ``k`` has a view's noun right after it, or after a
    possessive ("отметил необходимость поддержки", "признала своё поражение"), not a thing
    marked ("отметил юбилей")."""
    at = k + 1
    if at < len(tokens) and tokens[at].text.casefold().replace("ë", "ё") in _OWN:
        at += 1  # "признала своё поражение" (a Latin "ë" too)
    return at < len(tokens) and tokens[at].lemma in lexicon.noted_nouns
