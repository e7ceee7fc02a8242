"""Compose the stages and run them over a stream of articles, in one process or several.

    Article ──annotate──► Annotation ──attribute──► Statements, Entities, Citations
            ──resolve actors──► ──code events──► ──provenance──► Analysis

A stage takes plain records and returns plain records; nothing here touches the store, the
API or the CLI, so the same :class:`Pipeline` runs in a process pool or on a cluster worker.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterable, Iterator

from reportedly.actors import ActorRegistry, default_registry
from reportedly.actors.resolve import VERSION as ACTORS_VERSION
from reportedly.actors.resolve import resolve_actors
from reportedly.attribution import VERSION as RULES_VERSION
from reportedly.attribution import VERSION_LEARNED, CueLexicon, CueModel, attribute
from reportedly.attribution.span_model import default_model_dir, load_tagger
from reportedly.attribution.speaker_confidence import (
    add_speaker_confidence,
    default_speaker_calibrator,
)
from reportedly.config import Settings
from reportedly.events import VERSION as EVENTS_VERSION
from reportedly.events import VERSION_LEARNED as EVENTS_VERSION_LEARNED
from reportedly.events import EventLexicon, code_events, registry_resolver
from reportedly.events.learned import load_event_model
from reportedly.model import Analysis, Annotation, Article, Skip
from reportedly.nlp import annotate_many, load_pipeline, to_annotation
from reportedly.nlp.spacy_pipeline import model_id
from reportedly.pipeline_slavic import LANGUAGES as SLAVIC
from reportedly.provenance.stage import VERSION as PROVENANCE_VERSION
from reportedly.provenance.stage import provenance_stage

E_ARTICLE = "E201"  # the analysis of one article failed: it is skipped, the batch goes on
SURE_ENCODING = 0.75  # below this confidence in a guessed encoding, a W102 warning


class Pipeline:
    """The extraction pipeline, built once per process (model and lexicons loaded once)."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        lexicon: CueLexicon | None = None,
        cue_model: CueModel | None = None,
        registry: ActorRegistry | None = None,
    ):
        self.settings = settings or Settings()
        self.lexicon = lexicon or CueLexicon.load()
        self.cue_model = cue_model or CueModel.load()
        if registry is None:
            files = self.settings.actor_files
            registry = ActorRegistry.load(files) if files else default_registry()
        self.registry = registry
        self.event_lexicon = EventLexicon.load()
        self.event_resolver = registry_resolver(registry)
        self.span_model = None
        if self.settings.span_model:
            self.span_model = load_tagger(default_model_dir(int8=self.settings.span_int8))
        self.speaker_calibrator = default_speaker_calibrator()
        self.attribution_version = attribution_version(self.settings)
        self.event_model = load_event_model() if self.settings.event_model else None
        self.events_version = EVENTS_VERSION_LEARNED if self.event_model else EVENTS_VERSION
        self._nlp_loaded = False

    def _ensure_model(self) -> None:
        if not self._nlp_loaded:
            load_pipeline(self.settings.model)
            self._nlp_loaded = True

    def extract(self, article: Article, annotation: Annotation) -> Analysis:
        """Run every stage after the language pipeline on a precomputed annotation.

        A stage that fails on one article yields an Analysis with a :class:`Skip` saying why,
        so one odd article never aborts a batch. A Russian or Ukrainian article goes through
        its own language's stages (:mod:`reportedly.pipeline_slavic`).
        """
        if article.language in SLAVIC:
            from reportedly import pipeline_slavic

            return pipeline_slavic.extract(article, annotation, self.registry)
        try:
            result = attribute(
                article,
                annotation,
                lexicon=self.lexicon,
                cue_model=self.cue_model,
                span_model=self.span_model,
            )
        except Exception as e:  # the batch boundary: record, never abort the run
            skip = Skip(stage="attribution", code="E301", reason=f"{type(e).__name__}: {e}")
            return Analysis(
                article=article,
                annotation=annotation,
                skipped=(skip,),
                versions={"nlp": annotation.model, "attribution": self.attribution_version},
            )
        analysis = Analysis(
            article=article,
            annotation=annotation,
            entities=result.entities,
            statements=result.statements,
            citations=result.citations,
            versions={"nlp": annotation.model, "attribution": self.attribution_version},
        )
        analysis = self._resolve_actors(analysis)
        analysis = self._code_events(analysis)
        return provenance_stage(analysis)

    def _resolve_actors(self, analysis: Analysis) -> Analysis:
        """The actors stage, then the speaker confidence of the speakers it resolved; on
        failure attribution's result is kept (no speaker confidence) and a Skip says why."""
        try:
            resolved = resolve_actors(analysis, self.registry)
            return add_speaker_confidence(resolved, self.speaker_calibrator)
        except Exception as e:  # the batch boundary: record, never abort the run
            skip = Skip(stage="actors", code="E310", reason=f"{type(e).__name__}: {e}")
            versions = {**analysis.versions, "actors": ACTORS_VERSION}
            return dataclasses.replace(
                analysis, skipped=(*analysis.skipped, skip), versions=versions
            )

    def _code_events(self, analysis: Analysis) -> Analysis:
        """The events stage; on failure the analysis is kept without events and a Skip says why."""
        versions = {**analysis.versions, "events": self.events_version}
        if analysis.annotation is None:
            return dataclasses.replace(analysis, versions=versions)
        try:
            events = code_events(
                analysis.article,
                analysis.annotation,
                analysis.statements,
                resolver=self.event_resolver,
                lexicon=self.event_lexicon,
                entities=analysis.entities,
                model=self.event_model,
            )
        except Exception as e:  # the batch boundary: record, never abort the run
            skip = Skip(stage="events", code="E330", reason=f"{type(e).__name__}: {e}")
            return dataclasses.replace(
                analysis, skipped=(*analysis.skipped, skip), versions=versions
            )
        return dataclasses.replace(analysis, events=events, versions=versions)

    def _cut_warning(self, article: Article) -> tuple[Skip, ...]:
        """A W201 skip when the text is longer than the language pipeline will be given."""
        limit = self.settings.max_chars
        if len(article.text) <= limit:
            return ()
        skip = Skip(
            stage="nlp",
            code="W201",
            reason=f"text of {len(article.text):,} characters cut to {limit:,} for analysis; "
            "nothing after that point is extracted (Settings.max_chars)",
        )
        return (skip,)

    def analyze(self, article: Article) -> Analysis:
        """Annotate and extract one article."""
        return next(self._analyze_serial([article]))

    def _annotate(self, articles: list[Article]) -> list[Annotation]:
        """Each language's articles through its own pipeline, results back in input order."""
        texts = [(a.text[: self.settings.max_chars], sentence_breaks(a)) for a in articles]
        langs = [a.language if a.language in SLAVIC else "en" for a in articles]
        out: list[Annotation | None] = [None] * len(articles)
        for lang in dict.fromkeys(langs):
            where = [n for n, got in enumerate(langs) if got == lang]
            items = [texts[n] for n in where]
            if lang == "en":
                done = list(
                    annotate_many(
                        items, model=self.settings.model, batch_size=self.settings.batch_size
                    )
                )
            else:
                from reportedly import pipeline_slavic

                done = pipeline_slavic.annotate(lang, items)
            for n, annotation in zip(where, done, strict=True):
                out[n] = annotation
        return [a for a in out if a is not None]

    def _analyze_serial(self, articles: Iterable[Article]) -> Iterator[Analysis]:
        self._ensure_model()
        for batch in _chunks(articles, self.settings.batch_size):
            try:
                annotations: list[Annotation | Exception] = list(self._annotate(batch))
            except Exception:  # one article broke the batch: annotate one by one to find it
                annotations = [self._annotate_one(article) for article in batch]
            for article, annotation in zip(batch, annotations, strict=True):
                yield self._extract_one(article, annotation)

    def _annotate_one(self, article: Article) -> Annotation | Exception:
        try:
            return self._annotate([article])[0]
        except Exception as e:  # the batch boundary: record, never abort the run
            return e

    def _extract_one(self, article: Article, annotation: Annotation | Exception) -> Analysis:
        """The analysis of one annotated article, or a skip saying why there is none."""
        try:
            if isinstance(annotation, Exception):
                raise annotation
            analysis = self.extract(article, annotation)
        except Exception as e:  # the batch boundary: record, never abort the run
            return failed_analysis(article, E_ARTICLE, e)
        skips = _encoding_warning(article) + self._cut_warning(article)
        if skips:
            analysis = dataclasses.replace(analysis, skipped=analysis.skipped + skips)
        return analysis

    def analyze_many(
        self, articles: Iterable[Article], *, workers: int | None = None
    ) -> Iterator[Analysis]:
        """Analyse a stream of articles, in order, with ``workers`` processes (0: all cores).

        Memory stays flat: articles are read lazily, at most a few batches are in flight, and
        results are yielded as they are ready. The language annotation is dropped from the
        results (it is bulky and no later layer needs it); :meth:`analyze` keeps it.
        """
        n = self.settings.workers if workers is None else workers
        if n == 0:
            n = os.cpu_count() or 1
        if n <= 1:
            for analysis in self._analyze_serial(articles):
                yield dataclasses.replace(analysis, annotation=None)
            return
        from reportedly.process_pool import analyze_in_pool

        # small batches keep every worker busy to the end (on 40 PolNeAR articles, 2 workers:
        # batches of 2 ran 6% faster than batches of 4 and 3% faster than 1, docs/EVALUATION.md);
        # nlp.pipe gains little past a few
        batch = max(1, self.settings.batch_size // 8)
        yield from analyze_in_pool(self, articles, n, batch)


def attribution_version(settings: Settings) -> str:
    """The attribution stage's version: rules alone, or with the span model (fp32 or int8)."""
    if not settings.span_model:
        return RULES_VERSION
    return VERSION_LEARNED + ("+int8" if settings.span_int8 else "")


def stage_versions(settings: Settings, language: str = "en") -> dict[str, str]:
    """The ``versions`` a :class:`Pipeline` of ``settings`` gives an analysis it completes
    of an article in ``language``, known without building one (what an incremental run
    compares stored articles with)."""
    if language in SLAVIC:
        from reportedly import pipeline_slavic

        return pipeline_slavic.stage_versions(language)
    return {
        "nlp": model_id(settings.model),
        "attribution": attribution_version(settings),
        "actors": ACTORS_VERSION,
        "events": EVENTS_VERSION_LEARNED if settings.event_model else EVENTS_VERSION,
        "provenance": PROVENANCE_VERSION,
    }


def _encoding_warning(article: Article) -> tuple[Skip, ...]:
    """A W102 skip when the input's encoding was a guess the score was unsure of."""
    confidence = article.encoding_confidence
    if confidence is None or confidence >= SURE_ENCODING:
        return ()
    reason = (
        f"encoding guessed as {article.encoding} (confidence {confidence:.2f}); letters may "
        "be misread: check the text or convert the file to UTF-8"
    )
    return (Skip(stage="ingest", code="W102", reason=reason),)


def failed_analysis(article: Article, code: str, error: BaseException) -> Analysis:
    """The analysis of an article nothing could be extracted from: one skip saying why."""
    reason = f"analysis failed: {type(error).__name__}: {error}"
    return Analysis(article=article, skipped=(Skip(stage="pipeline", code=code, reason=reason),))


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def sentence_breaks(article: Article) -> list[int]:
    """Offsets where a sentence must start: section labels and the text they introduce."""
    breaks: list[int] = []
    text = article.text
    for section in article.sections:
        breaks.append(section.label_span.start)
        body = section.body.start
        while body < section.body.end and text[body].isspace():
            body += 1
        breaks.append(body)
    if article.title_span is not None:
        breaks.append(article.title_span.end)
    return breaks


def analyze_text(text: str, *, settings: Settings | None = None) -> Analysis:
    """Analyse a bare text (no metadata): a convenience for notebooks and tests."""
    article = Article(id=Article.make_id(text), text=text)
    return Pipeline(settings).analyze(article)


__all__ = ["Pipeline", "analyze_text", "stage_versions", "to_annotation"]
