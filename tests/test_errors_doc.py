"""Every error code used in the source is documented in docs/errors.md."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CODE = re.compile(r"""(?:code=|[A-Z_]+ = )["']([EW]\d{3})["']""")


def test_errors_doc_lists_every_code() -> None:
    used = {
        code
        for path in (ROOT / "src" / "reportedly").rglob("*.py")
        for code in CODE.findall(path.read_text(encoding="utf-8"))
    }
    documented = set(
        re.findall(
            r"^\| ([EW]\d{3}) \|",
            (ROOT / "docs" / "errors.md").read_text(encoding="utf-8"),
            flags=re.M,
        )
    )
    assert used, "no codes found: the pattern is stale"
    assert sorted(used - documented) == []
