"""The actors stage's working state: entities being resolved, the mention history, helpers."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from reportedly.actors._doc import Doc
from reportedly.actors._resolution_data import Gender, ResolutionData
from reportedly.actors.records import Actor
from reportedly.actors.registry import ActorRegistry
from reportedly.model import Analysis, EntityKind, Resolution, Span

_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
_INDEFINITE = frozenset({"a", "an", "another", "any", "some", "every", "each", "no", "one"})
_FORMER = frozenset({"former", "ex", "onetime", "erstwhile"})  # "the former president"
_TITLE_LEFT = frozenset({"det", "poss", "amod", "compound", "nmod", "nummod", "case"})
_OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "pobj"})
_LATTER = {"latter": -1, "former": -2}
_LOOKBACK = 3  # sentences searched before the one a pronoun is in


@dataclass(slots=True)
class _Work:
    """An entity being resolved (mutable while the stage runs)."""

    key: str
    name: str
    kind: EntityKind
    mentions: list[Span] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    labels: set[str] = field(default_factory=set)
    actor: Actor | None = None
    resolution: Resolution = "article"
    gender: Gender | None = None
    order: int = 0


@dataclass(frozen=True, slots=True)
class _Seen:
    """One reference to an entity, in text order: the history pronouns look back over."""

    span: Span
    key: str
    sent: int
    subject: bool
    main: bool
    named: bool
    modifier: bool = False  # a name modifying a common noun ("the Kalinouski ranks")


class _State:
    """What every part of the resolver reads and writes while one article is resolved."""

    def __init__(
        self, analysis: Analysis, registry: ActorRegistry, on: date | None, data: ResolutionData
    ) -> None:
        self.analysis = analysis
        self.text = analysis.article.text
        self.registry = registry
        self.on = on
        self.data = data
        self.doc = Doc(analysis.annotation) if analysis.annotation is not None else None
        self.works: dict[str, _Work] = {}
        self.split: set[str] = set()  # ids of attribution clusters split into namesakes
        self.alias: dict[str, str] = {}  # original entity id -> final key
        self.history: list[_Seen] = []
        self.resolved_at: dict[tuple[int, int], str] = {}  # span -> key, for pronouns/titles
        self.descriptions: dict[str, int] = {}  # statement id -> head token of its description
        self.joint: set[str] = set()  # statements of two or more speakers ("X and Y said")
        self.previous_speaker: str | None = None
        self.previous_at: Span | None = None  # where the previous speaker last spoke
        # document noun -> its head token and author, where last found
        self.documents: dict[str, tuple[int, str]] = {}
        self._quotes: list[Span] = []  # direct contents and mixed quotes: quoted words
        self._quoted_at: dict[Span, bool] = {}  # whether a span lies in quoted words
        self.ambiguous: set[Span] = set()  # pronouns whose antecedent is one of joined names
        self.self_named: set[Span] = set()  # pronoun speakers whose guess their words name
        self.broken_runs: set[Span] = set()  # pronouns after another's statement broke a run
        self.unnamed_said: set[Span] = set()  # "He added" after an unnamed official: their body

    def office_body(self, actor: Actor | None) -> Actor | None:
        """The registry body whose office ``actor`` held on the article's date (or most
        recently), if the registry holds it."""
        org = _office_org(actor, self.on)
        return self.registry.by_id(org) if org is not None and org in self.registry else None


def _office_org(actor: Actor | None, on: date | None) -> str | None:
    """The body whose office ``actor`` held on ``on`` (or most recently before it; any office
    when the date is unknown). An office taken up after ``on`` is none: a 2016 campaign's
    Trump speaks for no government."""
    if actor is None:
        return None
    roles = [r for r in (actor.roles_on(on) if on else ()) if r.org] or [
        r
        for r in actor.roles
        if r.org and (on is None or r.start is None or r.start.first_day() <= on)
    ]
    return roles[0].org if roles else None


def _subsequence(part: list[str], whole: list[str]) -> bool:
    """Whether the words of ``part`` occur in ``whole`` in order (and ``part`` has some)."""
    it = iter(whole)
    return bool(part) and all(any(w == x for x in it) for w in part)


def _fullness(name: str) -> tuple[int, int]:
    return len(name.split()), len(name)


def _by_fullness(names: Iterable[str]) -> list[str]:
    """Distinct cleaned names, fullest first."""
    cleaned = {_clean(n) for n in names}
    return sorted((n for n in cleaned if n), key=lambda n: (-_fullness(n)[0], -_fullness(n)[1], n))


def without_glued_stop(name: str) -> str:
    """``name`` without a sentence's full stop the tokenizer left on its last word, when that
    word is in capitals and digits ("… by the nonprofit E3G. It …"); "U.S." and "Inc." keep
    theirs."""
    last = name.rsplit(" ", 1)[-1]
    glued = len(last) > 2 and last.endswith(".") and "." not in last[:-1]
    if glued and all(c.isupper() or c.isdigit() or c in "&-" for c in last[:-1]):
        return name[:-1]
    return name


def _clean(name: str) -> str:
    name = without_glued_stop(name.strip())
    for suffix in ("’s", "'s", "’", "'"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    if name.lower().startswith("the "):
        name = name[4:]
    return name.strip()
