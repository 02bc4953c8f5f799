"""PySide6 front end: windows, table models, scan input, Qt printing. Only here may Qt appear."""
