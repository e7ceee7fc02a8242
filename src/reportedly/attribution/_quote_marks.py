"""Find quoted passages in text, in any common quote style, across sentences and paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportedly.model import Span

# opening mark -> closing marks that may end it
PAIRS: dict[str, str] = {
    "“": '”"',
    "«": "»",
    "„": '“”"',
    "‘": "’'",
    "‹": "›",
    '"': '"”',
    "'": "'’",
    "”": '”"',  # some texts open with a closing mark
}
CLOSERS = {c for closers in PAIRS.values() for c in closers}
# marks that are both opening and closing; their role is read from the neighbouring characters
AMBIGUOUS = {'"', "'", "“", "’"}
SINGLE = {"‘", "’", "'"}
_OPEN_BEFORE = set(" \t\n([{—–-/:;\x00") | {""}
_CLOSE_AFTER = set(" \t\n)]}.,;:!?—–-/…\x00") | {""}
# two apostrophes as a double quote (''like this'', common in some wire and newspaper texts),
# and two curly single marks as a curly double one (‘‘like this’’, “or this’’)
_TWO_APOSTROPHES_OPEN = re.compile(r"(?:(?<=[\s(\[])|^)''(?=\S)")
_TWO_APOSTROPHES = re.compile(r"''")
_TWO_MARKS = ("''", "‘‘", "’’")


def _fold_two_apostrophes(text: str) -> str:
    """Rewrite each ``''`` as one ``"`` plus a filler, each ``‘‘`` / ``’’`` as one ``“`` /
    ``”`` plus a filler, keeping every offset in place."""
    if "‘‘" in text or "’’" in text:
        text = text.replace("‘‘", "\x00“").replace("’’", "”\x00")
    if "''" not in text:
        return text
    text = _TWO_APOSTROPHES_OPEN.sub('\x00"', text)
    return _TWO_APOSTROPHES.sub('"\x00', text)


@dataclass(frozen=True, slots=True, kw_only=True)
class Quote:
    """A quoted passage: ``inner`` is the text between the marks, ``outer`` includes them."""

    outer: Span
    inner: Span
    open_mark: str
    close_mark: str
    closed: bool = True  # False when the passage ran to a paragraph end without a closing mark


def _role(text: str, i: int) -> str | None:
    """Whether the quote mark at ``i`` opens or closes a quotation, or is neither."""
    ch = text[i]
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if ch in SINGLE and before.isalnum() and after.isalnum():
        return None  # an apostrophe: Biden’s, don't
    # a possessive apostrophe: the Presidents' meeting
    if ch in "’'" and before in "sS" and after in _CLOSE_AFTER and after not in ".,;:!?":
        return None
    if ch in "«‹„" or ch == "‘":
        return "open" if not (before.isalnum() and after.isalnum()) else None
    if ch == "”" and before in {"", "\n"} and after.isalnum():
        return "open"
    if ch in "»›" or ch == "”":
        return "close"
    opens = before in _OPEN_BEFORE or before in PAIRS or before in "«„"
    closes = after in _CLOSE_AFTER or after in CLOSERS
    if before in CLOSERS and before not in "«„" and (after.isspace() or after == ""):
        opens = False  # '…'" : the outer quote closes right after an inner one
    if ch == "’":
        return "close" if not before.isspace() else None
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    if opens and closes:
        # a mark standing alone at a paragraph's end ('the world. "' + newline) has nothing
        # after it to open: it closes; elsewhere one alone between spaces is neither
        return "close" if after in {"\n", ""} and before.isspace() else None
    # glued on both sides ("word"word): decide by what is on the left
    return "close" if before.isalnum() or before in ".,!?" else "open"


def _opens_glued_sentence(text: str, i: int, stack: list[tuple[int, str]]) -> bool:
    """Whether a straight or curly double mark glued between a sentence's end and a capital
    ('losses."The Russians …') opens a quote: it would close one, but none is open that it
    can close, so it starts the quote glued to the writer's sentence."""
    ch = text[i]
    if ch not in AMBIGUOUS or ch in SINGLE or ch not in PAIRS:
        return False
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if before not in ".!?" or not after.isupper():
        return False
    return not any(ch in PAIRS[mark] for _, mark in stack)


