"""Persons who share a surname in one article ("Bill Clinton", "Hillary Clinton") told apart."""

from __future__ import annotations

from reportedly.actors._state import _clean, _fullness, _State
from reportedly.actors.folding import fold
from reportedly.attribution.speakers import slugify
from reportedly.model import Entity, Span


class _Namesakes(_State):
    """Splits an attribution cluster of namesakes into one entity per full name."""

    def _split_namesakes(self) -> list[Entity]:
        """Attribution's entities, with persons who only share a surname told apart.

        "Bill Clinton" and "Hillary Clinton" come as one cluster; each full name becomes its
        own entity and a bare "Clinton" goes to the full name last heard of as a subject (else
        last mentioned) before it. The cluster's id then stands for nobody.
        """
        out: list[Entity] = []
        for entity in self.analysis.entities:
            groups = self._namesake_groups(entity) if entity.kind == "person" else None
            if groups is None:
                out.append(entity)
                continue
            for names, mentions in groups:
                name = max(names, key=_fullness)
                roles = [r for r in entity.roles if self._role_near(r, mentions)]
                out.append(
                    Entity(
                        id=slugify(name),
                        name=name,
                        kind="person",
                        mentions=tuple(mentions),
                        roles=tuple(roles),
                    )
                )
            self.split.add(entity.id)
        return out

    def _namesake_groups(self, entity: Entity) -> list[tuple[list[str], list[Span]]] | None:
        skip = self.registry.honorifics
        first: dict[str, int] = {}
        named: list[tuple[Span, str | None, str]] = []
        name = fold(entity.name).split()
        for span in sorted(entity.mentions):
            written = _clean(span.text(self.text))
            if not name or fold(written).split()[-1:] != name[-1:]:
                continue  # a pronoun or a title added by an earlier run, not a name
            words = [w for w in fold(written).split() if w not in skip]
            key = words[0] if len(words) > 1 else None
            if key is not None:
                first.setdefault(key, len(first))
            named.append((span, key, written))
        if len(first) < 2:
            return None
        groups: list[tuple[list[str], list[Span]]] = [([], []) for _ in first]
        last: dict[int, int] = {}
        last_subject: dict[int, int] = {}
        pending: list[Span] = []
        for span, key, written in named:
            if key is not None:
                g = first[key]
                groups[g][0].append(written)
            elif last_subject:
                g = max(last_subject, key=lambda k: last_subject[k])
            elif last:
                g = min(last)  # no one was a subject yet: the one named first, the topic
            else:
                pending.append(span)  # before any full name: goes with the first one
                if self.doc is not None and self.doc.is_subject(span):
                    last_subject[0] = span.start
                continue
            groups[g][1].append(span)
            last[g] = span.start
            if self.doc is not None and self.doc.is_subject(span):
                last_subject[g] = span.start
        first_group = min(first.values())
        groups[first_group][1].extend(pending)
        return [(names, sorted(spans)) for names, spans in groups if names]

    def _role_near(self, role: str, mentions: list[Span]) -> bool:
        """Whether ``role`` is written right beside one of ``mentions`` (a title, an appositive)."""
        start = self.text.find(role)
        while start >= 0:
            end = start + len(role)
            if any(-3 <= m.start - end <= 3 or -3 <= start - m.end <= 3 for m in mentions):
                return True
            start = self.text.find(role, start + 1)
        return False
