"""What the packer reads: names keep their case, Arabic names stay whole inside English
sentences, a scanned code shows as scanned."""

from __future__ import annotations

from tests.gui.test_pack_fakes import make_rig
from tests.unit.workflow.factories import line, order
from ui.display_text import LRI, PDI, RLI, isolate_rtl, sentence


def arabic_order():
    return order(
        line("L1", "Prayer mat / سجادة صلاة", 2, "6281000000011"),
        line("L2", "USB-C cable", 1, "6281000000035"),
        number="SO-4001",
        city="الدمام",
    )


def test_arabic_runs_are_isolated_and_latin_text_is_left_alone():
    text = "Counted 1 × Prayer mat / سجادة صلاة — 2 of 2 verified"
    assert isolate_rtl(text) == f"Counted 1 × Prayer mat / {RLI}سجادة صلاة{PDI} — 2 of 2 verified"
    assert (
        isolate_rtl("Honey 500 g / عسل ٥٠٠ غ, 3.77 kg")
        == f"Honey 500 g / {RLI}عسل ٥٠٠ غ{PDI}, 3.77 kg"
    )
    assert isolate_rtl(isolate_rtl(text)) == isolate_rtl(text)
    assert isolate_rtl("Scanned SO-1 — 3 of 3") == "Scanned SO-1 — 3 of 3"
    assert sentence("chosen by the packer: USB-C") == "Chosen by the packer: USB-C"


def test_banner_keeps_product_names_as_written_and_arabic_whole(qtbot, qloop):
    page = make_rig(qtbot).page
    page.open_order(arabic_order())
    opening = page.banner.text()
    assert opening.startswith("This order needs 2 more of Prayer mat / ")  # not "prayer mat"
    assert "USB-C cable" in opening  # not "usb-c cable"
    assert f"{RLI}سجادة صلاة{PDI}" in opening
    page.handle_scan("6281000000011")
    assert f"Prayer mat / {RLI}سجادة صلاة{PDI} — 1 of 2 verified" in page.banner.text()
    assert f"الدمام{PDI} · 3 units · COD {LRI}120.00 SAR{PDI}" in page.header.text()


def test_banner_shows_a_scanned_code_literally(qtbot, qloop):
    page = make_rig(qtbot).page
    page.open_order(arabic_order())
    page.handle_scan("<b>x</b>")
    assert "<b>x</b>" in page.banner.text()
    assert page.banner.textFormat().name == "PlainText"
