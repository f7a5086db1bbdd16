"""Benchmarks run apart from the suite: `pytest tests/benchmarks --benchmark-only`."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
