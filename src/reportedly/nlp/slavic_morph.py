"""Russian and Ukrainian morphology through pymorphy3: lemmas, cases, names to the nominative.

pymorphy3 (and its dictionaries) is imported on first use, so English-only runs never load it.
pymorphy3 rather than natasha's pymorphy2: pymorphy2 calls ``inspect.getargspec`` (gone in
Python 3.11) and imports ``pkg_resources`` (gone in setuptools 82).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources
from typing import Any, Literal

from reportedly._yaml import load_yaml
from reportedly.errors import ConfigError

Lang = Literal["ru", "uk"]
E_MORPH = "E620"  # pymorphy3 or its dictionary for the language is not installed

# OpenCorpora grammemes -> Universal Dependencies features
CASES = {
    "nomn": "Nom",
    "gent": "Gen",
    "gen2": "Gen",
    "datv": "Dat",
    "accs": "Acc",
    "acc2": "Acc",
    "ablt": "Ins",
    "loct": "Loc",
    "loc2": "Loc",
    "voct": "Voc",
}
POS = {
    "NOUN": "NOUN",
    "ADJF": "ADJ",
    "ADJS": "ADJ",
    "COMP": "ADJ",
    "VERB": "VERB",
    "INFN": "VERB",
    "PRTF": "VERB",
    "PRTS": "VERB",
    "GRND": "VERB",
    "NUMR": "NUM",
    "ADVB": "ADV",
    "NPRO": "PRON",
    "PRED": "ADV",
    "PREP": "ADP",
    "CONJ": "CCONJ",
    "PRCL": "PART",
    "INTJ": "INTJ",
}
NAME_TAGS = ("Name", "Surn", "Patr")
_WORD = re.compile(r"[^\W\d_]", re.UNICODE)


@cache
def analyzer(lang: Lang) -> Any:
    """The pymorphy3 analyser for ``lang`` (loaded once per process)."""
    try:
        import pymorphy3
    except ImportError as e:  # pragma: no cover - a dependency of the package
        raise ConfigError(f"pymorphy3 is not installed: {e}", code=E_MORPH) from e
    try:
        return pymorphy3.MorphAnalyzer(lang=lang)
    except (ValueError, OSError, ImportError) as e:
        raise ConfigError(
            f"no pymorphy3 dictionary for {lang!r} (pip install pymorphy3-dicts-{lang}): {e}",
            code=E_MORPH,
        ) from e


@lru_cache(maxsize=1 << 17)
def parses(lang: Lang, word: str) -> tuple[Any, ...]:
    """pymorphy3's parses of ``word``, best first (cached: words recur). The Ukrainian
    dictionary spells the apostrophe "'": a typographic one ("здоров’я") is read as that."""
    if lang == "uk":
        word = word.translate(APOSTROPHES)
    return tuple(analyzer(lang).parse(word))


APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'"})


def best_parse(lang: Lang, word: str, pos: str | None = None) -> Any | None:
    """The parse of ``word`` to use: one of UD part of speech ``pos`` when given, a name's
    parse for a capitalised word, else pymorphy3's first."""
    found = parses(lang, word)
    if not found:
        return None
    pos = pos or homographs(lang).get(word.lower())
    if pos:
        for p in found:
            if POS.get(str(p.tag.POS), "") == pos or (pos == "PROPN" and _is_name(p)):
                return p
    # closed classes are far more frequent than their homographs ("під": under, not hearth;
    # a capitalised "В" opening a sentence is the preposition, not an initial)
    for p in found:
        if str(p.tag.POS) in _CLOSED:
            return p
    if word[:1].isupper():
        for p in found:
            if _is_name(p):
                return p
    return found[0]


_CLOSED = {"PREP", "CONJ", "PRCL", "NPRO"}


@cache
def homographs(lang: Lang) -> dict[str, str]:
    """Forms whose first parse is a rare homograph -> the UD part of speech to read them as
    (``nlp/data/slavic_homographs.yaml``)."""
    raw = (resources.files("reportedly.nlp") / "data" / "slavic_homographs.yaml").read_text(
        encoding="utf-8"
    )
    return {str(k): str(v) for k, v in (load_yaml(raw).get(lang) or {}).items()}


