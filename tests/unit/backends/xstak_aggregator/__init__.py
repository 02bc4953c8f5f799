"""Unit tests of the xstak_aggregator backend."""
