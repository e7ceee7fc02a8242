"""The Ukrainian language pipeline: tokenize-uk and pymorphy3 → a plain :class:`Annotation`.

No Ukrainian parser or neural NER installs offline, so the annotation has no dependency
parse (every token heads itself, ``dep`` is empty); names are found by capitalisation,
morphology (pymorphy3's name and surname tags, surname endings) and the actor registry
(a run that is a registry actor's name, in any case form, takes that actor's kind).
Everything is imported on first use.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cache

from reportedly.model import Annotation, Mention, Span, Token
from reportedly.nlp.glued import glued_starts
from reportedly.nlp.lost_names import lost_name_starts
from reportedly.nlp.markdown import mask
from reportedly.nlp.quoted_names import quoted_names
from reportedly.nlp.slavic_morph import (
    NAME_TAGS,
    best_parse,
    features,
    is_known,
    is_organisation_name,
    lemma,
    nominative,
    parses,
)

MODEL = "uk_tokenize-uk-2.0+pymorphy3"
_SURNAME = re.compile(
    r"(?:ськ|цьк|зьк)(?:ий|ого|ому|им|ім|а|ої|ій|у|ою)$|"
    r"(?:енк|єнк)[оау]$|(?:енк|єнк)(?:ом|ові)$|(?:чук|щук|юк|ук)(?:а|у|ом|ові)?$|"
    r"(?:ов|ев|єв|ін|їн)(?:а|у|ої|ій|им|ою|ові)?$"
)
_LABELS = {"person": "PERSON", "country": "GPE"}
_CYRILLIC = re.compile(r"[а-яіїєґ]", re.IGNORECASE)
_INITIAL = re.compile(r"[А-ЯІЇЄҐ]\.")
# lower-case particles inside a foreign name: "Урсула фон дер Ляєн", "Людвіг ван Бетховен"
_PARTICLES = frozenset(
    {"фон", "дер", "ван", "де", "да", "ді", "дю", "ла", "ле", "дель", "ель", "аль", "бін", "ібн"}
)


def segment(text: str, breaks: Sequence[int] = ()) -> list[list[tuple[int, int]]]:
    """Sentences of ``text`` as lists of token ``(start, end)`` offsets (tokenize-uk), with a
    sentence also starting at each offset in ``breaks``, at every line break and after a
    stop with no space after it."""
    from tokenize_uk import tokenize_sents_with_spans, tokenize_words_with_spans

    cuts = set(breaks) | glued_starts(text) | lost_name_starts(text, "uk")
    sentences: list[list[tuple[int, int]]] = []
    for para in re.finditer(r"[^\n]+", text):
        joined = _continues(text, para.start(), sentences) and para.start() not in set(breaks)
        for n, (_sent, s_start, _s_end) in enumerate(tokenize_sents_with_spans(para.group())):
            base = para.start() + s_start
            current: list[tuple[int, int]] = []
            if n == 0 and joined:  # "… лоукостер переживає\n\nу зв’язку з …": one sentence
                current = sentences.pop()
            elif n > 0 and _initial_before(text, sentences[-1], base):
                current = sentences.pop()  # "сказала Т.Мей": tokenize-uk cuts after "Т."
                if len(current) > 1 and current[-2][1] == current[-1][0]:
                    current[-2:] = [(current[-2][0], current[-1][1])]  # "Т" "." → "Т."
            for _w, w_start, w_end in tokenize_words_with_spans(_sent):
                start = base + w_start
                if current and start in cuts:
                    sentences.append(current)
                    current = []
                current.append((start, base + w_end))
            if current:
                sentences.append(current)
    return sentences


def _continues(text: str, start: int, before: list[list[tuple[int, int]]]) -> bool:
    """Whether the line at ``start`` goes on with the sentence before it (a line broken
    inside a sentence, where a link was lost): it opens in lower case and the line before
    ends with no stop."""
    if not before or not text[start : start + 1].islower():
        return False
    last = text[before[-1][-1][0] : before[-1][-1][1]]
    return last[-1:] not in '.!?…:;»"”“)' and any(c.isalpha() for c in last)


def _initial_before(text: str, sentence: list[tuple[int, int]], start: int) -> bool:
    """Whether ``sentence`` ends with a capital initial ("Т.") that the word opening the next
    sentence at ``start`` continues as a surname: "Т.Мей", "Т. Мей"."""
    last = text[sentence[-1][0] : sentence[-1][1]]
    if last == "." and len(sentence) > 1 and sentence[-2][1] == sentence[-1][0]:
        last = text[sentence[-2][0] : sentence[-1][1]]
    return (
        _INITIAL.fullmatch(last) is not None
        and text[start : start + 1].isupper()
        and text[start + 1 : start + 2].islower()
        and text[sentence[-1][1] : start] in ("", " ")
    )


def annotate_many(items: Iterable[tuple[str, Sequence[int]]]) -> Iterator[Annotation]:
    """Annotate each ``(text, sentence breaks)``."""
    for text, breaks in items:
        yield annotate(text, breaks)


def annotate(text: str, breaks: Sequence[int] = ()) -> Annotation:
    """The Ukrainian annotation of ``text``."""
    text = mask(text)
    sentences = segment(text, breaks)
    tokens: list[Token] = []
    for n, offsets in enumerate(sentences):
        for k, (start, end) in enumerate(offsets):
            word = text[start:end]
            i = len(tokens)
            p = best_parse("uk", word) if any(c.isalpha() for c in word) else None
            pos, feats = features(p) if p is not None else (_punct_pos(word), "")
            nxt = offsets[k + 1][0] if k + 1 < len(offsets) else end
            gap = text[end:nxt]
            tokens.append(
                Token(
                    i=i,
                    start=start,
                    end=end,
                    text=word,
                    lemma=str(p.normal_form) if p is not None else word.lower(),
                    pos=pos,
                    tag=str(p.tag) if p is not None else pos,
                    dep="",
                    head=i,
                    sent=n,
                    morph=feats,
                    whitespace=gap if gap and gap.isspace() else "",
                )
            )
    spans = tuple(Span(s[0][0], s[-1][1]) for s in sentences)
    entities = quoted_names(text, tokens, _names(text, tokens), "uk")
    return Annotation(
        tokens=_iob(tokens, entities), sentences=spans, entities=entities, model=MODEL
    )


def _punct_pos(word: str) -> str:
    if any(c.isdigit() for c in word) and re.fullmatch(r"[\d.,]+", word):
        return "NUM"
    return "PUNCT" if not any(c.isalnum() for c in word) else "X"


def _capital(tok: Token) -> bool:
    w = tok.text
    return w[:1].isupper() and any(c.isalpha() for c in w)


def _names(text: str, tokens: list[Token]) -> tuple[Mention, ...]:
    """Runs of capitalised words that are names, by morphology, endings or the registry."""
    found: list[Mention] = []
    k = 0
    while k < len(tokens):
        if not _capital(tokens[k]):
            k += 1
            continue
        j = k
        while j + 1 < len(tokens) and tokens[j + 1].sent == tokens[k].sent:
            if _capital(tokens[j + 1]) and not _script_change(tokens[j], tokens[j + 1]):
                j += 1
            elif _particle(tokens, j + 1, tokens[k].sent):  # "Урсула фон дер Ляєн"
                j += 1
                while tokens[j + 1].text in _PARTICLES:
                    j += 1
            else:
                break
        run = tokens[k : j + 1]
        first_in_sentence = (
            k == 0
            or tokens[k - 1].sent != tokens[k].sent
            or (tokens[k - 1].pos == "PUNCT" and tokens[k - 1].text in '«„"—–-')
        )
        if first_in_sentence and len(run) > 1 and not _namelike(run[0]):
            run = run[1:]
        while len(run) > 1 and run[0].pos == "X" and run[1].pos != "X":
            run = run[1:]  # "DW Ашіг Масіх": the outlet's Latin name is not part of it
        whole = " ".join(t.text for t in run)
        first = next((n for n, t in enumerate(run) if t.text in _PARTICLES), 0)
        if first > 1:  # "Голова Єврокомісії Урсула фон дер Ляєн": the name from before "фон"
            named = run[first - 1 :]
            if _registry_kind(whole) is None or _registry_kind(_words(named)) is not None:
                run, whole = named, _words(named)
        if _registry_kind(whole) is None and not first:
            run = _from_given_name(run)
            # "України Володимир Зеленський": a genitive before the nominative name
            nom = [n for n, t in enumerate(run) if "Case=Nom" in t.morph]
            if nom and nom[0] > 0 and all("Case=Gen" in t.morph for t in run[: nom[0]]):
                run = run[nom[0] :]
            run = _foreign_tail(run)
        after = tokens[j + 1] if j + 1 < len(tokens) else None
        if (
            _registry_kind(" ".join(t.text for t in run)) is None
            and after is not None
            and after.sent == run[-1].sent
            and not _capital(after)
            and after.pos == "NOUN"
            and any(p.tag.POS == "ADJF" for p in parses("uk", run[-1].text))
        ):
            k = j + 1  # "Українська правда", "Київська область": an adjective of a noun
            continue
        label = _label(run, first_in_sentence and len(run) == j - k + 1)
        if label is not None:
            span = Span(run[0].start, run[-1].end)
            found.append(Mention(span=span, text=span.text(text), label=label))
        k = j + 1
    return tuple(found)


def _words(run: list[Token]) -> str:
    return " ".join(t.text for t in run)


def _particle(tokens: list[Token], k: int, sent: int) -> bool:
    """Whether lower-case name particles start at token ``k`` and a capitalised word of
    the same sentence follows them ("фон дер Ляєн", "ван Гог")."""
    j = k
    while j < len(tokens) and tokens[j].text in _PARTICLES and tokens[j].sent == sent:
        j += 1
    return j > k and j < len(tokens) and tokens[j].sent == sent and _capital(tokens[j])


def _script_change(tok: Token, after: Token) -> bool:
    """Whether a Latin word is followed by a Cyrillic one: two names ("повідомляє The
    Guardian На зустрічі", a stop lost in scraping; "DW Ашіг Масіх")."""
    return (
        tok.text.isascii() and not after.text.isascii() and _CYRILLIC.search(after.text) is not None
    )


def _from_given_name(run: list[Token]) -> list[Token]:
    """The run from its first given name when only non-names come before it: "США Дональд
    Трамп", "МОЗ Максим Степанов", "Becton Dickinson Том Полен" name the person alone; from
    the first word after its opening acronyms when all the rest are names ("МЗС ФРН Гайко
    Маас")."""
    for n, t in enumerate(run):
        if "NameType=Giv" in t.morph and not _acronym(t):  # "НАТО" is no given name
            before = [p for p in run[:n] if _namelike(p) and not _acronym(p)]
            return run[n:] if n > 0 and not before else run
    # "МЗС ФРН Гайко Маас" (a surname-tagged given name): the body's acronyms are no part
    n = 0
    while n < len(run) - 1 and _acronym(run[n]):
        n += 1
    if 0 < n < len(run) - 1 and all(_namelike(t) and not _acronym(t) for t in run[n:]):
        return run[n:]
    return run


def _foreign_tail(run: list[Token]) -> list[Token]:
    """The foreign name that ends a run after words the dictionary knows: "Раді ЄС Австрії
    Гернот Блюмель" is Гернот Блюмель (two or more unknown words; the rest known or
    acronyms)."""
    n = len(run)
    while n > 0 and run[n - 1].pos != "X" and not is_known("uk", run[n - 1].text):
        n -= 1
    while n > 0 and "NameType=Giv" in run[n - 1].morph and not _acronym(run[n - 1]):
        n -= 1  # "ВООЗ Тедрос Аданом Гебреєсус": a given name the dictionary knows opens it
    if len(run) - n < 2 or n == 0:
        return run
    if all(_acronym(t) or is_known("uk", t.text) for t in run[:n]):
        return run[n:]
    return run


def _acronym(tok: Token) -> bool:
    return len(tok.text) > 1 and tok.text.isupper()


def _namelike(tok: Token) -> bool:
    """A name by its tag, or by a surname's ending ("-ський", "-енко") in a word that is no
    acronym ("ТОВ") and no adjective the dictionary knows as no surname ("Донецької [та
    Запорізької областей]"; "Зеленського" may be either)."""
    if "NameType" in tok.morph:
        return True
    if _acronym(tok) or not _SURNAME.search(tok.text.lower()):
        return False
    tags = [p.tag for p in parses("uk", tok.text)]
    adjective = any(t.POS == "ADJF" for t in tags) and not any("Surn" in t for t in tags)
    return not (adjective and is_known("uk", tok.text))


def _label(run: list[Token], sentence_start: bool) -> str | None:
    words = " ".join(t.text for t in run)
    kind = _registry_kind(words)
    if kind is not None:
        return kind
    if any(_namelike(t) for t in run) and not (
        sentence_start and len(run) == 1 and "NameType" not in run[0].morph
    ):
        return "PERSON"
    if all(t.text.isupper() and len(t.text) > 1 for t in run):
        return "ORG"
    if not sentence_start and len(run) == 1 and is_organisation_name(run[0].text):
        return "ORG"  # "Російський Газпром", "активами Газпрому": a company's name
    if not sentence_start and all(t.pos == "X" and t.text.isascii() for t in run):
        return "ORG"  # a Latin name inside a Ukrainian sentence: a brand or body ("Ryanair")
    # two or three words the dictionary does not know: a foreign name ("Ашіг Масіх")
    unknown = [t for t in run if t.pos != "X" and not is_known("uk", t.text)]
    if 2 <= len(run) <= 3 and len(unknown) + sum("NameType" in t.morph for t in run) >= len(run):
        return "PERSON"
    return None


@cache
def _registry_kind(words: str) -> str | None:
    """The mention label of the registry actor ``words`` names in any case form, if any."""
    from reportedly.actors import default_registry
    from reportedly.actors.slavic import spelt_only

    registry = default_registry()
    forms = {words, nominative("uk", words), " ".join(lemma("uk", w) for w in words.split())}
    for form in forms:
        found = registry.match_name(form)
        if found and not spelt_only(form, found[0], "uk"):
            return _LABELS.get(found[0].type, "ORG")
        if registry.match_metonym(form) is not None:
            return "GPE"
    return None


def _iob(tokens: list[Token], entities: tuple[Mention, ...]) -> tuple[Token, ...]:
    from reportedly.nlp.russian import _with_entities

    return _with_entities(tokens, entities)


__all__ = ["MODEL", "NAME_TAGS", "annotate", "annotate_many", "segment"]
