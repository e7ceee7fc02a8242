"""Actors: the canonical registry of people, governments and bodies that news quotes."""

from reportedly.actors.folding import fold
from reportedly.actors.records import ACTOR_TYPES, Actor, PartialDate, Role
from reportedly.actors.registry import ActorRegistry, default_registry
from reportedly.model import ActorType

__all__ = [
    "ACTOR_TYPES",
    "Actor",
    "ActorRegistry",
    "ActorType",
    "PartialDate",
    "Role",
    "default_registry",
    "fold",
]
