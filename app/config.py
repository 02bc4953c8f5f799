"""The station configuration: one typed schema with defaults and descriptions, saved as TOML.

Every key is documented in README.md ("Configuration"). Secrets never live here: see app.secrets.
The file is `station.toml` in the platform's config folder (platformdirs) unless `--config FILE`.
"""

from __future__ import annotations

import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs
import tomli_w
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from app.domain import Address, BoxPreset, ConfigError, Role
from app.net.clients import is_loopback_host
from app.workflow.carrier_rules import CarrierRules

APP_NAME = "packstation"


def _check_url(url: str) -> str:
    if not url:
        return url
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ValueError("must be a full URL such as https://api.example.com")
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise ValueError("must use https:// (plain http is allowed only for this computer)")
    return url.rstrip("/")


BaseUrl = Annotated[str, AfterValidator(_check_url)]

#: The Delivery Solutions API path public integrations use, added to a DS URL given without one.
DS_DEFAULT_API_PATH = "/api/v2"


def _ds_api_base(url: str) -> str:
    """The DS URL is the API base a customer is given (``https://HOST/api/v2``): requests go to
    ``<it>/shipments``. A bare host (as older settings held) gets ``DS_DEFAULT_API_PATH``."""
    if url and not urlsplit(url).path.strip("/"):
        return url.rstrip("/") + DS_DEFAULT_API_PATH
    return url


DsApiBase = Annotated[BaseUrl, AfterValidator(_ds_api_base)]


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class StationSettings(Section):
    name: str = Field("Station 1", min_length=1, description="Shown in the title bar and logs")
    location_id: str = Field("", description="XStak locationId orders are listed for")
    location_code: str = Field("", description="XStak location_code (optional filter)")
    warehouse_code: str = Field("", description="OTO warehouseCode (pickupLocationCode)")
    timezone: str = Field("Asia/Riyadh", description="IANA time zone; start_date is sent with it")
    currency: str = Field("SAR", min_length=3, max_length=3)
    language: Literal["", "en", "ar", "tr"] = Field(
        "", description="Screen language: empty = the system's; --lang on the command line wins"
    )

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r}; use a name like Asia/Riyadh") from None
        return value


ProviderName = Literal["aggregator", "oto", "ds"]


def _only_aggregator() -> list[ProviderName]:
    return ["aggregator"]


class RolesSettings(Section):
    orders_from: Literal["xstak", "oto"] = "xstak"
    ship_with: list[ProviderName] = Field(default_factory=_only_aggregator, min_length=1)
    status_to: Literal["akinon", "oto", "none"] = "akinon"

    @field_validator("ship_with")
    @classmethod
    def _unique(cls, value: list[str]) -> list[str]:
        if len(set(value)) != len(value):
            raise ValueError("each shipping provider may be listed once")
        return value


class UrlSettings(Section):
    xstak_auth: BaseUrl = "https://api-copilot-stage-local.xstak.com"
    xstak_orders: BaseUrl = "https://oe-unc-stage-local.xstak.com"
    aggregator: BaseUrl = "https://oe-unc-stage-local.xstak.com"
    akinon: BaseUrl = ""
    oto: BaseUrl = "https://api.tryoto.com"
    ds: DsApiBase = Field(
        "", description="DS API base as given, e.g. https://sandbox.api.deliverysolutions.co/api/v2"
    )


class XStakSettings(Section):
    order_statuses: list[str] = Field(
        default_factory=lambda: ["pending"],
        min_length=1,
        description="order_status values listed for packing (the seed's example values: "
        "pending, completed)",
    )
    lookback_days: int = Field(14, ge=1, le=365, description="start_date = now − this many days")


class AkinonTransitions(Section):
    packed: int = Field(0, ge=0)
    shipped: int = Field(0, ge=0)
    update_shipment_info: int = Field(0, ge=0)


class AkinonSettings(Section):
    transitions: AkinonTransitions = Field(default_factory=AkinonTransitions)
    cargo_companies: dict[str, int] = Field(
        default_factory=dict, description="carrier code or name → Akinon cargo company id"
    )


