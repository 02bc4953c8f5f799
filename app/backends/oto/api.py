"""OTO API v2 endpoints as typed async calls over app.net's ApiSession (one per backend).

Each call names its operation in words, says whether re-sending is harmless (``idempotent``),
parses the reply with the tolerant wire models and turns ``success: false`` into BackendError.
Lookups, status changes to a fixed value (updatePackingStatus) and price checks are idempotent;
createOrder, createShipment, createReturnShipment and cancelShipment are not.

The access token lives by the earlier of ``expires_in`` ("3600": the seed's one hour; OTO's help
centre also speaks of 30 minutes) and the JWT's own ``exp`` (app.net.jwt), and is renewed before
either runs out. A 401 (OTO's gateway answers ``{"message":"Jwt is expired","code":401}``) renews
it once in app.net; OTO's own auth refusals in its error codes (reference data group ``auth``,
e.g. OTO1084 "Login is required") renew it once here and ask once more. Path parameters
(``print/{orderId}``) are URL-encoded: order ids may hold ``/``, ``#``, ``?`` or spaces.
"""

from __future__ import annotations

from typing import Any, TypeVar
from urllib.parse import quote

import httpx

from app.backends.oto import errors, wire
from app.domain.errors import BackendError
from app.net import ApiSession, ClientPool, OtoRefreshToken, RetryPolicy

M = TypeVar("M", bound=wire.Reply)


def api_base(base_url: str) -> str:
    """OTO's API root for a configured base URL (``https://api.tryoto.com`` → ``…/rest/v2``)."""
    base = base_url.rstrip("/")
    return base if base.endswith("/rest/v2") else f"{base}/rest/v2"


def oto_session(
    pool: ClientPool,
    base_url: str,
    refresh_token: str,
    *,
    retry: RetryPolicy | None = None,
) -> ApiSession:
    """The OTO ApiSession: refresh-token auth, OTO error mapping, the given retry policy."""
    root = api_base(base_url)
    client = pool.client("oto", root)
    auth = OtoRefreshToken(client, oto_base=root, refresh_token=refresh_token)
    return ApiSession("OTO", client, auth=auth, error_mapper=errors.error_mapper, retry=retry)


