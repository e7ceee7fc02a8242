"""The Russian and Ukrainian pipelines behind the English one's stage interfaces.

    Article ──annotate (natasha / tokenize-uk + pymorphy3)──► Annotation
            ──attribute (ru/uk rules)──► ──resolve actors (registry)──► ──provenance──► Analysis

:class:`~reportedly.pipeline.Pipeline` hands an article here when its ``language`` is "ru" or
"uk"; the English pipeline is untouched. Nothing is imported until the first such article.
The events stage is not run: its lexicon and rules read English.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportedly.actors import ActorRegistry
from reportedly.model import Analysis, Annotation, Article, Skip

LANGUAGES = ("ru", "uk")
E_ATTRIBUTION = (
    "E623"  # Russian/Ukrainian attribution failed on an article (recorded, batch goes on)
)
E_ACTORS = "E624"  # the Russian/Ukrainian actors stage failed on an article


def annotate(language: str, items: Sequence[tuple[str, Sequence[int]]]) -> list[Annotation]:
    """Annotate ``(text, sentence breaks)`` pairs in ``language`` ("ru" or "uk")."""
    if language == "ru":
        from reportedly.nlp import russian

        return list(russian.annotate_many(items))
    from reportedly.nlp import ukrainian

    return list(ukrainian.annotate_many(items))


def stage_versions(language: str) -> dict[str, str]:
    """The ``versions`` :func:`extract` gives an analysis it completes in ``language``."""
    from reportedly.actors.slavic import VERSION as ACTORS_VERSION
    from reportedly.attribution.slavic import VERSION
    from reportedly.provenance.stage import VERSION as PROVENANCE_VERSION

    if language == "ru":
        from reportedly.nlp.russian import MODEL
    else:
        from reportedly.nlp.ukrainian import MODEL
    return {
        "nlp": MODEL,
        "attribution": VERSION,
        "actors": ACTORS_VERSION,
        "provenance": PROVENANCE_VERSION,
    }


def extract(
    article: Article,
    annotation: Annotation,
    registry: ActorRegistry,
    *,
    feature_log: dict[str, dict[str, float]] | None = None,
) -> Analysis:
    """Run attribution, the actors stage (with the speaker confidence of the speakers it
    resolved) and provenance on an annotated ru/uk article; ``feature_log`` receives each
    statement's calibration signals, by id."""
    import dataclasses

    from reportedly.actors.slavic import VERSION as ACTORS_VERSION
    from reportedly.actors.slavic import resolve_actors_slavic
    from reportedly.attribution.slavic import VERSION, attribute_slavic
    from reportedly.attribution.slavic.lexicon import Lang, default_lexicon
    from reportedly.attribution.slavic.own_clauses import own_clauses
    from reportedly.attribution.slavic.speaker_confidence import (
        add_speaker_confidence,
        default_speaker_calibrator,
    )
    from reportedly.provenance.stage import provenance_stage

    versions = {"nlp": annotation.model, "attribution": VERSION}
    try:
        statements, citations, index = attribute_slavic(
            article, annotation, feature_log=feature_log
        )
    except Exception as e:  # the batch boundary: record, never abort the run
        skip = Skip(stage="attribution", code=E_ATTRIBUTION, reason=f"{type(e).__name__}: {e}")
        return Analysis(article=article, annotation=annotation, skipped=(skip,), versions=versions)
    analysis = Analysis(
        article=article,
        annotation=annotation,
        entities=index.entities(),
        statements=statements,
        citations=citations,
        versions=versions,
    )
    try:
        analysis = resolve_actors_slavic(analysis, registry)
        lang: Lang = "uk" if article.language == "uk" else "ru"
        kept = own_clauses(
            analysis.statements,
            analysis.entities,
            registry,
            default_lexicon(lang).first_person,
            lang,
        )
        analysis = dataclasses.replace(analysis, statements=tuple(kept))
        analysis = add_speaker_confidence(analysis, default_speaker_calibrator())
    except Exception as e:  # the batch boundary: record, never abort the run
        skip = Skip(stage="actors", code=E_ACTORS, reason=f"{type(e).__name__}: {e}")
        analysis = dataclasses.replace(
            analysis,
            skipped=(*analysis.skipped, skip),
            versions={**analysis.versions, "actors": ACTORS_VERSION},
        )
    return provenance_stage(analysis)
