"""Pure state machines: scan verification, pack session, carrier choice, ship flow, returns."""
