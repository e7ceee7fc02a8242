"""Actors: the canonical registry of people, governments and bodies that news quotes."""

from reportedly.actors.registry import (
    ACTOR_TYPES,
    Actor,
    ActorRegistry,
    PartialDate,
    Role,
    default_registry,
    fold,
)
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
