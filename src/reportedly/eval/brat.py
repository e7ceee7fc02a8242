"""Read brat standoff annotations (``.ann``) into plain records and attributions.

Only text-bound (``T``) and event (``E``) lines carry what attribution corpora need; attribute
(``A``/``M``), relation (``R``), note (``#``), normalisation (``N``) and equivalence (``*``)
lines are read past without error.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reportedly.errors import InputError
from reportedly.eval.records import Attribution
from reportedly.model import Span

_ROLE_SUFFIX = re.compile(r"\d+$")
_LINE_ID = re.compile(r"^(?:[TEARMN]\d+|#\d*|\*)\t")


@dataclass(frozen=True, slots=True, kw_only=True)
class TextBound:
    """A ``T`` line: a labelled, possibly discontinuous, text span."""

    id: str
    label: str
    spans: tuple[Span, ...]
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    """An ``E`` line: a typed event with a trigger and ``(role, text-bound id)`` arguments.

    Role names keep brat's numeric suffix for repeated roles (``Content2``); use
    :func:`base_role` to drop it.
    """

    id: str
    label: str
    trigger: str
    arguments: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class BratDocument:
    """The text-bound annotations and events of one ``.ann`` file, in file order."""

    text_bounds: tuple[TextBound, ...]
    events: tuple[Event, ...]
    source: str = ""

    def text_bound(self, tb_id: str) -> TextBound:
        """The text-bound annotation ``tb_id``.

        Raises:
            InputError: no such annotation in this document.
        """
        for tb in self.text_bounds:
            if tb.id == tb_id:
                return tb
        raise InputError(
            self.source, f"refers to missing text-bound annotation {tb_id}", code="E602"
        )


def base_role(role: str) -> str:
    """A role name without brat's repetition suffix: ``Content2`` → ``Content``."""
    return _ROLE_SUFFIX.sub("", role)


def _parse_spans(field: str, where: str) -> tuple[Span, ...]:
    spans: list[Span] = []
    for fragment in field.split(";"):
        parts = fragment.split()
        if len(parts) != 2:
            raise InputError(where, f"bad span fragment {fragment!r}", code="E602")
        try:
            spans.append(Span(int(parts[0]), int(parts[1])))
        except ValueError as e:
            raise InputError(where, f"bad span fragment {fragment!r}: {e}", code="E602") from e
    return tuple(spans)


def _parse_text_bound(fields: list[str], where: str) -> TextBound:
    if len(fields) < 2:
        raise InputError(
            where, "text-bound line needs an id, a label with offsets and a text", code="E602"
        )
    label, _, offsets = fields[1].partition(" ")
    if not offsets:
        raise InputError(where, f"text-bound {fields[0]} has no offsets", code="E602")
    text = fields[2] if len(fields) > 2 else ""
    return TextBound(id=fields[0], label=label, spans=_parse_spans(offsets, where), text=text)


def _parse_event(fields: list[str], where: str) -> Event:
    if len(fields) < 2 or not fields[1].strip():
        raise InputError(where, "event line needs an id and a type:trigger", code="E602")
    items = fields[1].split()
    label, sep, trigger = items[0].partition(":")
    if not sep:
        raise InputError(where, f"event {fields[0]} lacks a type:trigger pair", code="E602")
    arguments: list[tuple[str, str]] = []
    for item in items[1:]:
        role, sep, target = item.partition(":")
        if not sep or not role or not target:
            raise InputError(where, f"bad event argument {item!r}", code="E602")
        arguments.append((role, target))
    return Event(id=fields[0], label=label, trigger=trigger, arguments=tuple(arguments))


