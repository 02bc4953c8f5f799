"""A private CUPS scheduler for the printing tests, so that nothing on the host's printing changes.

Recipe: ../shared/PLATFORM.md "a private scheduler". At start-up (``pytest_configure``) the session
gets its own temp folder and ``CUPS_SERVER`` points at a unix socket in it, so every ``lp``,
``lpstat`` and Qt (libcups) call of the tests and of the app code under test talks to the private
scheduler, never the host's. The ``private_cups`` session fixture starts ``cupsd -f`` there on
first use (root only): its own ServerRoot, spool, cache, state and logs, ``FileDevice Yes``, and
two queues made with ``lpadmin`` against it:

- ``PDF``: the cups-pdf PPD on a ``file:`` device in the folder's ``out/`` → PostScript, turned into
  PDF with ghostscript (``ps2pdf``) for the poppler/zxing checks;
- ``ZPL``: a raw queue (no driver) on ``socket://127.0.0.1:PORT``, a loopback listener that keeps
  every job's bytes (CUPS cannot write a raw queue to a ``file:`` device).

The scheduler is stopped by its pid at the end of the session, and gets SIGTERM if the test process
dies (PR_SET_PDEATHSIG). The host's default printer, its queues and a checksum of every file under
/etc/cups are taken before anything starts and compared at the end (``pytest_sessionfinish`` fails
the run when they differ or a scheduler of ours still runs). Without root or cupsd the CUPS tests
skip with the reason shown. Register with ``pytest_plugins`` in tests/conftest.py.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from app.sandbox.launcher import die_with_parent
from tests.helpers.host_printing import C_LOCALE, HostPrinting, host_printing

QUEUE = "PDF"
RAW_QUEUE = "ZPL"
CUPSD = "/usr/sbin/cupsd"
PDF_PPD = "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"
PDF_PPD_FILE = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
START_TIMEOUT_S = 20.0


def cups_problem() -> str:
    """Why a private scheduler cannot run here, in words; "" when it can."""
    if os.geteuid() != 0:
        return "a private CUPS scheduler needs root (cupsd, lpadmin); run the tests as root"
    if not os.access(CUPSD, os.X_OK):
        return f"{CUPSD} missing (apt-get install cups)"
    for tool in ("lp", "lpstat", "lpadmin", "cancel"):
        if shutil.which(tool) is None:
            return f"{tool} missing (apt-get install cups-client)"
    if shutil.which("ps2pdf") is None:
        return "ps2pdf missing (apt-get install ghostscript)"
    if not PDF_PPD_FILE.is_file():
        return f"{PDF_PPD_FILE} missing (apt-get install printer-driver-cups-pdf)"
    return ""


def _cupsd_conf(root: Path) -> str:
    return f"""Listen {root}/cups.sock
Browsing No
WebInterface No
LogLevel info
<Location />
  Order allow,deny
  Allow all
</Location>
<Location /admin>
  Order allow,deny
  Allow all
</Location>
"""


def _files_conf(root: Path) -> str:
    return f"""ServerRoot {root}/etc
RequestRoot {root}/spool
TempDir {root}/spool/tmp
CacheDir {root}/cache
StateDir {root}/state
ErrorLog {root}/log/error_log
AccessLog {root}/log/access_log
PageLog {root}/log/page_log
Printcap {root}/state/printcap
FileDevice Yes
"""


def closed_port() -> int:
    """A loopback port nothing listens on: a device URI to it is a dead printer."""
    with socket.create_server(("127.0.0.1", 0)) as server:
        return int(server.getsockname()[1])


class RawListener:
    """A loopback TCP "printer" (port 9100 style) that keeps every connection's bytes."""

    def __init__(self) -> None:
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._server.getsockname()[1]
        self._jobs: list[bytes] = []
        self._arrived = threading.Condition()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self._server.accept()
            except OSError:
                return
            with connection:
                chunks = []
                while chunk := connection.recv(65536):
                    chunks.append(chunk)
            with self._arrived:
                self._jobs.append(b"".join(chunks))
                self._arrived.notify_all()

    def take(self, timeout_s: float = 30) -> bytes:
        """The oldest job not yet taken; waits (bounded) for one."""
        with self._arrived:
            if not self._arrived.wait_for(lambda: bool(self._jobs), timeout_s):
                raise AssertionError(f"no raw job reached port {self.port} within {timeout_s} s")
            return self._jobs.pop(0)

    def clear(self) -> None:
        with self._arrived:
            self._jobs.clear()

    def close(self) -> None:
        self._server.close()
        self._thread.join(timeout=5)


