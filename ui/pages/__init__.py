"""The main window's pages: queue, pack, returns, reprint, settings."""
