"""The Russian language pipeline: natasha's models → a plain :class:`Annotation`.

razdel splits sentences and tokens; slovnet (numpy inference, no torch) tags morphology,
parses dependencies and finds PER/LOC/ORG names with natasha's shipped navec embeddings;
pymorphy3 gives lemmas. natasha's own package is never imported: its ``MorphVocab`` needs
pymorphy2, which does not run on Python ≥ 3.11 with setuptools ≥ 82; the model files are
read from where its wheel installs them. Everything is imported on first use.
"""

from __future__ import annotations

import importlib.util
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from reportedly.errors import ConfigError
from reportedly.model import Annotation, Mention, Span, Token
from reportedly.nlp.glued import glued_starts
from reportedly.nlp.lost_names import lost_name_starts
from reportedly.nlp.markdown import mask
from reportedly.nlp.quoted_names import quoted_names
from reportedly.nlp.slavic_morph import best_parse, features, is_known

MODEL = "ru_natasha-1.6.0+pymorphy3"
E_MODELS = "E621"  # natasha's model files (or slovnet, navec, razdel) are not installed
NER_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE"}
_UD_CASE = {"Nom", "Gen", "Dat", "Acc", "Ins", "Loc", "Voc"}


@cache
def _models() -> tuple[Any, Any, Any]:
    """slovnet's morphology tagger, syntax parser and NER, with navec, loaded once."""
    try:
        from navec import Navec
        from slovnet import NER, Morph, Syntax
    except ImportError as e:
        raise ConfigError(f"the Russian pipeline needs natasha: {e}", code=E_MODELS) from e
    spec = importlib.util.find_spec("natasha")
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError("the Russian pipeline needs natasha (pip install natasha)", code=E_MODELS)
    data = Path(next(iter(spec.submodule_search_locations))) / "data"
    try:
        navec = Navec.load(str(data / "emb" / "navec_news_v1_1B_250K_300d_100q.tar"))
        morph = Morph.load(str(data / "model" / "slovnet_morph_news_v1.tar"), batch_size=16)
        syntax = Syntax.load(str(data / "model" / "slovnet_syntax_news_v1.tar"), batch_size=16)
        ner = NER.load(str(data / "model" / "slovnet_ner_news_v1.tar"), batch_size=16)
    except (OSError, ValueError, KeyError) as e:
        raise ConfigError(f"cannot load natasha's models from {data}: {e}", code=E_MODELS) from e
    return morph.navec(navec), syntax.navec(navec), ner.navec(navec)


def segment(text: str, breaks: Sequence[int] = ()) -> list[list[tuple[int, int]]]:
    """Sentences of ``text`` as lists of token ``(start, end)`` offsets (razdel), with a
    sentence also starting at each offset in ``breaks``, at every blank line and after a
    stop with no space after it ("талибов.Гарвал")."""
    from razdel import sentenize, tokenize

    cuts = set(breaks) | glued_starts(text) | lost_name_starts(text, "ru")
    sentences: list[list[tuple[int, int]]] = []
    for sent in sentenize(text):
        current: list[tuple[int, int]] = []
        for tok in tokenize(sent.text):
            start, end = sent.start + tok.start, sent.start + tok.stop
            if current and (start in cuts or "\n" in text[current[-1][1] : start]):
                sentences.append(current)
                current = []
            current += _split_symbols(text, start, end)
        if current:
            sentences.append(current)
    return sentences


