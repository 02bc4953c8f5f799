"""The XStak service account both XStak APIs (sales orders, shipping aggregator) sign in with.

The two seeds spell the token request differently ("grant type" vs "grantType") and name the
header differently ("token" vs "Token"), so each API passes its own spelling.
"""

from __future__ import annotations

from app.config import Settings
from app.net.auth import XStakServiceAccount
from app.net.clients import ClientPool
from app.secrets import SecretKey, Secrets, require


def service_account(
    settings: Settings,
    secrets: Secrets,
    pool: ClientPool,
    *,
    grant_type_key: str,
    header_name: str,
) -> XStakServiceAccount:
    """A token provider for the XStak account in the keyring, on the shared auth client."""
    return XStakServiceAccount(
        pool.client("xstak-auth", settings.urls.xstak_auth),
        auth_base=settings.urls.xstak_auth,
        client_id=require(secrets, SecretKey.XSTAK_CLIENT_ID),
        client_secret=require(secrets, SecretKey.XSTAK_CLIENT_SECRET),
        company_code=require(secrets, SecretKey.XSTAK_COMPANY_CODE),
        grant_type_key=grant_type_key,
        header_name=header_name,
    )
