"""Made-up war-news articles, their gold and a fake pipeline, for the statement gold tests."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportedly.actors import default_registry
from reportedly.eval import gold, gold_report, gold_score
from reportedly.model import Analysis, Article, Entity, Mention, Skip, Span, Statement

DEV = "20990101T000000Z_XX_en_dev0000000.txt"
TEST = "20990102T000000Z_XX_en_test000000.txt"
TEXTS = {
    DEV: (
        "Minister Anna Kovac said on Monday that the talks had failed. "
        '"We will not give up," she told reporters.\n\n'
        "The ministry does not believe that a ceasefire is near. "
        "Officials fear the winter will be hard.\n"
    ),
    TEST: "Peskov said that Russia wanted peace.\n",
}


def _at(name: str, phrase: str, nth: int = 0) -> list[int]:
    text = TEXTS[name]
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return [start, start + len(phrase)]


def _gold_statement(
    name: str,
    content: str,
    cue: str,
    speaker: str | None,
    *,
    kind: str = "indirect",
    act: str = "speech",
    polarity: str = "positive",
    speaker_type: str = "name",
    canonical: str | None = None,
    actor_id: str | None = None,
) -> dict[str, Any]:
    return {
        "content": [_at(name, content)],
        "snippet": " ".join(content.split()[:8]),
        "kind": kind,
        "act": act,
        "polarity": polarity,
        "cue": _at(name, cue),
        "speaker": _at(name, speaker) if speaker else None,
        "speaker_text": speaker,
        "speaker_type": speaker_type if speaker else "none",
        "canonical": canonical,
        "actor_id": actor_id,
        "nested_in": None,
    }


def gold_records() -> list[dict[str, Any]]:
    return [
        {
            "article": DEV,
            "split": "dev",
            "statements": [
                _gold_statement(
                    DEV, "the talks had failed", "said", "Anna Kovac", canonical="Anna Kovac"
                ),
                _gold_statement(
                    DEV,
                    "We will not give up",
                    "told",
                    "she",
                    kind="direct",
                    speaker_type="pronoun",
                    canonical="Anna Kovac",
                ),
                _gold_statement(
                    DEV,
                    "a ceasefire is near",
                    "believe",
                    "The ministry",
                    act="belief",
                    polarity="negative",
                    speaker_type="organisation",
                ),
                _gold_statement(
                    DEV,
                    "the winter will be hard",
                    "fear",
                    "Officials",
                    act="belief",
                    speaker_type="anonymous",
                ),
            ],
        },
        {
            "article": TEST,
            "split": "test",
            "statements": [
                _gold_statement(
                    TEST,
                    "Russia wanted peace",
                    "said",
                    "Peskov",
                    speaker_type="surname",
                    canonical="Dmitry Peskov",
                    actor_id="peskov-dmitry",
                )
            ],
        },
    ]


@dataclass(frozen=True, slots=True, kw_only=True)
class ActStatement(Statement):
    """A statement as it will be once the act and negation fields land."""

    act: str = "speech"
    negated: bool = False


def _statement(name: str, phrase: str, entity: str | None, **extra: Any) -> Statement:
    span = Span(*_at(name, phrase))
    fields: dict[str, Any] = {
        "id": f"s-{span.start}",
        "kind": "direct" if phrase.startswith("We") else "indirect",
        "content": (span,),
        "speaker": Mention(span=span, text=phrase, label="PERSON") if entity else None,
        "speaker_entity": entity,
    }
    return ActStatement(**fields, **extra) if extra else Statement(**fields)


class FakePipeline:
    """Predicts a fixed set of statements per article (a stand-in for the real pipeline)."""

    def __init__(self, *_: object, with_acts: bool = False, failing: bool = False) -> None:
        self.registry = default_registry()
        self.with_acts = with_acts
        self.failing = failing  # attribution raises on the test article

    def analyze_many(
        self, articles: Iterable[Article], *, workers: int | None = None
    ) -> Iterator[Analysis]:
        belief = {"act": "belief", "negated": True} if self.with_acts else {}
        for article in articles:
            name = Path(article.source).name
            if name == DEV:
                entities = (Entity(id="anna-kovac", name="Anna Kovac", kind="person"),)
                statements = (
                    _statement(DEV, "the talks had failed", "anna-kovac"),
                    _statement(DEV, "We will not give up", None),
                    _statement(DEV, "a ceasefire is near", None, **belief),
                    _statement(DEV, "on Monday", None),
                )
            else:
                entities = (
                    Entity(id="peskov-dmitry", name="Dmitry Peskov", actor_id="peskov-dmitry"),
                )
                statements = (_statement(TEST, "Russia wanted peace", "peskov-dmitry"),)
            assert article.published is not None  # dated from the file name
            if self.failing and name == TEST:
                skip = Skip(stage="attribution", code="E301", reason="MemoryError: ")
                yield Analysis(article=article, skipped=(skip,))
                continue
            yield Analysis(article=article, entities=entities, statements=statements)


def _run(corpus: tuple[Path, Path], **kwargs: Any) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    path, articles = corpus
    errors: list[dict[str, Any]] = []
    scores = gold_score.evaluate(
        gold.load_gold([path]),
        FakePipeline(**kwargs),
        articles,
        on_error=errors.append,  # type: ignore[arg-type]
    )
    return gold_report.report(scores), errors
