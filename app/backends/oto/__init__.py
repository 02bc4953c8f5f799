"""OTO API v2: order source, shipping provider and fulfilment sink (see client.py)."""