class OtoApi:
    def __init__(self, session: ApiSession) -> None:
        self.session = session

    async def call(
        self,
        model: type[M],
        operation: str,
        method: str,
        path: str,
        *,
        body: dict[str, Any] | None = None,
        params: dict[str, Any] | None = None,
        idempotent: bool,
    ) -> M:
        for attempt in (1, 2):
            try:
                return await self._call_once(
                    model, operation, method, path, body, params, idempotent
                )
            except BackendError as exc:
                if attempt == 2 or exc.code not in errors.AUTH_CODES or self.session.auth is None:
                    raise
                self.session.auth.invalidate()  # OTO refused the token in its own words
        raise AssertionError("unreachable")

    async def _call_once(
        self,
        model: type[M],
        operation: str,
        method: str,
        path: str,
        body: dict[str, Any] | None,
        params: dict[str, Any] | None,
        idempotent: bool,
    ) -> M:
        response = await self.session.request(
            operation,
            method,
            path.lstrip("/"),
            json=body,
            params=params,
            idempotent=idempotent,
        )
        reply = self._read(model, response, operation, idempotent)
        if reply.success is False:
            raise errors.from_reply(reply, operation, response.status_code)
        return reply

    @staticmethod
    def _read(model: type[M], response: httpx.Response, operation: str, idempotent: bool) -> M:
        try:
            return wire.parse(model, response.content, operation, status=response.status_code)
        except BackendError as exc:
            if idempotent:
                raise
            raise BackendError(
                exc.backend,
                operation,
                exc.message,
                status=exc.status,
                user_message=f"{exc.user_message} It is not known whether OTO did it.",
                outcome_unknown=True,
            ) from None

    # --- orders -----------------------------------------------------------------------------
    async def packing_orders(self, warehouse_code: str) -> wire.PackingOrdersReply:
        return await self.call(
            wire.PackingOrdersReply,
            "list orders ready for packing",
            "POST",
            "getPackingOrders",
            body={"warehouseCode": warehouse_code},
            idempotent=True,
        )

    async def product_page(self, page: int, size: int = 100) -> wire.ProductListReply:
        return await self.call(
            wire.ProductListReply,
            "list products",
            "POST",
            "productList",
            body={"pageSize": size, "currentPage": page},
            idempotent=True,
        )

    async def order_details(self, order_id: str) -> wire.OrderDetailsReply:
        return await self.call(
            wire.OrderDetailsReply,
            "get order",
            "GET",
            "orderDetails",
            params={"orderId": order_id},
            idempotent=True,
        )

    async def create_order(self, body: dict[str, Any]) -> wire.CreateOrderReply:
        return await self.call(
            wire.CreateOrderReply,
            "create order",
            "POST",
            "createOrder",
            body=body,
            idempotent=False,
        )

    async def update_packing_status(self, order_id: str, status: str) -> wire.Reply:
        body = {"orderId": order_id, "packingStatus": status}
        return await self.call(
            wire.Reply, f"mark {status}", "POST", "updatePackingStatus", body=body, idempotent=True
        )

    async def update_order_status(self, order_id: str, status: str) -> wire.Reply:
        body = {"orderIds": [order_id], "status": status}
        return await self.call(
            wire.Reply, f"mark {status}", "POST", "updateOrderStatus", body=body, idempotent=True
        )

    async def order_status(self, order_id: str) -> wire.StatusReply:
        return await self.call(
            wire.StatusReply,
            "get order status",
            "POST",
            "orderStatus",
            body={"orderId": order_id},
            idempotent=True,
        )

    async def order_history(self, order_id: str) -> wire.HistoryReply:
        return await self.call(
            wire.HistoryReply,
            "get order history",
            "POST",
            "orderHistory",
            body={"orderIds": [order_id]},
            idempotent=True,
        )

    async def boxes(self) -> wire.BoxReply:
        return await self.call(wire.BoxReply, "list boxes", "GET", "getBox", idempotent=True)

    # --- prices -----------------------------------------------------------------------------
    async def delivery_fee(self, order_id: str) -> wire.FeeReply:
        return await self.call(
            wire.FeeReply,
            "get delivery fees",
            "POST",
            "getDeliveryFee",
            body={"orderId": order_id},
            idempotent=True,
        )

    async def check_fee(self, body: dict[str, Any], *, oto_rates: bool) -> wire.FeeReply:
        path = "checkOTODeliveryFee" if oto_rates else "checkDeliveryFee"
        return await self.call(
            wire.FeeReply, "check delivery fees", "POST", path, body=body, idempotent=True
        )

    async def delivery_options(self, *, order_id: str = "", city: str = "") -> wire.OptionsReply:
        params = {"orderId": order_id} if order_id else {"city": city}
        return await self.call(
            wire.OptionsReply,
            "get delivery options",
            "GET",
            "getDeliveryOptions",
            params=params,
            idempotent=True,
        )

    # --- shipments --------------------------------------------------------------------------
    async def create_shipment(self, body: dict[str, Any]) -> wire.Reply:
        return await self.call(
            wire.Reply, "create shipment", "POST", "createShipment", body=body, idempotent=False
        )

    async def print_awb(self, order_id: str) -> wire.PrintReply:
        return await self.call(
            wire.PrintReply,
            "get label",
            "GET",
            f"print/{quote(order_id, safe='')}",
            idempotent=True,
        )

    async def cancel_shipment(self, order_id: str, shipment_id: str) -> wire.Reply:
        body = {"orderId": order_id, "shipmentId": shipment_id}
        return await self.call(
            wire.Reply, "cancel shipment", "POST", "cancelShipment", body=body, idempotent=False
        )

    async def create_return(self, body: dict[str, Any]) -> wire.ReturnReply:
        return await self.call(
            wire.ReturnReply,
            "create return shipment",
            "POST",
            "createReturnShipment",
            body=body,
            idempotent=False,
        )

    async def return_details(self, order_id: str) -> wire.ReturnDetailsReply:
        return await self.call(
            wire.ReturnDetailsReply,
            "get return details",
            "POST",
            "getReturnDetails",
            body={"orderId": order_id},
            idempotent=True,
        )