class PrivateCups:
    """A cupsd of the tests' own in ``root``: ``socket`` is what CUPS_SERVER names."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.socket = root / "cups.sock"
        self.out = root / "out"
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def env(self) -> dict[str, str]:
        return {**os.environ, **C_LOCALE, "CUPS_SERVER": str(self.socket)}

    def start(self) -> None:
        """Write the configuration, start ``cupsd -f`` and wait (bounded) until it answers."""
        root = self.root
        for sub in ("etc", "spool/tmp", "cache", "state", "log", "out"):
            (root / sub).mkdir(parents=True, exist_ok=True)
        (root / "etc/cupsd.conf").write_text(_cupsd_conf(root))
        (root / "etc/cups-files.conf").write_text(_files_conf(root))
        root.chmod(0o711)  # filters and backends run as lp and open the spool files in it
        shutil.chown(root / "spool", "root", "lp")
        shutil.chown(root / "spool/tmp", "root", "lp")
        shutil.chown(root / "cache", "root", "lp")
        (root / "spool").chmod(0o710)
        (root / "spool/tmp").chmod(0o1770)
        (root / "cache").chmod(0o770)
        conf, files = root / "etc/cupsd.conf", root / "etc/cups-files.conf"
        self.process = subprocess.Popen(
            [CUPSD, "-f", "-c", str(conf), "-s", str(files)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=die_with_parent,  # a killed test run leaves no scheduler behind
        )
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            if "scheduler is running" in self.run("lpstat", "-r", check=False):
                return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"the private cupsd did not start: {self.log()[-2000:]}")

    def stop(self) -> None:
        """Stop the scheduler by its pid: SIGTERM, then SIGKILL; reaped either way."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def log(self) -> str:
        path = self.root / "log/error_log"
        return path.read_text(errors="replace") if path.exists() else "(no error_log)"

    def run(self, *argv: str, check: bool = True) -> str:
        """A CUPS command against this scheduler; its output (stdout and stderr)."""
        done = subprocess.run(
            argv, env=self.env, capture_output=True, text=True, check=False, timeout=30
        )
        if check and done.returncode != 0:
            raise RuntimeError(f"{' '.join(argv)} failed: {done.stdout}{done.stderr}")
        return done.stdout + done.stderr

    def add_pdf_queue(self, name: str) -> Path:
        """A cups-pdf PPD queue on a file: device; returns the file its PostScript goes to."""
        output = self.out / f"{name}.ps"
        output.touch()
        output.chmod(0o666)  # the file device needs it to exist and be writable
        self.run("lpadmin", "-p", name, "-E", "-v", f"file:{output}", "-m", PDF_PPD)
        return output

    def add_raw_queue(self, name: str, device: str) -> None:
        """A queue without a driver ("Local Raw Printer") on ``device`` (e.g. socket://...)."""
        self.run("lpadmin", "-p", name, "-E", "-v", device, "-m", "raw")

    def remove_queue(self, name: str) -> None:
        self.run("cancel", "-a", "-x", name, check=False)
        self.run("lpadmin", "-x", name, check=False)

    def unfinished_jobs(self, queue: str) -> str:
        return self.run("lpstat", "-o", queue, check=False).strip()

    def take_output(self, queue: str = QUEUE, timeout_s: float = 30) -> bytes:
        """What the file-device queue wrote once its jobs are done; the file is emptied after."""
        output = self.out / f"{queue}.ps"
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if not self.unfinished_jobs(queue) and output.stat().st_size > 0:
                data = output.read_bytes()
                output.write_bytes(b"")
                return data
            time.sleep(0.1)
        raise AssertionError(
            f"queue {queue} wrote nothing within {timeout_s} s; jobs: "
            f"{self.unfinished_jobs(queue) or 'none'}; log: {self.log()[-1500:]}"
        )

    def take_pdf(self, queue: str = QUEUE, timeout_s: float = 30) -> bytes:
        """The queue's PostScript output as PDF (ghostscript's ps2pdf), to check with poppler."""
        postscript = self.take_output(queue, timeout_s)
        source, target = self.out / f"{queue}-take.ps", self.out / f"{queue}-take.pdf"
        source.write_bytes(postscript)
        subprocess.run(["ps2pdf", str(source), str(target)], check=True, timeout=60)
        return target.read_bytes()

    def reset(self) -> None:
        """Between tests: no job left, empty outputs."""
        self.run("cancel", "-a", "-x", check=False)
        for path in self.out.glob("*.ps"):
            path.write_bytes(b"")


