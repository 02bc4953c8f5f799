"""Station settings and in-memory credentials that point the app at a running sandbox.

Profiles: `xstak` (XStak orders + aggregator + Akinon), `oto` (OTO for all three roles),
`ds` (XStak orders + Delivery Solutions + Akinon).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.config import (
    AggregatorCourier,
    AggregatorSettings,
    AkinonSettings,
    AkinonTransitions,
    PackingSettings,
    PrinterSettings,
    PrintingSettings,
    RolesSettings,
    Settings,
    StationSettings,
    UrlSettings,
)
from app.domain import Address, BoxPreset
from app.sandbox.context import DS_BASE_PATH, Credentials
from app.sandbox.demo import make_world
from app.secrets import SecretKey

PROFILES: dict[str, RolesSettings] = {
    "xstak": RolesSettings(orders_from="xstak", ship_with=["aggregator"], status_to="akinon"),
    "oto": RolesSettings(orders_from="oto", ship_with=["oto"], status_to="oto"),
    "ds": RolesSettings(orders_from="xstak", ship_with=["ds"], status_to="akinon"),
}

DEFAULT_TRANSITIONS = {"packed": 101, "shipped": 102, "update_shipment_info": 103}


def demo_secrets(info: dict[str, Any]) -> dict[SecretKey, str]:
    """The sandbox's demo credentials, as published by `/_sandbox/credentials`."""
    published = {**Credentials().as_dict(), **info.get("secrets", {})}
    return {key: str(published[key.value]) for key in SecretKey}


def demo_settings(profile: str, address: str, info: Any, folder: Path, seed: int = 1) -> Settings:
    world = make_world(seed, orders=1)
    akinon = info.get("akinon", {})
    transitions = akinon.get("transitions", DEFAULT_TRANSITIONS)
    cargo = akinon.get("cargo_companies") or {
        c.code: 900 + i for i, c in enumerate(world.couriers, start=1)
    }
    origin = world.origin
    printer = PrinterSettings(kind="folder", folder=str(folder))
    return Settings(
        station=StationSettings(
            name=f"Demo ({profile})",
            location_id=world.location_id,
            location_code=world.location_code,
            warehouse_code=world.warehouse_code,
        ),
        roles=PROFILES[profile],
        urls=UrlSettings(
            xstak_auth=f"{address}/xstak-auth",
            xstak_orders=f"{address}/xstak",
            aggregator=f"{address}/xstak",
            akinon=f"{address}/akinon",
            oto=f"{address}/oto",
            ds=f"{address}/ds{DS_BASE_PATH}",
        ),
        akinon=AkinonSettings(
            transitions=AkinonTransitions.model_validate(transitions),
            cargo_companies=cargo,
        ),
        aggregator=AggregatorSettings(
            couriers=[
                AggregatorCourier(
                    courier_id=c.courier_id,
                    name=c.name,
                    code=c.code,
                    base_price=c.base_price,
                    per_kg=c.per_kg,
                    eta_days_min=c.eta_min,
                    eta_days_max=c.eta_max,
                    supports_cod=c.supports_cod,
                )
                for c in world.couriers
            ]
        ),
        printing=PrintingSettings(label_printer=printer, slip_printer=printer),
        packing=PackingSettings(
            box_presets=[
                BoxPreset(name="S", length_cm=20, width_cm=15, height_cm=10),
                BoxPreset(name="M", length_cm=35, width_cm=25, height_cm=15),
                BoxPreset(name="L", length_cm=50, width_cm=40, height_cm=30),
            ],
            default_preset="M",
            queue_refresh_seconds=15,
        ),
        ship_from=Address(
            name=origin.name,
            phone=origin.phone,
            email=origin.email,
            line1=origin.line1,
            district=origin.district,
            city=origin.city,
            postcode=origin.postcode,
            country=origin.country,
        ),
        returns_warehouse=Address(
            name="Packstation Returns",
            phone=origin.phone,
            line1=origin.line1,
            city=origin.city,
            country=origin.country,
        ),
    )
