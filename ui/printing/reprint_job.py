"""A reprint from the archive, without widgets: reason, approval, print, audit record.

A reprint needs a reason (one of REASONS, "Other" only with words of its own). An operator who
is not a supervisor needs a supervisor's approval (the ``approve`` callable asks one; None is a
refusal). The archived bytes go to the printer unchanged, and only a print that reached the
printer is recorded (Archive.record_reprint: who, when, what, why, which printer, approved by).
A failed print keeps the request, so Retry sends the same bytes again without asking twice.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from app.domain import PackstationError, Role
from app.domain.actor import Actor
from app.journal.archive import Archive, Document, DocumentKind, PrintEvent
from app.ports import Printer
from ui.i18n import QT_TRANSLATE_NOOP

REASONS = (  # shown translated (ReprintPage); the audit log keeps the English
    QT_TRANSLATE_NOOP("ReprintPage", "Label damaged or smudged"),
    QT_TRANSLATE_NOOP("ReprintPage", "Printer jammed or ran out of labels"),
    QT_TRANSLATE_NOOP("ReprintPage", "Label lost before dispatch"),
    QT_TRANSLATE_NOOP("ReprintPage", "Printed on the wrong printer"),
    QT_TRANSLATE_NOOP("ReprintPage", "Carrier asked for a new label"),
    QT_TRANSLATE_NOOP("ReprintPage", "Other"),
)
OTHER = "Other"

Approve = Callable[[str], Awaitable[Actor | None]]
PrinterFor = Callable[[DocumentKind], Printer]


class ReprintRefusedError(PackstationError):
    """The reprint was not allowed (no reason, no approval); nothing was printed."""


@dataclass(frozen=True)
class ReprintRequest:
    document: Document
    reason: str
    actor: Actor
    approved_by: Actor | None = None


@dataclass(frozen=True)
class ReprintDone:
    where: str
    printer: str
    event: PrintEvent


def reason_text(choice: str, details: str) -> str:
    """The reason as recorded: 'Label lost before dispatch: driver took the wrong box'."""
    choice, details = choice.strip(), details.strip()
    if choice not in REASONS:
        if details:
            return details
        raise ReprintRefusedError("give a reason for the reprint — choose one or type it")
    if choice == OTHER:
        if not details:
            raise ReprintRefusedError("'Other' needs a few words saying why the reprint is needed")
        return details
    return f"{choice}: {details}" if details else choice


def describe(document: Document) -> str:
    """'AWB label for order SO-1 (AWB 7947…)' — what a supervisor is asked to approve."""
    what = document.kind.value.replace("_", " ")
    parts = [f"{what} for order {document.order_number}" if document.order_number else what]
    if document.awb:
        parts.append(f"(AWB {document.awb})")
    return " ".join(parts)


async def authorise(
    actor: Actor, approve: Approve, document: Document, reason: str
) -> Actor | None:
    """None when the actor is a supervisor; else the approving supervisor, or a refusal."""
    if actor.role is Role.SUPERVISOR:
        return None
    approver = await approve(f"Reprint {describe(document)} — reason: {reason}")
    if approver is None:
        raise ReprintRefusedError(
            "reprint not approved — a supervisor must approve a reprint by "
            f"{actor.name} ({actor.role_text or 'no role'})"
        )
    if approver.role is not Role.SUPERVISOR:
        raise ReprintRefusedError(
            f"{approver.name} is not a supervisor — only a supervisor can approve a reprint"
        )
    return approver


def print_title(document: Document) -> str:
    return document.order_number or document.awb or f"document-{document.id}"


async def send(archive: Archive, request: ReprintRequest, printer_for: PrinterFor) -> ReprintDone:
    """Print the archived bytes, then record the reprint (audit) — in that order."""
    document = request.document
    printer = printer_for(document.kind)
    data = await asyncio.to_thread(archive.data, document.id)
    where = await printer.print_document(
        data, title=print_title(document), kind=document.kind.value.replace("_", " ")
    )
    event = await asyncio.to_thread(
        lambda: archive.record_reprint(
            document.id,
            printer=printer.name,
            actor=request.actor,
            reason=request.reason,
            approved_by=request.approved_by,
        )
    )
    return ReprintDone(where, printer.name, event)
