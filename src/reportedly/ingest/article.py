"""Assemble an Article from extracted text and metadata: title, tails, sections, id."""

from __future__ import annotations

import re

from reportedly.errors import InputError
from reportedly.ingest.decode import normalize_text
from reportedly.ingest.encoding import Guess
from reportedly.ingest.language import choose_language
from reportedly.ingest.metadata import Metadata
from reportedly.ingest.options import IngestOptions
from reportedly.ingest.sections import find_sections, label_length
from reportedly.ingest.tails import find_tail
from reportedly.model import Article, Span

MAX_TITLE_CHARS = 200
MAX_TITLE_WORDS = 30
_TITLE_BAD_END = tuple(".,;:")
_LETTER = re.compile(r"[^\W\d_]")
DERIVED_TITLE_CHARS = 90
_SENTENCE_END = re.compile(r"[.!?](?=[\"'”’)]*(?:\s|$))")


def find_title(text: str) -> Span | None:
    """The span of the first line when it looks like a title, else ``None``.

    A title is a first line of at most ``MAX_TITLE_CHARS`` characters and ``MAX_TITLE_WORDS``
    words, with a letter in it, not ending in ``. , ; :``, not opening with a one-word section
    label (``Source: …``), followed by a blank line and more text. Question and exclamation
    marks are fine.
    """
    line_end = text.find("\n")
    if line_end <= 0 or not text.startswith("\n\n", line_end):
        return None
    raw = text[:line_end]
    line = raw.strip()
    if not text[line_end:].strip() or not line or len(line) > MAX_TITLE_CHARS:
        return None
    if len(line.split()) > MAX_TITLE_WORDS or line.endswith(_TITLE_BAD_END):
        return None
    if _LETTER.search(line) is None:
        return None
    label = label_length(line)
    if label is not None and len(line[:label].split()) == 1:
        return None  # "Source: RIA Novosti" opens a section; a titled headline has more words
    start = len(raw) - len(raw.lstrip())
    return Span(start, start + len(line))


def derive_title(body: str) -> str | None:
    """A display title for a text without one: its first sentence (or line), cut at a word
    boundary to at most ``DERIVED_TITLE_CHARS`` with an ellipsis; ``None`` without letters."""
    first = body.strip().split("\n", 1)[0]
    end = _SENTENCE_END.search(first)
    sentence = (first[: end.start() + 1] if end else first).strip()
    if _LETTER.search(sentence) is None:
        return None
    if len(sentence) > DERIVED_TITLE_CHARS:
        cut = sentence[: DERIVED_TITLE_CHARS + 1].rsplit(" ", 1)[0]
        sentence = cut if len(cut) > DERIVED_TITLE_CHARS // 2 else sentence[:DERIVED_TITLE_CHARS]
        sentence = sentence.rstrip(" ,;:-") + "…"
    return sentence


def build_article(
    body: str,
    *,
    source: str,
    metadata: Metadata,
    options: IngestOptions,
    detect_title: bool,
    empty_code: str = "E101",
    encoding: Guess | None = None,
) -> Article:
    """Turn extracted text plus merged metadata into an :class:`Article`.

    The text is normalised once. A known title becomes the first line (unless the text
    already starts with it); otherwise, with ``detect_title``, a title-like first line is
    taken; failing both, a display title is derived from the first sentence
    (``title_derived``, no ``title_span``: the sentence stays part of the body). Boilerplate
    tails are cut, labelled sections found, and the id hashed from the final text.
    ``encoding`` records how the bytes were decoded. The language is what the text reads as,
    else the declared one, else ``"und"`` (see :func:`~reportedly.ingest.language.choose_language`).

    Raises:
        InputError: ``empty_code`` when no text is left after the title and tails.
    """
    text = normalize_text(body)
    title = " ".join(normalize_text(metadata.title).split()) if metadata.title else None
    title_span: Span | None = None
    if title:
        first_line = text.split("\n", 1)[0]
        if " ".join(first_line.split()) == title:
            title_span = Span(0, len(first_line))
        else:
            text = f"{title}\n\n{text}" if text else title
            title_span = Span(0, len(title))
    elif detect_title:
        title_span = find_title(text)
    body_start = 0 if title_span is None else title_span.end
    dropped: tuple[str, ...] = ()
    if options.drop_tails:
        end, dropped = find_tail(text, start=body_start, patterns=options.tail_patterns)
        text = text[:end]
    if not text[body_start:].strip():
        what = "only boilerplate" if dropped else "no text"
        raise InputError(
            source, f"input has {what} after the title; nothing to analyse", code=empty_code
        )
    derived = derive_title(text[body_start:]) if title_span is None else None
    return Article(
        id=Article.make_id(text),
        text=text,
        title=derived if title_span is None else title_span.text(text),
        title_derived=derived is not None,
        encoding=None if encoding is None else encoding.encoding,
        encoding_confidence=None if encoding is None else encoding.confidence,
        outlet=metadata.outlet,
        url=metadata.url,
        published=metadata.published,
        authors=metadata.authors,
        language=choose_language(metadata.language, text),
        source=source,
        title_span=title_span,
        sections=find_sections(text, start=body_start),
        dropped=dropped,
    )
