"""The tests' own CUPS scheduler leaves the host's printing alone: it prints into its own folder,
talks over its own socket, stops when asked, and the host's default printer, queues and every
file under /etc/cups are the same afterwards (tests/helpers/cups.py; issue 10)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.helpers.cups import SESSION, cups_problem, private_root, start_private_cups
from tests.helpers.host_printing import etc_cups_digest, host_printing
from tests.unit.labels.pdf_checks import FIXTURES, page_sizes

PROBLEM = cups_problem()


def test_every_cups_client_in_the_tests_talks_to_the_private_socket():
    assert SESSION.root is not None
    assert os.environ["CUPS_SERVER"] == str(SESSION.root / "cups.sock")
    assert os.environ["CUPS_SERVER"] != SESSION.host_server


@pytest.mark.cups
@pytest.mark.skipif(bool(PROBLEM), reason=PROBLEM or "ok")
def test_a_private_scheduler_prints_then_stops_and_the_host_is_as_it_was():
    before = host_printing(SESSION.host_server)
    assert before == SESSION.host_before, "the host's printing changed earlier in this session"
    root = private_root()
    try:
        cups = start_private_cups(root)
        try:
            output = cups.add_pdf_queue("HOSTCHECK")
            assert output.parent == root / "out"
            label = FIXTURES / "fedex-express-4x6.pdf"
            cups.run("lp", "-d", "HOSTCHECK", "-o", "media=Custom.4x6in", str(label))
            assert page_sizes(cups.take_pdf("HOSTCHECK")) == [(288.0, 432.0)]
            queues = cups.run("lpstat", "-v")
            assert "HOSTCHECK" in queues
            assert "HOSTCHECK" not in host_printing(SESSION.host_server).queues
        finally:
            cups.stop()
        assert cups.process is not None
        assert cups.process.returncode is not None, "the scheduler is still running"
        with pytest.raises(ProcessLookupError):
            os.kill(cups.process.pid, 0)
        assert "scheduler is not running" in cups.run("lpstat", "-r", check=False)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    assert not Path(root).exists()
    assert host_printing(SESSION.host_server) == before


def test_the_etc_cups_checksum_sees_a_changed_file_a_new_file_and_a_changed_mode(tmp_path):
    (tmp_path / "printers.conf").write_text("<Printer PDF>\n")
    first = etc_cups_digest(tmp_path)
    (tmp_path / "printers.conf").write_text("<Printer PDF>\nDefault\n")
    second = etc_cups_digest(tmp_path)
    (tmp_path / "cups-pdf-x.conf").write_text("Out /tmp\n")
    third = etc_cups_digest(tmp_path)
    (tmp_path / "cups-pdf-x.conf").chmod(0o600)
    assert len({first, second, third, etc_cups_digest(tmp_path)}) == 4
