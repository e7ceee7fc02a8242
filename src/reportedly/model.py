"""The plain typed records every pipeline stage takes and returns.

Every extracted thing carries character offsets into ``Article.text`` (a :class:`Span`), so
any record can be highlighted, checked against its source and scored. Records are frozen,
slotted dataclasses: cheap, hashable, picklable (process pools, cluster workers) and free
of I/O. Collections are tuples. ``Span`` and ``content_hash`` (in :mod:`reportedly.span`) and
the event records (in :mod:`reportedly.event_records`) are imported from here too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal, get_args

from reportedly.event_records import EVENT_TYPES as EVENT_TYPES
from reportedly.event_records import MODALITIES as MODALITIES
from reportedly.event_records import DateValue as DateValue
from reportedly.event_records import Event as Event
from reportedly.event_records import EventActor as EventActor
from reportedly.event_records import EventType as EventType
from reportedly.event_records import Granularity as Granularity
from reportedly.event_records import Modality as Modality
from reportedly.span import Span as Span
from reportedly.span import content_hash as content_hash

StatementKind = Literal["direct", "mixed", "indirect"]
STATEMENT_KINDS: tuple[StatementKind, ...] = get_args(StatementKind)
# what a statement does: says, believes, intends, or shows/finds (perception, evidence, polls)
StatementAct = Literal["speech", "belief", "intent", "other"]
STATEMENT_ACTS: tuple[StatementAct, ...] = get_args(StatementAct)

# what a registry actor is; an entity is one of these, or not known
ActorType = Literal[
    "person",
    "organisation",
    "government",
    "military",
    "media",
    "country",
    "international_body",
]
EntityKind = Literal[ActorType, "unknown"]

# How the actors stage settled an entity or a speaker: to a registry actor, to an actor known
# only from the article (the store gives it an id of its own), or explicitly to nobody (a
# place that stands for no actor, a speaker nobody could be named for). "": stage not run.
Resolution = Literal["", "registry", "article", "unresolved"]
RESOLUTIONS: tuple[Resolution, ...] = get_args(Resolution)

CitationKind = Literal[
    "source_line",  # a "Source: X; Y" line
    "according_to",  # "according to X"
    "told",  # "told X", "in an interview with X"
    "reported",  # "X reported", "X quoted Y as saying"
]


@dataclass(frozen=True, slots=True, kw_only=True)
class Section:
    """A labelled part of an article body, e.g. ``Source:``, ``Background:``, ``Quote from X:``.

    ``label`` is the label as written (without the colon); ``label_span`` covers it and
    ``body`` covers the text the label introduces, up to the next label or the end.
    """

    label: str
    label_span: Span
    body: Span


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """One news article: the clean main text and its metadata.

    ``id`` is a content hash of the text, so the same article read twice is the same record.
    ``text`` excludes boilerplate; ``dropped`` keeps what was cut from the end (donation
    appeals, newsletter prompts) for transparency, but nothing is extracted from it.
    """

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    authors: tuple[str, ...] = ()
    language: str = "en"
    source: str = ""  # where it was read from: a path, "path:line", a URL, a WARC record id
    title_span: Span | None = None  # where the title sits in ``text`` when it is part of it
    sections: tuple[Section, ...] = ()
    dropped: tuple[str, ...] = ()
    title_derived: bool = False  # ``title`` was made from the first sentence, not found
    encoding: str | None = None  # how the input bytes were decoded (None: given as text)
    encoding_confidence: float | None = None  # 1.0 for a BOM or UTF-8; lower for a guess

    @staticmethod
    def make_id(text: str) -> str:
        """The article id for ``text``: a hash of its content."""
        return content_hash(text)


# ---------------------------------------------------------------------------------------
# Linguistic annotation: a plain projection of a spaCy Doc (so later stages need no model)


@dataclass(frozen=True, slots=True, kw_only=True)
class Token:
    """One token of the annotation; ``head`` and ``i`` index ``Annotation.tokens``."""

    i: int
    start: int
    end: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    sent: int
    ent_type: str = ""
    ent_iob: str = "O"
    morph: str = ""
    whitespace: str = ""

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    @property
    def lemma_or_word(self) -> str:
        """The lower-cased lemma, or the lower-cased word where the parser gave no lemma:
        what word lists are matched against."""
        return self.lemma.lower() or self.text.lower()


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    """A span that refers to something: a named entity, a title, a pronoun, a metonym.

    ``label`` is the named-entity label (PERSON, ORG, GPE, NORP, …) or one of PRON, TITLE.
    """

    span: Span
    text: str
    label: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Annotation:
    """Tokens, sentences and entity mentions of one article's text."""

    tokens: tuple[Token, ...]
    sentences: tuple[Span, ...]
    entities: tuple[Mention, ...]
    model: str = ""  # name and version of the pipeline that produced it

    def sentence_tokens(self, index: int) -> tuple[Token, ...]:
        """Tokens of sentence ``index``."""
        return tuple(t for t in self.tokens if t.sent == index)


