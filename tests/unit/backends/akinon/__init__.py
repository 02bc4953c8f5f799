"""Unit tests of the akinon backend."""
