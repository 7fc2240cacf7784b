"""Benchmarks: the targets of DESIGN.md, each measured beside its physical floor.

Run them all with `uv run python -m tests.benchmarks` (add `--quick` for a smoke run).
They are not tests: nothing here asserts a threshold; the figures are for reading.
"""
