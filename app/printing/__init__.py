"""Printers without Qt: folder, raw TCP 9100, CUPS lp."""
