"""Builds the working station: backends, journal service, printers, operators, pages, scan routing.

`StationUi` is made once by ui/app.py after the window exists. Every page gets only what it
needs; scans from the application-wide reader go (through the sign-in gate) to the page that is
showing, and an order barcode scanned on a page that has no use for scans opens that order.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from functools import partial
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from app.domain import Box, Order, ScanOutcome
from app.domain.actor import Actor
from app.journal.archive import DocumentKind
from app.journal.db import SystemClock
from app.journal.events import PackMark
from app.journal.outbox_status import OutboxStatus
from app.net.monitor import ConnectionMonitor
from app.operators import Action, Operators, OperatorSession, can
from app.scales.configured import scale_feed
from app.shipping.handover_flow import HandoverFlow
from app.shipping.job import ShipOutcome
from app.shipping.oms_stuck import OmsStuck
from app.shipping.returns_flow import ReturnsFlow
from app.shipping.service import Printers, ShippingService
from app.shipping.shipment_finder import ShipmentFinder
from app.shipping.supervisor import SupervisorTools
from app.wiring import Backends
from app.workflow.scan import ScanResult
from ui.models.order_queue_model import ORDER_ROLE
from ui.pack.contract import pack_settings
from ui.pages.figures_page import FiguresPage
from ui.pages.handover_page import HandoverPage
from ui.pages.pack_page import PackPage
from ui.pages.queue_page import QueuePage
from ui.pages.reprint_page import ReprintPage
from ui.pages.returns_page import ReturnsPage
from ui.pages.supervisor_page import SupervisorPage
from ui.printing.factory import PrinterFactory, StationPrinters
from ui.scan_input import ScanReader
from ui.signin.approval_dialog import ask_approval
from ui.signin.controller import SignInController
from ui.signin.idle_watcher import IdleWatcher
from ui.signin.operator_indicator import OperatorIndicator
from ui.station_rates import StationRates
from ui.station_rules import (
    NOBODY,
    page_refusal,
    shipped_words,
    show_oms_queue,
    status_listener,
)
from ui.status_bar import Connection
from ui.supervisor.oms_panel import OmsStuckPanel
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)

SCALE_TASK = "scale:feed"


class StationUi(QObject):
    """Everything a working station needs, wired once; `pages` go into the main window."""

    def __init__(
        self,
        app: QApplication,
        window: QWidget,
        station: object,  # ui.app.Station (kept loose to avoid an import cycle)
        backends: Backends,
        monitor: ConnectionMonitor,
    ) -> None:
        super().__init__(window)
        from ui.app import Station

        assert isinstance(station, Station)
        self.app = app
        self.window = window
        self.station = station
        self.backends = backends
        settings = station.settings
        self.tasks = TaskRunner(self)
        self._reprint_for_pack = False  # CMD:REPRINT was scanned: its outcome goes on the banner
        self.printers = StationPrinters(
            lambda: station.settings.printing, PrinterFactory(station.data_dir)
        )
        self.service = ShippingService(
            settings,
            backends,
            Printers(
                label=self.printers.printer_for(DocumentKind.LABEL),
                slip=self.printers.printer_for(DocumentKind.SLIP),
            ),
            station.data_dir,
        )
        stores = self.service.stores
        self.stores = stores
        self.monitor = monitor
        # --- operators and scans ----------------------------------------------------------
        self.operators = Operators.from_settings(settings)
        self.session = OperatorSession(self.operators)
        scanner = settings.scanner
        self.reader = ScanReader(
            prefix=scanner.prefix,
            suffix=scanner.suffix,
            max_gap_ms=scanner.max_gap_ms,
            min_length=scanner.min_length,
            parent=self,
        )
        self.idle = IdleWatcher.from_minutes(settings.operators.idle_sign_out_minutes, self)
        demo_hint = ""
        if station.demo is not None:
            from app.operators import demo_hint as make_hint

            demo_hint = make_hint()
        self.signin = SignInController(
            window,
            self.session,
            scans=self.reader.scanned,
            audit=stores.audit,
            idle=self.idle,
            demo_hint=demo_hint,
        )
        self.signin.quit_requested.connect(window.close)
        self.approve = partial(
            ask_approval,
            window,
            self.operators,
            scans=self.reader.scanned,
            session=self.session,
            audit=stores.audit,
        )
        self.indicator = OperatorIndicator(self.session)
        self.indicator.switch_requested.connect(self.signin.switch_operator)
        self.indicator.sign_out_requested.connect(self.signin.sign_out)
        self.pages = self._build_pages()
        self.oms_label = QLabel("")
        self.oms_label.setObjectName("oms_queue")
        # The runner counts what waits off the UI thread and says why (on the UI loop).
        runner = self.service.runner
        show_oms_queue(self.oms_label, runner.status if runner else OutboxStatus())
        if runner is not None:
            runner.add_status_listener(partial(show_oms_queue, self.oms_label))
        self.current_page: Callable[[], str] = lambda: "Queue"
        self.show_page: Callable[[str], None] = lambda name: None
        self.status_message: Callable[[str], None] = lambda text: log.info("%s", text)

    # --- pages ----------------------------------------------------------------------------
    def operator(self) -> Actor:
        """Who is signed in; nobody (who may do nothing) between sign-out and sign-in."""
        return self.session.current or NOBODY

    def _build_pages(self) -> dict[str, QWidget]:
        settings = self.station.settings
        stores = self.stores
        backends = self.backends
        self.queue = QueuePage(
            backends.order_source.list_ready_orders,
            self.tasks,
            refresh_seconds=settings.packing.queue_refresh_seconds,
            zone=ZoneInfo(settings.station.timezone),
        )
        self.station_rates = StationRates(self.service, self.queue, self.tasks, self)
        self.pack = PackPage(
            settings=pack_settings(settings.packing),
            rules=settings.rules,
            rates=self.station_rates.rates,
            ship=self.service.ship,
            approve=self.approve,
            operator=self.operator,
            runner=self.tasks,
            clock=SystemClock(),
            catalogue=self.queue.product_lookup,
            is_listed_order=lambda code: self.queue.find_order(code) is not None,
            progress=self.service.pack_progress,
        )
        box_source = backends.box_presets
        if box_source is not None:
            self.tasks.run(
                "oto:boxes",
                box_source.box_presets(),
                on_success=self._oto_boxes,
                on_error=lambda exc: log.warning("OTO box presets: %s", exc),
            )
        finder = ShipmentFinder(
            stores.journal, stores.handovers, backends.providers, backends.order_source
        )
        label_printer = self.printers.printer_for(DocumentKind.RETURN_LABEL)
        slip_printer = self.printers.printer_for(DocumentKind.RECEIPT)
        returns_flow = ReturnsFlow(
            journal=stores.journal,
            archive=stores.archive,
            audit=stores.audit,
            finder=finder,
            clock=stores.db.clock,
            providers=backends.providers,
            label_printer=label_printer,
            slip_printer=slip_printer,
            returns_warehouse=settings.returns_warehouse,
            receipt_layout=settings.printing.slip_layout,
        )
        self.returns = ReturnsPage(returns_flow, self.tasks, self.operator)
        self.reprint = ReprintPage(
            stores.archive,
            self.printers.printer_for,
            self.operator,
            self.approve,
            media_for=self.printers.media_for,
            zone=ZoneInfo(settings.station.timezone),
        )
        tools = SupervisorTools(
            journal=stores.journal,
            audit=stores.audit,
            providers=backends.providers,
            approve=self.approve,
            ship_from=settings.ship_from,
            handovers=stores.handovers,
            outbox=stores.outbox,
        )
        self.supervisor = SupervisorPage(tools, finder, self.tasks, self.operator)
        self.oms_stuck = OmsStuck(stores.outbox, stores.audit, tools.authorise)
        self.oms_panel = OmsStuckPanel(self.oms_stuck, self.tasks, self.operator)
        self.supervisor.tabs.addTab(self.oms_panel, self.tr("OMS commands"))
        handover = HandoverFlow(
            stores.handovers,
            stores.archive,
            self.printers.printer_for(DocumentKind.HANDOVER),
            location=settings.station.location_code,
            layout="A4",
        )
        self.handover = HandoverPage(handover, self.tasks, self.operator)
        self.figures = FiguresPage(
            stores.db, self.tasks, clock=stores.db.clock, timezone=settings.station.timezone
        )
        self._connect_pages()
        return {
            "Queue": self.queue,
            "Pack": self.pack,
            "Returns": self.returns,
            "Reprint": self.reprint,
            "Handover": self.handover,
            "Supervisor": self.supervisor,
            "Figures": self.figures,
        }

    def _oto_boxes(self, boxes: list[Box]) -> None:
        """OTO's getBox presets join the configured ones from the next order opened."""
        self.pack.settings = pack_settings(self.station.settings.packing, boxes)

    def _connect_pages(self) -> None:
        stores = self.stores
        self.queue.order_chosen.connect(self.open_order)
        self.queue.order_highlighted.connect(self.station_rates.prefetch)
        self.pack.order_scan.connect(self._scan_order)
        self.pack.order_done.connect(self._order_done)
        self.pack.order_left.connect(lambda order: self.service.forget(order))
        # Audit writes are durable (fsync): off the UI thread, so a scan error never stutters.
        self.pack.audited.connect(
            lambda event: self.tasks.run(
                f"audit:{id(event)}", asyncio.to_thread(event.record_into, stores.audit)
            )
        )
        self.pack.scan_recorded.connect(self._record_scan)
        self.pack.last_unit_verified.connect(
            lambda number: stores.events.mark(self.operator(), number, PackMark.LAST_SCAN)
        )
        self.pack.reprint_last_requested.connect(self._reprint_last)
        self.pack.help_requested.connect(
            lambda action, number, error: self.status_message(f"{number}: {error} — {action}")
        )
        for page in (self.returns, self.supervisor, self.handover, self.oms_panel):
            page.message.connect(lambda text: self.status_message(text))
        self.returns.needs_supervisor.connect(lambda text: self.status_message(text))
        self.reprint.failed.connect(lambda text: self.status_message(text))
        self.reprint.failed.connect(lambda text: self._pack_reprint_result(text, ok=False))
        self.reprint.reprinted.connect(lambda _id, at: self._pack_reprint_result(at, ok=True))
        self.reprint.reprinted.connect(
            lambda _id, where: self.status_message(
                self.tr("Reprinted: {where}").format(where=where)
            )
        )
        self.signin.scanned.connect(self.route_scan)
        self.signin.signed_in.connect(lambda _actor: self._focus_page())

    def _record_scan(self, number: str, result: ScanResult) -> None:
        if result.outcome is ScanOutcome.ORDER_COMPLETE:
            return  # not a scan of an item: nothing to count
        units = result.units if result.accepted else 0
        self.stores.events.record_scan(
            self.operator(), number, result.barcode, result.outcome, units
        )

    def page_refusal(self, page: str) -> str | None:
        """Why the signed-in operator may not open ``page``, in words; None when they may."""
        return page_refusal(self.operator(), page)

    def _focus_page(self) -> None:
        """After a sign-in dialog closes, keys (and scans) go to the page again."""
        self.window.activateWindow()
        page = self.window.focusWidget() or self.pages.get(self.current_page())
        if page is not None:
            page.setFocus()

    # --- scans and orders -----------------------------------------------------------------
    def route_scan(self, code: str) -> None:
        page = self.current_page()
        if page == "Pack":
            self.pack.handle_scan(code)
        elif page == "Returns":
            self.returns.handle_scan(code)
        elif page == "Reprint":
            self.reprint.search_for(code)
        elif page == "Handover":
            self.handover.handle_scan(code)
        elif page == "Supervisor":
            self.supervisor.handle_scan(code)
        else:
            self._scan_order(code)

    def _scan_order(self, code: str) -> None:
        order = self.queue.find_order(code)
        if order is None:
            said = self.tr("Scanned {code}: no order with that number is ready for packing")
            self.status_message(said.format(code=code))
            return
        self.open_order(order)

    def open_order(self, order: Order) -> None:
        if not can(self.operator(), Action.PACK):
            said = self.tr("{name} may not pack orders; sign in as a packer")
            self.status_message(said.format(name=self.operator().name))
            return
        if self.pack.open_order(order):
            self.stores.events.mark(self.operator(), order.number, PackMark.ORDER_OPENED)
            self.show_page("Pack")

    def _order_done(self, order: Order, outcome: ShipOutcome) -> None:
        self.queue.remove_order(order.order_id)
        if outcome.error:
            self.status_message(f"{order.number}: {outcome.error}")
            return
        said = shipped_words(order.number, outcome)
        self.status_message(said)
        following = self._next_order(order)
        if following is None:
            self.show_page("Queue")
            return
        self.open_order(following)
        if self.pack.session is not None and self.pack.session.order is following:
            self.pack.feedback.good(
                self.tr("{said}. Next: {next} — scan its items, or scan the order in hand").format(
                    said=said, next=following.number
                )
            )

    def _next_order(self, done: Order) -> Order | None:
        """The next order in the queue as the packer sees it sorted and filtered."""
        proxy = self.queue.proxy
        for row in range(proxy.rowCount()):
            order = proxy.index(row, 0).data(ORDER_ROLE)
            if isinstance(order, Order) and order.order_id != done.order_id:
                return order
        return None

    def _reprint_last(self) -> None:
        """CMD:REPRINT on the pack screen: the last label again, through the reprint centre's
        path (reason recorded, a supervisor approves for a packer, audited)."""
        self._reprint_for_pack = True
        self.reprint.reprint_last_label("Scanned REPRINT at the pack screen")

    def _pack_reprint_result(self, words: str, *, ok: bool) -> None:
        """The packer who scanned REPRINT reads the outcome on the pack screen's banner."""
        if not self._reprint_for_pack:
            return
        self._reprint_for_pack = False
        if ok:
            self.pack.feedback.good(
                self.tr("Reprinted the last label: {where}").format(where=words)
            )
        else:
            self.pack.feedback.bad(
                self.tr("Could not reprint the last label: {why}").format(why=words)
            )

    # --- status -------------------------------------------------------------------------
    def connect_status(self, set_state: Callable[[str, Connection, str], None]) -> None:
        self.monitor.add_listener(status_listener(set_state))

    # --- life -----------------------------------------------------------------------------
    def install(self) -> None:
        self.reader.install(self.app)
        self.idle.install(self.app)

    async def start(self) -> None:
        self._start_scale()
        await self.service.start()
        self.queue.start()
        report = await self.service.resume(lambda progress: self.status_message(progress.message))
        self.returns.resume_unfinished()
        summary = report.summary()
        if summary:
            self.status_message(summary[:1].upper() + summary[1:])

    def _start_scale(self) -> None:
        """The configured bench scale feeds the pack screen (a wedge scale types into it)."""
        config = self.station.settings.scale
        self.pack.scale.wedge = config.kind == "wedge"
        self.pack.scale.unit = config.unit
        feed = scale_feed(config)
        if feed is not None:
            self.tasks.run(SCALE_TASK, self.pack.scale.follow(feed))

    def uninstall(self) -> None:
        self.app.removeEventFilter(self.reader)
        self.app.removeEventFilter(self.idle)

    async def aclose(self) -> None:
        """Close everything in order; a step that fails (or is cancelled) never leaves the
        journal, its station lock or the network connections open."""
        try:
            self.uninstall()
            self.queue.stop()
            self.tasks.cancel(SCALE_TASK)  # lets go of the scale's port or hidraw node
            await self.tasks.shutdown()
        finally:
            try:
                await self.service.aclose()
            finally:
                await self.backends.aclose()
