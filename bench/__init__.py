"""Benchmarks: build, load and query speed, side by side with peers (run: python -m bench)."""
