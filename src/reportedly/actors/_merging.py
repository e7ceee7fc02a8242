"""Entities found to be one actor within an article: merged, and the attribution ids that
pointed at the one pointed at the other."""

from __future__ import annotations

from reportedly.actors._acronyms import expansion, is_acronym
from reportedly.actors._state import _State


class _Merging(_State):
    """Merges the article's entities that stand for one actor."""

    def _merge_acronyms(self) -> None:
        """An article-only actor named by an acronym joins the one actor whose name it spells."""
        for key, work in list(self.works.items()):
            if work.actor is not None or not is_acronym(work.name):
                continue
            others = [(k, [w.name, *w.names]) for k, w in self.works.items() if k != key]
            into_key = expansion(work.name, others)
            if into_key is None:
                continue
            self._merge(key, into_key)

    def _merge(self, key: str, into_key: str) -> None:
        """Entity ``key`` is entity ``into_key``: its mentions, roles and names go there."""
        work, into = self.works.pop(key), self.works[into_key]
        into.mentions += work.mentions
        into.roles += [r for r in work.roles if r not in into.roles]
        into.names += [work.name, *work.names]
        into.labels |= work.labels
        self._realias(key, into_key)

    def _realias(self, key: str, into_key: str) -> None:
        for entity_id, target in self.alias.items():
            if target == key:
                self.alias[entity_id] = into_key
