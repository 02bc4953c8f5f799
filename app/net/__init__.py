"""HTTP layer: one client factory, token providers, retry policy, error mapping, redaction."""
