"""One key for the spellings of a name across alphabets and transliterations.

"Sergei Riabkow" (Polish), "Sergey Ryabkov" (English) and "Сергей Рябков" (Russian) all key
to "sergei riabkov". The tables are data (``data/spellings.yaml``); the key is only a fallback
for a name whose written form the registry lacks.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources

from reportedly._registry import read_yaml
from reportedly.errors import ConfigError

CODE_SPELLINGS = "E510"  # shares the registry's "unreadable data file" code


@cache
def _tables() -> tuple[dict[str, str], list[tuple[str, str]]]:
    path = resources.files("reportedly.actors") / "data" / "spellings.yaml"
    data = read_yaml(path.read_text(encoding="utf-8"), path, code=CODE_SPELLINGS)
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping", code=CODE_SPELLINGS)
    letters = {**data["letters"], **data["cyrillic"]}
    return letters, [(a, b) for a, b in data["rewrites"]]


def spelling_key(folded: str) -> str:
    """The spelling key of a folded name (see :func:`reportedly.actors.folding.fold`)."""
    letters, rewrites = _tables()
    text = unicodedata.normalize("NFKD", folded.casefold())
    text = "".join(letters.get(c, c) for c in text if not unicodedata.combining(c))
    for old, new in rewrites:
        text = text.replace(old, new)
    return re.sub(r"(\w)\1+", r"\1", text)  # "Blinkken", "Zelenskyy"
