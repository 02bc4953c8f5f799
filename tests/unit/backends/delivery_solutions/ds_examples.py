"""The seed's example requests (004-delivery-solutions-shipping-order-api.txt), as test data.

Only ``locationExternalId`` differs where a test needs the demo location; everything else is the
seed's text.
"""

from __future__ import annotations

import copy
from typing import Any

SEED_CREATE: dict[str, Any] = {
    "locationExternalId": "7709",
    "orderExternalId": "7709-001",
    "orderValue": 10,
    "deliveryContact": {"name": "asd", "phone": "+1 234-567-8900", "email": ""},
    "deliveryAddress": {
        "street1": "725 Albany Street",
        "street2": "",
        "city": "Boston",
        "state": "MA",
        "countryCode": "US",
        "postalCode": "02118",
        "latitude": 42.3346944,
        "longitude": -71.071818,
        "apartmentNumber": "",
    },
    "package": {
        "name": "Solid",
        "size": {"length": 10, "width": 10, "height": 10, "unit": "in"},
        "weight": {"value": 10, "unit": "lb"},
        "itemQuantity": 1,
        "description": "bungii pack 1",
    },
    "itemList": [
        {
            "sku": "sku 1",
            "quantity": 1,
            "size": {"length": 3, "width": 2, "height": 2, "unit": "in"},
            "weight": {"value": 10, "unit": "lb"},
            "price": 3,
            "salePrice": 3,
            "title": "Watch",
        }
    ],
    "pickupTime": None,
    "deliveryTime": None,
}

SEED_CREATE_RESPONSE_KEYS = frozenset(
    [
        "locationExternalId",
        "orderExternalId",
        "orderValue",
        "deliveryContact",
        "deliveryAddress",
        "package",
        "itemList",
        "pickupTime",
        "deliveryTime",
        "orderAttributes",
        "tenantId",
        "brandExternalId",
        "groupId",
        "currencyCode",
        "pickupContact",
        "pickupAddress",
        "status",
        "referenceLinks",
        "provider",
        "trackingId",
        "attachments",
        "vehicle",
        "amount",
        "label",
        "actualDeliveryTime",
        "actualPickupTime",
        "fee",
        "returnRequest",
        "proposedProviders",
        "createdAt",
        "lastUpdatedAt",
    ]
)

SEED_LIST: dict[str, Any] = {
    "limit": 100,
    "lastUpdatedAt": {"startsAt": 1651402682000, "endsAt": 1652266731000},
    "orderExternalIds": ["1908241"],
    "locationExternalIds": ["100983"],
    "pickupTime": {"startsAt": 1651402682000},
    "deliveryTime": {"endsAt": 1652266731000},
    "createdAt": {"startsAt": 1651402682000, "endsAt": 1652266731000},
    "status": [
        "ORDER_DISPATCHED",
        "ORDER_DELIVERED",
        "ORDER_CANCELLED",
        "PICKUP_STARTED",
        "PICKUP_COMPLETED",
    ],
}

SEED_EDIT: dict[str, Any] = {
    "pickupTime": {"startsAt": 1655468102000},
    "deliveryTime": {"endsAt": 1655554502000},
    "deliveryContact": {
        "name": "John Smith",
        "phone": "232-323-2323",
        "email": "john.smith@email.com",
    },
    "deliveryAddress": {
        "street1": "5411 Mercedes Avenue",
        "street2": "",
        "city": "Dallas",
        "state": "TX",
        "postalCode": "75206",
        "countryCode": "US",
    },
    "package": {
        "name": "custom",
        "size": {"height": 2, "width": 2, "length": 2, "unit": "in"},
        "weight": {"value": 2, "unit": "lb"},
        "itemQuantity": 2,
        "description": "Package Description",
    },
    "orderExternalId": "19082413",
    "orderValue": 160.99,
}


def create_body(ext: str = "7709-001", location: str = "RUH-01", **changes: Any) -> dict[str, Any]:
    """The seed's create example for the demo location, with ``changes`` applied on top."""
    body = copy.deepcopy(SEED_CREATE)
    body.update(locationExternalId=location, orderExternalId=ext)
    body.update(changes)
    return body