def _is_name(p: Any) -> bool:
    # the Ukrainian dictionary has no Geox/Orgn grammemes: test the tag's grammeme set
    grammemes = p.tag.grammemes
    return any(t in grammemes for t in (*NAME_TAGS, "Geox", "Orgn"))


def features(p: Any) -> tuple[str, str]:
    """The UD part of speech and feature string of a pymorphy3 parse."""
    tag = p.tag
    pos = POS.get(str(tag.POS), "X")
    if pos == "NOUN" and _is_name(p):
        pos = "PROPN"
    feats: list[str] = []
    if tag.case in CASES:
        feats.append(f"Case={CASES[tag.case]}")
    if tag.gender:
        feats.append(
            f"Gender={ {'masc': 'Masc', 'femn': 'Fem', 'neut': 'Neut'}.get(tag.gender, '') }"
        )
    if tag.number:
        feats.append(f"Number={'Sing' if tag.number == 'sing' else 'Plur'}")
    grammemes = tag.grammemes
    if "Surn" in grammemes:
        feats.append("NameType=Sur")
    elif "Name" in grammemes:
        feats.append("NameType=Giv")
    elif "Patr" in grammemes:
        feats.append("NameType=Pat")
    return pos, "|".join(f.replace(" ", "") for f in feats)


def cases(lang: Lang, word: str) -> frozenset[str]:
    """Every UD case ``word`` may be in ("Песков": {"Nom"}; "словам": {"Dat"})."""
    return frozenset(CASES[str(p.tag.case)] for p in parses(lang, word) if p.tag.case in CASES)


def plural_nominative(lang: Lang, word: str) -> str | None:
    """The nominative plural of a plural noun form ("Ведомостей" → "ведомости", "Известиям" →
    "известия": names of outlets that are plural nouns), lower case; None when no parse of
    ``word`` is a plural noun."""
    for p in parses(lang, word):
        if p.tag.POS == "NOUN" and p.tag.number == "plur":
            form = p.inflect({"nomn", "plur"})
            return str(form.word) if form is not None else None
    return None


def caseless_noun(lang: Lang, word: str) -> bool:
    """Whether the dictionary has a noun reading of ``word`` with no case (pymorphy3-dicts-uk
    gives "директор" one beside its accusative: the nominative's case is lost)."""
    return any(p.tag.POS == "NOUN" and p.tag.case is None for p in parses(lang, word))


def is_known(lang: Lang, word: str) -> bool:
    """Whether the dictionary knows ``word`` (else pymorphy3 guessed its parses)."""
    return any(p.is_known for p in parses(lang, word))


def is_organisation_name(word: str) -> bool:
    """Whether the Russian dictionary (OpenCorpora) tags ``word`` as an organisation's name
    ("Газпром", "Газпрому", "Лукойл"). The Ukrainian dictionary has no such tag; the
    companies the news of both languages names are largely the same."""
    return word[:1].isupper() and any("Orgn" in p.tag.grammemes for p in parses("ru", word))


def lemma(lang: Lang, word: str, pos: str | None = None) -> str:
    """The dictionary form of ``word`` (lower case), by its best parse."""
    p = best_parse(lang, word, pos)
    return str(p.normal_form) if p is not None else word.lower()


