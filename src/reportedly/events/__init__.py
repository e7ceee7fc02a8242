"""Events: PLOVER-coded who-did-what-to-whom, with normalised dates (stage 6).

``code_events`` reads events from an article's parse and statements with the rules in
``data/event_rules.yaml`` and, when given one, the learned classifier of ``events.learned``;
``normalize_date`` resolves date expressions against the publication date;
``load_ontology`` gives the PLOVER types, modes and contexts.
"""

from reportedly._fingerprint import package_digest
from reportedly.events.actors import (
    ActorResolver,
    AliasResolver,
    RegistryResolver,
    ResolvedActor,
    default_resolver,
    registry_resolver,
)
from reportedly.events.coder import code_events
from reportedly.events.dates import DateValue, find_dates, normalize_date
from reportedly.events.lexicon import EventLexicon
from reportedly.events.model import EVENT_TYPES, MODALITIES, Event, EventActor
from reportedly.events.plover import load_ontology, read_cameo_table

# the package digest changes with any rule, word list or model: stored analyses re-run
VERSION = f"reportedly.events.v1+{package_digest(__name__)}"
# with the learned classifier (events.learned)
VERSION_LEARNED = f"reportedly.events.v1+model+{package_digest(__name__)}"

__all__ = [
    "EVENT_TYPES",
    "MODALITIES",
    "VERSION",
    "VERSION_LEARNED",
    "ActorResolver",
    "AliasResolver",
    "DateValue",
    "Event",
    "EventActor",
    "EventLexicon",
    "RegistryResolver",
    "ResolvedActor",
    "code_events",
    "default_resolver",
    "find_dates",
    "load_ontology",
    "normalize_date",
    "read_cameo_table",
    "registry_resolver",
]
