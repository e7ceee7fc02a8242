"""The stance cues (``events/data/stance.yaml``): words in a statement that code its stance."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from reportedly._yaml import load_yaml
from reportedly.errors import ConfigError
from reportedly.event_records import EventType

STANCE_FILE = "stance.yaml"


@dataclass(frozen=True, slots=True, kw_only=True)
class StanceCue:
    """A lemma sequence and the event it codes."""

    lemmas: tuple[str, ...]
    type: EventType
    mode: str | None = None
    cameo: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class StanceLexicon:
    """The stance cues of ``events/data/stance.yaml``."""

    version: str = ""
    cues: tuple[StanceCue, ...] = ()
    cue_verbs: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()  # "called him a fraud": the caller speaks
    # "sees NATO's expansion as a threat": the subject speaks what "as" says of the object
    regarding_verbs: frozenset[str] = frozenset()
    # "NATO support constitutes a threat": the object is a predicate of the subject
    linking_verbs: frozenset[str] = frozenset()
    # "warnings from US officials that ...": the noun's "from"/"by" object or possessor speaks
    speech_nouns: frozenset[str] = frozenset()
    actor_labels: frozenset[str] = frozenset()
    # "he", "she", "they": a subject that stands for a person a cue may criticise
    people_pronouns: frozenset[str] = frozenset()
    # appraisals (events/appraisal.py): judging word -> the type it codes; the act nouns
    appraisals: dict[str, EventType] = field(default_factory=dict)
    act_nouns: frozenset[str] = frozenset()
    # claims judged untrue ("Russia's claim that … is false"): the nouns and the words
    claim_nouns: frozenset[str] = frozenset()
    untrue_words: frozenset[str] = frozenset()
    # "this is false", "these claims are baseless": words that point at a claim made before
    pointers: frozenset[str] = frozenset()
    # evaluations (events/evaluation.py): negative words said of an actor, with the single
    # accuse cues; verbs whose subject does what their object names; words that make what
    # they govern someone else's charge; nouns whose "of" names a victim, not a doer
    evaluative: frozenset[str] = frozenset()
    evaluative_verbs: frozenset[str] = frozenset()  # the words that evaluate as verbs too
    # "Russia illegally annexed Crimea": adverbs that judge how an actor did something
    evaluative_adverbs: frozenset[str] = frozenset()
    doing_verbs: frozenset[str] = frozenset()
    # "Washington is fuelling the war": a verb that makes its object a charge against its
    # subject, and the objects it charges
    charging_verbs: frozenset[str] = frozenset()
    charged_objects: frozenset[str] = frozenset()
    evaluation_blockers: frozenset[str] = frozenset()
    of_victims: frozenset[str] = frozenset()
    hedges: frozenset[str] = frozenset()  # "any aggression", "possible provocations"
    referring_verbs: frozenset[str] = frozenset()  # "..., she said, referring to the Kremlin"
    # concern (events/concern.py): "X is concerned about Y's act", "X voiced concern over ..."
    concern_words: frozenset[str] = frozenset()  # predicate adjectives and their nouns
    concern_verbs: frozenset[str] = frozenset()  # verbs that voice a concern noun
    concern_preps: frozenset[str] = frozenset()  # what the concern is about
    concern_for: frozenset[str] = frozenset()  # "the fate of": worry for someone, not criticism
    # failures charged (events/failure.py): "the West did not let Ukraine continue them"
    failure_verbs: frozenset[str] = frozenset()
    # reactions reported (events/reaction.py): "X's remarks drew criticism from Y"
    reaction_nouns: frozenset[str] = frozenset()
    reaction_verbs: frozenset[str] = frozenset()
    reaction_preps: frozenset[str] = frozenset()
    # read once from the cues: the coder tests every sentence and every word against them;
    # the cues each first lemma opens, with their place in ``cues`` (the order to try them)
    opening: Mapping[str, tuple[tuple[int, StanceCue], ...]] = field(
        init=False, repr=False, compare=False
    )
    # ... and the cue verbs: a cheap test whether a sentence may hold a cue at all
    first_lemmas: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        opening: dict[str, list[tuple[int, StanceCue]]] = {}
        for place, cue in enumerate(self.cues):
            opening.setdefault(cue.lemmas[0], []).append((place, cue))
        object.__setattr__(self, "opening", {k: tuple(v) for k, v in opening.items()})
        object.__setattr__(
            self,
            "first_lemmas",
            frozenset(opening)
            | self.cue_verbs
            | frozenset(self.appraisals)
            | self.untrue_words
            | self.evaluative
            | self.evaluative_adverbs
            | self.reaction_nouns
            | self.charging_verbs
            | self.concern_words,
        )

    @classmethod
    def load(cls, path: Path | None = None) -> StanceLexicon:
        """Read the cues from ``path`` or the bundled data file.

        Raises:
            ConfigError: the file is missing, malformed or a group lacks its cues.
        """
        ref: Any = path if path is not None else resources.files("reportedly.events") / "data"
        if path is None:
            ref = ref / STANCE_FILE
        where = str(ref)
        try:
            raw = load_yaml(ref.read_text(encoding="utf-8"))
        except OSError as e:
            raise ConfigError(f"cannot read the stance cues {where}: {e}", code="E510") from e
        except yaml.YAMLError as e:
            raise ConfigError(f"{where}: invalid YAML: {e}", code="E510") from e
        if not isinstance(raw, dict):
            raise ConfigError(f"{where}: expected a mapping", code="E510")
        cues: list[StanceCue] = []
        groups: tuple[tuple[str, EventType], ...] = (
            ("accuse", "ACCUSE"),
            ("allege", "ACCUSE"),
            ("threaten", "THREATEN"),
        )
        for key, type_ in groups:
            group = raw.get(key)
            if key == "allege" and group is None:
                continue  # optional: the other two are not
            if not isinstance(group, dict) or not isinstance(group.get("cues"), list):
                raise ConfigError(f"{where}: {key!r} needs a list of cues", code="E511")
            for cue in group["cues"]:
                if not isinstance(cue, str) or not cue.split():
                    raise ConfigError(f"{where}: {key}: cue {cue!r} is not text", code="E511")
                cues.append(
                    StanceCue(
                        lemmas=tuple(cue.lower().split()),
                        type=type_,
                        mode=str(group["mode"]) if group.get("mode") else None,
                        cameo=str(group["cameo"]) if group.get("cameo") else None,
                    )
                )
        appraisal = raw.get("appraisal") or {}
        if not isinstance(appraisal, dict):
            raise ConfigError(f"{where}: 'appraisal' must be a mapping", code="E511")
        judging: dict[str, EventType] = {}
        for key, type_ in (("negative", "ACCUSE"), ("positive", "SUPPORT")):
            judging.update((str(w).lower(), type_) for w in appraisal.get(key) or ())
        evaluation = raw.get("evaluation") or {}
        if not isinstance(evaluation, dict):
            raise ConfigError(f"{where}: 'evaluation' must be a mapping", code="E511")
        concern = raw.get("concern") or {}
        if not isinstance(concern, dict):
            raise ConfigError(f"{where}: 'concern' must be a mapping", code="E511")
        single = {c.lemmas[0] for c in cues if len(c.lemmas) == 1 and c.mode == "disapprove"}

        def words(group: dict[str, Any], key: str) -> frozenset[str]:
            return frozenset(str(w).lower() for w in group.get(key) or ())

        return cls(
            version=str(raw.get("version", "")),
            evaluative=words(evaluation, "words")
            | words(evaluation, "verbs")
            | (single if evaluation else frozenset()),
            evaluative_verbs=words(evaluation, "verbs"),
            evaluative_adverbs=words(evaluation, "adverbs"),
            doing_verbs=words(evaluation, "doing_verbs") | words(evaluation, "charging_verbs"),
            charging_verbs=words(evaluation, "charging_verbs"),
            charged_objects=words(evaluation, "charged_objects"),
            evaluation_blockers=words(evaluation, "blockers"),
            of_victims=words(evaluation, "of_victims"),
            referring_verbs=words(evaluation, "referring_verbs"),
            hedges=words(evaluation, "hedges"),
            concern_words=words(concern, "words"),
            concern_verbs=words(concern, "verbs"),
            concern_preps=words(concern, "preps"),
            concern_for=words(concern, "for_whom"),
            failure_verbs=words(raw.get("failure") or {}, "verbs"),
            reaction_nouns=words(raw.get("reaction") or {}, "nouns"),
            reaction_verbs=words(raw.get("reaction") or {}, "verbs"),
            reaction_preps=words(raw.get("reaction") or {}, "preps"),
            appraisals=judging,
            act_nouns=words(appraisal, "acts"),
            claim_nouns=words(appraisal, "claims"),
            untrue_words=words(appraisal, "untrue"),
            pointers=words(appraisal, "pointers"),
            cues=tuple(sorted(cues, key=lambda c: -len(c.lemmas))),
            cue_verbs=words(raw, "cue_verbs"),
            naming_verbs=words(raw, "naming_verbs"),
            regarding_verbs=words(appraisal, "regarding_verbs"),
            linking_verbs=words(appraisal, "linking_verbs"),
            speech_nouns=words(raw, "speech_nouns"),
            actor_labels=frozenset(str(v) for v in raw.get("actor_labels") or ()),
            people_pronouns=words(raw, "people_pronouns"),
        )
