"""The texts the statement gold annotates, and its spans on a differently prepared text.

A gold record without ``source`` annotates a war-news article file (read by
:func:`reportedly.eval.gold.read_article`). One with ``source`` annotates a text of
``../shared/data/ru-uk``: a Telegram post by id (its ``text`` field exactly as stored in
``telegram-ru/posts.jsonl``, markdown and all), or a SlavicNER or NER-UK file read without
newline changes. When the pipeline is given another form of a text (Telegram markdown
stripped, say), :func:`realign` carries the gold spans over by aligning the two texts
character by character, so statements are still matched by their content.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date, datetime
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from reportedly.errors import InputError
from reportedly.eval._shared import resolve_folder
from reportedly.eval.gold import CODE_DATA, GoldArticle, GoldStatement
from reportedly.model import Article, Span

_RELATIVE = Path("..") / "shared" / "data" / "ru-uk"
POSTS = Path("telegram-ru") / "posts.jsonl"
FOLDERS = {"slavicner": Path("slavicner"), "ner-uk": Path("ner-uk")}
# Telegram markdown: **bold**, __italic__, [text](url) (the text kept, the markup dropped)
_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\s]*\)")
_MARKS = re.compile(r"\*\*|__")


def resolve_texts_dir(directory: Path | None) -> Path:
    """The ru-uk data folder: ``directory`` when given, else the default.

    Raises:
        ConfigError: no folder is found (the message says how to give one).
    """
    return resolve_folder(
        directory,
        _RELATIVE,
        what="ru-uk data folder",
        holds="telegram-ru/, slavicner/ and ner-uk/",
        option="--texts",
        code=CODE_DATA,
    )


def strip_markdown(text: str) -> str:
    """``text`` without Telegram markdown: link targets, ``**`` and ``__`` dropped."""
    return _MARKS.sub("", _LINK.sub(r"\1", text))


class TextReader:
    """Reads the texts of gold records that name a ``source`` in the ru-uk data folder.

    The Telegram posts file is read once, on the first post asked for.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._posts: dict[str, dict[str, Any]] | None = None

    def _post(self, key: str, gold: GoldArticle) -> dict[str, Any]:
        if self._posts is None:
            path = self.directory / POSTS
            posts: dict[str, dict[str, Any]] = {}
            try:
                with path.open(encoding="utf-8") as f:
                    for line in f:
                        if line.strip():
                            record = json.loads(line)
                            if isinstance(record, dict) and isinstance(record.get("id"), str):
                                posts[record["id"]] = record
            except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
                raise InputError(
                    str(path), f"cannot read the Telegram posts: {e}", code=CODE_DATA
                ) from e
            self._posts = posts
        post = self._posts.get(key)
        if post is None or not isinstance(post.get("text"), str):
            raise InputError(
                f"{self.directory / POSTS}",
                f"no post {key!r} with a text (annotated at {gold.source})",
                code=CODE_DATA,
            )
        return post

    def read(self, gold: GoldArticle) -> Article:
        """The text ``gold`` annotates, exactly as annotated, in its language.

        Raises:
            InputError: the post or file is missing or unreadable.
        """
        origin = gold.origin
        if origin is None:
            raise InputError(gold.source, "the record names no source", code=CODE_DATA)
        if origin.corpus == "telegram-ru":
            post = self._post(origin.key, gold)
            text = post["text"]
            return Article(
                id=Article.make_id(text),
                text=text,
                outlet=post.get("channel") if isinstance(post.get("channel"), str) else None,
                url=post.get("url") if isinstance(post.get("url"), str) else None,
                published=_day(post.get("date")),
                language=gold.lang,
                source=f"{origin.corpus}:{origin.key}",
            )
        path = self.directory / FOLDERS[origin.corpus] / origin.key
        try:
            with path.open(encoding="utf-8", newline="") as f:
                text = f.read()
        except (OSError, UnicodeDecodeError) as e:
            raise InputError(
                str(path), f"cannot read the annotated text: {e}", code=CODE_DATA
            ) from e
        return Article(id=Article.make_id(text), text=text, language=gold.lang, source=str(path))


def _day(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        return None


def realign(gold: GoldArticle, annotated: str, analysed: str) -> GoldArticle:
    """``gold`` with its spans carried from ``annotated`` onto ``analysed``.

    Characters are aligned with :class:`difflib.SequenceMatcher`; a span keeps the
    characters of it that survive in ``analysed``. A content part left empty is dropped;
    a cue or speaker left empty becomes ``None`` (the speaker's type and names stay).
    """
    if annotated == analysed:
        return gold
    starts = [0] * (len(annotated) + 1)  # where each annotated character (or the end) lands
    matcher = SequenceMatcher(None, annotated, analysed, autojunk=False)
    for tag, i1, i2, j1, _ in matcher.get_opcodes():
        for i in range(i1, i2):
            starts[i] = j1 + (i - i1) if tag == "equal" else j1
    starts[len(annotated)] = len(analysed)
    kept = [False] * len(annotated)
    for block in matcher.get_matching_blocks():
        for i in range(block.a, block.a + block.size):
            kept[i] = True

    def carry(span: Span) -> Span | None:
        inside = [i for i in range(span.start, min(span.end, len(annotated))) if kept[i]]
        if not inside:
            return None
        return Span(starts[inside[0]], starts[inside[-1]] + 1)

    def move(s: GoldStatement) -> GoldStatement:
        content = tuple(c for c in (carry(x) for x in s.content) if c is not None)
        if not content:  # nothing of it survives: keep an empty point so it can only be missed
            point = starts[s.content[0].start]
            content = (Span(point, point),)
        return replace(
            s,
            content=content,
            cue=carry(s.cue) if s.cue is not None else None,
            speaker=carry(s.speaker) if s.speaker is not None else None,
        )

    return replace(gold, statements=tuple(move(s) for s in gold.statements))
