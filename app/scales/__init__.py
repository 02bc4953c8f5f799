"""Bench scales: readings from USB HID point-of-sale scales, serial scales (MT-SICS or a
continuous output format) and keyboard-wedge scales, with the rule that fills a box's weight.
No Qt here: the pack screen subscribes to a ScaleFeed."""
