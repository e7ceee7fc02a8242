"""What a store holds, for comparing two runs' stores: the check bench/bench_engines.py makes,
loaded from the script so the tests and the bench compare stores the same way."""

from __future__ import annotations

from script_modules import load_script

stored = load_script("bench/bench_engines.py").stored
