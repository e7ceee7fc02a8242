from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reportedly.ingest.telegram_text import is_telegram_link, join_entities, strip_markdown


@pytest.mark.parametrize(
    ("markdown", "plain"),
    [
        ("**Мост открыт**\n\nПодробности", "Мост открыт\n\nПодробности"),
        ("__курсив__ и ~~зачёркнутое~~ слово", "курсив и зачёркнутое слово"),
        ("читайте [здесь](https://example.org/a) и всё", "читайте здесь и всё"),
        (
            "как [писал канал](https://t.me/chan/12) вчера",
            "как писал канал (https://t.me/chan/12) вчера",
        ),
        ("[__через бота__](https://t.me/somebot)", "через бота (https://t.me/somebot)"),
        ("[https://t.me/chan/3](https://t.me/chan/3)", "https://t.me/chan/3"),
        ("[](https://t.me/chan/3)", "https://t.me/chan/3"),
        ("код `x = 1` и ```python\nprint(1)```", "код x = 1 и print(1)"),
        ("||спойлер|| тут", "спойлер тут"),
        ("a [broken link](no close", "a [broken link](no close"),
        ("2 * 3 = 6", "2 * 3 = 6"),
    ],
)
def test_telegram_text_strip_markdown(markdown: str, plain: str) -> None:
    assert strip_markdown(markdown).text == plain


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://t.me/rian_ru/1", True),
        ("t.me/+AbCdEf", True),
        ("https://telegram.me/chan", True),
        ("https://example.org/t.me/x", False),
        ("https://ria.ru/", False),
    ],
)
def test_telegram_text_is_telegram_link(url: str, expected: bool) -> None:
    assert is_telegram_link(url) is expected


_PIECES = st.sampled_from(
    [
        "**",
        "__",
        "~~",
        "`",
        "```",
        "||",
        "[",
        "]",
        "(",
        ")",
        "](",
        "https://t.me/c/1",
        "https://x.org/",
        "\n",
        " ",
        "слово",
        "word",
        "t.me",
    ]
)


@given(st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=25).map("".join))
def test_telegram_text_strip_markdown_maps_every_character(markdown: str) -> None:
    plain = strip_markdown(markdown)
    assert len(plain.origins) == len(plain.text)
    assert all(0 <= o < len(markdown) for o in plain.origins)
    # a character is the one at its origin, or one of " (" and ")" around a kept address
    pairs = list(zip(plain.text, plain.origins, strict=True))
    assert all(markdown[o] == ch or ch in " ()" for ch, o in pairs)
    copied = [o for ch, o in pairs if markdown[o] == ch and ch not in " ()"]
    assert copied == sorted(copied)


@given(st.text(alphabet=st.characters(blacklist_characters="*_~`|[]()"), max_size=200))
def test_telegram_text_plain_text_is_unchanged(text: str) -> None:
    plain = strip_markdown(text)
    assert plain.text == text
    assert plain.origins == tuple(range(len(text)))


@given(
    st.lists(
        st.one_of(
            st.text(max_size=10),
            st.builds(lambda t: {"type": "bold", "text": t}, st.text(max_size=10)),
            st.builds(
                lambda t, h: {"type": "text_link", "text": t, "href": h},
                st.text(max_size=10),
                st.sampled_from(["https://t.me/c/5", "https://x.org/"]),
            ),
        ),
        max_size=8,
    )
)
def test_telegram_text_join_entities_keeps_every_text(items: list[object]) -> None:
    joined = "".join(i if isinstance(i, str) else i["text"] for i in items)  # type: ignore[index]
    plain = join_entities(items)
    assert len(plain.origins) == len(plain.text)
    assert all(0 <= o < len(joined) for o in plain.origins)
    expected = ""
    for item in items:
        if isinstance(item, str):
            expected += item
            continue
        expected += item["text"]  # type: ignore[index]
        if "t.me" in item.get("href", "") and item["text"].strip():  # type: ignore[union-attr,index]
            expected += f" ({item['href']})"  # type: ignore[index]
    assert plain.text == expected
    # without Telegram links the text is the entities' texts joined, character for character
    if not any(isinstance(i, dict) and "t.me" in i.get("href", "") for i in items):
        assert plain.text == joined
        assert plain.origins == tuple(range(len(joined)))


def test_telegram_text_join_entities_keeps_telegram_addresses() -> None:
    plain = join_entities(
        ["Об этом сообщил ", {"type": "text_link", "text": "канал", "href": "https://t.me/a/5"}]
    )
    assert plain.text == "Об этом сообщил канал (https://t.me/a/5)"


def test_telegram_text_join_entities_rejects_odd_items() -> None:
    with pytest.raises(ValueError, match="item 1"):
        join_entities(["ok", {"type": "bold"}])
