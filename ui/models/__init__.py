"""Qt table models and proxies: one module per model, each with column constants and roles."""
