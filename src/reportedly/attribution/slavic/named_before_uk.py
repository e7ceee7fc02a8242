"""Ukrainian speakers that name a body only by a noun the text explained before (session 33).

"Залізниця стверджує" after "Південно-Західній залізниці", "Міністерство вимагало" after
"Міністерство соціальної політики АР Крим уклало угоду": the lone noun is the body named before
whose name it heads, in whichever case the name was written, found among the names the NER
tagged or, where it missed a long name in lower case, in the text itself. And in procurement
news ("Наші гроші"), a tender's documents with no issuer ("згідно з техзавданням", "в
обґрунтуванні закупівлі") and "замовник" are the customer's: the body that signed the contract
the text opens with. Word lists: ``data/bodies_uk.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from reportedly._yaml import load_yaml
from reportedly.actors.acronyms import expansion, initials
from reportedly.attribution.slavic.bodies import body_name
from reportedly.model import Span, Token
from reportedly.nlp.slavic_morph import cases, parses
from reportedly.nlp.slavic_morph import lemma as lemma_of

if TYPE_CHECKING:
    from reportedly.attribution.slavic.lexicon import SlavicLexicon
    from reportedly.attribution.slavic.speakers import SlavicEntities

_WINDOW = 1500  # characters back to look for the body a lone noun names
_NAME_WORDS = 8  # the most words of a body's name
_STEM = 6  # letters of a people noun's stem that a body's name must hold
_OPENING = 600  # the customer's contract is in the text's opening characters
_MARKS = frozenset('«»"“”„')
_PREPOSITIONS = frozenset({"з", "із", "у", "в", "на", "для", "по", "за", "під", "протягом"})


@cache
def _table() -> dict[str, frozenset[str]]:
    path = resources.files("reportedly.attribution.slavic") / "data" / "bodies_uk.yaml"
    data: dict[str, Any] = load_yaml(path.read_text(encoding="utf-8"))
    keys = (
        "tender_documents",
        "customer_nouns",
        "contract_verbs",
        "contract_nouns",
        "allowing_verbs",
        "time_nouns",
        "procurement_markers",
        "initial_skips",
        "region_nouns",
    )
    if not isinstance(data, dict) or not set(keys) <= data.keys():
        raise ValueError(f"{path}: needs the keys {', '.join(keys)}")
    return {k: frozenset(map(str, data[k])) for k in keys}


def body_named_before(index: SlavicEntities, speaker: Span, lexicon: SlavicLexicon) -> str | None:
    """The cluster of the body a lone Ukrainian noun ``speaker`` names (module docstring), or
    of the customer a tender document or "замовник" stands for; None when there is none."""
    if index.lang != "uk":
        return None
    parse = index.parse
    tokens = [
        parse.tokens[i] for i in parse.tokens_in(speaker) if parse.tokens[i].text not in _MARKS
    ]
    if not tokens:
        return None
    table = _table()
    head = _head(tokens)
    if (
        head is not None
        # "обгрунтуванні": the spelling with г is the same document
        and head.lemma.casefold().replace("ґ", "г")
        in {w.replace("ґ", "г") for w in table["tender_documents"] | table["customer_nouns"]}
    ):
        return _customer(index)
    if len(tokens) != 1:
        return None
    for _, key in reversed(index.mentions_before(speaker.start)):  # "Мінюст", "ПЗЗ"
        if index.kind(key) == "organisation" and _spells(tokens[0].text, index.name(key)):
            return key
    if (staff := staff_of_body(index, speaker)) is not None:
        return staff
    if not _lone_body_noun(tokens[0], lexicon):
        return None
    kind = tokens[0].lemma.casefold()
    found = index.organisation_before(speaker.start, window=_WINDOW, kind=kind)
    return found if found is not None else written_body_before(index, speaker)


def written_body_before(index: SlavicEntities, speaker: Span) -> str | None:
    """The cluster of the body a lone Ukrainian noun ``speaker`` heads, named before it with a
    capital where the NER missed the name ("Міністерство вимагало" after "Міністерство
    соціальної політики АР Крим уклало"); None when none is."""
    found = list(index.parse.tokens_in(speaker))
    if index.lang != "uk" or len(found) != 1:
        return None
    kind = index.parse.tokens[found[0]].lemma.casefold()
    name = _written_before(index, speaker.start, kind)
    if name is None:
        return None
    words = [index.parse.tokens[i] for i in index.parse.tokens_in(name)]
    at = next(n for n, t in enumerate(words) if t.lemma.casefold() == kind)
    return index.add(name, "ORG", name=body_name(index.text, words, at, "uk"))


def staff_of_body(index: SlavicEntities, speaker: Span) -> str | None:
    """The body a plural noun of its people stands for, by the stem the two share:
    "Соціологи наголошують" after "Соціологічна група «Рейтинг»", "антимонопольники" after
    "Антимонопольний комітет" (docs/gold-guide.md: an anonymous source gets the body the text
    names); None when no body named shortly before shares the stem."""
    found = [index.parse.tokens[i] for i in index.parse.tokens_in(speaker)]
    if index.lang != "uk" or len(found) != 1:
        return None
    t = found[0]
    lemma = t.lemma.casefold()
    if t.pos != "NOUN" or "Number=Plur" not in t.morph or len(lemma) < _STEM + 1:
        return None
    stem = lemma[:_STEM]
    for span, key in reversed(index.mentions_before(speaker.start)):
        if speaker.start - span.end > _WINDOW:
            break
        words = index.name(key).casefold().split()
        if any(lemma_of("uk", w) == lemma for w in words):
            continue  # "Інвестори Ryanair": the group itself, no body of theirs
        if index.kind(key) == "organisation" and any(stem in w for w in words):
            return key
    tokens = index.parse.tokens
    for k in range(index.parse.token_at(speaker.start) or 0, -1, -1):
        u = tokens[k]
        if speaker.start - u.end > _WINDOW:
            return None
        same = u.lemma.casefold() == lemma  # "Інвестори Ryanair вимагають": the group again
        if (
            u.text[:1].isupper()
            and stem in u.text.casefold()
            and u.end <= speaker.start
            and not same
        ):
            # "Соціологічної групи Рейтинг", "Укрзалізниці", which the NER missed
            named = _name_at(tokens, k, least=1)
            if named is not None:
                span, head = named
                named_words = [tokens[i] for i in index.parse.tokens_in(span)]
                name = body_name(index.text, named_words, head, "uk")
                return index.add(span, "ORG", name=name)
    return None


def _name_at(tokens: Sequence[Token], k: int, least: int = 2) -> tuple[Span, int] | None:
    """A body's name that opens at ``tokens[k]`` (adjectives, a noun, its genitive or
    capitalised words), with its head noun's place in it; None when it has fewer than
    ``least`` words."""
    head = k
    while head < len(tokens) and tokens[head].sent == tokens[k].sent and tokens[head].pos == "ADJ":
        head += 1
    if head >= len(tokens) or tokens[head].pos not in ("NOUN", "PROPN"):
        return None
    end = head + 1
    while end < len(tokens) and end - k < _NAME_WORDS and _in_name(tokens, end, tokens[k].sent):
        end += 1
    if end - k < least:
        return None
    return Span(tokens[k].start, tokens[end - 1].end), head - k


def _head(tokens: Sequence[Token]) -> Token | None:
    """The first noun of a phrase ("технічного завдання", "обґрунтуванні закупівлі")."""
    return next((t for t in tokens if t.pos in ("NOUN", "PROPN")), None)


def _lone_body_noun(t: Token, lexicon: SlavicLexicon) -> bool:
    """A singular inanimate common noun that names no person ("Залізниця", "Міністерство")."""
    lemma = t.lemma.casefold()
    if t.pos != "NOUN" or "Animacy=Anim" in t.morph or "Number=Plur" in t.morph:
        return False
    people = lexicon.anaphors | lexicon.reporters | lexicon.kin | lexicon.unnamed
    return lemma not in people and lemma not in lexicon.role_titles and len(lemma) > 3


def _written_before(index: SlavicEntities, before: int, kind: str) -> Span | None:
    """The nearest body's name before ``before`` that ``kind`` heads, written with a capital
    ("Міністерство соціальної політики АР Крим", "Південно-Західній залізниці")."""
    parse = index.parse
    tokens = parse.tokens
    for k in range(len(tokens) - 1, -1, -1):
        t = tokens[k]
        if t.end > before or t.lemma.casefold() != kind:
            continue
        if before - t.end > _WINDOW:
            return None
        start = k
        while start > 0 and tokens[start - 1].sent == t.sent and tokens[start - 1].pos == "ADJ":
            start -= 1
        if not tokens[start].text[:1].isupper() or (start == k and not _genitive_after(tokens, k)):
            continue  # a name opens with a capital and holds more than the noun
        end = k + 1
        while end < len(tokens) and end - start < _NAME_WORDS and _in_name(tokens, end, t.sent):
            end += 1
        if end - start > 1:
            return Span(tokens[start].start, tokens[end - 1].end)
    return None


def _genitive_after(tokens: Sequence[Token], k: int) -> bool:
    return k + 1 < len(tokens) and _in_name(tokens, k + 1, tokens[k].sent)


def _in_name(tokens: Sequence[Token], j: int, sent: int) -> bool:
    """Whether ``tokens[j]`` goes on a body's name: a genitive word or a capitalised one."""
    t = tokens[j]
    if t.sent != sent or not t.text[:1].isalpha() or t.pos in ("VERB", "ADP", "CCONJ", "SCONJ"):
        return False
    if t.text[:1].isupper():
        return True
    # "перевірки Укрзалізниці [минулого року]": a time in the genitive is no part of a name
    after = tokens[j + 1] if j + 1 < len(tokens) and tokens[j + 1].sent == sent else None
    if _time(t) or (after is not None and _time(after)):
        return False
    return "Gen" in cases("uk", t.text.lower())


def _time(t: Token) -> bool:
    """Whether ``t`` may be a time noun ("року": рік, though the tagger reads "рок")."""
    times = _table()["time_nouns"]
    return any(str(p.normal_form) in times for p in parses("uk", t.text.lower()))


def _customer(index: SlavicEntities) -> str | None:
    """The body that signed the contract (or held the tender) the text opens with: the
    subject before the verb ("Управління капітального будівництва Львівської міськради 13
    вересня … уклало угоду"), or the one a ministry allowed to buy ("погодило Закарпатському
    державному університету застосування процедури")."""
    table = _table()
    tokens = index.parse.tokens
    if not any(w in index.text.casefold() for w in _table()["procurement_markers"]):
        return None
    for k, t in enumerate(tokens):
        if t.start > _OPENING:
            return None
        lemma = t.lemma.casefold()
        if lemma in table["contract_verbs"] and _object_after(tokens, k, table["contract_nouns"]):
            span = _subject_before(tokens, k)
        elif lemma in table["allowing_verbs"]:
            span = _dative_after(tokens, k)
        else:
            continue
        if span is None:
            return None
        words = [tokens[i] for i in index.parse.tokens_in(span)]
        head = next((n for n, w in enumerate(words) if w.pos in ("NOUN", "PROPN")), 0)
        return index.add(span, "ORG", name=body_name(index.text, words, head, "uk"))
    return None


def _object_after(tokens: Sequence[Token], k: int, nouns: frozenset[str]) -> bool:
    """Whether one of ``nouns`` follows the verb within its sentence's next few words."""
    near = tokens[k + 1 : k + 6]
    return any(t.sent == tokens[k].sent and t.lemma.casefold() in nouns for t in near)


def _subject_before(tokens: Sequence[Token], k: int) -> Span | None:
    """The capitalised phrase that opens the verb's sentence, up to a date, a number or
    "за результатами"."""
    sent = tokens[k].sent
    start = k
    while start > 0 and tokens[start - 1].sent == sent:
        start -= 1
    end = start
    opened = 0  # «» marks open: "ДП «Дирекція з капітального будівництва … «Донецьк»"
    while end < k and not tokens[end].text[:1].isdigit():
        opened += (tokens[end].text == "«") - (tokens[end].text == "»")
        # a preposition the tagger read as a particle ("на початку грудня") ends it too
        closed = opened <= 0 or tokens[end - 1].text == "»"  # «… «Бориспіль»: one » for two
        if closed and (tokens[end].pos == "ADP" or tokens[end].text in _PREPOSITIONS):
            region = _region_at(tokens, end, k)
            if region is None:
                break
            end = region  # "Управління МНС України в Житомирській області": its branch
            continue
        end += 1
    if end == start or not tokens[start].text[:1].isupper():
        return None
    while end > start and tokens[end - 1].text in _MARKS and tokens[end - 1].text != "»":
        end -= 1
    return Span(tokens[start].start, tokens[end - 1].end)


def _region_at(tokens: Sequence[Token], k: int, stop: int) -> int | None:
    """The index past "в|у [adjectives] області|районі|місті" at ``tokens[k]`` (before
    ``stop``), a regional branch's place; None when the preposition opens no such phrase."""
    if tokens[k].text.casefold() not in ("в", "у"):
        return None
    j = k + 1
    while j < stop and tokens[j].pos == "ADJ" and tokens[j].text[:1].isupper():
        j += 1
    if j == k + 1 or j >= stop or tokens[j].lemma.casefold() not in _table()["region_nouns"]:
        return None
    return j + 1


def _dative_after(tokens: Sequence[Token], k: int) -> Span | None:
    """The capitalised phrase right after the verb, up to the noun of the thing allowed."""
    start = k + 1
    if start >= len(tokens) or not tokens[start].text[:1].isupper():
        return None
    end = start
    while end < len(tokens) and tokens[end].sent == tokens[k].sent and end - start < _NAME_WORDS:
        if tokens[end].text[:1].islower() and "Dat" not in cases("uk", tokens[end].text.lower()):
            break
        end += 1
    return Span(tokens[start].start, tokens[end - 1].end) if end > start else None


def spelt_names(names: list[str]) -> dict[str, str]:
    """Short names of a Ukrainian text's bodies -> the full name the text also gives: an
    abbreviation spelt by its initials ("ПЗЗ": "Південно-Західна залізниця", "МЗС":
    "Міністерство закордонних справ України") and a ministry's "Мін-" short form ("Мінюст":
    "Міністерство юстиції"); a short name two full names could spell is left alone."""
    found: dict[str, str] = {}
    for short in names:
        others = [(full, [full]) for full in names if full != short]
        full = expansion(short, others, spelled=_spells)
        if full is not None:
            found[short] = full
    return found


# a Ukrainian name's words for its initials: each part of "Південно-Західна" counts
_NAME_PARTS = re.compile(r"[\s\-–«»\"“”„]+")


def _name_words(name: str) -> list[str]:
    return [w for w in _NAME_PARTS.split(name) if w]


def _spells(short: str, full: str) -> bool:
    if short.isupper() and 2 <= len(short) <= 6 and short.isalpha():
        return initials(full, _table()["initial_skips"], _name_words) == short
    words = _name_words(full)
    stem = short[3:].casefold()
    return (
        short.startswith("Мін")
        and len(words) >= 2
        and len(stem) >= 3
        and words[0].casefold() == "міністерство"
        and words[1].casefold().startswith(stem[:4])
    )


# a poll's share right before a speaker phrase ("96 відсотків опитаних членів [Cockpit]")
_SHARE_BEFORE = re.compile(r"\d+(?:[.,]\d+)?\s*(?:%|відсот\w*)(?:\s+\w[\w'’-]*){0,3}\s*$")


def share_of(text: str, speaker: Span) -> bool:
    """Whether the speaker phrase ends a share of a group ("96 відсотків опитаних членів
    Cockpit висловилися"): an anonymous group, none of the body named (gold/uk/README.md:
    respondents' answers have no canonical speaker)."""
    words = text[speaker.start : speaker.end].split()
    if len(words) > 1:  # "відсутність прогресу 96 відсотків опитаних членів Cockpit"
        before = text[max(0, speaker.start - 80) : speaker.end - len(words[-1])]
    else:
        before = text[max(0, speaker.start - 80) : speaker.start]
    return bool(_SHARE_BEFORE.search(before))


def region_nouns() -> frozenset[str]:
    """The nouns of a region that a regional branch's name ends with (bodies_uk.yaml)."""
    return _table()["region_nouns"]
