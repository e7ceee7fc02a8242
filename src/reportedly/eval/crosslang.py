"""Score the cross-language matchers on gold/crosslang: real English-Russian statement pairs.

Statements are spans of files under ``../shared/data`` (or the bundled sample); pairs say
whether two statements of one speaker make the same claim. A matcher scores every pair;
reported are precision, recall and F1 at its threshold, average precision over the ranking of
all pairs, and how often the best-scored candidate of an English statement is a true one.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from reportedly.errors import InputError

E_GOLD = "E703"  # a gold/crosslang file or the text it points into is missing or inconsistent
SNIPPET_WORDS = 8


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldStatement:
    """One statement of the gold: a span of a source text."""

    id: str
    lang: str
    speaker: str
    date: str | None
    source: str
    start: int
    end: int
    snippet: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Scores:
    """How one matcher did on the pairs."""

    matcher: str
    threshold: float
    precision: float
    recall: float
    f1: float
    average_precision: float
    top1: float  # share of English statements with a true pair whose best candidate is true
    queries: int
    pairs: int
    positives: int


def _jsonl(path: Path) -> list[dict[str, object]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.strip()]
    except (OSError, ValueError) as e:
        raise InputError(str(path), f"cannot read gold: {e}", code=E_GOLD) from e


def load(gold: Path) -> tuple[dict[str, GoldStatement], list[tuple[str, str, bool]]]:
    """The statements (by id) and the (en, other, same) pairs of ``gold``/*.jsonl."""
    statements = {}
    for row in _jsonl(gold / "statements.jsonl"):
        s = GoldStatement(**row)  # type: ignore[arg-type]
        statements[s.id] = s
    pairs = []
    for row in _jsonl(gold / "pairs.jsonl"):
        en, other = str(row["en"]), str(row["other"])
        if en not in statements or other not in statements:
            raise InputError(str(gold / "pairs.jsonl"), f"unknown statement in {row}", code=E_GOLD)
        pairs.append((en, other, bool(row["same"])))
    return statements, pairs


class Texts:
    """Source texts of the gold, read once: files under ``data`` (``../shared/data``), Telegram
    posts by id, and the package's bundled examples."""

    def __init__(self, data: Path) -> None:
        self.data = data
        self._files: dict[str, str] = {}
        self._posts: dict[str, str] | None = None

    def _post(self, path: str, post: str) -> str:
        if self._posts is None:
            self._posts = {}
            for row in _jsonl(self.data / path):
                self._posts[str(row["id"])] = str(row["text"])
        if post not in self._posts:
            raise InputError(f"{path}#{post}", "no such post", code=E_GOLD)
        return self._posts[post]

    def text(self, source: str) -> str:
        """The whole text ``source`` names."""
        if "#" in source:
            path, post = source.split("#", 1)
            return self._post(path, post)
        if source not in self._files:
            if source.startswith("reportedly:"):
                ref = files("reportedly").joinpath(source.removeprefix("reportedly:"))
                self._files[source] = ref.read_text(encoding="utf-8")
            else:
                try:
                    self._files[source] = (self.data / source).read_text(encoding="utf-8")
                except OSError as e:
                    raise InputError(source, f"cannot read: {e}", code=E_GOLD) from e
        return self._files[source]

    def span(self, s: GoldStatement) -> str:
        """The statement's words, checked against its snippet.

        Raises:
            InputError: the span does not start with the snippet (the source changed).
        """
        words = self.text(s.source)[s.start : s.end]
        if " ".join(words.replace("**", "").split()[:SNIPPET_WORDS]) != s.snippet:
            raise InputError(s.source, f"{s.id}: span does not match its snippet", code=E_GOLD)
        return words


def average_precision(scored: Sequence[tuple[float, bool]]) -> float:
    """Average precision of the ranking of ``scored`` (score, is-true) pairs, best first."""
    ranked = sorted(scored, key=lambda x: -x[0])
    hits = 0
    total = 0.0
    for n, (_, true) in enumerate(ranked, 1):
        if true:
            hits += 1
            total += hits / n
    return total / hits if hits else 0.0


def evaluate(
    name: str,
    similarity: Callable[[str, str], float],
    threshold: float,
    statements: dict[str, GoldStatement],
    pairs: Sequence[tuple[str, str, bool]],
    texts: Texts,
) -> Scores:
    """Score ``similarity`` (0-1 on two texts) on ``pairs`` at ``threshold``."""
    words = {sid: texts.span(s) for sid, s in statements.items()}
    scored = [(similarity(words[a], words[b]), a, same) for a, b, same in pairs]
    tp = sum(1 for s, _, same in scored if same and s >= threshold)
    fp = sum(1 for s, _, same in scored if not same and s >= threshold)
    positives = sum(1 for *_, same in scored if same)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / positives if positives else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    best: dict[str, tuple[float, bool]] = {}
    with_true = {a for _, a, same in scored if same}
    for s, a, same in scored:
        if a in with_true and (a not in best or s > best[a][0]):
            best[a] = (s, same)
    top1 = sum(1 for _, same in best.values() if same) / len(best) if best else 0.0
    return Scores(
        matcher=name,
        threshold=threshold,
        precision=precision,
        recall=recall,
        f1=f1,
        average_precision=average_precision([(s, same) for s, _, same in scored]),
        top1=top1,
        queries=len(best),
        pairs=len(scored),
        positives=positives,
    )
