"""Entities mentioned in an article and the resolution of speaker mentions to them.

This is the within-article v1: names clustered by surname, pronouns to the nearest compatible
named person, titles through the article's own appositions. The actors stage refines the
result with the registry; keep this module free of registry knowledge.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import yaml

from reportedly._yaml import load_yaml
from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse
from reportedly.errors import ConfigError
from reportedly.model import Annotation, Entity, EntityKind, Mention, Span

KIND_BY_LABEL: dict[str, EntityKind] = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "country",
}
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
PLURAL = {"they", "them", "their", "theirs"}
FIRST_PERSON = {"i", "me", "my", "we", "us", "our"}
CODE_HONORIFICS = "E509"  # the honorifics list cannot be read


def slugify(name: str) -> str:
    """A lowercase ASCII-or-letters slug for an entity name."""
    norm = unicodedata.normalize("NFKD", name)
    norm = "".join(c for c in norm if not unicodedata.combining(c))
    slug = re.sub(r"[^\w]+", "-", norm.lower()).strip("-")
    return slug or "entity"


def clean_name(text: str) -> str:
    """A mention's text without a possessive ending or a leading article."""
    name = _POSSESSIVE.sub("", text.strip())
    return _LEADING_THE.sub("", name).strip()


def _honorifics_list(key: str, *, required: bool) -> list[str]:
    """The list of strings under ``key`` in ``data/honorifics.yaml`` (empty when an optional
    key is absent)."""
    path = resources.files("reportedly.attribution") / "data" / "honorifics.yaml"
    what = key.replace("_", " ")
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
        words = data[key] if required else (data.get(key) or [])
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise TypeError(f"{what} must be a list of strings")
    except (OSError, yaml.YAMLError, KeyError, AttributeError, TypeError) as e:
        raise ConfigError(f"{path}: cannot read {what}: {e}", code=CODE_HONORIFICS) from e
    return words


@cache
def honorifics() -> frozenset[tuple[str, ...]]:
    """The honorifics of ``data/honorifics.yaml``, each as its lowercased words."""
    words = _honorifics_list("honorifics", required=True)
    return frozenset(tuple(w.lower().split()) for w in words if w.strip())


@cache
def name_suffixes() -> frozenset[str]:
    """The generational suffixes of ``data/honorifics.yaml`` ("jr", "iii"), lowercased."""
    words = _honorifics_list("name_suffixes", required=False)
    return frozenset(w.strip().lower() for w in words if w.strip())


def surname(name: str) -> str:
    """The last word of ``name`` that is no generational suffix: "Harris" of "Harry B.
    Harris Jr." and of "Harris, Jr."; a name that is only a suffix is kept."""
    words = name.split()
    known = name_suffixes()
    while len(words) > 1 and words[-1].strip(".,").lower() in known:
        words.pop()
    return words[-1].rstrip(",") if words else ""


def strip_honorifics(name: str) -> str:
    """``name`` without the honorifics before it or behind a comma after it: "Mr Macron" and
    "Emmanuel Macron, Mr" are "Macron" and "Emmanuel Macron"; a name that is only an
    honorific ("Mr") is kept."""
    known = honorifics()
    longest = max((len(h) for h in known), default=0)
    words = name.split()

    def title_at(i: int) -> int:
        for n in range(min(longest, len(words) - i), 0, -1):
            if tuple(w.rstrip(".,").lower() for w in words[i : i + n]) in known:
                return n
        return 0

    lo = 0
    while (n := title_at(lo)) and lo + n < len(words) and words[lo + n][:1].isupper():
        lo += n
    hi = len(words)
    while hi - lo > 1 and words[hi - 1] != words[hi - 1].lower():
        cut = next((k for k in range(hi - 1, lo, -1) if words[k - 1].endswith(",")), None)
        if cut is None or title_at(cut) != hi - cut:
            break
        hi = cut
    if (lo, hi) == (0, len(words)):
        return name
    return " ".join(words[lo:hi]).rstrip(",").strip()


@dataclass(slots=True)
class _Cluster:
    kind: EntityKind
    names: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return max(self.names, key=lambda n: (len(n.split()), len(n)))


