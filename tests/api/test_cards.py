"""A statement card's links and labels: worked out once, escaped, and linking the right page."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from reportedly.api.cards import statement_card

EVIL_OUTLET = '<b>Evil</b> "Outlet"'


def _item(**fields: Any) -> dict[str, Any]:
    item = {
        "statement_id": "c0d65f798591a654",
        "act": "intent",
        "negated": True,
        "confidence": 0.459,
        "speaker_entity": None,
        "outlet": "Ukrainska Pravda",
        "citations": [{"outlet": "RIA Novosti"}, {"outlet": EVIL_OUTLET}],
    }
    return item | fields


def test_cards_speaker_links_the_actor_first_then_the_speaker_else_nothing() -> None:
    item = _item(speaker_entity="Q7747")
    assert statement_card(item, {"c0d65f798591a654": "peskov-dmitry"}).speaker_href == (
        "/actors/peskov-dmitry"
    )
    assert statement_card(item, {}).speaker_href == "/speakers/Q7747"
    assert statement_card(_item(), {}).speaker_href is None


def test_cards_labels_read_as_the_page_shows_them() -> None:
    card = statement_card(_item(), {})
    assert card.act == "does NOT intend"
    assert card.confidence_label == "doubtful"
    assert card.confidence_title == "confidence 0.46 (doubtful: under 0.5)"
    assert card.trace_href == "/trace?statement=c0d65f798591a654"


def test_cards_escape_hostile_outlets_and_ids() -> None:
    card = statement_card(_item(statement_id='x"><script>', outlet=EVIL_OUTLET), {})
    values = [card.act, card.trace_href, card.outlet_href, *card.cited_hrefs]
    assert all(isinstance(v, Markup) for v in values)
    assert card.outlet_href == "/outlets/%3Cb%3EEvil%3C%2Fb%3E%20%22Outlet%22"
    assert card.cited_hrefs == ("/outlets/RIA%20Novosti", card.outlet_href)
    assert not any(c in str(v) for v in values for c in '<>"')


def test_cards_no_outlet_and_no_citations() -> None:
    card = statement_card(_item(outlet=None, citations=None), {})
    assert card.outlet_href is None
    assert card.cited_hrefs == ()
