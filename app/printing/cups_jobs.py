"""What CUPS did with a job, and whether a queue takes raw data: ``lpstat``/``lpoptions`` read here.

**Following a job.** ``lp`` only says the scheduler accepted the job; a queue whose device is dead
("The printer may not exist or is unavailable at this time.") still looks ready and keeps the job
forever. So after ``lp`` the job is followed for a bounded time: ``lpstat -l -o QUEUE`` lists the
jobs not completed yet with their ``Status:`` (the job's printer-state-message) and ``Alerts:``
(job-state-reasons); once the job has left that list, ``lpstat -W completed -l -o QUEUE`` tells
whether it completed or was cancelled/aborted. A job still there at the deadline is cancelled, so
that it cannot print later on top of a reprint, and reported "stuck in CUPS: <reason>".

**Raw data (ZPL).** ``lp -o raw`` hands the bytes to the device unfiltered. That is right for a
queue without a driver ("Local Raw Printer", made with ``lpadmin -m raw`` or without ``-m``) and
for a queue whose driver is a ZPL one (make-and-model naming ZPL, e.g. CUPS's "Zebra ZPL Label
Printer"), where raw ZPL is what the printer speaks. Any other driver (PostScript, PDF, an office
printer) turns ZPL into a blank or garbled page, so it is refused. The queue's driver is read
from ``lpoptions -p QUEUE`` (``printer-make-and-model``).
"""

from __future__ import annotations

import asyncio
import re
import shlex
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

RAW_MAKE_AND_MODEL = "Local Raw Printer"
POLL_S = 0.25

Runner = Callable[..., Awaitable[tuple[int, str]]]


@dataclass(frozen=True)
class JobState:
    """One job as ``lpstat -l -o`` shows it."""

    job: str
    status: str = ""
    alerts: str = ""

    @property
    def ended_badly(self) -> bool:
        return "canceled" in self.alerts or "aborted" in self.alerts

    @property
    def printer_stopped(self) -> bool:
        return "printer-stopped" in self.alerts

    @property
    def reason(self) -> str:
        words = self.status or self.alerts.replace("-", " ") or "no reason given by CUPS"
        return words.rstrip(". ")


@dataclass(frozen=True)
class JobOutcome:
    """How following a job ended: ``done`` (completed), or ``stuck`` in the queue at the deadline
    (then ``cancelled`` says whether it was taken out), or ended by CUPS without printing."""

    done: bool
    reason: str = ""
    stuck: bool = False
    cancelled: bool = False


def parse_jobs(text: str) -> dict[str, JobState]:
    """``lpstat -l -o`` (LANG=C): job id → its Status and Alerts lines."""
    fields: dict[str, dict[str, str]] = {}
    current: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line[0].isspace():
            current = fields.setdefault(line.split()[0], {})
            continue
        key, _, value = line.strip().partition(":")
        if key in ("Status", "Alerts"):
            current[key] = value.strip()
    return {
        job: JobState(job, found.get("Status", ""), found.get("Alerts", ""))
        for job, found in fields.items()
    }


def parse_options(text: str) -> dict[str, str]:
    """``lpoptions -p QUEUE``: its ``key=value`` pairs (shell-quoted) as a dict."""
    try:
        words = shlex.split(text)
    except ValueError:
        words = text.split()
    pairs = (word.partition("=") for word in words)
    return {key: value for key, _, value in pairs}


def raw_refusal(make_and_model: str) -> str:
    """Why this queue must not get raw ZPL, in words; "" when it may."""
    if make_and_model == RAW_MAKE_AND_MODEL or re.search(r"\bZPL\b", make_and_model, re.I):
        return ""
    if not make_and_model:
        return "CUPS does not say which driver it has, so it may not take raw ZPL"
    return (
        f"it has a driver ({make_and_model}) that would print ZPL as a blank or garbled page, "
        "not a raw queue"
    )


async def follow_job(run: Runner, queue: str, job: str, *, follow_s: float) -> JobOutcome:
    """Wait (at most ``follow_s``, less when the printer stops) until CUPS has completed ``job``;
    cancel it if it has not."""
    deadline = time.monotonic() + follow_s
    last = JobState(job)
    try:
        async with asyncio.timeout(follow_s + 5):
            while True:
                code, text = await run("lpstat", "-l", "-o", queue)
                active = parse_jobs(text) if code == 0 else {}
                if code == 0 and job not in active:
                    return await _ended(run, queue, job)
                last = active.get(job, last)
                if last.printer_stopped or time.monotonic() >= deadline:
                    break
                await asyncio.sleep(POLL_S)
    except TimeoutError:
        last = JobState(job, "CUPS did not answer")
    reason = last.status.rstrip(". ") or await _printer_message(run, queue)
    if not reason:
        reason = f"the job made no progress in {follow_s:g} s (CUPS says: {last.reason})"
    code, _ = await run("cancel", job)
    return JobOutcome(False, reason, stuck=True, cancelled=code == 0)


async def _printer_message(run: Runner, queue: str) -> str:
    """The queue's printer-state-message: the indented line under ``printer QUEUE ...``."""
    code, text = await run("lpstat", "-p", queue)
    lines = text.splitlines() if code == 0 else []
    if len(lines) > 1 and lines[0].startswith(f"printer {queue} ") and lines[1][:1].isspace():
        return lines[1].strip().rstrip(". ")
    return ""


async def _ended(run: Runner, queue: str, job: str) -> JobOutcome:
    code, text = await run("lpstat", "-W", "completed", "-l", "-o", queue)
    state = parse_jobs(text).get(job) if code == 0 else None
    if state is not None and state.ended_badly:
        return JobOutcome(False, state.reason)
    return JobOutcome(True)
