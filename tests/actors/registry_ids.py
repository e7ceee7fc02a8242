"""Ids of the actors a registry lookup returned, for the registry tests."""

from __future__ import annotations

from reportedly.actors import Actor


def _ids(actors: tuple[Actor, ...]) -> list[str]:
    return [a.id for a in actors]
