"""XStak OMS sales orders: the order source (see client.py; wire.py holds the JSON field names)."""
