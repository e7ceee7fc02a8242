"""Which organisation a body noun of a Russian/Ukrainian text refers to: the nearest
organisation, news outlet or company named before it, and whether a name is an outlet's."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from reportedly._yaml import load_yaml
from reportedly.attribution.slavic.phrases import SlavicParse
from reportedly.attribution.slavic.quoted import MARKS
from reportedly.model import EntityKind, Span
from reportedly.nlp.slavic_morph import Lang

_WRITTEN_LETTERS = 4  # a company name counted as written has at least this many letters
# a capitalised word right before or after: the form is part of a longer name ("Nord Stream
# AG", "Nord Stream 2 AG")
_NAME_BEFORE = re.compile(r"[A-ZА-ЯЁІЇЄҐ][\w'’-]*[^\S\n]+$")
_NAME_AFTER = re.compile(r"[^\S\n]+(?:\d+[^\S\n]+)?[A-ZА-ЯЁІЇЄҐ]")


@cache
def kind_names(lang: str) -> dict[str, tuple[str, ...]]:
    """The short names a body of each kind goes by in ``lang`` (data/body_kinds.yaml): "МИД",
    "Минобороны" are ministries, "Офис генпрокурора" a prosecutor's office."""
    path = resources.files("reportedly.attribution.slavic") / "data" / "body_kinds.yaml"
    data = load_yaml(path.read_text(encoding="utf-8")) or {}
    table = data.get(lang) or {}
    return {str(k): tuple(str(w) for w in v or ()) for k, v in table.items()}


@dataclass
class NameCluster:
    """One name's cluster: its nominative name, kind, mentions and gender."""

    name: str
    kind: EntityKind
    mentions: list[Span] = field(default_factory=list)
    gender: str | None = None


class NamedOrganisations:
    """The organisations among an article's name clusters, which its subclass
    :class:`~reportedly.attribution.slavic.speakers.SlavicEntities` fills."""

    text: str
    lang: Lang
    parse: SlavicParse
    is_outlet: Callable[[str], bool]
    own_outlet: str | None
    _clusters: dict[str, NameCluster]
    _mentions: list[tuple[Span, str]]

    def organisation_before(
        self, before: int, window: int = 400, kind: str | None = None
    ) -> str | None:
        """The nearest organisation named shortly before ``before`` ("… Ryanair. Компанія
        заявила …"), of the ``kind`` whose lemma its name holds when given ("Киевская
        городская военная администрация … заявили в администрации"); None when none is."""
        for span, key in reversed(self._mentions):
            near = span.start < before and before - span.end <= window
            if not near or self._clusters[key].kind != "organisation":
                continue
            if kind is None:
                return key
            stem = kind[:-1] if len(kind) > 4 else kind
            short = kind_names(self.lang).get(kind, ())
            words = self._clusters[key].name.casefold().strip('«»"“”„').split()
            # "банк": "Банк России", and a compound that ends in it ("Єврогазбанк"); a
            # ministry by its short name ("МИД России … в министерстве")
            if any(w.startswith((stem, *short)) or w.endswith(kind) for w in words):
                return key
        return None

    def outlet_before(self, before: int, outlet_kinds: frozenset[str]) -> str | None:
        """The outlet a bare "издание" refers to when no outlet spoke before it: the last
        organisation named before ``before`` that is an outlet by name or is written after one
        of ``outlet_kinds`` ("в материале американского еженедельника Defense News"); never
        the text's own channel ("заявил Mash" in Mash's post: "португальская газета" is not
        Mash)."""
        own = (self.own_outlet or "").strip(' «»"').casefold()
        for span, key in reversed(self._mentions):
            cluster = self._clusters[key]
            if span.start >= before or cluster.kind != "organisation":
                continue
            if own and span.text(self.text).strip(' «»"').casefold() == own:
                continue
            if self.is_outlet(cluster.name) or self._after_kind(span, outlet_kinds):
                return key
        return None

    def company_before(self, before: int, outlet_kinds: frozenset[str]) -> str | None:
        """The company a bare "компанія"/"лоукостер" refers to: of the organisations (no news
        outlet) named before ``before``, the one the text has named most often, the nearest
        of those ("Ryanair … у Німеччині ФРН … Лоукостер": Ryanair, not the nearest ФРН).
        A name written after one of ``outlet_kinds`` ("телеканал RTE") is an outlet too."""
        counts: dict[str, int] = {}
        surfaces: dict[str, set[str]] = {}
        outlets = {key for span, key in self._mentions if self._after_kind(span, outlet_kinds)}
        for span, key in self._mentions:
            cluster = self._clusters[key]
            company = cluster.kind == "organisation" and not self.is_outlet(cluster.name)
            if span.start < before and company and key not in outlets:
                counts[key] = counts.get(key, 0) + 1
                surfaces.setdefault(key, set()).add(span.text(self.text))
        if not counts:
            return None
        # the tagger misses some mentions ("Ryanair закриє бази" in a lead): a name written
        # more often than it was tagged counts as often as it is written
        for key, forms in surfaces.items():
            written = max(_occurrences(self.text[:before], form) for form in forms)
            counts[key] = max(counts[key], written)
        order = [k for _, k in reversed(self._mentions) if k in counts]
        return max(order, key=lambda k: counts[k])  # the first, nearest, of the most named

    def is_reporting_outlet(
        self, key: str, outlet_kinds: frozenset[str], citing: Iterable[str]
    ) -> bool:
        """Whether cluster ``key`` is a news outlet: the outlet registry knows its name, it is
        written after one of ``outlet_kinds`` ("телеканал RTE"), or it cites sources
        ("повідомив «Forbes» з посиланням на джерела", one of ``citing`` right after it)."""
        if self.is_outlet(self._clusters[key].name):
            return True
        for span, k in self._mentions:
            if k != key:
                continue
            after = self.text[span.end : span.end + 60].lstrip(' »"”').casefold()
            if self._after_kind(span, outlet_kinds) or after.startswith(tuple(citing)):
                return True
        return False

    def _after_kind(self, span: Span, kinds: frozenset[str]) -> bool:
        """Whether the word before ``span`` (past a quote mark) is one of ``kinds``."""
        k = self.parse.token_at(span.start)
        while k is not None and k > 0 and self.parse.tokens[k - 1].text in MARKS:
            k -= 1
        return k is not None and k > 0 and self.parse.tokens[k - 1].lemma.casefold() in kinds


def _occurrences(text: str, form: str) -> int:
    """How often ``form`` is written in ``text`` as a whole name: words of their own, not part
    of a longer capitalised name ("AG" or "Nord Stream" in "Nord Stream 2 AG"); a form of
    fewer than four letters ("AG", "ЄС") counts only as tagged."""
    if len(form.strip()) < _WRITTEN_LETTERS:
        return 0
    found = re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text)
    return sum(
        1
        for m in found
        if not _NAME_BEFORE.search(text, 0, m.start()) and not _NAME_AFTER.match(text, m.end())
    )
