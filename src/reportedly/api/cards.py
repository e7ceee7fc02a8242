"""What a statement card of a web listing shows beside the statement's own fields: its
links and labels, worked out and escaped once per statement in Python.

The ``statement`` macro (templates/macros.html) used to call a URL or label helper through
Jinja's call machinery eight or nine times a statement; a page of 25 spent more CPU there
than on its search."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

from reportedly.api.views import actor_url, outlet_url, speaker_url, trace_url
from reportedly.attribution.act_views import act_label
from reportedly.confidence import confidence_label, confidence_title, speaker_confidence_title


@dataclass(frozen=True, slots=True)
class Card:
    """A statement's links and labels, escaped (autoescaping leaves them as they are)."""

    speaker_href: Markup | None
    act: Markup
    confidence_title: Markup
    confidence_label: Markup
    trace_href: Markup
    outlet_href: Markup | None
    cited_hrefs: tuple[Markup, ...]
    # the speaker confidence's title and label: None where no speaker is resolved
    speaker_confidence_title: Markup | None = None
    speaker_confidence_label: Markup | None = None


def statement_card(s: Mapping[str, Any], actors: Mapping[str, str]) -> Card:
    """The card of statement ``s`` (a listing item); ``actors`` maps statement ids to the
    store actor each is attributed to. The speaker links to that actor, else to the
    resolved speaker, else nowhere."""
    actor = actors.get(s["statement_id"])
    if actor:
        speaker: Markup | None = escape(actor_url(actor))
    elif s["speaker_entity"]:
        speaker = escape(speaker_url(s["speaker_entity"]))
    else:
        speaker = None
    confidence = s["confidence"]
    sure = s.get("speaker_confidence")
    return Card(
        speaker_href=speaker,
        act=escape(act_label(s["act"], s["negated"])),
        confidence_title=escape(confidence_title(confidence)),
        confidence_label=escape(confidence_label(confidence)),
        trace_href=escape(trace_url(s["statement_id"])),
        outlet_href=escape(outlet_url(s["outlet"])) if s["outlet"] else None,
        cited_hrefs=tuple(escape(outlet_url(c["outlet"])) for c in s["citations"] or ()),
        speaker_confidence_title=None if sure is None else escape(speaker_confidence_title(sure)),
        speaker_confidence_label=None if sure is None else escape(confidence_label(sure)),
    )
