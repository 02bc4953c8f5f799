"""Parsing a typed box measurement (weight, a side) into a checked Decimal, refusing in words."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from app.workflow.errors import WorkflowError
from app.workflow.wording import decimal_text


def parse_positive(value: object, what: str, unit: str, maximum: Decimal, step: str) -> Decimal:
    """`value` (Decimal, int, float or typed text) as a Decimal rounded to `step`.

    Refuses with a WorkflowError that names the field when it is not a number, not above zero
    or above `maximum`. A decimal comma ("2,5") is accepted.
    """
    if isinstance(value, bool):
        raise WorkflowError(f"{what} must be a number in {unit}")
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int | float | str):
        text = str(value).strip().replace(",", ".")
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise WorkflowError(f"{what} must be a number in {unit}; got {value!r}") from None
    else:
        raise WorkflowError(f"{what} must be a number in {unit}")
    if not number.is_finite():
        raise WorkflowError(f"{what} must be a number in {unit}; got {value!r}")
    if number > maximum:
        raise WorkflowError(
            f"{what} {value} {unit} is more than the {decimal_text(maximum, 3)} {unit} allowed"
        )
    number = number.quantize(Decimal(step))
    if number <= 0:
        raise WorkflowError(f"{what} must be more than 0 {unit}")
    return number
