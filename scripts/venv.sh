#!/usr/bin/env bash
# Makes sure $1 (the project's virtual environment) is a whole one: a Python 3.11 with pip.
# A half-created folder (an interrupted `python3 -m venv`, or one made without python3-venv, so
# without pip) is removed and built again instead of failing every later make with
# "No module named pip".
set -euo pipefail
VENV=${1:-.venv}
whole() { [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -m pip --version >/dev/null 2>&1; }
whole && exit 0
if [ -e "$VENV" ]; then
  echo "venv: $VENV is incomplete (no working python or pip); building it again"
  rm -rf "$VENV"
fi
PYTHON=$(command -v python3.11 || command -v python3 || true)
[ -n "$PYTHON" ] || { echo "venv: no python3 found; install Python 3.11"; exit 1; }
if ! "$PYTHON" -m venv "$VENV" || ! whole; then
  rm -rf "$VENV"
  echo "venv: $PYTHON cannot make a virtual environment with pip; run as root:"
  echo "  sudo apt-get install -y --no-install-recommends python3-venv"
  exit 1
fi
