"""The word lists the actors stage reads (pronouns, titles, given names) and their loader."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, Literal

import yaml

from reportedly._yaml import load_yaml
from reportedly.errors import ConfigError

CODE_DATA = "E512"  # the resolution word lists cannot be read

Gender = Literal["male", "female"]
DASHES = "-–—"  # a dash quote's dash glued to the pronoun after it: '… -he said'


@dataclass(frozen=True, slots=True, kw_only=True)
class ResolutionData:
    """The word lists the stage reads from ``data/resolution.yaml``."""

    male: frozenset[str]
    female: frozenset[str]
    plural: frozenset[str]
    first_singular: frozenset[str]
    first_plural: frozenset[str]
    title_heads: frozenset[str]
    place_prepositions: frozenset[str]
    male_honorifics: frozenset[str]
    female_honorifics: frozenset[str]
    male_names: frozenset[str]
    female_names: frozenset[str]
    neuter: frozenset[str] = frozenset()
    male_nouns: frozenset[str] = frozenset()
    female_nouns: frozenset[str] = frozenset()
    person_nouns: frozenset[str] = frozenset()
    occupation_nouns: frozenset[str] = frozenset()
    document_nouns: frozenset[str] = frozenset()
    organisation_nouns: frozenset[str] = frozenset()
    outlet_nouns: frozenset[str] = frozenset()
    business_nouns: frozenset[str] = frozenset()
    civic_nouns: frozenset[str] = frozenset()
    public_body_nouns: frozenset[str] = frozenset()
    body_abbreviations: frozenset[str] = frozenset()
    # (abbreviation folded, the name it stands for): ("mod", "Ministry of Defence"); a
    # country's chamber by its noun too: ("senate", "Senate")
    abbreviated: tuple[tuple[str, str], ...] = ()
    government_nouns: frozenset[str] = frozenset()
    executive_nouns: frozenset[str] = frozenset()
    name_particles: frozenset[str] = frozenset()
    official_nouns: frozenset[str] = frozenset()
    source_nouns: frozenset[str] = frozenset()
    generic_title_heads: frozenset[str] = frozenset()
    issuing_verbs: frozenset[str] = frozenset()
    relaying_verbs: frozenset[str] = frozenset()
    regions: frozenset[str] = frozenset()
    family_name_first: frozenset[str] = frozenset()
    military_unit_nouns: frozenset[str] = frozenset()
    sole_title_heads: frozenset[str] = frozenset()
    role_noun_offices: Mapping[str, frozenset[str]] = field(default_factory=dict)
    official_ranks: frozenset[str] = frozenset()
    spokesperson_nouns: frozenset[str] = frozenset()
    official_prepositions: frozenset[str] = frozenset({"of"})
    body_noun_kinds: tuple[frozenset[str], ...] = ()
    body_head_nouns: frozenset[str] = frozenset()
    military_modifiers: frozenset[str] = frozenset()
    body_head_offices: frozenset[str] = frozenset()
    government_head_offices: frozenset[str] = frozenset()
    proceeding_nouns: frozenset[str] = frozenset()
    opening_verbs: frozenset[str] = frozenset()
    expletive_verbs: frozenset[str] = frozenset()
    press_offices: frozenset[str] = frozenset()
    # heads of a part of a group ("one of", "some of"): the group describes the speaker
    partitive_words: frozenset[str] = frozenset({"one"})
    # heads of a phrase of several people ("police said", "some of …"): never one person
    crowd_words: frozenset[str] = frozenset()
    # verbs whose definite predicate gives a name a role ("Trump became the nominee")
    role_verbs: frozenset[str] = frozenset()
    # web platforms the tagger takes for people ("took to Twitter"): never one
    platform_names: frozenset[str] = frozenset()
    # nouns of a union's leaders ("EU leaders") and the body they meet in, by registry id
    leader_nouns: frozenset[str] = frozenset()
    leaders_bodies: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def from_mapping(cls, data: object, source: str) -> ResolutionData:
        """Build from the parsed YAML ``data``; raise ConfigError naming ``source`` if wrong."""
        if not isinstance(data, Mapping):
            raise ConfigError(f"{source}: expected a mapping", code=CODE_DATA)

        def words(*path: str) -> frozenset[str]:
            node: Any = data
            for key in path:
                node = node.get(key) if isinstance(node, Mapping) else None
            if not isinstance(node, list) or not all(isinstance(w, str) for w in node):
                raise ConfigError(
                    f"{source}: {'.'.join(path)} must be a list of strings", code=CODE_DATA
                )
            return frozenset(w.strip().lower() for w in node if w.strip())

        def word_lists(key: str) -> dict[str, frozenset[str]]:
            node = data.get(key, {})
            if not isinstance(node, Mapping) or not all(isinstance(k, str) for k in node):
                raise ConfigError(f"{source}: {key} must map words to lists", code=CODE_DATA)
            return {k.strip().lower(): words(key, k) for k in node}

        return cls(
            male=words("pronouns", "male"),
            female=words("pronouns", "female"),
            plural=words("pronouns", "plural"),
            first_singular=words("pronouns", "first_singular"),
            first_plural=words("pronouns", "first_plural"),
            title_heads=frozenset(w for w in words("title_heads") if " " not in w),
            place_prepositions=words("place_prepositions"),
            neuter=(
                words("pronouns", "neuter")
                if isinstance(data.get("pronouns"), Mapping) and "neuter" in data["pronouns"]
                else frozenset()
            ),
            male_honorifics=words("gendered_honorifics", "male"),
            female_honorifics=words("gendered_honorifics", "female"),
            male_names=words("given_names", "male"),
            female_names=words("given_names", "female"),
            male_nouns=words("gendered_nouns", "male") if "gendered_nouns" in data else frozenset(),
            female_nouns=(
                words("gendered_nouns", "female") if "gendered_nouns" in data else frozenset()
            ),
            person_nouns=words("person_nouns") | words("occupation_nouns"),
            occupation_nouns=words("occupation_nouns"),
            document_nouns=words("document_nouns"),
            organisation_nouns=words("organisation_nouns")
            | words("outlet_nouns")
            | (words("business_nouns") if "business_nouns" in data else frozenset())
            | (words("civic_nouns") if "civic_nouns" in data else frozenset()),
            outlet_nouns=words("outlet_nouns"),
            business_nouns=words("business_nouns") if "business_nouns" in data else frozenset(),
            civic_nouns=words("civic_nouns") if "civic_nouns" in data else frozenset(),
            public_body_nouns=(
                words("public_body_nouns") if "public_body_nouns" in data else frozenset()
            ),
            body_abbreviations=(
                words("body_abbreviations") if "body_abbreviations" in data else frozenset()
            ),
            government_nouns=words("government_nouns"),
            executive_nouns=(
                words("executive_nouns") if "executive_nouns" in data else frozenset()
            ),
            name_particles=words("name_particles"),
            official_nouns=words("official_nouns"),
            source_nouns=words("source_nouns") if "source_nouns" in data else frozenset(),
            generic_title_heads=words("generic_title_heads"),
            issuing_verbs=words("issuing_verbs"),
            relaying_verbs=words("relaying_verbs") if "relaying_verbs" in data else frozenset(),
            regions=words("regions"),
            family_name_first=(
                words("family_name_first") if "family_name_first" in data else frozenset()
            ),
            military_unit_nouns=(
                words("military_unit_nouns") if "military_unit_nouns" in data else frozenset()
            ),
            sole_title_heads=(
                words("sole_title_heads") if "sole_title_heads" in data else frozenset()
            ),
            role_noun_offices=word_lists("role_noun_offices"),
            official_ranks=words("official_ranks") if "official_ranks" in data else frozenset(),
            spokesperson_nouns=(
                words("spokesperson_nouns") if "spokesperson_nouns" in data else frozenset()
            ),
            official_prepositions=(
                words("official_prepositions")
                if "official_prepositions" in data
                else frozenset({"of"})
            ),
            body_noun_kinds=tuple(word_lists("body_noun_kinds").values()),
            body_head_nouns=words("body_head_nouns") if "body_head_nouns" in data else frozenset(),
            military_modifiers=(
                words("military_modifiers") if "military_modifiers" in data else frozenset()
            ),
            body_head_offices=(
                words("body_head_offices") if "body_head_offices" in data else frozenset()
            ),
            government_head_offices=(
                words("government_head_offices")
                if "government_head_offices" in data
                else frozenset()
            ),
            proceeding_nouns=(
                words("proceeding_nouns") if "proceeding_nouns" in data else frozenset()
            ),
            opening_verbs=words("opening_verbs") if "opening_verbs" in data else frozenset(),
            expletive_verbs=(
                words("expletive_verbs") if "expletive_verbs" in data else frozenset()
            ),
            press_offices=words("press_offices") if "press_offices" in data else frozenset(),
            partitive_words=(
                words("partitive_words") if "partitive_words" in data else frozenset({"one"})
            ),
            crowd_words=words("crowd_words") if "crowd_words" in data else frozenset(),
            role_verbs=words("role_verbs") if "role_verbs" in data else frozenset(),
            platform_names=words("platform_names") if "platform_names" in data else frozenset(),
            leader_nouns=words("leader_nouns") if "leader_nouns" in data else frozenset(),
            leaders_bodies=dict(_name_pairs(data, "leaders_bodies", source)),
            abbreviated=(
                _name_pairs(data, "body_abbreviation_names", source)
                + _name_pairs(data, "country_chamber_names", source)
            ),
        )

    def pronoun_gender(self, word: str) -> Gender | None:
        """The gender a third-person singular pronoun asks for, or None for other words; a
        dash quote's dash glued to the pronoun ("-he") is no part of it."""
        w = word.lower().lstrip(DASHES)
        if w in self.male:
            return "male"
        if w in self.female:
            return "female"
        return None


@cache
def default_data() -> ResolutionData:
    """The packaged word lists, loaded once per process."""
    path = resources.files("reportedly.actors") / "data" / "resolution.yaml"
    try:
        parsed = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise ConfigError(f"{path}: cannot read resolution data: {e}", code=CODE_DATA) from e
    return ResolutionData.from_mapping(parsed, str(path))


def _name_pairs(data: Mapping[str, Any], key: str, source: str) -> tuple[tuple[str, str], ...]:
    """The ``key`` mapping of words to names as (folded word, name) pairs; () when absent."""
    node = data.get(key, {})
    if not isinstance(node, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in node.items()
    ):
        raise ConfigError(f"{source}: {key} must map words to names", code=CODE_DATA)
    return tuple((k.strip().lower(), v.strip()) for k, v in node.items())
