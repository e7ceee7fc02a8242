"""Word-level differences between two versions of a quote, material or not."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz

from reportedly.provenance.quote_match import WORD_RE, fold_word

# Two different words count as one spelled differently ("recognise", "recognize") at this ratio.
SPELLING_RATIO = 80.0

EditOp = Literal["equal", "replace", "insert", "delete", "omission", "spelling", "gloss"]

_TOKEN_RE = re.compile(
    r"(?P<gloss>\[[^\[\]]*\])|(?P<ellipsis>…|\.\s*\.\s*\.)|(?P<word>" + WORD_RE.pattern + ")"
)


@dataclass(frozen=True, slots=True, kw_only=True)
class WordEdit:
    """One step of a word diff from the reference wording to a version.

    ``op`` is ``equal``; ``replace``, ``insert`` or ``delete`` (changed words); ``spelling``
    (the same words spelled differently); ``omission`` (words left out at either end or where
    the version has an ellipsis); or ``gloss`` (an editor's insertion in square brackets).
    ``material`` is true for changes of words.
    """

    op: EditOp
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    material: bool = False


@dataclass(frozen=True, slots=True)
class _Tokens:
    words: tuple[str, ...]  # as written, with the punctuation around them dropped
    keys: tuple[str, ...]  # folded, for comparing
    glosses: dict[int, list[str]]  # glosses by the number of words before them
    ellipses: frozenset[int]  # positions (number of words before) of ellipses


def _tokens(text: str) -> _Tokens:
    words: list[str] = []
    glosses: dict[int, list[str]] = defaultdict(list)
    ellipses: set[int] = set()
    for m in _TOKEN_RE.finditer(unicodedata.normalize("NFKC", text)):
        if m.group("gloss"):
            glosses[len(words)].append(m.group("gloss"))
        elif m.group("ellipsis"):
            ellipses.add(len(words))
        else:
            words.append(m.group("word"))
    return _Tokens(
        tuple(words), tuple(fold_word(w) for w in words), dict(glosses), frozenset(ellipses)
    )


def _spelling_only(before: Sequence[str], after: Sequence[str]) -> bool:
    return len(before) == len(after) and all(
        fuzz.ratio(fold_word(a), fold_word(b)) >= SPELLING_RATIO
        for a, b in zip(before, after, strict=True)
    )


def word_diff(reference: str, version: str) -> tuple[WordEdit, ...]:
    """The word-level edits that turn ``reference`` into ``version``.

    Case, punctuation and quote marks never count. An editor's insertion ("[by Russia -
    ed.]") is a ``gloss``; words left out at the ends, or where the version prints an ellipsis,
    are an ``omission``; a word spelled differently is ``spelling``. Everything else that
    differs is a material edit.
    """
    ref, ver = _tokens(reference), _tokens(version)
    glosses = {k: list(v) for k, v in ver.glosses.items()}
    edits: list[WordEdit] = []

    def flush(position: int) -> None:
        for gloss in glosses.pop(position, []):
            edits.append(WordEdit(op="gloss", after=(gloss,)))

    matcher = difflib.SequenceMatcher(a=ref.keys, b=ver.keys, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        before, after = ref.words[i1:i2], ver.words[j1:j2]
        if tag == "equal":
            start = j1
            for p in range(j1 + 1, j2):
                if p in glosses:
                    edits.append(
                        WordEdit(op="equal", before=ver.words[start:p], after=ver.words[start:p])
                    )
                    flush(p)
                    start = p
            flush(j1)
            edits.append(
                WordEdit(op="equal", before=ver.words[start:j2], after=ver.words[start:j2])
            )
            continue
        flush(j1)
        if tag == "delete":
            at_edge = j1 == 0 or j1 == len(ver.words)
            marked = j1 in ver.ellipses
            if at_edge or marked:
                edits.append(WordEdit(op="omission", before=before))
            else:
                edits.append(WordEdit(op="delete", before=before, material=True))
        elif tag == "replace" and _spelling_only(before, after):
            edits.append(WordEdit(op="spelling", before=before, after=after))
        else:
            edits.append(WordEdit(op=tag, before=before, after=after, material=True))
        for p in range(j1 + 1, j2):
            flush(p)
    for p in sorted(glosses):
        flush(p)
    return tuple(_merge_equal(edits))


def _merge_equal(edits: list[WordEdit]) -> list[WordEdit]:
    merged: list[WordEdit] = []
    for e in edits:
        if e.op == "equal" and not e.after:
            continue
        if merged and e.op == "equal" and merged[-1].op == "equal":
            last = merged.pop()
            e = WordEdit(op="equal", before=last.before + e.before, after=last.after + e.after)
        merged.append(e)
    return merged
