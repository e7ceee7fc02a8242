"""Tests for reportedly.ingest.tails: dropping boilerplate at the end, and only there."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportedly.errors import ConfigError
from reportedly.ingest.tails import MAX_TAIL_CHARS, find_tail, is_tail, load_tail_patterns

DONATION = (
    "Journalists fight on their own frontline. Support Ukrainska Pravda or become our patron!"
)
NEWS = "Peskov said Russia would not withdraw its troops from the territory of Ukraine."


@pytest.mark.parametrize(
    "paragraph",
    [
        DONATION,
        "Support us on Patreon",
        "Please consider making a donation today.",
        "Subscribe to our newsletter",
        "Sign up for our daily briefing",
        "Follow us on Telegram",
        "Follow Ukrainska Pravda on Twitter",
        "Read also: Zelensky meets Biden in Washington",
        "READ MORE: The war in maps",
        "If you notice an error, select the required text and press Ctrl+Enter",
        "© 2022 Ukrainska Pravda",
        "Подписывайтесь на наш канал в Telegram",
        "Читайте также: Песков ответил Байдену",
        "Поддержите нашу редакцию",
        "Если вы заметили ошибку, выделите текст и нажмите Ctrl+Enter",
        "Підтримайте Українську правду",
        "Підписуйтесь на наш Telegram-канал",
        "Читайте також: Зеленський зустрівся з Байденом",
        "Журналісти борються на своєму фронті. Підтримайте Українську правду або станьте нашим "
        "патроном!",
    ],
)
def test_tails_is_tail_recognises_boilerplate(paragraph: str) -> None:
    assert is_tail(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        NEWS,
        "Support for the ceasefire is growing among EU members, diplomats said.",
        "The US will support Ukraine for as long as it takes, Biden said.",
        "Finland will become a member of NATO next year.",
        "Subscribers to the Telegram channel Vy slushali mayak saw the comment first.",
        "Peskov told reporters to follow the news on Telegram for updates on the talks.",
        "Copyright law was not discussed at the meeting.",
        "Ukrainians were urged to donate blood in Kyiv hospitals after the strike.",
        "Поддержка Украины со стороны Запада остается сильной, заявил Песков.",
        "Підтримка України з боку ЄС зростає, кажуть дипломати.",
        "Read the full statement below.",
        "Subscribe to our newsletter " + "x" * MAX_TAIL_CHARS,
        "",
    ],
)
def test_tails_is_tail_keeps_news(paragraph: str) -> None:
    assert not is_tail(paragraph)


def test_tails_find_tail_drops_sample_donation_only(sample_text: str) -> None:
    text = sample_text.strip()
    end, dropped = find_tail(text)
    assert dropped == (DONATION,)
    assert text[:end].endswith("if he withdraws his troops from Ukraine.")
    assert end == text.index(DONATION) - 2


def test_tails_find_tail_stops_at_first_news_paragraph() -> None:
    text = f"{NEWS}\n\nFollow us on Telegram\n\n{NEWS}\n\nSubscribe to our newsletter\n\n{DONATION}"
    end, dropped = find_tail(text)
    assert dropped == ("Subscribe to our newsletter", DONATION)
    assert text[:end].endswith(f"Telegram\n\n{NEWS}")


def test_tails_find_tail_drops_trailing_lines_of_last_paragraph() -> None:
    text = f"Title\n\n{NEWS}\nRead also: Another story\nFollow us on Telegram"
    end, dropped = find_tail(text, start=5)
    assert text[:end] == f"Title\n\n{NEWS}"
    assert dropped == ("Read also: Another story", "Follow us on Telegram")


def test_tails_find_tail_single_line_layout() -> None:
    text = f"{NEWS}\n{NEWS}\nSubscribe to our newsletter"
    end, dropped = find_tail(text)
    assert text[:end] == f"{NEWS}\n{NEWS}"
    assert dropped == ("Subscribe to our newsletter",)


def test_tails_find_tail_everything_boilerplate_ends_at_start() -> None:
    text = "Headline\n\nSubscribe to our newsletter"
    assert find_tail(text, start=8) == (8, ("Subscribe to our newsletter",))


def test_tails_find_tail_nothing_to_drop() -> None:
    text = f"{NEWS}\n\n{NEWS}"
    assert find_tail(text) == (len(text), ())


def test_tails_custom_patterns_file(tmp_path: Path) -> None:
    patterns_file = tmp_path / "tails.txt"
    patterns_file.write_text("# comment\n\n^the end$\n", encoding="utf-8")
    patterns = load_tail_patterns(patterns_file)
    assert is_tail("THE END", patterns)
    assert not is_tail("Subscribe to our newsletter", patterns)


def test_tails_invalid_pattern_names_file_and_line(tmp_path: Path) -> None:
    patterns_file = tmp_path / "tails.txt"
    patterns_file.write_text("^ok$\n(unclosed\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"tails\.txt:2"):
        load_tail_patterns(patterns_file)


def test_tails_missing_patterns_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_tail_patterns(tmp_path / "absent.txt")


def test_tails_bundled_patterns_all_compile() -> None:
    assert len(load_tail_patterns()) >= 20