class AggregatorCourier(Section):
    """The aggregator has no rates endpoint: its couriers are priced from this table."""

    courier_id: str
    name: str
    code: str = ""
    base_price: Decimal = Field(Decimal(0), ge=0)
    per_kg: Decimal = Field(Decimal(0), ge=0)
    eta_days_min: int | None = None
    eta_days_max: int | None = None
    supports_cod: bool = True


class AggregatorSettings(Section):
    couriers: list[AggregatorCourier] = Field(default_factory=list)


class OtoSettings(Section):
    oto_rates: bool = Field(False, description="Also offer OTO's own contract rates")
    label_timeout_s: int = Field(60, ge=5, le=600, description="Wait this long for an AWB")


class DsSettings(Section):
    location_external_id: str = Field(
        "", description="DS pickup location id; default: station.location_code"
    )
    label_timeout_s: int = Field(
        60, ge=5, le=600, description="Wait this long for DS's courier, tracking id and label"
    )


class PrinterSettings(Section):
    kind: Literal["folder", "cups", "tcp", "system"] = "folder"
    queue: str = Field("", description="CUPS queue or system printer name")
    host: str = ""
    port: int = Field(9100, ge=1, le=65535)
    folder: str = Field("", description="Folder printer target; default: the data folder")
    dpi: Literal[203, 300, 600] = 203
    media_width_in: Decimal = Field(Decimal(4), gt=0, le=20)
    media_height_in: Decimal = Field(Decimal(6), gt=0, le=20)
    allow_fit_to_page: bool = False
    allow_dpi_mismatch: bool = Field(
        False, description="Print a ZPL made for another dpi anyway (it prints smaller or larger)"
    )
    zpl_from_pdf: bool = Field(
        True, description="tcp: rasterise PDF labels to ZPL ^GFA; off: refuse PDF labels"
    )


class PrintingSettings(Section):
    label_printer: PrinterSettings = Field(default_factory=PrinterSettings)
    slip_printer: PrinterSettings = Field(default_factory=PrinterSettings)
    slip_layout: Literal["4x6", "A6", "A4"] = "4x6"
    print_slip: bool = True


class ScannerSettings(Section):
    prefix: str = Field("", description="Characters the scanner sends before each code")
    suffix: Literal["Enter", "Tab", "None"] = "Enter"
    max_gap_ms: int = Field(50, ge=5, le=500, description="Longest pause inside one scan")
    min_length: int = Field(3, ge=1, le=64)


class ScaleSettings(Section):
    """The bench scale (app.scales): README "Scales" describes each kind."""

    kind: Literal["none", "hid", "serial", "wedge"] = Field(
        "none", description="none, hid (USB POS scale), serial, or wedge (types weight + Enter)"
    )
    device: str = Field("", description="hid: /dev/hidrawN; serial: /dev/ttyUSB0 or COM3")
    baud: int = Field(9600, ge=300, le=921600, description="Serial scales only")
    protocol: Literal["mt-sics", "continuous"] = Field(
        "mt-sics", description="Serial scales: MT-SICS (asked with SI) or continuous output"
    )
    line_pattern: str = Field(
        "", description="Continuous output: a regex with (?P<value>…); empty = ST,GS,+1.234kg"
    )
    unit: Literal["kg", "g", "lb", "oz"] = Field(
        "kg", description="The unit of a weight sent without one (continuous or wedge)"
    )

    @model_validator(mode="after")
    def _usable(self) -> ScaleSettings:
        if self.kind in ("hid", "serial") and not self.device:
            raise ValueError(f"a {self.kind} scale needs its device (path or port)")
        if self.line_pattern:
            import re

            from app.scales.serial_formats import ContinuousFormat

            try:
                ContinuousFormat(self.line_pattern)  # a pattern without a value group: words
            except re.error as exc:
                raise ValueError(f"line_pattern is not a valid regular expression: {exc}") from None
        return self


