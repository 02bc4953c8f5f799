"""Operators and roles: sign-in by badge or PIN, lockout, supervisor approval, who may do what.

Sign-in rules (the station's choice, documented in README "Operators"):
- a badge scan signs its operator in; badges work even while PIN entry is locked;
- a PIN alone signs in when it matches exactly one operator; when it matches several, the
  operator chooses their name first and types the PIN (checked against that operator only).
  ``python -m app.operators add`` refuses a PIN another operator already has, so this is rare;
- 5 wrong PINs in a row lock PIN entry at this station (sign-in and approval alike) for 60 s, in
  memory only; a right PIN resets the count.
- No operators configured: nobody signs in and every action runs as STATION_OPERATOR, a
  supervisor-role actor, so a fresh install can pack, cancel and reprint. Every action is still
  audited under that name; configure operators to require sign-in and approvals.

Hashing costs ~35 ms per operator tried (app.operators_pin): call ``by_pin``, ``identify`` and
``check_approval``/``approve`` from a worker thread when on the UI loop. They are thread-safe.
"""

from __future__ import annotations

import hmac
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from app.config import Operator, OperatorSettings, Settings
from app.domain.actor import Actor
from app.domain.models import Role
from app.journal.audit import AuditAction, AuditLog
from app.operators_pin import hash_pin, looks_like_pin, verify_pin

MAX_TRIES = 5
LOCKOUT_SECONDS = 60.0
RECENT_LIMIT = 5

STATION_OPERATOR = Actor("station", "Station operator", Role.SUPERVISOR)
"""Who acts when no operators are configured (sign-in skipped, every action allowed)."""


class Action(StrEnum):
    """What an operator may be asked to do; ``can`` says who may do it without approval."""

    PACK = "pack"
    TRACK = "track"
    TAKE_RETURN = "take_return"
    MANUAL_CONFIRM = "manual_confirm"
    OVERRIDE = "override"
    CARRIER_OVERRIDE = "carrier_override"
    REPRINT = "reprint"
    CANCEL = "cancel"
    RETRY_SHIPMENT = "retry_shipment"
    RESOLVE_UNKNOWN = "resolve_unknown"
    RELEASE_ORDER = "release_order"
    HANDOVER = "handover"
    FIGURES = "figures"
    SETTINGS = "settings"


PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.PACKER: frozenset({Action.PACK, Action.TRACK}),
    Role.COUNTER: frozenset({Action.TAKE_RETURN, Action.TRACK}),
    Role.SUPERVISOR: frozenset(Action),
}


def can(actor: Actor | None, action: Action | str) -> bool:
    """May ``actor`` do ``action`` without a supervisor's approval? Supervisors may do
    everything; nobody signed in and the app itself (no role) may do nothing; an action this
    table does not know is for supervisors only."""
    if actor is None or actor.role is None:
        return False
    if actor.role is Role.SUPERVISOR:
        return True
    try:
        known = Action(action)
    except ValueError:
        return False
    return known in PERMISSIONS.get(actor.role, frozenset())


class Outcome(StrEnum):
    OK = "ok"
    WRONG_PIN = "wrong_pin"
    UNKNOWN_BADGE = "unknown_badge"
    NOT_A_PIN = "not_a_pin"
    AMBIGUOUS = "ambiguous"
    LOCKED = "locked"
    NOT_SUPERVISOR = "not_supervisor"
    NO_OPERATORS = "no_operators"


@dataclass(frozen=True, slots=True)
class SignInResult:
    """The answer to a badge or PIN: the operator, or why not in words (never the PIN)."""

    outcome: Outcome
    message: str
    actor: Actor | None = None
    tries_left: int | None = None
    locked_for_s: float = 0.0

    @property
    def ok(self) -> bool:
        return self.actor is not None


def actor_of(operator: Operator) -> Actor:
    return Actor(operator.operator_id, operator.name, operator.role)


