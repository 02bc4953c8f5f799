"""XStak OMS sales orders as an :class:`app.ports.OrderSource`.

``GET /oe/v2/orders/sales_orders`` with the service-account token in the ``token`` header, once per
configured order status (``xstak.order_statuses``, default the seed's "pending"), for the
station's ``locationId`` (and ``location_code`` when set), with ``start_date`` = now −
``xstak.lookback_days`` carrying the station time zone's offset. Pages are asked for with
``page``/``size`` (the seed names no page parameters: see :mod:`.wire`) and the walk stops on the
reply's page object (``totalPages``, ``totalElements``) or an empty page. A reply that repeats an
earlier page (the server ignores ``page``) or a list longer than ``MAX_PAGES`` is a BackendError
in words: the queue is never shown silently incomplete, and never walked forever. An order that
cannot be read is skipped, logged and listed in :attr:`XStakOrderSource.skipped` so one bad order
never hides the queue.

The seed has no "get one order" call, so :meth:`XStakOrderSource.get_order` walks the same lists
and finds the order by id or number.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from app.backends.tolerant import get_parsed
from app.backends.xstak_account import service_account
from app.backends.xstak_oms import wire
from app.backends.xstak_oms.mapping import order_from_json, start_date
from app.config import Settings
from app.domain import BackendError, Order
from app.net.clients import ClientPool
from app.net.http import ApiSession
from app.net.retry import RetryPolicy
from app.secrets import Secrets

log = logging.getLogger(__name__)

MAX_PAGES = 500
OPERATION = "list sales orders"


class XStakOrderSource:
    """The XStak OMS order list for one station location."""

    name = "xstak"

    def __init__(
        self,
        session: ApiSession,
        *,
        location_id: str,
        location_code: str = "",
        statuses: list[str],
        lookback_days: int,
        timezone: str,
        currency: str,
        page_size: int = wire.PAGE_SIZE,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        if not location_id:
            raise BackendError(
                wire.BACKEND,
                OPERATION,
                "station.location_id is not set",
                user_message="Set the XStak location id (station.location_id) in Settings.",
            )
        self._session = session
        self._location_id = location_id
        self._location_code = location_code
        self._statuses = list(dict.fromkeys(statuses))
        self._lookback_days = lookback_days
        self._timezone = timezone
        self._currency = currency
        self._page_size = page_size
        self._now = now
        self.skipped: list[BackendError] = []
        """Orders of the last listing that could not be read (each error names its order)."""

    async def list_ready_orders(self) -> list[Order]:
        """Every order in a configured status at this location, all pages of every status."""
        since = start_date(self._now(), self._timezone, self._lookback_days)
        found: dict[str, Order] = {}
        skipped: list[BackendError] = []
        for status in self._statuses:
            for order in await self._walk(status, since, skipped):
                found.setdefault(order.order_id, order)
        self.skipped = skipped
        return sorted(found.values(), key=lambda o: (o.created_at, o.number))

    async def get_order(self, order_id: str) -> Order:
        """The order with this id (or order number) among the listed ones; BackendError if none."""
        for order in await self.list_ready_orders():
            if order_id in (order.order_id, order.number):
                return order
        for problem in self.skipped:
            if order_id in problem.message:
                raise problem
        words = (
            f"Order {order_id} is not among the XStak orders ready for packing at "
            f"{self._location_id} (statuses: {', '.join(self._statuses)})."
        )
        raise BackendError(wire.BACKEND, "get sales order", words, status=404, user_message=words)

    async def _walk(self, status: str, since: str, skipped: list[BackendError]) -> list[Order]:
        orders: list[Order] = []
        walk = wire.PageWalk()
        page = 1
        while True:
            reply = await self._page(status, since, page)
            repeated = walk.repeats(page, reply)
            if repeated is not None:
                raise self._paging_error(status, walk, repeated)
            for raw in reply.orders:
                try:
                    orders.append(
                        order_from_json(
                            raw, timezone=self._timezone, default_currency=self._currency
                        )
                    )
                except BackendError as exc:
                    log.warning("XStak: skipping an order: %s", exc.message)
                    skipped.append(exc)
            if walk.finished(page, reply):
                return orders
            if page >= MAX_PAGES:
                raise self._paging_error(status, walk, f"it still had more after {page} pages")
            page += 1

    def _paging_error(self, status: str, walk: wire.PageWalk, why: str) -> BackendError:
        """The order list cannot be read completely: say so rather than show part of it."""
        total = f" of {walk.total}" if walk.total else ""
        words = (
            f"The XStak order list (status {status}) could not be read completely: {why}. "
            f"Only {walk.seen}{total} orders came back, so the queue is not shown rather than "
            "shown with orders missing. Ask XStak how its sales-order list pages "
            f"(this app sends {wire.PARAM_PAGE!r} and {wire.PARAM_SIZE!r})."
        )
        return BackendError(wire.BACKEND, OPERATION, words, user_message=words)

    async def _page(self, status: str, since: str, page: int) -> wire.WireOrdersPage:
        params: dict[str, str | int] = {
            wire.PARAM_STATUS: status,
            wire.PARAM_LOCATION_ID: self._location_id,
            wire.PARAM_START_DATE: since,
            wire.PARAM_PAGE: page,
            wire.PARAM_SIZE: self._page_size,
        }
        if self._location_code:
            params[wire.PARAM_LOCATION_CODE] = self._location_code
        return await get_parsed(
            self._session, OPERATION, wire.ORDERS_PATH, wire.parse_orders_page, params=params
        )


def build(
    settings: Settings,
    secrets: Secrets,
    pool: ClientPool,
    *,
    retry: RetryPolicy | None = None,
) -> XStakOrderSource:
    """The order source from the station settings, the keyring secrets and the shared pool."""
    auth = service_account(
        settings, secrets, pool, grant_type_key="grant type", header_name="token"
    )
    session = ApiSession(
        wire.BACKEND,
        pool.client("xstak-orders", settings.urls.xstak_orders),
        auth=auth,
        retry=retry,
    )
    station = settings.station
    return XStakOrderSource(
        session,
        location_id=station.location_id,
        location_code=station.location_code,
        statuses=settings.xstak.order_statuses,
        lookback_days=settings.xstak.lookback_days,
        timezone=station.timezone,
        currency=station.currency,
    )
