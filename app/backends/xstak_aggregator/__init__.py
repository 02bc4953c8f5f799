"""XStak shipping aggregator: the shipping provider (see client.py; wire.py holds the JSON)."""
