"""Request bodies for the XStak aggregator built from the sandbox's own demo data."""

from __future__ import annotations

from typing import Any

from tests.helpers.sandbox import Sandbox


def demo_order(sandbox: Sandbox, index: int = 0, cod: bool | None = None) -> dict[str, Any]:
    """A demo order from /_sandbox/state (optionally the first COD or prepaid one from index)."""
    orders = sandbox.state()["demo"]["orders"]
    candidates = [o for o in orders[index:] if cod is None or o["cod"] == cod]
    return dict(candidates[0])


def courier(sandbox: Sandbox, cod: bool = True) -> dict[str, Any]:
    couriers = sandbox.state()["demo"]["couriers"]
    return dict(next(c for c in couriers if c["supports_cod"] or not cod))


def create_body(sandbox: Sandbox, order: dict[str, Any], courier_id: str) -> dict[str, Any]:
    """A complete create-shipment body for ``order`` shipped from the demo warehouse."""
    return {
        "orderId": order["xstak_id"],
        "orderNumber": order["number"],
        "courierId": courier_id,
        "paymentMode": "COD" if order["cod"] else "PREPAID",
        "codAmount": float(order["total"]) if order["cod"] else 0,
        "currency": order["currency"],
        "shipFromInfo": {
            "name": "Packstation Demo Warehouse",
            "phone": "+966500000000",
            "address1": "Industrial Area 2, Street 14",
            "district": "السلي",
            "city": "Riyadh",
            "country": "SA",
        },
        "shipToInfo": {
            "name": "محمد العتيبي",
            "phone": "+966512345678",
            "address1": "شارع 12، العليا",
            "city": "الرياض",
            "country": "SA",
            "postalCode": "12211",
        },
        "packagesInfo": [
            {"weight": 1.25, "length": 30, "width": 20, "height": 10, "reference": "BOX-1"},
            {"weight": 0.5, "length": 20, "width": 15, "height": 5, "reference": "BOX-2"},
        ],
        "items": [
            {
                "sku": line["sku"],
                "barcode": line["barcode"],
                "name": "تمر عجوة",
                "quantity": line["quantity"],
                "unitPrice": 19.5,
                "taxAmount": 2.54,
                "discountAmount": 0,
            }
            for line in order["lines"]
        ],
    }


def return_body(original: dict[str, Any]) -> dict[str, Any]:
    """The return of ``original``: customer → warehouse, RETURN, prepaid, first item only."""
    return {
        **original,
        "shipmentType": "RETURN",
        "paymentMode": "PREPAID",
        "codAmount": 0,
        "shipFromInfo": original["shipToInfo"],
        "shipToInfo": original["shipFromInfo"],
        "items": original["items"][:1],
    }
