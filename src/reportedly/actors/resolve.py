"""The actors stage: resolve every entity and speaker of one article to a canonical actor.

Named entities are matched to the registry by name (with the article's date to choose among
namesakes) or, for capitals and buildings used as agents, by metonym; entities that resolve
to one actor are merged. Role descriptions ("the Russian president", "the spokesman", "his
Russian counterpart") go through the article's own appositions and the registry's titles on
the article's date; pronouns and "the latter"/"the former" go to the antecedent their
gender, number and syntactic role allow. The stage is pure: an Analysis in, a new one out.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from reportedly._fingerprint import package_digest
from reportedly.actors._resolution_data import CODE_DATA, Gender, ResolutionData, default_data
from reportedly.actors._unspoken import _UnspokenMentions
from reportedly.actors.registry import ActorRegistry
from reportedly.model import Analysis, Statement

__all__ = ["CODE_DATA", "VERSION", "Gender", "ResolutionData", "default_data", "resolve_actors"]

VERSION = f"reportedly.actors.resolve.v1+{package_digest('reportedly.actors')}"


def resolve_actors(
    analysis: Analysis,
    registry: ActorRegistry,
    *,
    published: date | None = None,
    data: ResolutionData | None = None,
) -> Analysis:
    """Resolve the entities and speakers of ``analysis`` to actors; return a new Analysis.

    Every entity gets a registry actor id (``resolution="registry"``), or is an actor known
    only from the article (``"article"``), or a place that stands for nobody
    (``"unresolved"``); entities of one actor are merged under the actor's id. Every
    statement gets ``speaker_actor``/``speaker_resolution`` (``"unresolved"`` when nobody
    could be named), and ``speaker_entity`` keeps pointing at an entity of the result.

    Args:
        analysis: the attribution stage's output (with its annotation for pronouns/titles).
        registry: the actor registry.
        published: the date titles are read on; defaults to the article's publication date.
        data: the stage's word lists; defaults to the packaged ones.
    """
    on = published if published is not None else analysis.article.published
    return _Resolver(analysis, registry, on, data or default_data()).run()


class _Resolver(_UnspokenMentions):
    """The whole stage: names, then speakers' heads, then the walk, then the records."""

    def run(self) -> Analysis:
        self._match_entities()
        speakers = {
            s.id: self.alias.get(s.speaker_entity)
            if s.speaker_entity and s.speaker_entity not in self.split
            else None
            for s in self.analysis.statements
        }
        if self.doc is not None:
            self._sweep_surnames()
            self._speaker_heads(speakers)
            self._genders_from_text()
            self._walk(speakers)
            self._we_by_final_speakers(speakers)
        done: dict[str, Statement] = {}
        # outer statements first: "I"/"we" in a nested one is the outer one's speaker
        by_id = {s.id: s for s in self.analysis.statements}
        for s in sorted(self.analysis.statements, key=lambda s: _depth(s, by_id)):
            done[s.id] = self._statement(s, speakers.get(s.id), done)
        statements = tuple(done[s.id] for s in self.analysis.statements)
        self._unspoken()  # after the speakers: it only adds mentions, for the events
        entities = tuple(
            self._entity(w) for w in sorted(self.works.values(), key=lambda w: w.order)
        )
        versions = {**self.analysis.versions, "actors": VERSION}
        return dataclasses.replace(
            self.analysis, entities=entities, statements=statements, versions=versions
        )


def _depth(s: Statement, by_id: dict[str, Statement]) -> int:
    """How many statements ``s`` is nested in (through ``reported_by``)."""
    depth, seen = 0, {s.id}
    while s.reported_by is not None and s.reported_by in by_id and s.reported_by not in seen:
        s = by_id[s.reported_by]
        seen.add(s.id)
        depth += 1
    return depth
