"""Tests of the pure workflow state machines (no Qt, no I/O)."""