# ---------------------------------------------------------------------------------------
# Extraction results


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity:
    """Something mentioned in an article: a person, an organisation, a country, …

    Within an article, ``id`` is a stable slug of ``name``; the actors stage replaces it with
    a registry id where it can. ``mentions`` lists every span that refers to it.
    ``actor_id`` is the registry id of the canonical actor (``None`` for an actor the
    registry does not know: the store links those across articles under ids of its own),
    ``code`` its CAMEO-style actor code, and ``resolution`` how it was settled (see
    :data:`Resolution`).
    """

    id: str
    name: str
    kind: EntityKind = "unknown"
    mentions: tuple[Span, ...] = ()
    roles: tuple[str, ...] = ()
    actor_id: str | None = None
    code: str | None = None
    resolution: Resolution = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Statement:
    """One attributed statement: who (speaker) said what (content), signalled by a cue.

    ``content`` may have several spans (a quote interrupted by its attribution). ``quotes``
    are the parts of the content inside quotation marks (all of it for direct quotes, the
    fragments for mixed ones, none for indirect speech). ``speaker`` is the mention as
    written ("he", "Peskov", "the press secretary"); ``speaker_entity`` is the id of the
    :class:`Entity` it resolves to, or ``None`` when unresolved. ``reported_by`` is the id
    of the statement inside which this one is reported (A says that B said …).
    ``speaker_actor`` is the speaker's canonical actor id and ``speaker_resolution`` how it
    was settled (see :data:`Resolution`; "unresolved" when nobody could be named).
    ``act`` says what the cue does (see :data:`StatementAct`); ``negated`` marks a cue that is
    denied ("did not say that …", "no one believes …"): the speaker did NOT say the content.
    ``confidence`` is the probability that the statement and its speaker mention are right;
    ``speaker_confidence`` the probability that its resolved speaker is right given that,
    ``None`` where no speaker is resolved (or the language has no fitted calibration).
    """

    id: str
    kind: StatementKind
    content: tuple[Span, ...]
    cue: Span | None = None
    speaker: Mention | None = None
    speaker_entity: str | None = None
    reported_by: str | None = None
    quotes: tuple[Span, ...] = ()
    confidence: float = 1.0
    speaker_actor: str | None = None
    speaker_resolution: Resolution = ""
    act: StatementAct = "speech"
    negated: bool = False
    speaker_confidence: float | None = None

    @property
    def extent(self) -> Span:
        """The smallest span covering all of the content."""
        return Span(min(s.start for s in self.content), max(s.end for s in self.content))

    def content_text(self, source: str, joiner: str = " … ") -> str:
        """The content as text, its parts joined by ``joiner``."""
        return joiner.join(s.text(source) for s in self.content)

    @staticmethod
    def make_id(article_id: str, content: tuple[Span, ...], kind: str) -> str:
        """A stable id for a statement from its article, content offsets and kind."""
        offsets = ",".join(f"{s.start}-{s.end}" for s in content)
        return content_hash(article_id, offsets, kind)


@dataclass(frozen=True, slots=True, kw_only=True)
class Citation:
    """A media source the article cites ("according to RIA Novosti", a ``Source:`` line).

    ``outlet`` is the source's name as normalised for display ("RIA Novosti");
    ``description`` keeps what the article says of it ("Kremlin-aligned news outlet").
    ``statements`` lists the ids of the statements it covers. ``outlet_id`` is the id of the
    outlet in the outlet registry, or ``None`` when the outlet is not in it.
    """

    id: str
    kind: CitationKind
    outlet: str
    span: Span
    cue: Span | None = None
    description: str | None = None
    statements: tuple[str, ...] = ()
    outlet_id: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Skip:
    """Something a stage could not do, recorded instead of aborting the batch."""

    stage: str
    code: str
    reason: str
    span: Span | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Analysis:
    """Everything the pipeline knows about one article; the record that flows through it."""

    article: Article
    annotation: Annotation | None = None
    entities: tuple[Entity, ...] = ()
    statements: tuple[Statement, ...] = ()
    citations: tuple[Citation, ...] = ()
    skipped: tuple[Skip, ...] = ()
    events: tuple[Event, ...] = ()
    versions: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
