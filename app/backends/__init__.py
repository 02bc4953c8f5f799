"""One package per remote API: wire.py mirrors its JSON, client.py returns domain models."""
