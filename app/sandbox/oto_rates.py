"""OTO emulator, prices: checkOTODeliveryFee, checkDeliveryFee, getDeliveryFee, getDeliveryOptions.

Each demo courier is one delivery option (``oto_option_id``). Entries follow the documented
``deliveryCompany[]`` example: deliveryOptionId, deliveryOptionName, deliveryCompanyName,
serviceType, price, currency, codCharge, maxCODValue (0: no cash on delivery), avgDeliveryTime
("1 to 3 Working Days"), estimatedPickupDate/estimatedDeliveryDate, returnFee.

Choices: the price is ``courier_price`` for the chargeable weight (the greater of the actual and
the volumetric weight, cm³/5000); OTO's own rates (checkOTODeliveryFee) are 8 % above the
contract rates (checkDeliveryFee, getDeliveryFee) so a test can tell them apart. A cash-on-delivery
amount (``totalDue`` > 0, or a COD order) leaves out couriers without COD. getDeliveryOptions
answers ``{success, deliveryOptions[]}`` with the same entries, priced for 1 kg when asked by city.
All prices are in SAR.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from decimal import Decimal
from typing import Any

from app.sandbox.demo import DemoCourier, courier_price
from app.sandbox.oto_errors import OtoError, need_text, number
from app.sandbox.oto_state import OtoState

OTO_MARKUP = Decimal("1.08")
COD_CHARGE = 5
MAX_COD = 5000


def volumetric_kg(args: Mapping[str, Any]) -> Decimal:
    """Volumetric weight (cm³ / 5000) of the length/width/height given, 0 when any is missing."""
    try:
        sides = [Decimal(str(float(args[k]))) for k in ("length", "width", "height")]
    except (KeyError, TypeError, ValueError):
        return Decimal(0)
    if any(side <= 0 or not side.is_finite() for side in sides):
        return Decimal(0)
    return sides[0] * sides[1] * sides[2] / 5000


def option_view(
    st: OtoState, courier: DemoCourier, weight: Decimal, *, oto_rates: bool = False
) -> dict[str, Any]:
    """One courier as a priced delivery option."""
    price = courier_price(courier, weight)
    if oto_rates:
        price = (price * OTO_MARKUP).quantize(Decimal("0.01"))
    today = st.now().date()
    return {
        "deliveryOptionId": courier.oto_option_id,
        "deliveryOptionName": courier.name,
        "deliveryCompanyName": courier.code,
        "serviceType": "express" if courier.eta_min == 1 else "fastDelivery",
        "deliveryType": "toCustomerDoorstep",
        "trackingType": "excellent",
        "score5": 4.5,
        "pickupDropoff": "pickupOnly",
        "price": float(price),
        "currency": "SAR",
        "codCharge": COD_CHARGE if courier.supports_cod else 0,
        "maxCODValue": MAX_COD if courier.supports_cod else 0,
        "maxOrderValue": 10000,
        "extraWeightPerKg": float(courier.per_kg),
        "maxFreeWeight": 1,
        "returnFee": float(courier.base_price),
        "avgDeliveryTime": f"{courier.eta_min} to {courier.eta_max} Working Days",
        "pickupCutOffTime": "14:00",
        "estimatedPickupDate": (today + timedelta(days=1)).isoformat(),
        "estimatedDeliveryDate": (today + timedelta(days=courier.eta_max)).isoformat(),
        "logo": "",
    }


def _fee_request(args: dict[str, Any]) -> Decimal:
    """Validate a city-to-city fee request; the chargeable weight in kg."""
    need_text(args, "originCity", "OTO1097")
    need_text(args, "destinationCity", "OTO1097")
    weight = number(args.get("weight"), "OTO1049", "weight")
    if weight <= 0:
        raise OtoError("OTO1049", 400, "weight must be positive")
    if args.get("deliveryType") == "bullet":
        for key in ("originLat", "originLon", "destinationLat", "destinationLon"):
            number(args.get(key), "OTO1098", key)
    return max(Decimal(str(weight)), volumetric_kg(args))


def _couriers(st: OtoState, cod: bool) -> list[DemoCourier]:
    return [c for c in st.world.couriers if c.supports_cod or not cod]


def check_oto_delivery_fee(
    st: OtoState, args: dict[str, Any], _: Mapping[str, str]
) -> dict[str, Any]:
    weight = _fee_request(args)
    options = [option_view(st, c, weight, oto_rates=True) for c in st.world.couriers]
    trace = f"sandbox-{st.world.seed}-{len(st.data['log']) + 1}"
    return {"traceId": trace, "success": True, "deliveryCompany": options}


def check_delivery_fee(st: OtoState, args: dict[str, Any], _: Mapping[str, str]) -> dict[str, Any]:
    weight = _fee_request(args)
    due = number(args.get("totalDue", 0), "OTO1010", "totalDue")
    options = [option_view(st, c, weight) for c in _couriers(st, due > 0)]
    return {"success": True, "deliveryCompany": options}


def get_delivery_fee(st: OtoState, args: dict[str, Any], _: Mapping[str, str]) -> dict[str, Any]:
    entry = st.order(need_text(args, "orderId", "OTO1001"))
    facts = st.facts(entry)
    couriers = _couriers(st, facts.cod)
    wanted = args.get("deliveryCompanySettingsId")
    if wanted not in (None, ""):
        chosen = st.courier(wanted)
        if chosen is None or chosen not in couriers:
            raise OtoError("OTO1004", 400, f"no delivery option {wanted} for this order")
        couriers = [chosen]
    weight = Decimal(str(facts.weight_kg))
    return {"success": True, "deliveryCompany": [option_view(st, c, weight) for c in couriers]}


def get_delivery_options(
    st: OtoState, args: dict[str, Any], _: Mapping[str, str]
) -> dict[str, Any]:
    city, order_id = args.get("city"), args.get("orderId")
    if bool(city) == bool(order_id):
        raise OtoError("OTO1010", 400, "send either city or orderId, not both")
    if order_id:
        facts = st.facts(st.order(str(order_id)))
        weight, couriers = Decimal(str(facts.weight_kg)), _couriers(st, facts.cod)
    else:
        weight, couriers = Decimal(1), list(st.world.couriers)
    return {"success": True, "deliveryOptions": [option_view(st, c, weight) for c in couriers]}


ROUTES = (
    ("POST", "/checkOTODeliveryFee", check_oto_delivery_fee),
    ("POST", "/checkDeliveryFee", check_delivery_fee),
    ("POST", "/getDeliveryFee", get_delivery_fee),
    ("GET", "/getDeliveryOptions", get_delivery_options),
)
