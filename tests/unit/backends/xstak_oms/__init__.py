"""Unit tests of the xstak_oms backend."""