# --- the pytest plugin ----------------------------------------------------------------------------


@dataclass
class _Session:
    host_server: str | None = None
    host_before: HostPrinting | None = None
    root: Path | None = None
    started: list[PrivateCups] = field(default_factory=list)


SESSION = _Session()


def private_root() -> Path:
    """A fresh temp folder short enough for a unix socket path (108 bytes)."""
    base = tempfile.gettempdir()
    if len(base) > 60:
        base = "/tmp"
    return Path(tempfile.mkdtemp(prefix="pscups-", dir=base))


def pytest_configure(config: pytest.Config) -> None:
    SESSION.host_server = os.environ.get("CUPS_SERVER")
    SESSION.host_before = host_printing(SESSION.host_server)
    SESSION.root = private_root()
    # From here on, every CUPS client in this process and its children talks to the private one.
    os.environ["CUPS_SERVER"] = str(SESSION.root / "cups.sock")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    left = [cups for cups in SESSION.started if cups.running]
    for cups in left:
        cups.stop()
    for cups in SESSION.started:
        shutil.rmtree(cups.root, ignore_errors=True)
    after = host_printing(SESSION.host_server)
    problems = []
    if left:
        problems.append(f"{len(left)} private cupsd still running at the end (now stopped)")
    if SESSION.host_before is not None and after != SESSION.host_before:
        problems.append(f"the host's printing changed: before {SESSION.host_before}, after {after}")
    if problems:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.ensure_newline()
            reporter.write_line("CUPS: " + "; ".join(problems), red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_unconfigure(config: pytest.Config) -> None:
    if SESSION.root is not None:
        shutil.rmtree(SESSION.root, ignore_errors=True)
    if SESSION.host_server is None:
        os.environ.pop("CUPS_SERVER", None)
    else:
        os.environ["CUPS_SERVER"] = SESSION.host_server


def start_private_cups(root: Path) -> PrivateCups:
    cups = PrivateCups(root)
    SESSION.started.append(cups)
    cups.start()
    return cups


@pytest.fixture(scope="session")
def private_cups_session() -> Iterator[tuple[PrivateCups, RawListener] | str]:
    """The session's scheduler with queues PDF and ZPL, or why there is none (a string)."""
    problem = cups_problem()
    if problem or SESSION.root is None:
        yield problem or "no private CUPS folder"
        return
    listener = RawListener()
    try:
        cups = start_private_cups(SESSION.root)
    except RuntimeError as exc:
        listener.close()
        yield str(exc)
        return
    try:
        cups.add_pdf_queue(QUEUE)
        cups.add_raw_queue(RAW_QUEUE, f"socket://127.0.0.1:{listener.port}")
        yield cups, listener
    finally:
        cups.stop()
        listener.close()


@pytest.fixture
def cups(private_cups_session: tuple[PrivateCups, RawListener] | str) -> PrivateCups:
    """The private scheduler, with no jobs left and empty outputs; skips with the reason."""
    if isinstance(private_cups_session, str):
        pytest.skip(private_cups_session)
    scheduler, listener = private_cups_session
    scheduler.reset()
    listener.clear()
    return scheduler


@pytest.fixture
def raw_printer(
    private_cups_session: tuple[PrivateCups, RawListener] | str, cups: PrivateCups
) -> RawListener:
    """The loopback "printer" behind the raw queue ZPL."""
    assert not isinstance(private_cups_session, str)
    return private_cups_session[1]
