"""Printing through CUPS with ``lp`` and queue status with ``lpstat``, without a shell.

The page size goes with every job (``-o media=Custom.WxH``, in points, from the document itself), so
a 4x6 label is never printed on the queue's default A4. ``print-scaling=none`` stops CUPS from
shrinking. PNG is wrapped in a PDF page of its physical size. ZPL goes raw (``-o raw``), and only to
a queue that takes raw data (app.printing.cups_jobs.raw_refusal); any other queue refuses it.

When ``lpstat`` cannot find the queue, ``lpstat -r`` tells a missing queue from a scheduler that is
not reachable (lpstat says "Invalid destination" for both). After ``lp`` the job is followed for at
most ``follow_s`` seconds (app.printing.cups_jobs.follow_job): "sent" only once CUPS has completed
it; otherwise the job is cancelled and the print fails with "stuck in CUPS: <reason>", so the label
stays available for a reprint and cannot come out twice. The wait is asyncio (never the UI thread).
"""

from __future__ import annotations

import asyncio
import io
import os
import re
from dataclasses import dataclass
from enum import StrEnum

from PIL import Image

from app.domain import LabelFormat
from app.labels.detect import inspect_label
from app.labels.errors import LabelError
from app.printing.cups_jobs import follow_job, parse_options, raw_refusal
from app.printing.errors import PrintError
from app.printing.serial import SerialPrinter

COMMAND_TIMEOUT_S = 20.0
FOLLOW_S = 20.0


class QueueState(StrEnum):
    READY = "ready"
    PRINTING = "printing"
    STOPPED = "stopped"
    REJECTING = "rejecting"
    MISSING = "missing"
    NO_CUPS = "no CUPS"


@dataclass(frozen=True)
class QueueStatus:
    queue: str
    state: QueueState
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.state in (QueueState.READY, QueueState.PRINTING)

    @property
    def problem(self) -> str:
        """What the state is, in words: 'is stopped (paper jam)'."""
        words = {
            QueueState.READY: "is ready",
            QueueState.PRINTING: "is printing",
            QueueState.STOPPED: "is stopped",
            QueueState.REJECTING: "is not accepting jobs",
            QueueState.MISSING: "does not exist in CUPS",
            QueueState.NO_CUPS: "cannot be reached: the CUPS scheduler is not reachable",
        }[self.state]
        return words + (f" ({self.reason})" if self.reason else "")

    def describe(self) -> str:
        return f"printer {self.queue} {self.problem}"


def parse_lpstat(queue: str, text: str, returncode: int) -> QueueStatus:
    """Read ``lpstat -p Q -a Q`` output (LANG=C) into a status."""
    if returncode != 0 or not text.strip():
        if "Invalid destination" in text or "does not exist" in text or not text.strip():
            return QueueStatus(queue, QueueState.MISSING)
        return QueueStatus(queue, QueueState.NO_CUPS, text.strip().splitlines()[0][:120])
    lines = text.splitlines()
    reason = ""
    for index, line in enumerate(lines):
        if line.startswith(f"printer {queue} ") and index + 1 < len(lines):
            follow = lines[index + 1]
            reason = follow.strip() if follow.startswith("\t") else ""
    if re.search(rf"^printer {re.escape(queue)} disabled", text, re.MULTILINE):
        return QueueStatus(queue, QueueState.STOPPED, reason)
    if re.search(rf"^{re.escape(queue)} not accepting", text, re.MULTILINE):
        return QueueStatus(queue, QueueState.REJECTING, reason)
    if re.search(rf"^printer {re.escape(queue)} now printing", text, re.MULTILINE):
        return QueueStatus(queue, QueueState.PRINTING)
    return QueueStatus(queue, QueueState.READY)


async def run(*argv: str, stdin: bytes | None = None) -> tuple[int, str]:
    """Run a command (no shell), feeding ``stdin``; returns (exit code, stdout+stderr text)."""
    try:
        process = await asyncio.create_subprocess_exec(
            *argv,
            stdin=asyncio.subprocess.PIPE if stdin is not None else asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
            env={**os.environ, "LANG": "C", "LC_ALL": "C", "LANGUAGE": "C"},
        )
    except FileNotFoundError:
        return 127, f"{argv[0]}: command not found"
    try:
        async with asyncio.timeout(COMMAND_TIMEOUT_S):
            out, _ = await process.communicate(stdin)
    except TimeoutError:
        process.kill()
        await process.wait()
        return 124, f"{argv[0]} did not finish within {COMMAND_TIMEOUT_S:g} s"
    return process.returncode or 0, out.decode(errors="replace")


def png_as_pdf(data: bytes, dpi: int) -> bytes:
    """A PDF page exactly the PNG's physical size at ``dpi``."""
    with Image.open(io.BytesIO(data)) as image:
        out = io.BytesIO()
        image.convert("L").save(out, format="PDF", resolution=float(dpi))
    return out.getvalue()


