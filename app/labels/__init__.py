"""Documents made here: packing slip, receipt, handover report, command sheets (reportlab)."""
