"""Score resolved speakers against a speaker annotation of PolNeAR dev articles.

The annotation (``tests/golden/speakers/polnear-dev.yaml``, schema in ``docs/actors.md``)
names, for each attribution with a source in the chosen articles, who the source is: a
canonical name (and a registry id when the registry knows the actor), or nobody for an
anonymous source ("a source said"). A gold statement is matched to the predicted top-level
statement whose content overlaps it most; the score is the share of matched statements
whose resolved speaker is the gold one, overall and by how the source is written (a name,
a pronoun, a title or description, an anonymous source).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, cast, get_args

import yaml

from reportedly._yaml import load_yaml
from reportedly.actors.folding import fold
from reportedly.actors.registry import ActorRegistry
from reportedly.errors import ConfigError, InputError
from reportedly.eval import polnear
from reportedly.eval.body_names import same_body
from reportedly.model import Analysis, Article, Span, Statement

if TYPE_CHECKING:
    from reportedly.pipeline import Pipeline

SourceType = Literal["name", "pronoun", "title", "anonymous"]
SOURCE_TYPES: tuple[SourceType, ...] = get_args(SourceType)
CODE_GOLD = "E602"  # the speaker annotation cannot be read or does not fit the texts
MIN_OVERLAP = 0.5  # share of the shorter content two statements must share to match
_DATE_IN_NAME = re.compile(r"_(\d{4}-\d{2}-\d{2})_")
_GOLD = Path("tests") / "golden" / "speakers" / "polnear-dev.yaml"


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldSpeaker:
    """One annotated statement: where its content is and who said it."""

    article: str
    content: Span
    snippet: str
    source: str
    type: SourceType
    speaker: str | None
    actor: str | None = None
    also: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """Every name the gold speaker may be given."""
        return tuple(n for n in (self.speaker, *self.also) if n)


@dataclass(frozen=True, slots=True, kw_only=True)
class Outcome:
    """How one gold statement fared."""

    gold: GoldSpeaker
    matched: bool
    correct: bool = False
    predicted: str | None = None  # the resolved speaker's name, None when unresolved
    predicted_actor: str | None = None
    speaker_text: str | None = None  # the speaker mention as the pipeline found it


@dataclass(frozen=True, slots=True, kw_only=True)
class SpeakerReport:
    """Accuracy of resolved speakers over matched gold statements."""

    outcomes: tuple[Outcome, ...]
    articles: int
    by_type: Mapping[str, tuple[int, int]] = field(default_factory=dict)  # correct, matched

    @property
    def matched(self) -> int:
        return sum(1 for o in self.outcomes if o.matched)

    @property
    def correct(self) -> int:
        return sum(1 for o in self.outcomes if o.correct)

    @property
    def accuracy(self) -> float:
        """Correct over matched statements (0 when nothing matched)."""
        return self.correct / self.matched if self.matched else 0.0

    def accuracy_of(self, *types: str) -> tuple[float, int]:
        """Accuracy and matched count over gold statements of the given source types."""
        chosen = [o for o in self.outcomes if o.matched and o.gold.type in types]
        if not chosen:
            return 0.0, 0
        return sum(o.correct for o in chosen) / len(chosen), len(chosen)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready summary with the wrong and unmatched statements."""
        return {
            "articles": self.articles,
            "gold": len(self.outcomes),
            "matched": self.matched,
            "correct": self.correct,
            "accuracy": round(self.accuracy, 4),
            "accuracy_named_speakers": round(self.accuracy_of("name", "pronoun", "title")[0], 4),
            "by_type": {
                t: {"matched": n, "accuracy": round(acc, 4)}
                for t in SOURCE_TYPES
                for acc, n in [self.accuracy_of(t)]
            },
            "errors": [
                {
                    "article": o.gold.article,
                    "content_start": o.gold.content.start,
                    "snippet": o.gold.snippet,
                    "type": o.gold.type,
                    "source": o.gold.source,
                    "gold": o.gold.speaker,
                    "predicted": o.predicted,
                    "speaker_text": o.speaker_text,
                }
                for o in self.outcomes
                if o.matched and not o.correct
            ],
            "unmatched": len(self.outcomes) - self.matched,
        }


# -- the annotation file -----------------------------------------------------------------


def default_gold_path() -> Path:
    """The annotation in the repository (beside the current directory or the package).

    Raises:
        ConfigError: it cannot be found (an installed package ships no tests).
    """
    for base in (Path.cwd(), Path(__file__).resolve().parents[3]):
        if (base / _GOLD).is_file():
            return base / _GOLD
    raise ConfigError(
        f"speaker annotation {_GOLD} not found from {Path.cwd()}; run from the repository "
        "or give --gold FILE",
        code=CODE_GOLD,
    )