def _lone_close(text: str, i: int) -> bool:
    """Whether a double mark standing alone between spaces closes the quote open before it:
    it follows, past the space, a closing mark or a sentence's stop ('has an "asymmetrical
    advantage" " - wrote …', 'the world. " she said')."""
    if text[i] not in '"”':
        return False
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if not before.isspace() or not (after.isspace() or after == ""):
        return False
    last = text[:i].rstrip()[-1:]
    return last in CLOSERS or last in ".,!?…"


def _unclosed_after(text: str, i: int) -> int:
    """How many more closing than opening marks of the double mark at ``i``'s kind the rest
    of its paragraph holds: curly marks by their shape, straight ones by their sides."""
    end = text.find("\n", i)
    end = len(text) if end < 0 else end
    if text[i] == "“":
        rest = text[i + 1 : end]
        return rest.count("”") - rest.count("“")
    balance = 0
    for j in range(i + 1, end):
        if text[j] != '"':
            continue
        role = _role(text, j)
        if role == "close" or (role is None and _lone_close(text, j)):
            balance += 1
        elif role == "open":
            balance -= 1
    return balance


def _inner_quote(text: str, i: int) -> str | None:
    """How a double mark that opens (by its sides) while a quote of its kind is open reads:
    ``"nested"`` when the rest of its paragraph closes both with a mark each ('“… the notion
    that “might makes right”. Being …,” Borrell wrote.', '"… has an "asymmetrical advantage"
    " - wrote …'); ``"shared"`` when one closing mark is left for both and the inner quote
    is introduced by a colon, as the words someone was told ('“… asking him: “Volodya, sit
    down … war,” the head of state said'); None when it closes the open quote instead (a
    writer's stray second opening mark)."""
    if text[i] not in '"“':
        return None
    unclosed = _unclosed_after(text, i)
    if unclosed >= 2:
        return "nested"
    if unclosed == 1 and text[:i].rstrip().endswith(":"):
        return "shared"
    return None


def _closed(text: str, start: int, open_mark: str, end: int, close_mark: str) -> Quote:
    """The quote opened by ``open_mark`` at ``start`` and closed by ``close_mark`` at ``end``;
    its words end before any space left ahead of the closing mark ('… the world. "')."""
    inner_end = end
    while inner_end > start + 1 and text[inner_end - 1].isspace():
        inner_end -= 1
    return Quote(
        outer=Span(start, end + 1),
        inner=Span(start + 1, inner_end),
        open_mark=open_mark,
        close_mark=close_mark,
    )


def _widen(quote: Quote, text: str) -> Quote:
    """Make ``outer`` cover both characters of a ``''`` (``‘‘``, ``’’``) mark."""
    start, end = quote.outer.start, quote.outer.end
    if start > 0 and text[start - 1 : start + 1] in _TWO_MARKS:
        start -= 1
    if quote.closed and end < len(text) and text[end - 1 : end + 1] in _TWO_MARKS:
        end += 1
    if (start, end) == (quote.outer.start, quote.outer.end):
        return quote
    return Quote(
        outer=Span(start, end),
        inner=quote.inner,
        open_mark=quote.open_mark,
        close_mark=quote.close_mark,
        closed=quote.closed,
    )


# a line of page furniture between two paragraphs of one quote ("Advertisement", "Read
# more"): a few words with no sentence mark and no quote mark
_FURNITURE = re.compile(r"\n[ \t]*[^\W\d][^\n.!?,;:\"“”«»„]{0,30}[ \t]*\n")
_FURNITURE_WORDS = 3  # at most


