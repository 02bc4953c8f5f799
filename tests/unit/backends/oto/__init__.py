"""Tests of the OTO adapter (wire models, error mapping, client against the loopback emulator)."""