class Operators:
    """The station's configured operators, with badge/PIN checks and the PIN lockout."""

    def __init__(
        self,
        operators: Sequence[Operator],
        *,
        clock: Callable[[], float] = time.monotonic,
        max_tries: int = MAX_TRIES,
        lockout_s: float = LOCKOUT_SECONDS,
    ) -> None:
        self._operators = list(operators)
        self._clock = clock
        self._max_tries = max_tries
        self._lockout_s = lockout_s
        self._lock = threading.Lock()
        self._failures = 0
        self._locked_until = 0.0

    @classmethod
    def from_settings(cls, settings: Settings | OperatorSettings) -> Operators:
        section = settings.operators if isinstance(settings, Settings) else settings
        return cls(section.operators)

    @property
    def configured(self) -> bool:
        return bool(self._operators)

    def all(self) -> list[Operator]:
        return list(self._operators)

    def get(self, operator_id: str) -> Operator | None:
        return next((o for o in self._operators if o.operator_id == operator_id), None)

    def problems(self) -> list[str]:
        """Configuration mistakes in words (duplicate ids or badges, no way to sign in)."""
        found: list[str] = []
        ids: set[str] = set()
        badges: dict[str, str] = {}
        for op in self._operators:
            if op.operator_id in ids:
                found.append(f"Operator id {op.operator_id!r} is used twice.")
            ids.add(op.operator_id)
            if op.badge and op.badge in badges:
                found.append(f"{op.name} and {badges[op.badge]} have the same badge.")
            badges.setdefault(op.badge, op.name)
            if not op.badge and not op.pin_hash:
                found.append(f"{op.name} has neither a badge nor a PIN and cannot sign in.")
        if self._operators and not any(o.role is Role.SUPERVISOR for o in self._operators):
            found.append("No supervisor is configured: actions needing approval cannot be done.")
        return found

    # -- lockout ------------------------------------------------------------------------------
    def locked_for(self) -> float:
        """Seconds until PIN entry is allowed again (0 when it is)."""
        with self._lock:
            return max(0.0, self._locked_until - self._clock())

    def _locked_result(self, remaining: float) -> SignInResult:
        seconds = max(1, round(remaining))
        return SignInResult(
            Outcome.LOCKED,
            f"Too many wrong PINs: PIN entry is locked for {seconds} s. "
            "Scan your badge, or wait and try again.",
            locked_for_s=remaining,
        )

    def _wrong(self, message: str) -> SignInResult:
        with self._lock:
            self._failures += 1
            if self._failures >= self._max_tries:
                self._failures = 0
                self._locked_until = self._clock() + self._lockout_s
                return self._locked_result(self._lockout_s)
            left = self._max_tries - self._failures
        plural = "try" if left == 1 else "tries"
        return SignInResult(
            Outcome.WRONG_PIN,
            f"{message} {left} {plural} left before PIN entry locks for {self._lockout_s:.0f} s.",
            tries_left=left,
        )

    def _right(self) -> None:
        with self._lock:
            self._failures = 0

    # -- checks -------------------------------------------------------------------------------
    def by_badge(self, code: str) -> SignInResult:
        code = code.strip()
        match: Operator | None = None
        for op in self._operators:  # compare every badge, constant time each
            if op.badge and hmac.compare_digest(op.badge.encode(), code.encode()):
                match = match or op
        if match is None:
            return SignInResult(
                Outcome.UNKNOWN_BADGE,
                "This badge is not registered at this station. Type your PIN, or ask a "
                "supervisor to add your badge.",
            )
        return SignInResult(Outcome.OK, f"Signed in: {match.name}.", actor_of(match))

    def by_pin(self, pin: str, operator_id: str | None = None) -> SignInResult:
        """Check a typed PIN, against one operator when ``operator_id`` is given."""
        if not self._operators:
            return SignInResult(Outcome.NO_OPERATORS, "No operators are configured.")
        remaining = self.locked_for()
        if remaining > 0:
            return self._locked_result(remaining)
        if not looks_like_pin(pin):
            return SignInResult(Outcome.NOT_A_PIN, "A PIN is 4 to 8 digits. Type it again.")
        pool = self._operators
        if operator_id is not None:
            pool = [o for o in pool if o.operator_id == operator_id]
        matches = [o for o in pool if o.pin_hash and verify_pin(pin, o.pin_hash)]
        if not matches:
            who = f" for {pool[0].name}" if operator_id is not None and pool else ""
            return self._wrong(f"Wrong PIN{who}.")
        self._right()
        if len(matches) > 1:
            return SignInResult(
                Outcome.AMBIGUOUS,
                "This PIN belongs to more than one operator: choose your name, then type the PIN.",
            )
        return SignInResult(Outcome.OK, f"Signed in: {matches[0].name}.", actor_of(matches[0]))

    def identify(self, text: str, operator_id: str | None = None) -> SignInResult:
        """A badge if one matches, else a PIN."""
        badge = self.by_badge(text)
        if badge.ok or not looks_like_pin(text.strip()):
            return badge
        return self.by_pin(text.strip(), operator_id)

    def check_approval(self, pin_or_badge: str, *, badge_only: bool = False) -> SignInResult:
        """Is this a supervisor's badge or PIN? A packer's or clerk's is refused in words.
        ``badge_only`` (a scan) never hashes, so it is safe on the UI thread."""
        text = pin_or_badge.strip()
        if not any(o.role is Role.SUPERVISOR for o in self._operators):
            return SignInResult(
                Outcome.NO_OPERATORS, "No supervisor is configured at this station."
            )
        result = self.by_badge(text) if badge_only else self.identify(text)
        if result.actor is None:
            return result
        if result.actor.role is not Role.SUPERVISOR:
            return SignInResult(
                Outcome.NOT_SUPERVISOR,
                f"{result.actor.name} is a {result.actor.role_text}, not a supervisor: "
                "a supervisor must approve this.",
            )
        return SignInResult(Outcome.OK, f"Approved by {result.actor.name}.", result.actor)

    def approve(
        self,
        pin_or_badge: str,
        action: Action | str,
        reason: str,
        *,
        requested_by: Actor | None = None,
        audit: AuditLog | None = None,
    ) -> Actor | None:
        """The approving supervisor, or None. With ``audit``, an APPROVE entry is written:
        operator = who asked (``requested_by``, else the supervisor), approved_by = the
        supervisor, subject = the action, reason as given. The caller still records the
        action itself with ``approved_by=``."""
        result = self.check_approval(pin_or_badge)
        if result.actor is None:
            return None
        if audit is not None:
            record_approval(audit, result.actor, action, reason, requested_by)
        return result.actor


