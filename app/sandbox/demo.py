"""Deterministic demo data shared by every emulator: products, customers, couriers and orders.

The same order exists in the XStak order list, in OTO and as an Akinon package, so one `--seed`
gives one consistent world. Nothing here knows about HTTP; the emulators render it in their own
wire formats.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path


@dataclass(frozen=True)
class DemoProduct:
    sku: str
    name: str
    barcode: str
    barcode_kind: str  # "ean13" or "code128"
    price: Decimal
    weight_kg: Decimal
    length_cm: int
    width_cm: int
    height_cm: int
    product_id: int
    pack_barcode: str = ""  # a multi-pack of this product, counting pack_size units
    pack_size: int = 1


@dataclass(frozen=True)
class DemoCustomer:
    name: str
    phone: str
    email: str
    line1: str
    district: str
    city: str
    country: str
    postcode: str
    latitude: float
    longitude: float


@dataclass(frozen=True)
class DemoCourier:
    courier_id: str  # XStak-style 24-hex id
    name: str
    code: str  # short carrier code, also the Akinon cargo-company key
    oto_option_id: int
    ds_provider: str
    base_price: Decimal
    per_kg: Decimal
    eta_min: int
    eta_max: int
    supports_cod: bool
    label_file: str  # a file name in ../shared/fixtures/labels/


@dataclass(frozen=True)
class DemoLine:
    line_id: str
    product: DemoProduct
    quantity: int


@dataclass(frozen=True)
class DemoOrder:
    number: str  # printed and scanned: "SO-20261123-000042"
    xstak_id: str
    oto_id: str
    package_id: int  # Akinon OMS package id
    created_at: datetime
    customer: DemoCustomer
    lines: tuple[DemoLine, ...]
    cod: bool
    currency: str
    location_code: str
    warehouse_code: str

    @property
    def total(self) -> Decimal:
        return sum((ln.product.price * ln.quantity for ln in self.lines), Decimal(0))

    @property
    def weight_kg(self) -> Decimal:
        return sum((ln.product.weight_kg * ln.quantity for ln in self.lines), Decimal(0))


@dataclass(frozen=True)
class DemoWorld:
    seed: int
    location_id: str
    location_code: str
    warehouse_code: str
    products: tuple[DemoProduct, ...]
    couriers: tuple[DemoCourier, ...]
    orders: tuple[DemoOrder, ...]
    origin: DemoCustomer
    by_number: dict[str, DemoOrder] = field(default_factory=dict, compare=False)

    def order(self, key: str) -> DemoOrder | None:
        """An order by its number, XStak id or OTO id."""
        return self.by_number.get(key)


_PRODUCTS = [
    ("Ajwa dates 500 g", "تمر عجوة ٥٠٠ غ", "19.50", "0.55"),
    ("Arabic coffee 250 g", "قهوة عربية ٢٥٠ غ", "32.00", "0.30"),
    ("Saffron 2 g", "زعفران ٢ غ", "45.00", "0.05"),
    ("Oud perfume 50 ml", "عطر عود ٥٠ مل", "210.00", "0.40"),
    ("Prayer mat", "سجادة صلاة", "75.00", "0.90"),
    ("Cotton thobe M", "ثوب قطن M", "120.00", "0.60"),
    ("Cotton thobe L", "ثوب قطن L", "120.00", "0.65"),
    ("Silk scarf", "وشاح حرير", "89.00", "0.15"),
    ("Water bottle 330 ml", "ماء ٣٣٠ مل", "1.50", "0.35"),
    ("Phone charger USB-C", "شاحن هاتف", "59.00", "0.20"),
    ("Bluetooth earbuds", "سماعات بلوتوث", "149.00", "0.18"),
    ("Ceramic mug", "كوب سيراميك", "25.00", "0.45"),
    ("Notebook A5", "دفتر A5", "12.00", "0.25"),
    ("Kids sneakers 32", "حذاء أطفال ٣٢", "99.00", "0.70"),
    ("Olive oil 1 l", "زيت زيتون ١ لتر", "38.00", "1.05"),
    ("Honey 500 g", "عسل ٥٠٠ غ", "65.00", "0.62"),
]

_CITIES = [
    ("الرياض", "Riyadh", "SA", "العليا", "12211", 24.71, 46.67),
    ("جدة", "Jeddah", "SA", "الروضة", "23435", 21.54, 39.17),
    ("الدمام", "Dammam", "SA", "الفيصلية", "32272", 26.43, 50.10),
    ("", "Karachi", "PK", "Clifton", "75600", 24.81, 67.03),
    ("", "Istanbul", "TR", "Kadıköy", "34710", 40.99, 29.03),
    ("", "Dubai", "AE", "Al Barsha", "00000", 25.11, 55.20),
]

_PHONE = {"SA": "+9665", "PK": "+923", "TR": "+905", "AE": "+9715"}

_ARABIC_NAMES = ["محمد العتيبي", "نورة القحطاني", "عبدالله الشهري", "سارة الدوسري", "فهد الحربي"]
_LATIN_NAMES = ["Ayesha Khan", "Mehmet Yılmaz", "Omar Farooq", "Elif Demir", "John Smith"]

_COURIERS = [
    ("SMSA Express", "smsa", 2828, "smsa", "18.00", "3.00", 1, 3, True, "fedex-express-4x6.pdf"),
    (
        "Aramex",
        "aramex",
        56468,
        "aramex",
        "22.00",
        "2.50",
        1,
        2,
        True,
        "usps-ground-advantage-4x6.pdf",
    ),
    (
        "DHL Express",
        "dhl",
        56469,
        "dhl",
        "35.00",
        "4.00",
        1,
        2,
        False,
        "dhl-express-waybill-99x200mm.pdf",
    ),
    ("J&T Express", "jt", 56470, "jt", "15.00", "3.50", 2, 5, True, "landmark-4x6.pdf"),
    ("DPD", "dpd", 56471, "dpd", "20.00", "2.00", 2, 4, False, "dpd-fr.zpl"),
]


def missing_label_files(folder: Path) -> list[str]:
    """The carrier label files the demo couriers serve that ``folder`` lacks (all, when it is not
    a folder): a sandbox without them would fail every label download."""
    names = sorted({c[-1] for c in _COURIERS})
    if not folder.is_dir():
        return names
    return [name for name in names if not (folder / name).is_file()]


def _courier_id(code: str, _draw: int) -> str:
    """A 24-hex id that is the same for every seed (the station's price table names it); the
    random draw is still taken so the rest of the world stays as each seed made it."""
    return "68e9" + hashlib.sha1(code.encode()).hexdigest()[:20]


def _ean13(body12: str) -> str:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body12))
    return body12 + str((10 - total % 10) % 10)


def make_world(seed: int = 1, orders: int = 60, now: datetime | None = None) -> DemoWorld:
    """Build the demo world; the same seed always gives the same world."""
    rng = random.Random(seed)
    now = now or datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    products = []
    for i, (name, name_ar, price, weight) in enumerate(_PRODUCTS):
        code128 = i % 5 == 4
        barcode = f"PS-{1000 + i}" if code128 else _ean13(f"629104150{i:03d}")
        # Products 8..10 share a barcode family (same prefix, consecutive items) on purpose.
        pack = _ean13(f"629104159{i:03d}") if i in (8, 12) else ""
        products.append(
            DemoProduct(
                sku=f"SKU-{1000 + i}",
                name=f"{name} / {name_ar}",
                barcode=barcode,
                barcode_kind="code128" if code128 else "ean13",
                price=Decimal(price),
                weight_kg=Decimal(weight),
                length_cm=rng.randint(8, 40),
                width_cm=rng.randint(6, 30),
                height_cm=rng.randint(2, 20),
                product_id=5000 + i,
                pack_barcode=pack,
                pack_size=6 if pack else 1,
            )
        )
    couriers = tuple(
        DemoCourier(
            courier_id=_courier_id(c, rng.getrandbits(80)),
            name=n,
            code=c,
            oto_option_id=o,
            ds_provider=d,
            base_price=Decimal(b),
            per_kg=Decimal(k),
            eta_min=lo,
            eta_max=hi,
            supports_cod=cod,
            label_file=f,
        )
        for (n, c, o, d, b, k, lo, hi, cod, f) in _COURIERS
    )
    origin = DemoCustomer(
        "Packstation Demo Warehouse",
        "+966500000000",
        "warehouse@example.com",
        "Industrial Area 2, Street 14",
        "السلي",
        "Riyadh",
        "SA",
        "14322",
        24.60,
        46.80,
    )
    order_list: list[DemoOrder] = []
    for n in range(1, orders + 1):
        ar, city, country, district, postcode, lat, lon = rng.choice(_CITIES)
        arabic = country == "SA" and rng.random() < 0.7
        name = rng.choice(_ARABIC_NAMES if arabic else _LATIN_NAMES)
        street = (
            f"شارع {rng.randint(1, 99)}، {district}"
            if arabic
            else f"{rng.randint(1, 200)} Main Road"
        )
        customer = DemoCustomer(
            name=name,
            phone=f"{_PHONE[country]}{rng.randint(10000000, 99999999)}",
            email=f"customer{n}@example.com",
            line1=street,
            district=district,
            city=ar if arabic and ar else city,
            country=country,
            postcode=postcode,
            latitude=lat,
            longitude=lon,
        )
        chosen = rng.sample(products, rng.randint(1, 8))
        lines = tuple(
            DemoLine(line_id=f"{n}-{j + 1}", product=p, quantity=rng.randint(1, 5))
            for j, p in enumerate(chosen)
        )
        created = now - timedelta(minutes=rng.randint(5, 60 * 48))
        order_list.append(
            DemoOrder(
                number=f"SO-{created:%Y%m%d}-{n:06d}",
                xstak_id=f"{rng.getrandbits(64):016X}",
                oto_id=f"OTO-{100000 + n}",
                package_id=70000 + n,
                created_at=created,
                customer=customer,
                lines=lines,
                cod=rng.random() < 0.45,
                currency={"SA": "SAR", "PK": "PKR", "TR": "TRY", "AE": "AED"}[country],
                location_code="RUH-01",
                warehouse_code="WH-RUH-01",
            )
        )
    by_number: dict[str, DemoOrder] = {}
    for o in order_list:
        by_number[o.number] = o
        by_number[o.xstak_id] = o
        by_number[o.oto_id] = o
    return DemoWorld(
        seed=seed,
        location_id="LOC-RUH-01",
        location_code="RUH-01",
        warehouse_code="WH-RUH-01",
        products=tuple(products),
        couriers=couriers,
        orders=tuple(order_list),
        origin=origin,
        by_number=by_number,
    )


def courier_price(courier: DemoCourier, weight_kg: Decimal) -> Decimal:
    """Price of one shipment of this weight with this courier (whole kg rounded up)."""
    kg = max(Decimal(1), weight_kg.to_integral_value(rounding="ROUND_CEILING"))
    return (courier.base_price + courier.per_kg * (kg - 1)).quantize(Decimal("0.01"))
