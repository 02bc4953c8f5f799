"""Counter returns UI pieces: the table of what was shipped and what comes back."""