def _split_symbols(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A token with emoji glued to its word ("🔻Зеленский", "⚡️ВВС") as the symbols and the
    word, so that the word is tagged (and a headline's speaker found) as a word."""
    a, b = start, end
    while a < b and _symbol(text[a]):
        a += 1
    while b > a and _symbol(text[b - 1]):
        b -= 1
    if a == b or (a, b) == (start, end):
        return [(start, end)]
    return [p for p in ((start, a), (a, b), (b, end)) if p[0] < p[1]]


def _symbol(ch: str) -> bool:
    return unicodedata.category(ch) in {"So", "Sk", "Mn", "Cf", "Cs"}


def annotate_many(
    items: Iterable[tuple[str, Sequence[int]]], *, syntax: bool = True
) -> Iterator[Annotation]:
    """Annotate each ``(text, sentence breaks)``; ``syntax=False`` skips the parser (heads
    point at themselves) for speed."""
    for text, breaks in items:
        yield annotate(text, breaks, syntax=syntax)


def annotate(text: str, breaks: Sequence[int] = (), *, syntax: bool = True) -> Annotation:
    """The Russian annotation of ``text`` (BLAS on one thread while it runs)."""
    with _blas().limit(limits=1, user_api="blas"):
        return _annotate(text, breaks, syntax=syntax)


@cache
def _blas() -> Any:
    """slovnet's matrices are small: BLAS threads only contend (~5x slower with the default
    thread count on 2 cores, and worse beside worker processes)."""
    import numpy  # noqa: F401  (the controller sees only the BLAS libraries loaded before it)
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def _annotate(text: str, breaks: Sequence[int], *, syntax: bool) -> Annotation:
    morph, parser, ner = _models()
    text = mask(text)
    sentences = segment(text, breaks)
    words = [[text[s:e] for s, e in sent] for sent in sentences]
    tagged = _sorted_map(morph, words)
    parsed = _sorted_map(parser, words) if syntax else [None] * len(words)
    tokens: list[Token] = []
    for n, (offsets, tags, tree) in enumerate(zip(sentences, tagged, parsed, strict=True)):
        base = len(tokens)
        for k, ((start, end), tok) in enumerate(zip(offsets, tags.tokens, strict=True)):
            head, dep = base + k, ""
            if tree is not None:
                item = tree.tokens[k]
                h = int(item.head_id)
                head, dep = (base + h - 1 if h > 0 else base + k), str(item.rel)
            pos = str(tok.pos)
            parse = best_parse("ru", text[start:end], pos)
            lemma = str(parse.normal_form) if parse is not None else text[start:end].lower()
            feats = "|".join(f"{k}={v}" for k, v in sorted(tok.feats.items()))
            if parse is not None and "NameType" not in feats:
                name_type = [f for f in features(parse)[1].split("|") if f.startswith("Name")]
                feats = "|".join(filter(None, [feats, *name_type]))
            nxt = offsets[k + 1][0] if k + 1 < len(offsets) else end
            tokens.append(
                Token(
                    i=base + k,
                    start=start,
                    end=end,
                    text=text[start:end],
                    lemma=lemma,
                    pos=pos,
                    tag=str(parse.tag) if parse is not None else pos,
                    dep=dep,
                    head=head,
                    sent=n,
                    morph=feats,
                    whitespace=text[end:nxt] if nxt > end and text[end:nxt].isspace() else "",
                )
            )
    spans = tuple(Span(s[0][0], s[-1][1]) for s in sentences)
    entities = _missed_names(
        text, tokens, quoted_names(text, tokens, _entities(text, spans, ner), "ru")
    )
    entities = _through_prepositions(text, tokens, entities)
    return Annotation(
        tokens=_with_entities(tokens, entities),
        sentences=spans,
        entities=entities,
        model=MODEL,
    )


def _sorted_map(model: Any, items: list[Any]) -> list[Any]:
    """``model.map(items)`` run on the items shortest first, so that each batch pads to
    a similar length (a long Telegram sentence would pad a whole batch), in input order."""
    order = sorted(range(len(items)), key=lambda n: len(items[n]))
    out: list[Any] = [None] * len(items)
    for n, result in zip(order, model.map([items[n] for n in order]), strict=True):
        out[n] = result
    return out


def _entities(text: str, sentences: tuple[Span, ...], ner: Any) -> tuple[Mention, ...]:
    found: list[Mention] = []
    chunks = [s.text(text) for s in sentences]
    for sent, markup in zip(sentences, _sorted_map(ner, chunks), strict=True):
        for span in markup.spans:
            start, end = sent.start + span.start, sent.start + span.stop
            found.append(
                Mention(span=Span(start, end), text=text[start:end], label=NER_LABELS[span.type])
            )
    return tuple(found)


def _missed_names(
    text: str, tokens: Sequence[Token], found: tuple[Mention, ...]
) -> tuple[Mention, ...]:
    """``found`` with the person names the NER missed: runs of capitalised words the
    dictionary tags as given names or surnames ("Трамп, по данным издания, призвал …")."""
    taken = [m.span for m in found]
    added: list[Mention] = []
    k = 0
    while k < len(tokens):
        j = k
        while (
            j < len(tokens)
            and tokens[j].sent == tokens[k].sent
            and tokens[j].text[:1].isupper()
            and tokens[j].pos in {"PROPN", "NOUN"}
            and "NameType=" in tokens[j].morph
        ):
            j += 1
        if j == k:
            k += 1
            continue
        while (  # "Мариано Гарсия Фресно": a foreign surname the dictionary does not know
            j < len(tokens)
            and tokens[j].sent == tokens[k].sent
            and tokens[j].text[:1].isupper()
            and tokens[j].text.isalpha()
            and not is_known("ru", tokens[j].text)
        ):
            j += 1
        span = Span(tokens[k].start, tokens[j - 1].end)
        beside = [t for t in taken if text[t.end : span.start].isspace() or t.start == span.end]
        if not any(t.start < span.end and span.start < t.end for t in taken) and not beside:
            added.append(Mention(span=span, text=span.text(text), label="PERSON"))
        k = j
    return tuple(sorted([*found, *added], key=lambda m: m.span.start))


_NAME_WORDS = 6  # the lower-case words a body's name may run on after its preposition


def _through_prepositions(
    text: str, tokens: Sequence[Token], found: tuple[Mention, ...]
) -> tuple[Mention, ...]:
    """``found`` with each organisation name the NER cut after a preposition ("Службы по
    борьбе с") run on over the lower-case words after it to the noun that ends them ("…
    с крупными финансовыми махинациями"), or cut before the preposition when none follows."""
    out: list[Mention] = []
    for m in found:
        inside = [t for t in tokens if m.span.start <= t.start and t.end <= m.span.end]
        if m.label != "ORG" or len(inside) < 2 or inside[-1].pos != "ADP":
            out.append(m)
            continue
        k = inside[-1].i + 1
        end = None
        while k < len(tokens) and k <= inside[-1].i + _NAME_WORDS:
            t = tokens[k]
            if t.sent != inside[-1].sent or not t.text.isalpha() or not t.text.islower():
                break
            if t.pos not in {"NOUN", "ADJ", "ADP"}:
                break
            if t.pos == "NOUN":
                end = t.end
            k += 1
        span = Span(m.span.start, end if end is not None else inside[-2].end)
        out.append(Mention(span=span, text=span.text(text), label=m.label))
    return tuple(out)


def _with_entities(tokens: list[Token], entities: tuple[Mention, ...]) -> tuple[Token, ...]:
    """The tokens with the IOB entity labels of ``entities``."""
    import dataclasses

    labels: dict[int, tuple[str, str]] = {}
    k = 0
    for m in entities:
        while k < len(tokens) and tokens[k].end <= m.span.start:
            k += 1
        j = k
        while j < len(tokens) and tokens[j].start < m.span.end:
            labels[j] = (m.label, "B" if j == k else "I")
            j += 1
    return tuple(
        dataclasses.replace(t, ent_type=labels[t.i][0], ent_iob=labels[t.i][1])
        if t.i in labels
        else t
        for t in tokens
    )
