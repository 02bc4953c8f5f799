"""Akinon OMS: the fulfilment sink for package commands (see client.py; wire.py holds the JSON)."""
