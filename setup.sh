#!/usr/bin/env bash
# Create .venv and install reportedly with its test tools, at the versions pinned in
# constraints.txt (pyproject.toml declares only compatible ranges).
# Needs only Python >= 3.11 and access to PyPI. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")"
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade "pip>=24"
.venv/bin/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[dev]"
# Placeholder packages at 999.x squat on spaCy model names: refuse any such version.
.venv/bin/python - <<'PY'
import importlib.metadata as md, sys
bad = [f"{d.metadata['Name']}=={d.version}" for d in md.distributions() if d.version.startswith("999.")]
if bad:
    sys.exit(f"setup.sh: refusing placeholder packages: {', '.join(bad)}")
PY
echo "reportedly installed in .venv — try: .venv/bin/reportedly demo" >&2
