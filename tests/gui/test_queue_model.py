"""The order queue model and its filter: correct rows, targeted updates, filter and sort."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from app.domain import Order, PaymentKind
from tests.gui.test_queue_factory import NOW, changed, demo_orders, fresh
from ui.display_text import ISOLATES
from ui.models.order_filter import OrderFilterProxy
from ui.models.order_queue_model import (
    AGE,
    CARRIER,
    CITY,
    COD,
    CREATED,
    CUSTOMER,
    NUMBER,
    ORDER_ROLE,
    SORT_ROLE,
    UNITS,
    OrderQueueModel,
)


@pytest.fixture(autouse=True)
def _qt(qapp):
    """Every model here uses timers: a QApplication must exist."""
    return qapp


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self):
        return self.now


def make_model(orders: list[Order] | None = None, clock=None) -> OrderQueueModel:
    model = OrderQueueModel(now=clock or Clock(), age_interval_ms=0)
    if orders is not None:
        model.set_rows(orders)
    return model


def proxy_orders(proxy: OrderFilterProxy) -> list[Order]:
    return [proxy.index(r, NUMBER).data(ORDER_ROLE) for r in range(proxy.rowCount())]


def filtered(proxy: OrderFilterProxy, text: str) -> list[Order]:
    proxy.set_text(text)
    proxy.apply_now()
    return proxy_orders(proxy)


class Recorder:
    """Counts the structural signals a model emits."""

    def __init__(self, model) -> None:
        self.events: list[tuple[str, int, int]] = []
        model.modelReset.connect(lambda: self.events.append(("reset", 0, 0)))
        model.layoutChanged.connect(lambda *_: self.events.append(("layout", 0, 0)))
        model.rowsInserted.connect(lambda _p, a, b: self.events.append(("insert", a, b)))
        model.rowsRemoved.connect(lambda _p, a, b: self.events.append(("remove", a, b)))
        model.dataChanged.connect(
            lambda tl, br, *_: self.events.append(("changed", tl.row(), br.row()))
        )

    def kinds(self) -> set[str]:
        return {kind for kind, _, _ in self.events}

    def rows(self, kind: str) -> int:
        return sum(b - a + 1 for k, a, b in self.events if k == kind)


def test_the_model_and_the_proxy_pass_qt_model_tester(qtmodeltester):
    model = make_model(demo_orders(60))
    qtmodeltester.check(model)
    proxy = OrderFilterProxy(model, debounce_ms=0)
    qtmodeltester.check(proxy)
    filtered(proxy, "sku-100")
    proxy.sort(COD, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)
    qtmodeltester.check(model)


def test_cells_show_what_the_packer_reads():
    order = next(o for o in demo_orders(80) if o.payment.kind == PaymentKind.COD)
    model = make_model([order])

    def cell(column: int) -> str:  # the value, without the marks that keep it left to right
        return str(model.index(0, column).data()).strip(ISOLATES)

    assert cell(NUMBER) == order.number
    assert cell(UNITS) == f"{len(order.lines)} / {order.units}"
    assert cell(COD) == f"{order.payment.cod_amount:,.2f} {order.payment.currency}"
    age = NOW - order.created_at
    assert cell(AGE).split()[0] in {str(age.days), str(age.seconds // 3600), str(age.seconds // 60)}
    assert order.ship_to.name in cell(CUSTOMER)
    assert model.index(0, COD).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.index(0, COD).data(SORT_ROLE) == order.payment.cod_amount
    assert model.index(0, CREATED).data(SORT_ROLE) == order.created_at
    assert model.index(0, UNITS).data(SORT_ROLE) == order.units


def test_arabic_names_and_cities_are_shown_as_they_are():
    arabic = next(o for o in demo_orders(80) if "\u0600" <= o.ship_to.name[0] <= "\u06ff")
    model = make_model([arabic])
    assert model.index(0, CUSTOMER).data() == arabic.ship_to.name
    assert model.index(0, CITY).data() == arabic.ship_to.city


def test_ten_thousand_orders_refresh_with_targeted_updates_only(qtmodeltester):
    orders = demo_orders(10_000)
    model = make_model(orders)
    proxy = OrderFilterProxy(model, debounce_ms=0)
    assert model.rowCount() == proxy.rowCount() == 10_000
    edited = {o.order_id: changed(o) for o in orders[100:5100:100]}  # 50 changed
    gone = {o.order_id for o in orders[7:7000:350]}  # 20 removed
    added = fresh(30)
    update = [edited.get(o.order_id, o) for o in orders if o.order_id not in gone] + added
    recorder = Recorder(model)
    proxy_recorder = Recorder(proxy)

    model.set_rows(update)

    assert "reset" not in recorder.kinds() | proxy_recorder.kinds()
    assert recorder.kinds() <= {"insert", "remove", "changed"}
    assert recorder.rows("insert") == 30
    assert recorder.rows("remove") == 20
    assert recorder.rows("changed") == 50
    assert model.rowCount() == proxy.rowCount() == 10_010
    assert {o.order_id: o for o in model.orders()} == {o.order_id: o for o in update}
    row = model.row_of(next(iter(edited)))
    assert row is not None
    assert model.index(row, CUSTOMER).data().endswith("(1)")


def test_a_refresh_keeps_new_rows_in_sorted_place_without_a_reset():
    orders = demo_orders(300)
    model = make_model(orders)
    model.sort_by(CREATED)
    recorder = Recorder(model)
    newest, oldest = fresh(2)
    oldest = oldest.model_copy(update={"created_at": NOW - timedelta(days=30)})
    model.set_rows([*orders[5:], newest, oldest])
    assert "reset" not in recorder.kinds()
    created = [model.sort_value(r, CREATED) for r in range(model.rowCount())]
    assert created == sorted(created)
    assert model.order_at(0) == oldest
    assert model.order_at(model.rowCount() - 1) == newest


def test_a_changed_sort_value_moves_the_row():
    orders = demo_orders(100)
    model = make_model(orders)
    model.sort_by(COD, Qt.SortOrder.DescendingOrder)
    richest = orders[40].model_copy(
        update={"payment": orders[40].payment.model_copy(update={"cod_amount": Decimal(99999)})}
    )
    richest = richest.model_copy(
        update={"payment": richest.payment.model_copy(update={"kind": PaymentKind.COD})}
    )
    model.set_rows([richest if o.order_id == richest.order_id else o for o in orders])
    assert model.order_at(0) == richest
    amounts = [model.sort_value(r, COD) for r in range(model.rowCount())]
    assert amounts == sorted(amounts, reverse=True)


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("number", lambda o, q: q.casefold() in o.number.casefold()),
        ("customer", lambda o, q: q.casefold() in o.ship_to.name.casefold()),
        ("city", lambda o, q: q.casefold() in o.ship_to.city.casefold()),
        ("sku", lambda o, q: any(q.casefold() in ln.sku.casefold() for ln in o.lines)),
    ],
)
def test_filter_matches_number_customer_city_and_sku(text, expect):
    orders = demo_orders(400)
    proxy = OrderFilterProxy(make_model(orders), debounce_ms=0)
    queries = {
        "number": orders[123].number.lower()[-9:],
        "customer": "نورة",
        "city": "JEDDAH",
        "sku": "sku-1015",
    }
    query = queries[text]
    shown = filtered(proxy, query)
    wanted = [o for o in orders if expect(o, query)]
    assert shown and {o.order_id for o in shown} == {o.order_id for o in wanted}


def test_filter_words_all_have_to_match_and_latin_names_ignore_case():
    orders = demo_orders(400)
    proxy = OrderFilterProxy(make_model(orders), debounce_ms=0)
    shown = filtered(proxy, "  ayesha   KARACHI ")
    assert shown
    assert all(o.ship_to.name == "Ayesha Khan" and o.ship_to.city == "Karachi" for o in shown)
    assert filtered(proxy, "no-such-thing") == []
    assert len(filtered(proxy, "")) == 400


def test_filter_waits_for_typing_to_pause(qtbot):
    proxy = OrderFilterProxy(make_model(demo_orders(200)), debounce_ms=40)
    for prefix in ("S", "SK", "SKU", "SKU-", "SKU-1015"):
        proxy.set_text(prefix)
    assert proxy.rowCount() == 200 and proxy.pending()
    with qtbot.waitSignal(proxy.filter_applied, timeout=1000) as signal:
        pass
    assert signal.args == ["SKU-1015"]
    assert 0 < proxy.rowCount() < 200


def test_sort_by_created_and_by_cod_through_the_proxy():
    orders = demo_orders(500)
    model = make_model(orders)
    proxy = OrderFilterProxy(model, debounce_ms=0)
    proxy.sort(CREATED, Qt.SortOrder.AscendingOrder)
    created = [o.created_at for o in proxy_orders(proxy)]
    assert created == sorted(created)
    proxy.sort(COD, Qt.SortOrder.DescendingOrder)
    shown = proxy_orders(proxy)
    cod = [o.payment.cod_amount if o.payment.kind == PaymentKind.COD else 0 for o in shown]
    assert cod == sorted(cod, reverse=True)
    assert shown[-1].payment.kind == PaymentKind.PREPAID
    filtered(proxy, "riyadh")
    kept = [o.payment.cod_amount for o in proxy_orders(proxy)]
    assert kept == sorted(kept, reverse=True)


def test_sorting_keeps_the_selected_order_selected(qtbot):
    orders = demo_orders(200)
    model = make_model(orders)
    chosen = QPersistentModelIndex(model.index(17, NUMBER))
    order = chosen.data(ORDER_ROLE)
    model.sort_by(COD, Qt.SortOrder.DescendingOrder)
    assert chosen.isValid()
    assert chosen.data(ORDER_ROLE) == order


def test_suggestion_changes_one_cell(qtbot):
    orders = demo_orders(50)
    model = make_model(orders)
    recorder = Recorder(model)
    model.set_suggestion(orders[9].order_id, "SMSA Express — 18.00 SAR")
    assert recorder.events == [("changed", 9, 9)]
    assert model.index(9, CARRIER).data() == "SMSA Express — 18.00 SAR"
    model.set_suggestion("not-queued", "Aramex")  # ignored quietly
    assert len(recorder.events) == 1


def test_age_tick_is_one_change_over_the_age_column():
    clock = Clock()
    orders = demo_orders(100)
    model = make_model(orders, clock)
    before = model.index(0, AGE).data()
    spans: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(
        lambda tl, br, *_: spans.append((tl.row(), tl.column(), br.row(), br.column()))
    )
    clock.now = NOW + timedelta(hours=3)
    model.tick_ages()
    assert spans == [(0, AGE, 99, AGE)]
    assert model.index(0, AGE).data() != before


def test_find_matches_number_or_id_ignoring_case_and_spaces():
    orders = demo_orders(30)
    model = make_model(orders)
    target = orders[12]
    assert model.find(f"  {target.number.lower()} \n") == target
    assert model.find(target.order_id.lower()) == target
    assert model.find("SO-0000") is None
    model.remove_order(target.order_id)
    assert model.find(target.number) is None
    assert model.rowCount() == 29


def test_empty_and_invalid_indexes_answer_nothing():
    model = make_model([])
    assert model.rowCount() == 0
    assert model.data(QModelIndex()) is None
    model.set_rows([])
    model.tick_ages()
    assert model.rowCount() == 0


def test_suggestions_arriving_while_sorted_by_carrier_are_sorted_once_after(qtbot):
    orders = demo_orders(40)
    model = make_model(orders)
    model.sort_by(CARRIER)
    layouts: list[int] = []
    model.layoutChanged.connect(lambda *_: layouts.append(1))
    for i, order in enumerate(orders[:10]):
        model.set_suggestion(order.order_id, f"carrier {9 - i}")
    qtbot.waitUntil(lambda: layouts == [1], timeout=2000)
    shown = [model.suggestion(model.order_at(r).order_id) for r in range(model.rowCount())]
    assert shown[:30] == [""] * 30
    assert shown[30:] == [f"carrier {n}" for n in range(10)]


def test_search_keys_are_built_in_the_background_after_a_load(qtbot):
    model = make_model(demo_orders(2000))
    assert model.warming()
    qtbot.waitUntil(lambda: not model.warming(), timeout=5000)
    assert all(row.search is not None for row in model._rows)
