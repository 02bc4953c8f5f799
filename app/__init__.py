"""The packing station's core: domain, ports, backends, workflow, journal. Never imports PySide6."""