async def scheduler_problem() -> str:
    """Why the CUPS scheduler cannot be reached, in words; "" when it answers."""
    code, text = await run("lpstat", "-r")
    if code == 0 and "scheduler is running" in text:
        return ""
    _, server = await run("lpstat", "-H")
    return f"server {server.strip() or 'unknown'}"


class CupsPrinter(SerialPrinter):
    """A CUPS queue. ``media`` overrides the media option (e.g. 'Custom.4x6in' or 'A4').
    ``follow_s``: how long a submitted job may take to complete before it counts as stuck."""

    def __init__(
        self, name: str, queue: str, *, media: str | None = None, follow_s: float | None = None
    ) -> None:
        super().__init__(name)
        self.queue = queue
        self.media = media
        self.follow_s = FOLLOW_S if follow_s is None else follow_s

    @property
    def who(self) -> str:
        return self.queue if self.name == self.queue else f"{self.name} (CUPS queue {self.queue})"

    async def status(self) -> QueueStatus:
        code, text = await run("lpstat", "-p", self.queue, "-a", self.queue)
        if code == 127:
            return QueueStatus(self.queue, QueueState.NO_CUPS, "CUPS is not installed: no lpstat")
        status = parse_lpstat(self.queue, text, code)
        if status.state is QueueState.MISSING:
            down = await scheduler_problem()
            if down:
                return QueueStatus(self.queue, QueueState.NO_CUPS, down)
        return status

    async def raw_problem(self) -> str:
        """Why this queue must not get raw ZPL, in words; "" when it takes raw data."""
        code, text = await run("lpoptions", "-p", self.queue)
        if code != 0:
            return f"CUPS did not say which driver it has ({text.strip()[:120]})"
        return raw_refusal(parse_options(text).get("printer-make-and-model", ""))

    def _job(self, data: bytes, fmt: LabelFormat) -> tuple[bytes, list[str]]:
        if fmt is LabelFormat.ZPL:
            return data, ["-o", "raw"]
        info = inspect_label(data)
        if fmt is LabelFormat.PNG:
            data = png_as_pdf(data, info.dpi or 203)
        size = info.pages[0]
        media = self.media or f"Custom.{size.width_pt:.2f}x{size.height_pt:.2f}"
        return data, ["-o", f"media={media}", "-o", "print-scaling=none"]

    async def _print(self, data: bytes, fmt: LabelFormat, *, title: str, kind: str) -> str:
        status = await self.status()
        if not status.ok:
            advice = {
                QueueState.STOPPED: "restart it in CUPS or choose another printer",
                QueueState.REJECTING: "let it accept jobs in CUPS or choose another printer",
                QueueState.MISSING: "check the queue name in Settings or choose another printer",
                QueueState.NO_CUPS: "start CUPS (cupsd) or choose another printer",
            }[status.state]
            raise PrintError(self.who, status.problem, advice)
        if fmt is LabelFormat.ZPL:
            refusal = await self.raw_problem()
            if refusal:
                raise PrintError(
                    self.who,
                    f"cannot take a ZPL {kind}: {refusal}",
                    "choose a raw CUPS queue (lpadmin -m raw) or a TCP printer for ZPL, or ask "
                    "the carrier for a PDF label",
                    retryable=False,
                )
        try:
            payload, options = await asyncio.to_thread(self._job, data, fmt)
        except LabelError as exc:
            raise PrintError(
                self.who, f"cannot take this {kind} ({exc})", "print it elsewhere"
            ) from exc
        code, text = await run("lp", "-d", self.queue, "-t", title, *options, stdin=payload)
        if code != 0:
            raise PrintError(
                self.who, f"refused the job ({text.strip()[:160]})", "check the queue in CUPS"
            )
        found = re.search(r"request id is (\S+)", text)
        if not found:
            return f"sent {title} {kind} to CUPS queue {self.queue} (CUPS gave no job id)"
        job = found.group(1)
        outcome = await follow_job(run, self.queue, job, follow_s=self.follow_s)
        if outcome.done:
            return f"sent {title} {kind} to CUPS queue {self.queue} as job {job}"
        if outcome.stuck:
            taken = (
                "; it was cancelled so it cannot print later"
                if outcome.cancelled
                else "; it could not be cancelled, check the queue before reprinting"
            )
            raise PrintError(
                self.who,
                f"did not print the {kind}: job {job} stuck in CUPS: {outcome.reason}{taken}",
                "check the printer and retry, or choose another printer",
            )
        raise PrintError(
            self.who,
            f"did not print the {kind}: CUPS ended job {job} without printing ({outcome.reason})",
            "check the printer in CUPS and retry, or choose another printer",
        )