def load_gold(path: Path) -> tuple[GoldSpeaker, ...]:
    """Read and check the speaker annotation at ``path``.

    Raises:
        InputError: the file cannot be read or an entry breaks the schema (named).
    """
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as e:
        raise InputError(str(path), f"cannot read speaker annotation: {e}", code=CODE_GOLD) from e
    return parse_gold(data, str(path))


def parse_gold(data: object, source: str) -> tuple[GoldSpeaker, ...]:
    """The gold speakers of a parsed annotation document (see :func:`load_gold`)."""
    if not isinstance(data, Mapping) or not isinstance(data.get("articles"), list):
        raise InputError(source, "expected a mapping with an 'articles' list", code=CODE_GOLD)
    found: list[GoldSpeaker] = []
    for a, article in enumerate(data["articles"]):
        if not isinstance(article, Mapping) or not isinstance(article.get("article"), str):
            raise InputError(source, f"articles[{a}] needs an 'article' name", code=CODE_GOLD)
        name = article["article"]
        items = article.get("statements")
        if not isinstance(items, list):
            raise InputError(source, f"{name}: 'statements' must be a list", code=CODE_GOLD)
        for k, item in enumerate(items):
            found.append(_gold_item(item, name, f"{source}: {name} statement {k}"))
    return tuple(found)


def _gold_item(item: object, article: str, where: str) -> GoldSpeaker:
    def bad(problem: str) -> InputError:
        return InputError(where, problem, code=CODE_GOLD)

    if not isinstance(item, Mapping):
        raise bad("must be a mapping")
    at = item.get("at")
    if (
        not isinstance(at, list)
        or len(at) != 2
        or not all(isinstance(v, int) and not isinstance(v, bool) for v in at)
        or not 0 <= at[0] < at[1]
    ):
        raise bad("'at' must be [start, end] content offsets")
    kind = item.get("type")
    if kind not in SOURCE_TYPES:
        raise bad(f"'type' must be one of {', '.join(SOURCE_TYPES)}, not {kind!r}")
    speaker = item.get("speaker")
    if speaker is not None and (not isinstance(speaker, str) or not speaker.strip()):
        raise bad("'speaker' must be a name or null")
    if (speaker is None) != (kind == "anonymous"):
        raise bad("'speaker' is null exactly when the source is anonymous")
    also = item.get("also") or []
    if not isinstance(also, list) or not all(isinstance(n, str) for n in also):
        raise bad("'also' must be a list of names")
    for key in ("snippet", "source"):
        if not isinstance(item.get(key), str):
            raise bad(f"'{key}' must be a string")
    actor = item.get("actor")
    if actor is not None and not isinstance(actor, str):
        raise bad("'actor' must be a registry id or null")
    return GoldSpeaker(
        article=article,
        content=Span(at[0], at[1]),
        snippet=item["snippet"],
        source=item["source"],
        type=cast(SourceType, kind),
        speaker=speaker,
        actor=actor,
        also=tuple(also),
    )


# -- scoring -----------------------------------------------------------------------------


def article_for(data_dir: Path, name: str, split: str = "dev") -> Article:
    """The PolNeAR article ``name`` with its exact text and the date its name carries.

    Raises:
        InputError: the text cannot be read.
    """
    path = data_dir / split / "text" / f"{name}.txt"
    entry = polnear.Entry(name=name, annotator="", text_path=path, ann_path=path)
    text = polnear.read_text(entry)
    found = _DATE_IN_NAME.search(name)
    published = date.fromisoformat(found.group(1)) if found else None
    return Article(id=Article.make_id(text), text=text, source=str(path), published=published)


def match_statement(gold: GoldSpeaker, statements: Sequence[Statement]) -> Statement | None:
    """The top-level statement whose content overlaps ``gold``'s most (enough to count)."""
    best: tuple[float, Statement] | None = None
    for s in statements:
        if s.reported_by is not None:
            continue
        shared = sum(
            max(0, min(c.end, gold.content.end) - max(c.start, gold.content.start))
            for c in s.content
        )
        size = min(len(gold.content), sum(len(c) for c in s.content)) or 1
        share = shared / size
        if share >= MIN_OVERLAP and (best is None or share > best[0]):
            best = (share, s)
    return best[1] if best else None


