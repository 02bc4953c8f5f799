"""Domain orders made from the sandbox's demo world, for the queue tests and its benchmark.

`demo_orders(n)` maps DemoOrder → app.domain.Order (Arabic and Latin names, COD and prepaid,
several lines); `changed(order)` returns the same order with other values, as a refresh brings.
The tests at the bottom pin the properties the queue tests rely on.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from functools import lru_cache

from app.domain import Address, Line, Order, Payment, PaymentKind
from app.sandbox.demo import DemoOrder, make_world

NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)


def to_order(demo: DemoOrder) -> Order:
    customer = demo.customer
    return Order(
        source="xstak",
        order_id=demo.xstak_id,
        number=demo.number,
        created_at=demo.created_at,
        status="ready",
        ship_to=Address(
            name=customer.name,
            phone=customer.phone,
            line1=customer.line1,
            district=customer.district,
            city=customer.city,
            postcode=customer.postcode,
            country=customer.country,
        ),
        lines=tuple(
            Line(
                line_id=line.line_id,
                sku=line.product.sku,
                name=line.product.name,
                barcodes=(line.product.barcode,),
                quantity=line.quantity,
                unit_price=line.product.price,
                weight_kg=line.product.weight_kg,
            )
            for line in demo.lines
        ),
        payment=Payment(
            kind=PaymentKind.COD if demo.cod else PaymentKind.PREPAID,
            currency=demo.currency,
            total=demo.total,
            cod_amount=demo.total if demo.cod else Decimal(0),
        ),
        location_code=demo.location_code,
        package_id=str(demo.package_id),
    )


def demo_orders(count: int, seed: int = 3) -> list[Order]:
    """`count` orders; the same arguments give equal orders (built once, models are frozen)."""
    return list(_demo_orders(count, seed))


@lru_cache(maxsize=8)
def _demo_orders(count: int, seed: int) -> tuple[Order, ...]:
    base = tuple(to_order(o) for o in make_world(seed, orders=min(count, 500), now=NOW).orders)
    if count <= len(base):
        return base
    # Big queues: copies of 500 real demo orders under new ids, numbers and times (fast).
    copies = []
    for n in range(len(base), count):
        template = base[n % len(base)]
        copies.append(
            template.model_copy(
                update={
                    "order_id": f"{template.order_id}-{n}",
                    "number": f"SO-20261123-{n + 1:06d}",
                    "created_at": template.created_at - timedelta(seconds=n),
                }
            )
        )
    return base + tuple(copies)


def changed(order: Order, step: int = 1) -> Order:
    """The same order after the source edited it: COD and customer name differ."""
    payment = order.payment.model_copy(
        update={"kind": PaymentKind.COD, "cod_amount": order.payment.total + step}
    )
    ship_to = order.ship_to.model_copy(update={"name": f"{order.ship_to.name} ({step})"})
    return order.model_copy(update={"payment": payment, "ship_to": ship_to})


def fresh(count: int, start: int = 900_000) -> list[Order]:
    """Orders that were not in the list before, with new ids and numbers."""
    base = demo_orders(count, seed=11)
    return [
        o.model_copy(
            update={
                "order_id": f"NEW-{start + i}",
                "number": f"SO-NEW-{start + i}",
                "created_at": NOW - timedelta(minutes=i),
            }
        )
        for i, o in enumerate(base)
    ]


def test_demo_orders_have_unique_ids_arabic_names_and_both_payment_kinds():
    orders = demo_orders(300)
    assert len({o.order_id for o in orders}) == 300
    assert len({o.number for o in orders}) == 300
    big = demo_orders(1200)
    assert len({o.order_id for o in big}) == len({o.number.casefold() for o in big}) == 1200
    assert any("\u0600" <= c <= "\u06ff" for o in orders for c in o.ship_to.name)
    assert {o.payment.kind for o in orders} == {PaymentKind.COD, PaymentKind.PREPAID}


def test_changed_and_fresh_orders_differ_from_the_originals():
    order = demo_orders(1)[0]
    assert changed(order) != order
    assert changed(order).order_id == order.order_id
    assert {o.order_id for o in fresh(5)}.isdisjoint({order.order_id})