@lru_cache(maxsize=1 << 15)
def nominative(lang: Lang, name: str, case: str | None = None) -> str:
    """A person's name from any case form to the nominative, capitalised as written.

    "Дмитрия Пескова" → "Дмитрий Песков"; "Зеленського" → "Зеленський"; "Марии Захаровой"
    → "Мария Захарова". ``case`` is the UD case a tagger read in context, when known ("Путина":
    Gen, not a woman's nominative). The words of a name agree: the case and gender most of them can
    share is the one read; a word that cannot be in it (an indeclinable "Рютте", an
    initial) is kept as written.
    """
    words = name.split()
    options = [_name_parses(lang, w) for w in words]
    # words the dictionary does not know that may be a man's genitive cut of its "-а"
    cut = [
        _stem_genitive(lang, w, found) or _possessive_genitive(w, found)
        for w, found in zip(words, options, strict=True)
    ]
    votes: dict[tuple[str, str | None], int] = {}
    for found, may_cut in zip(options, cut, strict=True):
        # in the parses' own order (best first), not a set's: a tie between readings goes
        # to the same one in every process (a set's order follows the string hash seed)
        keys = dict.fromkeys((str(p.tag.case), _gender(p)) for p in found)
        if may_cut:
            keys.update(dict.fromkeys([("gent", "masc"), ("accs", "masc")]))
        for key in keys:
            votes[key] = votes.get(key, 0) + 1
    if case == "Nom":
        return name
    if case is not None:  # the tagger's reading in context ("Путина" after "словам": Gen)
        wanted = {k for k, v in CASES.items() if v == case}
        votes = {k: v for k, v in votes.items() if k[0] in wanted} or votes
    if not votes:
        return name
    # most words agree; then the nominative (nothing to change); then a gendered reading
    case, gender = max(votes, key=lambda k: (votes[k], k[0] == "nomn", k[1] is not None))
    out: list[str] = []
    for word, found, may_cut in zip(words, options, cut, strict=True):
        fit = [
            p
            for p in found
            if str(p.tag.case) == case and (gender is None or _gender(p) in (None, gender))
        ]
        if fit and case != "nomn":
            out.append(_as_spelt(_inflect(word, fit[0]), word))
        elif case in ("gent", "accs") and gender == "masc" and may_cut:
            out.append(word[:-1])  # "Хадіма" -> "Хадім", "Бомбандьорова" -> "Бомбандьоров"
        else:
            out.append(word)
    return " ".join(out)


def _as_spelt(new: str, written: str) -> str:
    """``new`` in the text's spelling of г: the dictionary's lemma of a foreign name may
    write ґ where the text does not ("Раффенспергера" -> "Раффенсперґер")."""
    if "ґ" in written.lower():
        return new
    return new.replace("ґ", "г").replace("Ґ", "Г")


def _stem_genitive(lang: Lang, word: str, found: list[Any]) -> bool:
    """A Ukrainian name the dictionary does not know, guessed a masculine nominative in
    "-а" ("Хадіма"): as likely a foreign consonant-stem name's genitive ("Хадім"), which
    the other words of the name decide ("Хадіма Хуссейна Різві")."""
    return (
        lang == "uk"
        and word.endswith("а")
        and len(word) > 3
        and bool(found)
        and not any(p.is_known for p in found)
        and all(str(p.tag.case) == "nomn" and _gender(p) == "masc" for p in found)
    )


def _possessive_genitive(word: str, found: list[Any]) -> bool:
    """A surname in "-ова"/"-ина" the dictionary does not know and guessed only a woman's
    nominative ("Бомбандьорова"): as likely a man's genitive or accusative ("Бомбандьоров"),
    which the context's case or the other words of the name decide (a woman's genitive is
    "-ової"/"-овой")."""
    return (
        bool(found)
        and _POSSESSIVE_SURNAME.search(word) is not None
        and not any(p.is_known for p in found)
        and not any(str(p.tag.case) in ("gent", "accs") for p in found)
    )


_POSSESSIVE_SURNAME = re.compile(r"\w{2}(?:ов|ев|єв|ёв|ин|ін|їн|ын)а$")


def _name_parses(lang: Lang, word: str) -> list[Any]:
    """A word's readings as a name; for a capitalised word the dictionary has no name
    reading of, its noun readings ("Орбаном": a guessed masculine noun)."""
    if not _WORD.search(word) or (word.isupper() and len(word) > 1):
        return []
    found = parses(lang, word)
    names = [p for p in found if any(t in p.tag.grammemes for t in NAME_TAGS)]
    if names or not word[:1].isupper():
        return names
    return [p for p in found if p.tag.POS == "NOUN" and "anim" in p.tag.grammemes]


def _gender(p: Any) -> str | None:
    g = p.tag.gender
    return str(g) if g is not None else None


def _inflect(word: str, p: Any) -> str:
    form = p.inflect({"nomn", "sing"}) or p.inflect({"nomn"})
    new = str(form.word) if form is not None else str(p.normal_form)
    return _recase(word, new)


def _recase(model: str, word: str) -> str:
    """``word`` in the capitalisation of ``model`` (first letter; hyphenated parts), with
    "е" for the dictionary's "ё" where the writer used none ("Соловьев")."""
    if "ё" not in model.lower():
        word = word.replace("ё", "е").replace("Ё", "Е")
    if model.istitle():
        return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
    return word