class EntityIndex:
    """The entities of one article and the mentions that refer to them."""

    def __init__(
        self, text: str, annotation: Annotation, parse: Parse, *, ignore: tuple[Span, ...] = ()
    ) -> None:
        self.text = text
        self.parse = parse
        self._clusters: dict[str, _Cluster] = {}
        self._mentions: list[tuple[Span, str]] = []  # (span, cluster key), in text order
        # main-clause subjects that refer to a person: (offset, key), in text order
        self._subjects: list[tuple[int, str]] = []
        kept = [m for m in annotation.entities if not any(s.contains(m.span) for s in ignore)]
        # persons first: a name tagged ORG or GPE elsewhere ("Stoltenberg") joins its person
        for mention in sorted(kept, key=lambda m: m.label != "PERSON"):
            self._add(mention)
        self._mentions.sort(key=lambda m: m[0].start)
        self._harvest_roles()

    def _key(self, mention: Mention) -> tuple[str, str] | None:
        kind = KIND_BY_LABEL.get(mention.label)
        if kind is None:
            return None
        name = clean_name(mention.text)
        if not name or not any(c.isalpha() for c in name):
            return None
        person = strip_honorifics(name)
        words = person.split()
        key = f"person:{surname(person).lower()}"
        if kind == "person":
            return key, person
        cluster = self._clusters.get(key)
        if cluster is not None and (len(words) == 1 or person in cluster.names):
            return key, person  # the tagger's label varies; the article's person does not
        return f"{kind}:{name.lower()}", name

    def _add(self, mention: Mention) -> None:
        found = self._key(mention)
        if found is None:
            return
        key, name = found
        kind = "person" if key.startswith("person:") else KIND_BY_LABEL[mention.label]
        cluster = self._clusters.setdefault(key, _Cluster(kind=kind))
        cluster.names.append(name)
        cluster.mentions.append(mention.span)
        self._mentions.append((mention.span, key))

    def _harvest_roles(self) -> None:
        """Roles from appositions (Peskov, press secretary of …) and titles (US President X)."""
        tokens = self.parse.tokens
        for span, key in self._mentions:
            if not key.startswith("person:"):
                continue
            idx = list(self.parse.tokens_in(span))
            if not idx:
                continue
            head = max(idx, key=lambda i: tokens[i].head not in idx)
            for i in idx:
                if tokens[i].head not in idx:
                    head = i
            for c in self.parse.deps(head, "appos"):
                role = self.parse.noun_phrase(c).text(self.text)
                self.add_role(key, role)
            title = [
                i
                for i in self.parse.children[head]
                if tokens[i].dep == "compound" and i < idx[0] and tokens[i].ent_type != "PERSON"
            ]
            if title:
                lo, _ = self.parse.subtree(title[0], exclude={"punct"})
                lo = self._title_start(lo, idx[0])
                if lo < idx[0]:
                    self.add_role(key, self.parse.span(lo, idx[0] - 1).text(self.text))

    def _title_start(self, lo: int, name: int) -> int:
        """Where the title before token ``name`` starts, from ``lo`` on: the words next to the
        name that a title holds ("British Prime Minister", "then-President"), not the noun
        phrase the parser hung on it ("The $95 billion aid package President", "Jens
        Stoltenberg and British Prime Minister")."""
        k = name - 1
        while k >= lo:
            t = self.parse.tokens[k]
            if (
                t.dep == "det"
                or t.ent_type == "PERSON"
                or (t.pos in {"NUM", "SYM", "CCONJ", "PUNCT", "PRON"} and t.text != "-")
                or (t.pos == "NOUN" and not t.text[:1].isupper())
            ):
                break
            k -= 1
        return k + 1

    def add_role(self, key: str, role: str) -> None:
        role = role.strip(" ,;:")
        cluster = self._clusters.get(key)
        if cluster is not None and role and role not in cluster.roles:
            cluster.roles.append(role)

    def key_at(self, span: Span) -> str | None:
        """Cluster key of the entity mention overlapping ``span`` (persons first)."""
        hits = [k for s, k in self._mentions if s.overlaps(span)]
        if not hits:
            return None
        persons = [k for k in hits if k.startswith("person:")]
        return (persons or hits)[0]

    def person_key(self, name: str) -> str | None:
        """Cluster key of a person named ``name`` (surname match), creating none."""
        clean = clean_name(name)
        if not clean:
            return None
        key = f"person:{surname(clean).lower()}"
        return key if key in self._clusters else None

    def name_key(self, name: str) -> str | None:
        """Cluster key of an entity the article names elsewhere as ``name``: a person by
        surname, or an organisation or country by its whole name; creating none. Only a
        capitalised name qualifies ("veterans" is not the organisation "Veterans")."""
        if not all(w[:1].isupper() for w in name.split()):
            return None
        person = self.person_key(name)
        if person is not None:
            return person
        clean = clean_name(name).lower()
        for kind in ("organisation", "country"):
            if f"{kind}:{clean}" in self._clusters:
                return f"{kind}:{clean}"
        return None

    def nearest_before(
        self, offset: int, *, kinds: tuple[str, ...] = ("person",), exclude: set[str] | None = None
    ) -> str | None:
        """The closest entity mention of ``kinds`` ending before ``offset``."""
        for span, key in reversed(self._mentions):
            if span.end > offset:
                continue
            if key.split(":", 1)[0] not in kinds:
                continue
            if exclude and key in exclude:
                continue
            return key
        return None

    def is_main_subject(self, span: Span) -> bool:
        """Whether ``span`` is (part of) the subject of its sentence's main verb."""
        for i in self.parse.tokens_in(span):
            t = self.parse.tokens[i]
            j = i
            while self.parse.tokens[j].dep in {"compound", "flat", "amod", "det"}:
                j = self.parse.tokens[j].head
            head = self.parse.tokens[j]
            if head.dep in {"nsubj", "nsubjpass"}:
                verb = self.parse.tokens[head.head]
                if verb.dep in {"ROOT", "conj"} or verb.i == verb.head:
                    return True
            del t
        return False

    def note_subject(self, span: Span, key: str) -> None:
        """Record that the main-clause subject at ``span`` refers to ``key``."""
        self._subjects.append((span.start, key))
        self._subjects.sort()

    def nearest_subject_before(
        self, offset: int, *, exclude: set[str], window: int = 600
    ) -> str | None:
        """The closest person heard of as a main-clause subject before ``offset``."""
        candidates = [(o, k) for o, k in self._subjects if o < offset and k not in exclude]
        candidates += [
            (s.start, k)
            for s, k in self._mentions
            if s.end <= offset
            and k.startswith("person:")
            and k not in exclude
            and self.is_main_subject(s)
        ]
        if not candidates:
            return None
        o, k = max(candidates)
        return k if offset - o <= window else None

    def by_role(self, phrase: str, offset: int) -> str | None:
        """The person whose known roles share the head noun of ``phrase`` (nearest before)."""
        words = [w.lower() for w in re.findall(r"[\w-]+", phrase)]
        if not words:
            return None
        content_words = {w for w in words if w not in {"the", "of", "a", "an"}}
        best: str | None = None
        for span, key in self._mentions:
            if span.start > offset:
                break
            cluster = self._clusters[key]
            for role in cluster.roles:
                role_words = {w.lower() for w in re.findall(r"[\w-]+", role)}
                if len(content_words & role_words) >= max(1, min(2, len(content_words))):
                    best = key
        return best

    def entity_id(self, key: str) -> str:
        return slugify(self._clusters[key].name)

    def entities(self) -> tuple[Entity, ...]:
        """The entities found, each with all its mentions and harvested roles."""
        return tuple(
            Entity(
                id=slugify(c.name),
                name=c.name,
                kind=c.kind,
                mentions=tuple(sorted(c.mentions)),
                roles=tuple(c.roles),
            )
            for c in self._clusters.values()
        )


