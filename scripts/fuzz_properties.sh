#!/usr/bin/env bash
# The random search behind the property tests. CI replays fixed cases (the "ci" Hypothesis
# profile, see tests/conftest.py); this draws new ones: ROUNDS runs of every @given test under
# the "fuzz" profile, each from a fresh seed, printed so that a failure can be replayed with
#   .venv/bin/python -m pytest -m hypothesis --hypothesis-seed=SEED <test>
# Usage: scripts/fuzz_properties.sh [pytest args…]   (ROUNDS=3 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-3}
status=0
for round in $(seq 1 "$ROUNDS"); do
    seed=$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')
    echo "fuzz round $round/$ROUNDS: --hypothesis-seed=$seed" >&2
    HYPOTHESIS_PROFILE=fuzz .venv/bin/python -m pytest -q -p no:cacheprovider -m hypothesis \
        --hypothesis-seed="$seed" "$@" || status=1
done
exit "$status"
