"""Benchmarks: print figures, never assert on timing. Run with `make bench`."""
