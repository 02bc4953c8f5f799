"""The /_sandbox endpoints and the packstation-sandbox command line."""

from __future__ import annotations

import queue
import signal
import subprocess
import sys
import threading
import time

import pytest

from app.sandbox.cli import is_loopback, main
from app.sandbox.server import build_app, load_emulator
from tests.helpers.sandbox import REPO, _pump, _wait_ready, running_sandbox
from tests.sandbox.xstak_bodies import courier, create_body, demo_order

TOKEN = "/xstak-auth/v1/admin/service-account/token"
COURIERS = "/xstak/oe/aggtr/api/v1/shipments/couriers"


def test_health_lists_the_mounted_emulators(sandbox):
    health = sandbox.http.get("/_sandbox/health").json()
    assert health["status"] == "ok" and health["base_url"] == sandbox.base_url
    assert {"xstak", "aggregator", "akinon"} <= set(health["emulators"])


def test_credentials_cover_every_api(sandbox):
    creds = sandbox.credentials
    assert {"xstak", "aggregator", "akinon", "oto", "ds"} <= set(creds)
    assert creds["xstak"]["token_url"] == sandbox.base_url + TOKEN
    assert creds["akinon"]["transitions"] == {
        "packed": 101,
        "shipped": 102,
        "update_shipment_info": 103,
    }
    assert set(creds["akinon"]["cargo_companies"]) == {"smsa", "aramex", "dhl", "jt", "dpd"}
    assert creds["secrets"]["xstak_client_secret"] == creds["xstak"]["client_secret"]
    assert creds["ds"]["headers"]["x-api-key"] == creds["ds"]["api_key"]


def test_state_shows_the_demo_world_per_system(sandbox):
    demo = sandbox.state()["demo"]
    assert demo["location"] == {
        "location_id": "LOC-RUH-01",
        "location_code": "RUH-01",
        "warehouse_code": "WH-RUH-01",
    }
    assert len(demo["orders"]) == 60
    first = demo["orders"][0]
    assert (first["xstak_status"], first["akinon_state"]) == ("pending", "Waiting")
    assert all(line["barcode"] for line in first["lines"])
    assert len({c["courier_id"] for c in demo["couriers"]}) == 5


def test_reset_forgets_everything_and_restores_startup_faults(sandbox):
    token = {"Token": sandbox.xstak_token()}
    body = create_body(sandbox, demo_order(sandbox), courier(sandbox)["courier_id"])
    assert sandbox.http.post(COURIERS.rsplit("/", 1)[0], json=body, headers=token).is_success
    sandbox.set_faults(latency_ms=5, queue=[{"path": "/x", "kind": "500"}])
    sandbox.reset(orders=12)
    state = sandbox.state()
    assert state["aggregator"]["shipments"] == {} and "tokens" not in state
    assert len(state["demo"]["orders"]) == 12
    assert sandbox.faults()["queue"] == [] and sandbox.faults()["latency_ms"] == 0
    assert sandbox.http.get(COURIERS, headers=token).status_code == 401
    sandbox.reset()
    assert len(sandbox.state()["demo"]["orders"]) == 60


def test_bad_reset_and_clock_requests_are_refused(sandbox):
    assert sandbox.http.post("/_sandbox/reset", json={"colour": 1}).status_code == 400
    assert sandbox.http.post("/_sandbox/advance-clock", json={"seconds": -1}).status_code == 400


def test_unknown_label_is_404(sandbox):
    assert sandbox.http.get("/_sandbox/labels/nope").status_code == 404


def test_revoke_tokens_endpoint(sandbox):
    token = {"Token": sandbox.xstak_token()}
    assert sandbox.revoke_tokens("xstak") == 1
    assert sandbox.http.get(COURIERS, headers=token).status_code == 401


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.10", "example.com"])
def test_cli_refuses_a_non_loopback_host(host, capsys):
    assert main(["--host", host, "--port", "0"]) == 2
    assert "not a loopback address" in capsys.readouterr().err


def test_loopback_hosts_are_recognised():
    assert all(is_loopback(h) for h in ("127.0.0.1", "127.0.0.2", "::1", "localhost"))


def test_short_token_ttl_expires_tokens():
    with running_sandbox("--token-ttl", "1", "--orders", "3") as box:
        token = box.xstak_token()
        headers = {"Token": token}
        assert box.http.get(COURIERS, headers=headers).status_code == 200
        time.sleep(1.1)
        reply = box.http.get(COURIERS, headers=headers)
        assert reply.status_code == 401
        assert len(box.state()["demo"]["orders"]) == 3


def test_cli_prints_its_address_and_stops_cleanly_on_sigterm():
    process = subprocess.Popen(
        [sys.executable, "-m", "app.sandbox.cli", "--port", "0", "--orders", "2"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stderr is not None
    lines: queue.Queue[str] = queue.Queue()
    pump = threading.Thread(target=_pump, args=(process.stdout, lines), daemon=True)
    pump.start()
    try:
        base_url = _wait_ready(process, lines, process.stderr)
        assert base_url.startswith("http://127.0.0.1:") and not base_url.endswith(":0")
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)
        pump.join(timeout=5)
        process.stdout.close()
        process.stderr.close()


def test_a_missing_emulator_module_is_skipped_and_present_ones_are_mounted():
    assert load_emulator("no_such_emulator") is None
    assert load_emulator("akinon") is not None
    paths = {r.resource.canonical for r in build_app().router.routes() if r.resource}
    assert "/akinon/api/v1/oms/packages/{package_id}/command/" in paths
    assert "/_sandbox/state" in paths


def test_cli_refuses_a_label_folder_that_is_missing_or_lacks_the_labels(tmp_path, capsys):
    assert main(["--port", "0", "--labels-dir", str(tmp_path / "nonexistent")]) == 2
    assert "is not a folder" in capsys.readouterr().err
    (tmp_path / "fedex-express-4x6.pdf").write_bytes(b"%PDF-1.4")
    assert main(["--port", "0", "--labels-dir", str(tmp_path)]) == 2
    words = capsys.readouterr().err
    assert "lacks" in words and "dpd-fr.zpl" in words and "fedex-express-4x6.pdf" not in words