def judge(
    gold: GoldSpeaker, statement: Statement, analysis: Analysis, registry: ActorRegistry
) -> Outcome:
    """Whether ``statement``'s resolved speaker is ``gold``'s.

    Right when both are nobody; when the registry ids agree; when a name of the resolved
    entity (or of its registry actor) is a gold name, after folding; when the entity is
    known in the article only by the last words of a gold name (its surname); when a body
    is written with the gold name's words in another order or spelling ("Defense Ministry of
    Belarus" for "Ministry of Defence of Belarus"); or when one of the two names a body as the
    other does without its country ("Ministry of Commerce" for "Ministry of Commerce of
    China", either way round; in Russian and Ukrainian by the article's language too) or by
    its abbreviation ("ВГСУ"), and the article names no such body of another country.
    """
    entity = next((e for e in analysis.entities if e.id == statement.speaker_entity), None)
    speaker_text = statement.speaker.text if statement.speaker is not None else None
    if entity is None:
        return Outcome(
            gold=gold, matched=True, correct=gold.speaker is None, speaker_text=speaker_text
        )
    names = {fold(entity.name)}
    actor_id = statement.speaker_actor or entity.actor_id
    if actor_id and actor_id in registry:
        names |= {fold(n) for n in registry.by_id(actor_id).names}
    gold_names = {fold(n) for n in gold.names}
    written = fold(entity.name).split()
    correct = (
        gold.speaker is not None
        and (
            (gold.actor is not None and gold.actor == actor_id)
            or bool(names & gold_names)
            # known in the article only by the end of the gold name: "Schiff", "De Blasio"
            or any(written and g.split()[-len(written) :] == written for g in gold_names)
            or (
                entity.kind not in ("person", "country")
                and len(written) > 1
                and registry.title_key(entity.name) in {registry.title_key(n) for n in gold.names}
            )
            or same_body(entity, gold.names, registry, analysis.entities, analysis.article.language)
        )
    )
    return Outcome(
        gold=gold,
        matched=True,
        correct=correct,
        predicted=entity.name,
        predicted_actor=actor_id,
        speaker_text=speaker_text,
    )


def evaluate(
    gold: Iterable[GoldSpeaker], pipeline: Pipeline, *, data_dir: Path | None = None
) -> SpeakerReport:
    """Analyse each annotated article with ``pipeline`` and judge its speakers.

    Raises:
        ConfigError: PolNeAR cannot be found.
        InputError: an article cannot be read, or the annotation does not fit its text.
    """
    directory = polnear.resolve_data_dir(data_dir)
    by_article: dict[str, list[GoldSpeaker]] = {}
    for item in gold:
        by_article.setdefault(item.article, []).append(item)
    outcomes: list[Outcome] = []
    for name, items in by_article.items():
        article = article_for(directory, name)
        for item in items:
            written = article.text[item.content.start : item.content.start + len(item.snippet)]
            if written != item.snippet:
                raise InputError(
                    name,
                    f"annotation at {item.content.start} expects {item.snippet!r}, "
                    f"text has {written!r}",
                    code=CODE_GOLD,
                )
        analysis = pipeline.analyze(article)
        for item in items:
            statement = match_statement(item, analysis.statements)
            if statement is None:
                outcomes.append(Outcome(gold=item, matched=False))
            else:
                outcomes.append(judge(item, statement, analysis, pipeline.registry))
    by_type: dict[str, tuple[int, int]] = {}
    for t in SOURCE_TYPES:
        chosen = [o for o in outcomes if o.matched and o.gold.type == t]
        by_type[t] = (sum(o.correct for o in chosen), len(chosen))
    return SpeakerReport(outcomes=tuple(outcomes), articles=len(by_article), by_type=by_type)


def format_report(report: SpeakerReport, *, errors: bool = False) -> str:
    """The report as a small text table (and the wrong speakers when ``errors``)."""
    lines = [
        f"Speaker resolution on {report.articles} PolNeAR dev articles: "
        f"{len(report.outcomes)} annotated statements, {report.matched} matched",
        f"{'speakers':24} {'matched':>8} {'accuracy':>9}",
        f"{'all':24} {report.matched:>8} {report.accuracy:>9.3f}",
    ]
    named, n = report.accuracy_of("name", "pronoun", "title")
    lines.append(f"{'named (not anonymous)':24} {n:>8} {named:>9.3f}")
    for t in SOURCE_TYPES:
        acc, n = report.accuracy_of(t)
        lines.append(f"{'  ' + t:24} {n:>8} {acc:>9.3f}")
    if errors:
        lines.append("")
        for o in report.outcomes:
            if o.matched and not o.correct:
                lines.append(
                    f"{o.gold.article} @{o.gold.content.start} [{o.gold.type}] "
                    f"{o.gold.source!r}: gold {o.gold.speaker!r}, got {o.predicted!r} "
                    f"(mention {o.speaker_text!r})"
                )
    return "\n".join(lines)
