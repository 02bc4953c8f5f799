"""HTTP layer: one client factory, token providers, retry policy, error mapping, redaction.

Adapters build one :class:`ApiSession` per backend and call ``request``/``request_json``/
``stream_bytes``; every failure arrives as :class:`app.domain.errors.BackendError`.

Example (an XStak adapter; the composition root owns the pool and closes it at exit)::

    from app.net import ApiSession, ClientPool, RetryPolicy, XStakServiceAccount, install_redaction

    install_redaction()                                   # once, at start-up
    pool = ClientPool()                                   # shared by all backends
    client = pool.client("xstak-oms", "https://oe-unc-stage-local.xstak.com")
    auth = XStakServiceAccount(
        client,
        auth_base="https://api-copilot-stage-local.xstak.com",
        client_id=cid, client_secret=secret, company_code="ACME",
    )
    session = ApiSession("XStak", client, auth=auth, error_mapper=None, retry=RetryPolicy())

    page = await session.request_json(
        "list orders", "GET", "/oe/v2/orders/sales_orders", OrdersPage,   # a pydantic model
        params={"order_status": "pending", "locationId": "12"}, idempotent=True,
    )
    reply = await session.request(
        "create shipment", "POST", "/oe/aggtr/api/v1/shipments", json=body,
        idempotent=False, expected=(200, 201),
    )   # a lost reply raises BackendError(outcome_unknown=True): ask before re-sending
    pdf = await session.stream_bytes("download label", awb_url, max_bytes=10_000_000)
    ...
    await pool.aclose()
"""

from app.net.auth import (
    CredentialsRefusedError,
    OtoRefreshToken,
    StaticHeaders,
    TokenProvider,
    XStakServiceAccount,
    akinon_auth,
    delivery_solutions_auth,
)
from app.net.classify import ErrorMapper, default_error_mapper
from app.net.clients import ClientPool, ClientSettings, check_url
from app.net.http import ApiSession
from app.net.parse import parse_json
from app.net.redact import install_redaction, redact, register_secret
from app.net.retry import RetryHook, RetryNotice, RetryPolicy

__all__ = [
    "ApiSession",
    "ClientPool",
    "ClientSettings",
    "CredentialsRefusedError",
    "ErrorMapper",
    "OtoRefreshToken",
    "RetryHook",
    "RetryNotice",
    "RetryPolicy",
    "StaticHeaders",
    "TokenProvider",
    "XStakServiceAccount",
    "akinon_auth",
    "check_url",
    "default_error_mapper",
    "delivery_solutions_auth",
    "install_redaction",
    "parse_json",
    "redact",
    "register_secret",
]
