#!/usr/bin/env bash
# Stops the samba that up.sh started (by the PID in its PID file) and waits for it to exit.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
dc_lock
if [[ -z "$(dc_running_pid)" ]]; then
  dc_step "no DC running from $DC_LIVE"
  exit 0
fi
dc_stop
dc_step "DC stopped"
