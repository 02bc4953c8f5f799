"""A second station started over the same data folder (the icon clicked twice) is refused in
words: two stations resuming the same unfinished jobs would print twice, send every OMS command
twice and, at a provider that cannot be asked, may book twice."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import pytest

from app.config import Settings
from app.journal.errors import JournalError
from app.net.clients import ClientPool
from app.shipping.service import Printers, ShippingService
from app.wiring import Backends
from tests.unit.shipping.fakes import FakeProvider, MemoryPrinter


def service(data_dir: Path) -> ShippingService:
    provider = FakeProvider()
    backends = Backends(
        order_source=None,  # type: ignore[arg-type]  # the service never reads orders
        providers={provider.name: provider},
        sink=None,
        pool=ClientPool(),
    )
    printer = MemoryPrinter()
    return ShippingService(Settings(), backends, Printers(printer, printer), data_dir)


def test_a_second_station_on_the_same_folder_is_refused_until_the_first_closes(
    tmp_path: Path,
) -> None:
    first = service(tmp_path)
    with pytest.raises(JournalError) as caught:
        service(tmp_path)
    words = str(caught.value)
    assert "already running" in words and str(tmp_path) in words and "close" in words.lower()
    asyncio.run(first.aclose())
    asyncio.run(service(tmp_path).aclose())  # the folder is free again


def test_a_station_killed_outright_does_not_keep_the_folder(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path;"
            "from app.journal.instance_lock import InstanceLock;"
            "lock = InstanceLock.acquire(Path(sys.argv[1]));"
            "print('held', flush=True); time.sleep(60)",
            str(tmp_path),
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[3],
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(JournalError):
            service(tmp_path)
    finally:
        holder.kill()
        holder.wait(timeout=10)
        assert holder.stdout is not None
        holder.stdout.close()
    asyncio.run(service(tmp_path).aclose())
