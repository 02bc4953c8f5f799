"""The soak's figures: the station's audit (its journal and lists) against the sandbox's state.

Per profile: orders the station tried, with 0, 1 and more than 1 shipments at the carrier; orders
in no list (not shipped, not in the OMS ready list, not on a supervisor list); shipments the
journal does not know (at the carrier, while the journal holds no created shipment and no doubt);
OMS commands lost (the journal says delivered, or a shipped order's command was never queued, or
it still waits with faults off), duplicated (queued twice, or accepted twice with different
contents), out of order (accepted in another order than queued); and unhandled exceptions in the
station's stderr.
A command the OMS received again unchanged after a lost reply is at-least-once delivery working
as designed: it is shown, and not counted as a duplicate.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

# Figures that must be 0 for the soak to pass.
MUST_BE_ZERO = (
    "more than 1 shipment",
    "orders in no list",
    "shipped with no shipment",
    "shipments the journal does not know",
    "OMS commands lost",
    "OMS commands duplicated",
    "OMS commands out of order",
    "OMS commands still waiting",
    "unhandled exceptions",
    "audit missing",
)


@dataclass
class Figures:
    profile: str
    counts: dict[str, int] = field(default_factory=dict)
    details: list[str] = field(default_factory=list)
    ends: dict[str, int] = field(default_factory=dict)


def _shipments(profile: str, state: dict[str, Any]) -> Counter[str]:
    """Shipments per order number at the profile's carrier (returns excluded)."""
    found: Counter[str] = Counter()
    if profile == "xstak":
        for ship in state["aggregator"]["shipments"].values():
            found[str(ship["orderNumber"])] += 1
    elif profile == "ds":
        for entry in state["ds"]["shipments"].values():
            attributes = entry["request"].get("orderAttributes") or {}
            found[str(attributes.get("packstationOrderNumber"))] += 1
    else:
        numbers = {o["orderId"]: o.get("ref1") or o["orderId"] for o in _oto_orders(state)}
        for ship in state["oto"]["shipments"]:
            if not ship.get("isReturn"):
                found[str(numbers.get(ship["orderId"], ship["orderId"]))] += 1
    return found


def _oto_orders(state: dict[str, Any]) -> list[dict[str, Any]]:
    orders = state["oto"]["orders"]
    return list(orders.values()) if isinstance(orders, dict) else list(orders)


def _received(
    profile: str, state: dict[str, Any], package: str, number: str
) -> list[dict[str, Any]]:
    """What the OMS received for a package, in order: [{kind, accepted, body}]."""
    if profile == "oto":
        orders = [o for o in _oto_orders(state) if (o.get("ref1") or o["orderId"]) == number]
        packing = [p["packingStatus"] for o in orders[:1] for p in o.get("packing") or []]
        return [{"kind": p, "accepted": True, "body": p} for p in packing]
    record = state["akinon"]["packages"].get(package) or {"commands": []}
    return [
        {
            "kind": c["command"],
            "accepted": c["result"] == 204,
            "body": json.dumps(c["body"], sort_keys=True),
        }
        for c in record["commands"]
    ]


def _observable(profile: str, kind: str) -> bool:
    """OTO keeps only the packing status; its other two commands leave no trace to compare."""
    return profile != "oto" or kind == "packed"


def _check_commands(fig: Figures, audit: dict[str, Any], state: dict[str, Any]) -> None:
    c = fig.counts
    queued_packages = {audit["package_orders"].get(p, p) for p in audit["packages"]}
    for number, job in audit["jobs"].items():
        if job["status"] == "shipped" and number not in queued_packages:
            c["OMS commands lost"] += 1
            fig.details.append(f"{number}: shipped, but no OMS command was ever queued")
    for package, commands in audit["packages"].items():
        number = audit["package_orders"].get(package, package)
        live = [x for x in commands if x["state"] != "discarded"]
        kinds = Counter(x["kind"] for x in live)
        for kind, n in kinds.items():
            if n > 1:
                c["OMS commands duplicated"] += n - 1
                fig.details.append(f"{number}: {kind} queued {n} times")
        received = _received(fig.profile, state, package, number)
        accepted = [r for r in received if r["accepted"]]
        for kind in kinds:
            if not _observable(fig.profile, kind):
                continue
            bodies = {r["body"] for r in accepted if r["kind"] == kind}
            times = sum(1 for r in accepted if r["kind"] == kind)
            if len(bodies) > 1:
                c["OMS commands duplicated"] += len(bodies) - 1
                fig.details.append(f"{number}: {kind} accepted with {len(bodies)} contents")
            elif times > 1:
                c["OMS commands re-sent unchanged (lost reply)"] += times - 1
        for x in live:
            if x["state"] == "delivered" and _observable(fig.profile, x["kind"]):
                if not any(r["kind"] == x["kind"] for r in accepted):
                    c["OMS commands lost"] += 1
                    fig.details.append(f"{number}: {x['kind']} marked delivered, never accepted")
            elif x["state"] == "pending":
                c["OMS commands still waiting"] += 1
                fig.details.append(f"{number}: {x['kind']} still waiting with faults off")
            elif x["state"] == "dead":
                c["OMS commands on the supervisor list"] += 1
        delivered = [x["kind"] for x in live if x["state"] == "delivered"]
        queued = [kind for kind in delivered if _observable(fig.profile, kind)]
        first: list[str] = []
        for r in accepted:
            if r["kind"] in queued and r["kind"] not in first:
                first.append(r["kind"])
        if first != [k for k in queued if k in first]:
            c["OMS commands out of order"] += 1
            fig.details.append(f"{number}: queued {queued}, accepted in the order {first}")


