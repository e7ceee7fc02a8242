"""Media sources an article cites: the cue words, the draft record and ``Source:`` lines.

Which phrase names an outlet is decided with the outlet registry first (a known name anywhere
in the phrase, the longest one winning); inline cues ("according to X", "told X", "X reported")
are in ``inline_citations``. The cue words are data: ``provenance/data/citation_cues.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from reportedly._yaml import load_yaml
from reportedly.attribution.lexicon import CueLexicon
from reportedly.errors import ConfigError
from reportedly.model import CitationKind, Section, Span
from reportedly.provenance.outlets import OutletMatch, OutletRegistry, default_registry

_BRACKETED = re.compile(r"\s*\[[^\]]*\]")
_PARTICIPLE_TAIL = re.compile(r",\s+\w+ing\b.*$", re.DOTALL)
_EDGE_WORDS = re.compile(
    r"^(?:(?:the|a|an|by|of|from)(?:\s+|$))+|(?:\s+(?:of|by|from))+$", re.IGNORECASE
)
_EDGE_PUNCT = " \t\n,:;.-–—'’\"“”«»()"

CODE_CUES = "E504"  # the citation cue file is missing or malformed


@dataclass(frozen=True, slots=True, kw_only=True)
class CitationCues:
    """The words that signal an inline citation (see ``citation_cues.yaml`` for the schema)."""

    according_to: tuple[tuple[str, str], ...]
    told_verbs: frozenset[str]
    spoke_verbs: frozenset[str]
    spoke_preps: frozenset[str]
    interview_nouns: frozenset[str]
    interview_preps: frozenset[str]
    reported_verbs: frozenset[str]
    registry_only_verbs: frozenset[str]
    connectors: tuple[str, ...]

    @classmethod
    def from_mapping(cls, data: Any, where: str) -> CitationCues:
        """Build from parsed YAML; raise ``ConfigError`` naming ``where`` when malformed."""

        def words(key: str) -> frozenset[str]:
            return frozenset(str(w).lower() for w in data[key])

        try:
            pairs = tuple((str(a).lower(), str(b).lower()) for a, b in data["according_to"])
            return cls(
                according_to=pairs,
                told_verbs=words("told_verbs"),
                spoke_verbs=words("spoke_verbs"),
                spoke_preps=words("spoke_preps"),
                interview_nouns=words("interview_nouns"),
                interview_preps=words("interview_preps"),
                reported_verbs=words("reported_verbs"),
                registry_only_verbs=words("registry_only_verbs"),
                connectors=tuple(str(c).lower() for c in data["connectors"]),
            )
        except (KeyError, TypeError, ValueError) as e:
            raise ConfigError(f"{where}: malformed citation cues ({e!r})", code=CODE_CUES) from e


@cache
def default_cues() -> CitationCues:
    """The packaged citation cues, loaded once per process.

    Raises:
        ConfigError: the packaged file cannot be read or is malformed.
    """
    ref = resources.files("reportedly.provenance") / "data" / "citation_cues.yaml"
    try:
        data = load_yaml(ref.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise ConfigError(f"{ref}: cannot read citation cues: {e}", code=CODE_CUES) from e
    return CitationCues.from_mapping(data, str(ref))


@dataclass(slots=True)
class CitationDraft:
    """A cited source before ids and covered statements are settled."""

    kind: CitationKind
    outlet: Span
    cue: Span | None
    description: str | None
    scope: Span | None  # the text whose statements it covers; None: the whole article
    note: str | None = None
    outlet_id: str | None = None  # the registry id, when the registry knows the outlet


def resolve_outlet(name: str, outlets: OutletRegistry | None = None) -> str | None:
    """The registry id of a cited source's name as written, or ``None`` when it is unknown."""
    registry = outlets or default_registry()
    outlet = registry.match(name)
    return None if outlet is None else outlet.id


# -- Source: lines -------------------------------------------------------------------------------


def _clean_description(words: str) -> str | None:
    """A description with glosses, edge punctuation and leading articles removed."""
    cleaned = _BRACKETED.sub(" ", words)
    cleaned = " ".join(cleaned.split()).strip(_EDGE_PUNCT)
    cleaned = _EDGE_WORDS.sub("", cleaned).strip(_EDGE_PUNCT)
    return cleaned or None


def _skip_the(raw: str, start: int, end: int) -> int:
    """Where a name starts once a lower-case "the" is dropped: in running text it is the
    sentence's article, not part of the name ("the Kyiv Independent")."""
    if raw.startswith("the ", start) and end - start > 4:
        return start + 4
    return start


def _is_descriptor(word: str, lexicon: CueLexicon) -> bool:
    """A word describing a source ("news outlet", "TV"); a capitalised one ("Daily") names it."""
    bare = word.strip(",")
    return bare.lower() in lexicon.source_descriptors and (bare.islower() or bare.isupper())


def _best(matches: list[OutletMatch]) -> OutletMatch:
    """The match naming the outlet: most words, then most characters, then the last."""
    return max(matches, key=lambda m: (len(m.outlet.name.split()), m.end - m.start, m.start))


def _outside_brackets(raw: str) -> list[bool]:
    """For each character of ``raw``, whether it lies outside square or round brackets."""
    depth = 0
    out: list[bool] = []
    for ch in raw:
        if ch in "[(":
            depth += 1
        out.append(depth == 0)
        if ch in "])":
            depth = max(0, depth - 1)
    return out


def _cuts(raw: str, pattern: str, matches: list[OutletMatch]) -> list[tuple[int, int]]:
    """``raw`` cut where ``pattern`` matches outside brackets and outside known names."""
    outside = _outside_brackets(raw)
    cuts = [
        m.span()
        for m in re.finditer(pattern, raw, re.IGNORECASE)
        if outside[m.start()] and not any(o.start < m.end() and m.start() < o.end for o in matches)
    ]
    segments: list[tuple[int, int]] = []
    start = 0
    for a, b in cuts:
        segments.append((start, a))
        start = b
    segments.append((start, len(raw)))
    return [(a, b) for a, b in segments if raw[a:b].strip()]


