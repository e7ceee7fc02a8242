"""JSON-ready conversion of the data model: the one format of exports, the store and the API.

:mod:`~reportedly.serialize.encode` writes it, :mod:`~reportedly.serialize.decode` reads it back.
"""

from reportedly.serialize.decode import (
    CITATION_KINDS,
    ENTITY_KINDS,
    analysis_from_dict,
    date_value_from_dict,
    span_from_dict,
)
from reportedly.serialize.encode import (
    BAD_RECORD,
    CONTENT_JOINER,
    FORMAT_VERSION,
    JSON,
    WIKIDATA,
    actor_registry_entry,
    analysis_to_dict,
    citation_to_dict,
    date_value_to_dict,
    entity_to_dict,
    event_actor_to_dict,
    event_to_dict,
    mention_to_dict,
    section_to_dict,
    skip_to_dict,
    span_to_dict,
    statement_record,
    statement_to_dict,
)

__all__ = [
    "BAD_RECORD",
    "CITATION_KINDS",
    "CONTENT_JOINER",
    "ENTITY_KINDS",
    "FORMAT_VERSION",
    "JSON",
    "WIKIDATA",
    "actor_registry_entry",
    "analysis_from_dict",
    "analysis_to_dict",
    "citation_to_dict",
    "date_value_from_dict",
    "date_value_to_dict",
    "entity_to_dict",
    "event_actor_to_dict",
    "event_to_dict",
    "mention_to_dict",
    "section_to_dict",
    "skip_to_dict",
    "span_from_dict",
    "span_to_dict",
    "statement_record",
    "statement_to_dict",
]