def parse_ann(data: str, *, source: str = "<ann>") -> BratDocument:
    """Parse the content of a brat ``.ann`` file.

    Args:
        data: the file's text.
        source: a name for the input, used in error messages.

    Raises:
        InputError: a ``T`` or ``E`` line is malformed (the message names ``source:line``).
    """
    text_bounds: list[TextBound] = []
    events: list[Event] = []
    last_was_text_bound = False
    blank_lines = 0
    for number, line in enumerate(data.splitlines(), start=1):
        if not line.strip():
            blank_lines += 1
            continue
        where = f"{source}:{number}"
        fields = line.split("\t")
        if not _LINE_ID.match(line):
            # a text-bound's text that holds line breaks continues on the following lines
            if text_bounds and last_was_text_bound:
                tb = text_bounds[-1]
                text = tb.text + "\n" * (blank_lines + 1) + line
                text_bounds[-1] = TextBound(id=tb.id, label=tb.label, spans=tb.spans, text=text)
                blank_lines = 0
                continue
            raise InputError(where, f"unknown brat annotation line {line[:40]!r}", code="E602")
        blank_lines = 0
        last_was_text_bound = line.startswith("T")
        if line.startswith("T"):
            text_bounds.append(_parse_text_bound(fields, where))
        elif line.startswith("E"):
            events.append(_parse_event(fields, where))
    return BratDocument(text_bounds=tuple(text_bounds), events=tuple(events), source=source)


def read_ann(path: Path) -> BratDocument:
    """Read and parse the brat ``.ann`` file at ``path``.

    Raises:
        InputError: the file cannot be read or is malformed.
    """
    try:
        data = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(str(path), f"cannot read annotations: {e}", code="E601") from e
    return parse_ann(data, source=str(path))


def _merge(spans: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(sorted(set(spans)))


def attributions(
    doc: BratDocument,
    *,
    event_types: Iterable[str] | None = None,
    content_role: str = "Content",
    source_role: str = "Source",
    cue_role: str = "Cue",
    cue_from_trigger: bool = True,
) -> tuple[Attribution, ...]:
    """Turn a document's events into attributions, one per event.

    Arguments whose base role (see :func:`base_role`) is ``content_role``, ``source_role`` or
    ``cue_role`` fill the matching field; repeated roles (``Content``, ``Content2``) are
    united. An event without a cue argument takes its trigger's spans as the cue when
    ``cue_from_trigger``. A role may come out empty.

    Args:
        doc: the parsed annotations.
        event_types: keep only events of these types (all events when ``None``).
        content_role: role name of the content.
        source_role: role name of the source.
        cue_role: role name of the cue.
        cue_from_trigger: use the trigger as cue when there is no cue argument.

    Raises:
        InputError: an event refers to a text-bound annotation that does not exist.
    """
    wanted = None if event_types is None else set(event_types)
    bounds = {tb.id: tb for tb in doc.text_bounds}

    def spans_of(tb_id: str) -> tuple[Span, ...]:
        tb = bounds.get(tb_id)
        if tb is None:
            raise InputError(doc.source, f"refers to missing text-bound {tb_id}", code="E602")
        return tb.spans

    result: list[Attribution] = []
    for event in doc.events:
        if wanted is not None and event.label not in wanted:
            continue
        roles: dict[str, list[Span]] = {content_role: [], source_role: [], cue_role: []}
        for role, target in event.arguments:
            base = base_role(role)
            if base in roles:
                roles[base].extend(spans_of(target))
        cue = roles[cue_role]
        if not cue and cue_from_trigger and event.trigger:
            cue = list(spans_of(event.trigger))
        result.append(
            Attribution(
                content=_merge(roles[content_role]),
                source=_merge(roles[source_role]),
                cue=_merge(cue),
                id=event.id,
                label=event.label,
            )
        )
    return tuple(result)


def mismatched_text_bounds(doc: BratDocument, text: str) -> tuple[str, ...]:
    """Ids of text-bounds whose recorded text differs from ``text`` at their offsets.

    brat writes a discontinuous span's text as its fragments joined by a space; whitespace
    differences (line breaks) are ignored.
    """
    bad: list[str] = []
    for tb in doc.text_bounds:
        if any(s.end > len(text) for s in tb.spans):
            bad.append(tb.id)
            continue
        expected = " ".join(s.text(text) for s in tb.spans)
        if expected.split() != tb.text.split():
            bad.append(tb.id)
    return tuple(bad)