def _is_furniture(line: re.Match[str]) -> bool:
    """Whether a match of :data:`_FURNITURE` is short enough to be page furniture."""
    return len(line.group().split()) <= _FURNITURE_WORDS


def without_furniture(between: str) -> str:
    """``between`` (the text between two quote paragraphs) without its lines of page
    furniture ("…\n\nAdvertisement\n\n" → "…\n\n")."""
    return _FURNITURE.sub(lambda m: "\n" if _is_furniture(m) else m.group(), between)


def _past_furniture(text: str, i: int) -> int:
    """The offset of the next paragraph's first character after the line break at ``i``,
    past one line of page furniture where a paragraph follows it."""
    j = i
    while j < len(text) and text[j].isspace():
        j += 1
    furniture = _FURNITURE.match(text, j - 1) if j > i and text[j - 1] == "\n" else None
    if furniture is not None and _is_furniture(furniture):
        k = furniture.end()
        while k < len(text) and text[k].isspace():
            k += 1
        if "\n" in text[furniture.end() - 1 : k]:
            return k
    return j


def find_quotes(text: str) -> tuple[Quote, ...]:
    """Find the quoted passages of ``text``.

    Double and guillemet quotes may span sentences and paragraphs. A quote left open at a
    paragraph end that is followed by a paragraph opening a new quote is closed there (the
    news convention for multi-paragraph quotes). Quotes nested inside other quotes (‘…’
    inside “…”) are returned as well. Unmatched marks are ignored rather than failing the
    whole text.
    """
    original = text
    text = _fold_two_apostrophes(text)
    quotes: list[Quote] = []
    stack: list[tuple[int, str]] = []  # (offset of opening mark, mark)
    shared: set[int] = set()  # inner quotes whose closing mark closes the outer one too
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\n" and stack:
            # at a paragraph end, a double quote that is re-opened in the next paragraph is
            # the multi-paragraph convention: close it here
            j = _past_furniture(text, i)
            if j < n and "\n" in text[i:j] and j - i >= 1 and text[j] in '"“«„':
                start, mark = stack[-1]
                if mark not in SINGLE:
                    stack.pop()
                    end = i
                    while end > start + 1 and text[end - 1].isspace():
                        end -= 1
                    quotes.append(
                        Quote(
                            outer=Span(start, end),
                            inner=Span(start + 1, end),
                            open_mark=mark,
                            close_mark="",
                            closed=False,
                        )
                    )
            i += 1
            continue
        if ch not in PAIRS and ch not in CLOSERS:
            i += 1
            continue
        role = _role(text, i)
        if role == "close" and _opens_glued_sentence(text, i, stack):
            role = "open"
        if role is None and stack and _lone_close(text, i):
            role = "close"
        if role == "close":
            for depth in range(len(stack) - 1, -1, -1):
                start, mark = stack[depth]
                if ch in PAIRS[mark]:
                    del stack[depth:]
                    quotes.append(_closed(text, start, mark, i, ch))
                    if start in shared and stack and ch in PAIRS[stack[-1][1]]:
                        outer, outer_mark = stack.pop()
                        quotes.append(_closed(text, outer, outer_mark, i, ch))
                    break
        elif role == "open" and ch in PAIRS:
            # a straight double mark while one is open closes it unless context says open
            inner = None
            if stack and stack[-1][1] == ch and ch in AMBIGUOUS and ch not in SINGLE:
                inner = _inner_quote(text, i)
                if inner is None:
                    start, mark = stack.pop()
                    quotes.append(_closed(text, start, mark, i, ch))
                    i += 1
                    continue
            if inner == "shared":
                shared.add(i)
            stack.append((i, ch))
        i += 1
    quotes = [_widen(q, original) for q in quotes]
    quotes = [q for q in quotes if len(q.inner) > 0 and q.inner.text(original).strip()]
    quotes.sort(key=lambda q: (q.outer.start, -q.outer.end))
    return tuple(quotes)
