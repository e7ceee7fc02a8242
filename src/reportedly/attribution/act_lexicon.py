"""The act lexicon: cue lemmas by act and the word lists the act rules read, from
``data/acts.yaml`` (see its header for the schema)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from reportedly._yaml import load_yaml
from reportedly.errors import ConfigError
from reportedly.model import STATEMENT_ACTS, StatementAct

E_ACTS = "E508"


@dataclass(frozen=True, slots=True, kw_only=True)
class ActLexicon:
    """Cue lemmas by act; see ``data/acts.yaml`` for the schema."""

    lemmas: Mapping[str, StatementAct]
    phrases: Mapping[str, StatementAct]
    infinitive_intent: frozenset[str]
    speaker_speech: frozenset[str]
    evidence_sources: frozenset[str]
    # "…, which suggests …", "This indicates …": a thing's or a fact's, not a speaker's
    thing_subjects: frozenset[str] = frozenset()
    # nouns for people and groups nobody names ("people", "citizens", "critics"): a subject
    # headed by one is a speaker, not a thing
    people_nouns: frozenset[str] = frozenset()
    # "signed a decree to …": an act of office, not a saying
    deed_verbs: frozenset[str] = frozenset()
    # "declared independence", "declared martial law": a state brought about, not reported
    declaring_verbs: frozenset[str] = frozenset()
    enacted_states: frozenset[str] = frozenset()
    np_speech: frozenset[str] = frozenset()
    np_speech_phrases: frozenset[str] = frozenset()
    # evidence verbs whose noun-phrase object is the finding ("footage showed a flag flying")
    np_findings: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()
    # light verbs that say their noun aloud: "expressed concern that …" is speech
    voicing_verbs: frozenset[str] = frozenset()
    question_verbs: frozenset[str] = frozenset()
    # wh-words that open a question a view or a finding holds ("they know what …")
    open_questions: frozenset[str] = frozenset()
    # verbs that say what a thing is, never what anyone said ("Russia is like …")
    copulas: frozenset[str] = frozenset()
    # pronouns for people: alone as a content they name who was spoken to or of ("called me")
    person_pronouns: frozenset[str] = frozenset()
    unspoken_sources: frozenset[str] = frozenset()
    belief_sources: frozenset[str] = frozenset()
    # nouns whose denial asserts: "there is no doubt that …", "has no doubt that …"
    asserting_denials: frozenset[str] = frozenset()
    # verbs of asking someone to do something: "asked the media to stop …" is said
    request_verbs: frozenset[str] = frozenset()
    # modals that make a cue in a that-clause a supposition: "… that they would condemn it"
    hypothetical_modals: frozenset[str] = frozenset()
    # modals that make a cue a prescription: "the administration should convey to …"
    prescriptive_modals: frozenset[str] = frozenset()
    # marks of a condition: a cue in its clause is supposed, not done ("if Putin thinks …")
    condition_marks: frozenset[str] = frozenset()
    # words that make the act they govern one not done: "need to recognize", "has the right
    # to defend", "risks convincing"
    unrealised_governors: frozenset[str] = frozenset()
    # modals on a governing verb that leave the act it governs undone: "could do more to
    # convince …"
    unrealising_modals: frozenset[str] = frozenset()
    # heads of a poll's share as a speaker: "73 percent say …" is a finding (other)
    poll_shares: frozenset[str] = frozenset()
    poll_comparatives: frozenset[str] = frozenset()
    # verbs of a phase of an act ("will continue to blame", "kept insisting"): never the cue's
    # act, which is the verb they govern
    aspectual_verbs: frozenset[str] = frozenset()
    # perception verbs that hold a view with "as" ("sees Taiwan as part of the PRC")
    as_belief_verbs: frozenset[str] = frozenset()
    # verbs whose direct object is what the speaker means to do ("threatened strikes")
    object_intent: frozenset[str] = frozenset()
    # the writer's own pronouns (I, we), and the verbs by which the writer relays another's
    # words ("we read in the report that …"): see :mod:`reportedly.attribution.writer_voice`
    writer_pronouns: frozenset[str] = frozenset()
    relaying_verbs: frozenset[str] = frozenset()

    @classmethod
    def load(cls, path: Path | None = None) -> ActLexicon:
        """Load the act lexicon from ``path``, or the one shipped with the package.

        Raises:
            ConfigError: (E508) the file cannot be read, breaks the schema, or lists a lemma
                under two acts.
        """
        where = "package acts.yaml" if path is None else str(path)
        try:
            if path is None:
                ref = resources.files("reportedly.attribution") / "data" / "acts.yaml"
                raw = ref.read_text(encoding="utf-8")
            else:
                raw = Path(path).read_text(encoding="utf-8")
            data: Any = load_yaml(raw)
            lemmas: dict[str, StatementAct] = {}
            for act in STATEMENT_ACTS:
                for word in data[act]:
                    lemma = str(word).lower()
                    if lemmas.setdefault(lemma, act) != act:
                        raise ValueError(f"{lemma!r} is listed under {lemmas[lemma]} and {act}")
            phrases: dict[str, StatementAct] = {}
            for phrase, act in data["phrases"].items():
                if act not in STATEMENT_ACTS:
                    raise ValueError(f"phrase {phrase!r} has unknown act {act!r}")
                phrases[" ".join(str(phrase).lower().split())] = act
            return cls(
                lemmas=lemmas,
                phrases=phrases,
                infinitive_intent=_lowered(data["infinitive_intent"]),
                speaker_speech=_lowered(data["speaker_speech"]),
                evidence_sources=_lowered(data["evidence_sources"]),
                thing_subjects=_lowered(data.get("thing_subjects", ())),
                people_nouns=_lowered(data.get("people_nouns", ())),
                deed_verbs=_lowered(data.get("deed_verbs", ())),
                declaring_verbs=_lowered(data.get("declaring_verbs", ())),
                enacted_states=_lowered(data.get("enacted_states", ())),
                np_speech=_lowered(data.get("np_speech", ())),
                np_speech_phrases=_lowered(data.get("np_speech_phrases", ())),
                np_findings=_lowered(data.get("np_findings", ())),
                light_verbs=_lowered(data.get("light_verbs", ())),
                voicing_verbs=_lowered(data.get("voicing_verbs", ())),
                question_verbs=_lowered(data.get("question_verbs", ())),
                open_questions=_lowered(data.get("open_questions", ())),
                copulas=_lowered(data.get("copulas", ())),
                person_pronouns=_lowered(data.get("person_pronouns", ())),
                unspoken_sources=_lowered(data.get("unspoken_sources", ())),
                belief_sources=_lowered(data.get("belief_sources", ())),
                asserting_denials=_lowered(data.get("asserting_denials", ())),
                request_verbs=_lowered(data.get("request_verbs", ())),
                hypothetical_modals=_lowered(data.get("hypothetical_modals", ())),
                prescriptive_modals=_lowered(data.get("prescriptive_modals", ())),
                condition_marks=_lowered(data.get("condition_marks", ())),
                unrealised_governors=_lowered(data.get("unrealised_governors", ())),
                unrealising_modals=_lowered(data.get("unrealising_modals", ())),
                poll_shares=_lowered(data.get("poll_shares", ())),
                poll_comparatives=_lowered(data.get("poll_comparatives", ())),
                aspectual_verbs=_lowered(data.get("aspectual_verbs", ())),
                as_belief_verbs=_lowered(data.get("as_belief_verbs", ())),
                object_intent=_lowered(data.get("object_intent", ())),
                writer_pronouns=_lowered(data.get("writer_pronouns", ())),
                relaying_verbs=_lowered(data.get("relaying_verbs", ())),
            )
        except OSError as e:
            raise ConfigError(f"cannot read act lexicon {where}: {e}", code=E_ACTS) from e
        except (yaml.YAMLError, KeyError, TypeError, ValueError, AttributeError) as e:
            raise ConfigError(f"{where}: malformed act lexicon ({e})", code=E_ACTS) from e


def _lowered(words: Any) -> frozenset[str]:
    return frozenset(str(w).lower() for w in words)


@cache
def default_acts() -> ActLexicon:
    """The act lexicon shipped with the package (loaded once)."""
    return ActLexicon.load()
