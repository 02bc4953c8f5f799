"""XStak token endpoint: ``POST /xstak-auth/v1/admin/service-account/token``.

Body (JSON): clientId, clientSecret, companyCode and the grant type, which the sales-API seed
spells ``"grant type"`` and the aggregator seed ``grantType`` — both are accepted, and it must be
``client_credentials``. Missing fields or another grant type → 400; wrong credentials → 401, both
in XStak's error shape. Success follows the sales-API seed's response fields: a JWT-shaped
``access_token`` (Keycloak-like, its ``exp − iat`` = the sandbox's token TTL), ``expires_in``
(always 3600, as the seed's example says, even when the TTL is shorter: the seed's own JWT lives
300 s next to ``expires_in: 3600``, so a client must refresh by the earlier of the two),
``refresh_expires_in``, ``token_type: "Bearer"``, ``not-before-policy``, ``scope``, ``userName``
and ``email``.
"""

from __future__ import annotations

import hmac

from aiohttp import web

from app.sandbox.context import SandboxContext
from app.sandbox.xstak_common import TOKEN_API, read_json_object, xstak_error

TOKEN_PATH = "/xstak-auth/v1/admin/service-account/token"
SEED_EXPIRES_IN = 3600


def add_routes(app: web.Application, ctx: SandboxContext) -> None:
    async def token(request: web.Request) -> web.Response:
        body = await read_json_object(request)
        if isinstance(body, web.Response):
            return body
        grant = body.get("grantType", body.get("grant type"))
        fields = {
            "clientId": body.get("clientId"),
            "clientSecret": body.get("clientSecret"),
            "grantType": grant,
            "companyCode": body.get("companyCode"),
        }
        for name, value in fields.items():
            if not isinstance(value, str) or not value:
                return xstak_error(400, f"Validation failed: {name} is required")
        if grant != "client_credentials":
            return xstak_error(400, "Validation failed: grantType must be client_credentials")
        creds = ctx.credentials
        good = (
            hmac.compare_digest(str(fields["clientId"]), creds.xstak_client_id)
            and hmac.compare_digest(str(fields["clientSecret"]), creds.xstak_client_secret)
            and hmac.compare_digest(str(fields["companyCode"]), creds.xstak_company_code)
        )
        if not good:
            return xstak_error(
                401, "Invalid client credentials", "The client id, secret or company is wrong."
            )
        access_token, _ttl = ctx.issue_token(TOKEN_API, jwt=True)
        return web.json_response(
            {
                "userName": f"service-account-{creds.xstak_client_id}",
                "email": "",
                "access_token": access_token,
                "expires_in": SEED_EXPIRES_IN,
                "refresh_expires_in": 0,
                "token_type": "Bearer",
                "not-before-policy": 0,
                "scope": "profile email shipments:write shipments:read orders:read",
            }
        )

    app.router.add_post(TOKEN_PATH, token)
