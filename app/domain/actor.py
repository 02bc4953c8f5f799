"""Who did it: the operator every journaled action records (id, name, role)."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.models import Role


@dataclass(frozen=True, slots=True)
class Actor:
    """An operator as the journal records them. ``role`` is None for the app acting on its own."""

    id: str
    name: str
    role: Role | None = None

    @property
    def role_text(self) -> str:
        return self.role.value if self.role else ""


SYSTEM = Actor(id="system", name="Packstation")
"""The app itself: resumed steps, outbox deliveries and other work no operator started."""