def resolve_speaker(
    draft: Draft, index: EntityIndex, *, enclosing: Sequence[tuple[str, str | None]]
) -> str | None:
    """The cluster key a draft's speaker refers to, or None when unresolved.

    ``enclosing`` lists the statements whose content contains this one, innermost first,
    as (kind, resolved key). Inside someone's direct quote a third-person pronoun is never
    that someone, and "I"/"we" is exactly them; inside indirect speech ("Biden said that he
    …") a third-person pronoun is the reporter by default.
    """
    if draft.speaker is None:
        return None
    text = index.text
    words = draft.speaker.text(text).strip().lower()
    if words in FIRST_PERSON:
        return enclosing[0][1] if enclosing else None
    if words in MALE | FEMALE:
        if enclosing and enclosing[0][0] == "indirect" and enclosing[0][1] is not None:
            return enclosing[0][1]
        excluded = {k for kind, k in enclosing if k is not None and kind != "indirect"}
        key = index.nearest_subject_before(draft.speaker.start, exclude=excluded)
        if key is None:
            key = index.nearest_before(draft.speaker.start, exclude=excluded)
        if key is not None and index.is_main_subject(draft.speaker):
            index.note_subject(draft.speaker, key)
        return key
    if words in PLURAL:
        return index.nearest_before(draft.speaker.start, kinds=("organisation", "country"))
    if words == "it":  # "It says the campaign violated …": a body, not a person
        return index.nearest_before(draft.speaker.start, kinds=("organisation",))
    key = index.key_at(draft.speaker) or index.name_key(draft.speaker.text(text))
    if key is not None:
        return key
    return index.by_role(draft.speaker.text(text), draft.speaker.start)