def _segments(
    raw: str, matches: list[OutletMatch], cues: CitationCues
) -> list[tuple[int, int, list[OutletMatch]]]:
    """One Source item cut into its sources, each with the known names inside it.

    When the item names a known outlet, words such as "and" separate sources ("RIA Novosti and
    the Daily Example"); a comma does only when every part names a known outlet, since
    "Reuters, the British news agency" is one source with a description.
    """
    if not matches:  # without a known name there is no evidence of several sources
        return [(0, len(raw), [])]
    words = "|".join(re.escape(c) for c in cues.connectors if c != ",")
    strong = _cuts(raw, rf"\s+(?:{words})\s+", matches) if words else [(0, len(raw))]
    out: list[tuple[int, int, list[OutletMatch]]] = []
    for a, b in strong:
        inside = [m for m in matches if a <= m.start and m.end <= b]
        parts = [(a, b)]
        if "," in cues.connectors and len(inside) > 1:
            commas = [(a + x, a + y) for x, y in _cuts(raw[a:b], r"\s*,\s*", [])]
            named = [[m for m in inside if x <= m.start and m.end <= y] for x, y in commas]
            if len(commas) > 1 and all(named):
                parts = commas
        for x, y in parts:
            out.append((x, y, [m for m in inside if x <= m.start and m.end <= y]))
    return out


def _registry_draft(
    part: Span, raw: str, a: int, b: int, found: list[OutletMatch]
) -> CitationDraft:
    """The draft of one source ``raw[a:b]`` that names known outlets: the best one."""
    best = _best(found)
    start = _skip_the(raw, best.start, best.end)
    return CitationDraft(
        kind="source_line",
        outlet=Span(part.start + start, part.start + best.end),
        cue=None,
        description=_clean_description(raw[a:start] + " " + raw[best.end : b]),
        scope=None,
        outlet_id=best.outlet.id,
    )


def _heuristic_part(part: Span, raw: str, lexicon: CueLexicon) -> CitationDraft | None:
    """A draft for a source the registry does not know: descriptors, then the name."""
    gloss = _BRACKETED.search(raw)
    name_end = len(raw.rstrip(" .,;"))
    if gloss:
        name_end = min(name_end, gloss.start())
    words = list(re.finditer(r"\S+", raw[:name_end]))
    # descriptors after the name ("Foo news agency") describe it too
    while len(words) > 1 and _is_descriptor(words[-1].group(0), lexicon):
        words.pop()
    if not words:
        return None
    start_word = 0
    for n, w in enumerate(words[:-1]):
        if _is_descriptor(w.group(0), lexicon):
            start_word = n + 1
    if start_word < len(words) - 1 and words[start_word].group(0).lower() in {"the", "a", "an"}:
        start_word += 1
    name_start = words[start_word].start()
    name_end = words[-1].end()
    while name_end > name_start and raw[name_end - 1] in ",;: \t":
        name_end -= 1  # "S ,[…]": the comma is a word of its own, the space before it too
    description = _clean_description(raw[:name_start] + " " + raw[name_end:])
    outlet = Span(part.start + name_start, part.start + name_end)
    if len(outlet) == 0:
        return None
    return CitationDraft(
        kind="source_line", outlet=outlet, cue=None, description=description, scope=None
    )


def _source_part(
    text: str,
    part: Span,
    lexicon: CueLexicon,
    outlets: OutletRegistry,
    cues: CitationCues,
) -> list[CitationDraft]:
    """Drafts for one ``;``-separated item of a Source line: description, name, gloss, tail."""
    raw = part.text(text)
    note = None
    tail = _PARTICIPLE_TAIL.search(raw)
    if tail and _outside_brackets(raw)[tail.start()]:
        note = tail.group(0).lstrip(", ").strip()
        raw = raw[: tail.start()]
    matches = [m for m in outlets.find(raw) if not m.bracketed]
    drafts: list[CitationDraft] = []
    for a, b, found in _segments(raw, matches, cues):
        if found:
            drafts.append(_registry_draft(part, raw, a, b, found))
            continue
        lead = len(raw[a:b]) - len(raw[a:b].lstrip())
        draft = _heuristic_part(
            Span(part.start + a + lead, part.start + b), raw[a + lead : b], lexicon
        )
        if draft is not None:
            drafts.append(draft)
    for draft in drafts:
        draft.note = note
    return drafts


def split_source_line(
    text: str,
    section: Section,
    lexicon: CueLexicon,
    *,
    outlets: OutletRegistry | None = None,
    cues: CitationCues | None = None,
) -> list[CitationDraft]:
    """Citations from a ``Source:`` section: one per source, sources split on ``;``.

    An item naming several known outlets joined by "and" or commas gives one citation each.
    """
    registry = outlets or default_registry()
    words = cues or default_cues()
    body = section.body
    line_end = text.find("\n", body.start, body.end)
    end = body.end if line_end < 0 else line_end
    drafts: list[CitationDraft] = []
    depth = 0
    start = body.start
    for i in range(body.start, end + 1):
        ch = text[i] if i < end else ";"
        if ch in "[(":
            depth += 1
        elif ch in "])":
            depth = max(0, depth - 1)
        elif ch == ";" and depth == 0:
            part = Span(start, i)
            if part.text(text).strip():
                lead = len(part.text(text)) - len(part.text(text).lstrip())
                drafts.extend(_source_part(text, Span(start + lead, i), lexicon, registry, words))
            start = i + 1
    return drafts
