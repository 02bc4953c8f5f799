"""Delivery Solutions shipping-order API: wire mirror, error severities, mapping, provider."""

from app.backends.delivery_solutions.client import DeliverySolutions, build
from app.backends.delivery_solutions.wire import DsEdit

__all__ = ["DeliverySolutions", "DsEdit", "build"]