def record_approval(
    audit: AuditLog,
    supervisor: Actor,
    action: Action | str,
    reason: str,
    requested_by: Actor | None,
) -> None:
    audit.record(
        requested_by or supervisor,
        AuditAction.APPROVE,
        subject=str(action),
        reason=reason,
        approved_by=supervisor,
        details={"action": str(action)},
    )


class OperatorSession:
    """Who is signed in now, and who signed in recently (switching back needs only the PIN)."""

    def __init__(self, operators: Operators, *, recent_limit: int = RECENT_LIMIT) -> None:
        self.operators = operators
        self._current: Actor | None = None if operators.configured else STATION_OPERATOR
        self._recent: list[Actor] = []
        self._limit = recent_limit
        self._listeners: list[Callable[[Actor | None], None]] = []

    @property
    def current(self) -> Actor | None:
        return self._current

    @property
    def signed_in(self) -> bool:
        return self._current is not None

    @property
    def needs_sign_in(self) -> bool:
        return self.operators.configured and self._current is None

    def recent(self) -> list[Actor]:
        """Recently signed-in operators, latest first (the current one included)."""
        return list(self._recent)

    def sign_in(self, actor: Actor) -> None:
        """Make ``actor`` the current operator (also a switch: no work is closed)."""
        self._recent = [actor, *(a for a in self._recent if a.id != actor.id)][: self._limit]
        self._current = actor
        self._notify()

    def sign_out(self) -> Actor | None:
        """Nobody is signed in afterwards (unless no operators are configured)."""
        previous = self._current
        if self.operators.configured:
            self._current = None
        self._notify()
        return previous

    def subscribe(self, listener: Callable[[Actor | None], None]) -> Callable[[], None]:
        """Call ``listener(current)`` on every change; returns the unsubscribe function."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _notify(self) -> None:
        for listener in list(self._listeners):
            listener(self._current)


DEMO_PINS = {Role.PACKER: "1111", Role.SUPERVISOR: "9999", Role.COUNTER: "2222"}
_DEMO = (
    ("demo-packer", "Amal", Role.PACKER, "BADGE-PACKER-1"),
    ("demo-supervisor", "Sara", Role.SUPERVISOR, "BADGE-SUPERVISOR-1"),
    ("demo-counter", "Khalid", Role.COUNTER, "BADGE-COUNTER-1"),
)


def demo_operators() -> list[Operator]:
    """Three demo operators with known PINs (packer 1111, supervisor 9999, counter 2222).
    These PINs break the rules for real PINs on purpose; demo mode only. ~0.1 s (3 hashes)."""
    return [
        Operator(operator_id=op_id, name=name, role=role, badge=badge, pin_hash=hash_pin(pin))
        for op_id, name, role, badge in _DEMO
        for pin in (DEMO_PINS[role],)
    ]


def demo_hint() -> str:
    """The line the sign-in dialog shows in demo mode only."""
    return "Demo operators — " + " · ".join(
        f"{name} ({role.value}) PIN {DEMO_PINS[role]}, badge {badge}"
        for _, name, role, badge in _DEMO
    )


if __name__ == "__main__":
    from app.operators_cli import main

    raise SystemExit(main())