class PackingSettings(Section):
    auto_complete: bool = False
    require_weight: bool = True
    require_dimensions: bool = Field(
        True, description="Every box needs its sides before shipping (carriers price by volume)"
    )
    default_preset: str = Field("", description="Box preset for each order's first box")
    shipped_when: Literal["packed", "handover"] = "handover"
    box_presets: list[BoxPreset] = Field(default_factory=list)
    queue_refresh_seconds: int = Field(30, ge=5, le=3600)

    @model_validator(mode="after")
    def _known_default(self) -> PackingSettings:
        names = {preset.name for preset in self.box_presets}
        if self.default_preset and self.default_preset not in names:
            known = ", ".join(sorted(names)) or "none configured"
            raise ValueError(
                f"default_preset {self.default_preset!r} is not a box preset ({known})"
            )
        return self


class Operator(Section):
    operator_id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    role: Role
    badge: str = Field("", description="Badge barcode that signs this operator in")
    pin_hash: str = Field("", description="Salted scrypt hash, never the PIN itself")


class OperatorSettings(Section):
    operators: list[Operator] = Field(default_factory=list)
    idle_sign_out_minutes: int = Field(15, ge=1, le=480)


class Settings(Section):
    station: StationSettings = Field(default_factory=StationSettings)
    roles: RolesSettings = Field(default_factory=RolesSettings)
    urls: UrlSettings = Field(default_factory=UrlSettings)
    xstak: XStakSettings = Field(default_factory=XStakSettings)
    akinon: AkinonSettings = Field(default_factory=AkinonSettings)
    aggregator: AggregatorSettings = Field(default_factory=AggregatorSettings)
    oto: OtoSettings = Field(default_factory=OtoSettings)
    ds: DsSettings = Field(default_factory=DsSettings)
    printing: PrintingSettings = Field(default_factory=PrintingSettings)
    scanner: ScannerSettings = Field(default_factory=ScannerSettings)
    scale: ScaleSettings = Field(default_factory=ScaleSettings)
    packing: PackingSettings = Field(default_factory=PackingSettings)
    rules: CarrierRules = Field(default_factory=CarrierRules)
    operators: OperatorSettings = Field(default_factory=OperatorSettings)
    ship_from: Address | None = None
    returns_warehouse: Address | None = None

    def enabled_backends(self) -> list[str]:
        """Backends this station talks to, for the status bar: orders, shipping, status."""
        names: list[str] = [self.roles.orders_from, *self.roles.ship_with]
        if self.roles.status_to != "none":
            names.append(self.roles.status_to)
        return list(dict.fromkeys(names))


def default_config_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME)) / "station.toml"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME))


def describe_errors(error: ValidationError) -> dict[str, str]:
    """Validation errors as {"section.field": "words"} for display next to each field."""
    out: dict[str, str] = {}
    for item in error.errors():
        key = ".".join(str(p) for p in item["loc"])
        out.setdefault(key, str(item["msg"]).removeprefix("Value error, "))
    return out


def load_settings(path: Path | None = None) -> Settings:
    """Read the TOML file; a missing default file gives defaults, a broken one a ConfigError."""
    target = path or default_config_path()
    if not target.exists():
        if path is not None:
            raise ConfigError(f"configuration file {target} does not exist")
        return Settings()
    try:
        raw: dict[str, Any] = tomllib.loads(target.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read {target}: {exc}") from exc
    except (ValueError, RecursionError) as exc:  # a number too long, nesting too deep
        raise ConfigError(
            f"cannot read {target}: it is not a station configuration ({exc})"
        ) from exc
    try:
        return Settings.model_validate(raw)
    except ValidationError as exc:
        lines = "; ".join(f"{k}: {v}" for k, v in describe_errors(exc).items())
        raise ConfigError(f"{target} is not a valid station configuration — {lines}") from exc


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    """Write atomically (temp file + rename) so a crash never leaves half a file."""
    target = path or default_config_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    data = settings.model_dump(mode="json", exclude_none=True)
    tmp = target.with_suffix(".toml.tmp")
    tmp.write_text(tomli_w.dumps(data), encoding="utf-8")
    tmp.replace(target)
    return target
