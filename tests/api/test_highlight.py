"""Highlighting offsets into untrusted text: escaped, well formed, text preserved."""

from __future__ import annotations

import html
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reportedly.api.highlight import Mark, palette_index, render


def _strip(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def _balanced(markup: str) -> bool:
    stack: list[str] = []
    for closing, tag in re.findall(r"<(/?)(mark|span)\b", markup):
        if closing:
            if not stack or stack.pop() != tag:
                return False
        else:
            stack.append(tag)
    return not stack


def test_highlight_escapes_text_and_attributes() -> None:
    text = '<script>alert(1)</script> "><img src=x>'
    out = render(text, [Mark(start=0, end=8, tag="mark", classes="st", attrs=(("title", '"><x'),))])
    assert "<script>" not in out
    assert "<img" not in out
    assert 'title="&#34;&gt;&lt;x"' in out
    assert _strip(out) == text


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ([(0, 10), (2, 5)], '<mark class="a">ab<mark class="b">cde</mark>fghij</mark>'),
        (
            [(0, 5), (3, 8)],
            '<mark class="a">abc<mark class="b">de</mark></mark><mark class="b">fgh</mark>ij',
        ),
        ([(2, 4)], 'ab<mark class="a">cd</mark>efghij'),
        ([(3, 3)], "abcdefghij"),
        ([(8, 50)], 'abcdefgh<mark class="a">ij</mark>'),
    ],
)
def test_highlight_nests_and_splits(spans: list[tuple[int, int]], expected: str) -> None:
    marks = [Mark(start=s, end=e, tag="mark", classes="ab"[i]) for i, (s, e) in enumerate(spans)]
    assert render("abcdefghij", marks) == expected


def test_highlight_anchor_only_on_first_piece() -> None:
    marks = [
        Mark(start=0, end=6, tag="mark", classes="a", anchor="st-1"),
        Mark(start=3, end=9, tag="span", classes="b", rank=1),
    ]
    out = render("abcdefghij", marks)
    assert out.count('id="st-1"') == 1
    assert _balanced(out)


@pytest.mark.parametrize(
    "mark",
    [
        Mark(start=0, end=1, tag="script", classes="x"),
        Mark(start=0, end=1, tag="span", classes="x", attrs=(("onclick x", "1"),)),
    ],
)
def test_highlight_rejects_unsafe_marks(mark: Mark) -> None:
    with pytest.raises(ValueError, match=r"not allowed|unsafe"):
        render("abc", [mark])


@given(
    text=st.text(alphabet=st.sampled_from("ab<>&\"' \n"), max_size=40),
    spans=st.lists(st.tuples(st.integers(0, 45), st.integers(0, 45)), max_size=8),
)
def test_highlight_any_marks_keep_text_and_balance(text: str, spans: list[tuple[int, int]]) -> None:
    marks = [
        Mark(
            start=min(a, b), end=max(a, b), tag=("mark", "span")[i % 2], classes=f"m{i}", rank=i % 3
        )
        for i, (a, b) in enumerate(spans)
    ]
    out = render(text, marks)
    assert _strip(out) == text
    assert _balanced(out)
    assert "<" not in re.sub(r"</?(mark|span)\b[^>]*>", "", out)


def test_highlight_palette_cycles_in_first_seen_order() -> None:
    assert palette_index(["b", "a", None, "b", "c"], 2) == {"b": 0, "a": 1, "c": 0}
