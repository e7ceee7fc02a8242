"""Checks every Article an ingest reader produces must pass."""

from __future__ import annotations

import re
from collections.abc import Callable

from reportedly.errors import InputError
from reportedly.ingest import normalize_text
from reportedly.model import Article

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def check_article(article: Article) -> None:
    """Fail the calling test when ``article`` breaks an offset or normalisation invariant."""
    text = article.text
    assert text.strip(), "article text is empty"
    assert article.id == Article.make_id(text)
    assert normalize_text(text) == text, "text is not in normal form"
    assert not _CONTROL.search(text)
    # a title is found in the text (with its span) or derived from its first sentence
    assert (article.title_span is None) == (article.title is None or article.title_derived)
    body_start = 0
    if article.title_span is not None:
        assert article.title_span.end <= len(text)
        assert article.title_span.text(text) == article.title
        body_start = article.title_span.end
    previous_end = body_start
    for section in article.sections:
        assert section.label_span.start >= previous_end
        assert section.label_span.text(text) == section.label
        assert section.body.start >= section.label_span.end
        assert section.body.end <= len(text)
        previous_end = section.body.end
    for dropped in article.dropped:
        assert dropped.strip()


def check_outcome(read: Callable[[], Article], codes: set[str]) -> Article | InputError:
    """Run ``read``: it must return a valid Article or raise an InputError with one of
    ``codes``; anything else fails the calling test."""
    outcome: Article | InputError
    try:
        outcome = read()
    except InputError as e:
        outcome = e
    if isinstance(outcome, InputError):
        assert outcome.code in codes, outcome
    else:
        check_article(outcome)
    return outcome