def figures_for(
    profile: str,
    audit: dict[str, Any] | None,
    state: dict[str, Any],
    errors: str,
    ends: dict[str, int],
) -> Figures:
    fig = Figures(profile, counts=Counter(), ends=ends)
    c = fig.counts
    c["unhandled exceptions"] = max(errors.count("UNHANDLED"), errors.count("Traceback"))
    if audit is None:
        c["audit missing"] = 1
        fig.details.append("the audit run printed no AUDIT line (see station.err)")
        return fig
    c["kill -9s that landed"] = ends.get("killed", 0)
    shipments = _shipments(profile, state)
    tried = set(audit["jobs"])
    touched = tried | {n for n in shipments if shipments[n]}
    c["orders tried"] = len(touched)
    for number in sorted(touched):
        n = shipments.get(number, 0)
        c["0 shipments" if n == 0 else "1 shipment" if n == 1 else "more than 1 shipment"] += 1
        if n > 1:
            fig.details.append(f"{number}: {n} shipments")
        job = audit["jobs"].get(number, {"status": "untried"})
        shipped = job["status"] == "shipped"
        if shipped:
            c["shipped"] += 1
            if n == 0:
                c["shipped with no shipment"] += 1
                fig.details.append(f"{number}: the journal says shipped, the carrier has none")
        lists = {
            "ready": number in (audit["ready"] or []),
            "in doubt": number in audit["in_doubt"],
            "open job": number in audit["open_jobs"],
            "OMS stuck": number in audit["dead"],
        }
        for name, on in lists.items():
            if on and not shipped:
                c[f"not shipped, on the list: {name}"] += 1
        if n and not job.get("created") and not lists["in doubt"]:
            c["shipments the journal does not know"] += 1
            fig.details.append(f"{number}: {n} shipments, the journal has none and no doubt")
        if lists["in doubt"]:
            fig.details.append(f"{number}: in doubt, for a supervisor ({n} shipments)")
        if not shipped and not any(lists.values()):
            c["orders in no list"] += 1
            fig.details.append(f"{number}: not shipped and on no list ({job}, {n} shipments)")
    if audit["ready"] is None:
        fig.details.append("the audit could not read the ready list")
    _check_commands(fig, audit, state)
    c["faults injected"] = int(state.get("faults injected", 0))
    return fig


def print_figures(results: list[Figures]) -> bool:
    """Print the table; True when any must-be-zero figure is not 0."""
    names: list[str] = [
        "kill -9s that landed",
        "orders tried",
        "shipped",
        "0 shipments",
        "1 shipment",
    ]
    for fig in results:
        names += [n for n in fig.counts if n not in names and n not in MUST_BE_ZERO]
    names += [n for n in MUST_BE_ZERO if n not in names]
    width = max(len(n) for n in names) + 2
    print(f"   {'':{width}}" + "".join(f"{f.profile:>8}" for f in results) + f"{'total':>8}")
    failed = False
    for name in names:
        values = [int(f.counts.get(name, 0)) for f in results]
        print(f"   {name:{width}}" + "".join(f"{v:>8}" for v in values) + f"{sum(values):>8}")
        failed = failed or (name in MUST_BE_ZERO and sum(values) > 0)
    for fig in results:
        ends = ", ".join(f"{k}: {v}" for k, v in sorted(fig.ends.items()))
        print(f"   {fig.profile} station runs: {ends}")
        for line in fig.details[:40]:
            print(f"   {fig.profile}: {line}")
    print("   RESULT: " + ("FAILED (a loss or duplication figure is not 0)" if failed else "ok"))
    return failed
