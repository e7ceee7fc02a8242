"""Substring filters match what they are given literally: SQL wildcards are plain text."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportedly.store import Store

from .builders import make_analysis

TEXT = "Anna Lee said the 100% rise was real. Bo_Ko said it was not, Daily Post reported."


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store.open(tmp_path / "w.db") as s:
        s.save(
            make_analysis(
                TEXT,
                said=(
                    ("Anna Lee", "the 100% rise was real", "indirect"),
                    ("Bo_Ko", "it was not", "indirect"),
                ),
                cited=(("Daily Post", (0, 1)),),
            )
        )
        yield s


# each would match "Anna Lee" or "Daily Post" as a LIKE or GLOB pattern
@pytest.mark.parametrize("needle", ["%", "%%", "\\", "a%e", "ann_", "[a]*", "*", "?"])
def test_wildcards_are_literal_in_speaker_outlet_and_actor_filters(
    store: Store, needle: str
) -> None:
    assert store.statements(speaker=needle).items == ()
    assert store.statements(outlet=needle).items == ()
    assert store.actors(search=needle) == []


def test_wildcards_match_where_they_occur(store: Store) -> None:
    [item] = store.statements(speaker="o_k").items
    assert store.statements(speaker="_").items == (item,)
    assert item["content"] == "it was not"
    assert [i["content"] for i in store.statements(search="100%").items] == [
        "the 100% rise was real"
    ]
    assert len(store.statements(outlet="daily post").items) == 2
