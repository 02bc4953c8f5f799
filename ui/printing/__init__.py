"""Qt printing: the system printer (QPrinter + QtPdf), label preview, test prints and status."""
