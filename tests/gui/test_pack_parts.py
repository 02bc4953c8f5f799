"""The pack screen's parts on their own: the lines model, sounds without audio, box fields,
the settings mapping and the progress panel's keys.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from app.config import PackingSettings
from app.domain import Box, BoxPreset
from app.shipping.job import NextAction, ShipProgress, ShipStage, StageState
from app.workflow.pack import PackSession, PackSettings
from tests.gui.test_pack_fakes import three_lines
from tests.unit.workflow.factories import TickingClock
from ui.pack.boxes_panel import BoxesPanel
from ui.pack.contract import pack_settings
from ui.pack.lines_model import OBJECT_ROLE, SORT_ROLE, LineRow, LinesModel
from ui.pack.progress_panel import ProgressPanel
from ui.pack.sounds import SoundPlayer


def rows(verified: tuple[int, ...], boxes: tuple[str, ...] = ("", "", "")) -> list[LineRow]:
    order = three_lines()
    return [LineRow(line, v, b) for line, v, b in zip(order.lines, verified, boxes, strict=True)]


def test_lines_model_passes_the_model_tester_and_updates_rows_in_place(qtmodeltester):
    model = LinesModel()
    model.set_rows(rows((0, 0, 0)))
    qtmodeltester.check(model)
    changed: list[tuple[int, int]] = []
    resets: list[bool] = []
    model.dataChanged.connect(lambda top, bottom, *_: changed.append((top.row(), bottom.row())))
    model.modelReset.connect(lambda: resets.append(True))
    model.set_rows(rows((0, 2, 0), ("", "1×2", "")))
    assert changed == [(1, 1)]
    assert resets == []
    assert model.index(1, 4).data() == "2"
    assert model.index(1, 5).data(SORT_ROLE) == 0
    assert model.index(1, 0).data(OBJECT_ROLE).boxes == "1×2"
    assert model.index(0, 2).data() == "6281000000011, 6281000000028 (×2)"
    qtmodeltester.check(model)
    model.set_rows([])
    assert model.rowCount() == 0
    qtmodeltester.check(model)


# Qt Multimedia says once, uncategorised, that PulseAudio is not running: that is the point here.
@pytest.mark.qt_log_ignore("PulseAudioService.*")
def test_sound_player_is_silent_without_an_audio_device(qapp):
    player = SoundPlayer()
    # CI machines have no audio output; a desk with speakers loads both beeps.
    if not player.available:
        assert player.silent_reason
    player.good()
    player.bad()


def test_sound_player_with_missing_files_or_turned_off_stays_silent(qapp, tmp_path):
    for player in (SoundPlayer(folder=tmp_path), SoundPlayer(enabled=False)):
        assert not player.available
        assert player.silent_reason
        player.good()
        player.bad()


def test_the_committed_beeps_are_tiny_wavs():
    from ui.pack.sounds import SOUND_DIR

    for name in ("good.wav", "bad.wav"):
        data = (SOUND_DIR / name).read_bytes()
        assert data[:4] == b"RIFF" and data[8:12] == b"WAVE"
        assert len(data) < 20_000


def test_box_fields_refuse_bad_values_in_words(qtbot):
    session = PackSession(three_lines(), clock=TickingClock(), settings=PackSettings())
    panel = BoxesPanel()
    qtbot.addWidget(panel)
    panel.set_session(session)
    changes: list[bool] = []
    panel.measures_changed.connect(lambda: changes.append(True))
    assert not panel.set_box_weight(1, "heavy")
    assert "Box 1: Weight must be a number in kg" in panel.message.text()
    assert not panel.set_box_weight(1, "80")
    assert "more than the 70 kg allowed" in panel.message.text()
    assert not panel.set_box_weight(3, "1")
    assert "There is no box 3" in panel.message.text()
    assert changes == []
    assert panel.set_box_weight(1, Decimal("1.25"))
    assert session.boxes()[0].weight_kg == Decimal("1.25")
    assert changes == [True]
    length, width, height = panel.side_fields(1)
    length.setText("30")
    width.setText("-2")
    height.setText("10")
    height.editingFinished.emit()
    assert "Width must be more than 0 cm" in panel.message.text()
    width.setText("20")
    width.editingFinished.emit()
    assert session.boxes()[0].width_cm == Decimal(20)


def test_pack_settings_from_configuration_and_oto_boxes():
    packing = PackingSettings(
        auto_complete=True,
        require_weight=False,
        box_presets=[BoxPreset(name="S", length_cm=20, width_cm=15, height_cm=10)],
    )
    oto = [
        Box(
            number=1,
            preset="OTO M",
            length_cm=Decimal(30),
            width_cm=Decimal(20),
            height_cm=Decimal(15),
        ),
        Box(number=1, preset="s", length_cm=Decimal(1), width_cm=Decimal(1), height_cm=Decimal(1)),
        Box(number=1, preset="flat"),
    ]
    settings = pack_settings(packing, oto)
    assert settings.auto_complete and not settings.require_weight
    assert [p.name for p in settings.presets] == ["S", "OTO M"]
    assert settings.presets[1] == BoxPreset(
        name="OTO M", length_cm=Decimal(30), width_cm=Decimal(20), height_cm=Decimal(15)
    )


def test_progress_panel_words_and_action_keys(qtbot):
    panel = ProgressPanel()
    qtbot.addWidget(panel)
    panel.start("xstak:o-1")
    panel.update_stage(ShipProgress("xstak:o-1", ShipStage.CREATE, StageState.DONE, "SHP-9"))
    panel.update_stage(
        ShipProgress("xstak:o-1", ShipStage.OMS_PACKED, StageState.WAITING, "queued")
    )
    assert panel.stages.text() == (
        "✓ create shipment: done — SHP-9\n⏸ OMS packed: waiting — queued"
    )
    panel.show_failure("", ())
    assert panel.error.text() == "Shipping stopped without saying why"
    assert set(panel.buttons) == {NextAction.RETRY, NextAction.CALL_SUPERVISOR}
    with qtbot.waitSignal(panel.action_chosen) as chosen:
        panel.buttons[NextAction.CALL_SUPERVISOR].click()
    assert chosen.args == ["call a supervisor"]


def test_a_line_without_a_product_barcode_says_to_scan_the_sku(qtmodeltester):
    order = three_lines()
    line = order.lines[0].model_copy(
        update={"barcodes": ("SKU-1",), "pack_barcodes": {}, "sku_as_barcode": True}
    )
    model = LinesModel()
    model.set_rows([LineRow(line), LineRow(order.lines[1])])
    qtmodeltester.check(model)
    assert model.index(0, 2).data() == "SKU-1 — no barcode from the order source, scan the SKU"
    assert "no product barcode" in model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert "scan the SKU" not in model.index(1, 2).data()
