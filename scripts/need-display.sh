#!/usr/bin/env bash
# Without a display Qt aborts with a misleading "xcb-cursor0 is needed"; say what to do instead.
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No display found: run 'xvfb-run -a make demo' on a headless machine, or set DISPLAY."
  exit 1
fi
