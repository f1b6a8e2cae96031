# Shared settings and helpers for up.sh / down.sh. Sourced, never run.
# The DC lives outside the repo so a `git clean` or a fresh clone never loses (or commits) it.

DC_SRC_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DC_REPO_ROOT="$(cd "$DC_SRC_DIR/../.." && pwd)"
DC_HOME="${RD_DC_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/recipientdesk/dc}"
DC_LIVE="$DC_HOME/live"            # the private dir samba runs from
DC_SNAPSHOT="$DC_HOME/snapshot"    # a stopped, seeded copy of $DC_LIVE
DC_CONF="$DC_LIVE/etc/smb.conf"
DC_PID_FILE="$DC_LIVE/run/samba.pid"
DC_LOG="$DC_LIVE/log/samba.log"
DC_FACTS="$DC_LIVE/facts.json"
DC_FIXTURE_FILE="$DC_LIVE/fixture.hash"

DC_REALM="CORP.RECIPIENTDESK.TEST"
DC_NETBIOS="CORP"
DC_HOST_NAME="dc1"
DC_DNS_HOST="dc1.corp.recipientdesk.test"
DC_BASE_DN="DC=corp,DC=recipientdesk,DC=test"
DC_ADMIN_PASSWORD="RdAdmin#2024pass"
DC_LDAP_PORT=389
DC_LDAPS_PORT=636
SEED_USERS="${SEED_USERS:-0}"

export PATH="$DC_REPO_ROOT/node_modules/.bin:$PATH"

dc_step() { printf '[dc %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
dc_die() { printf '[dc] ERROR: %s\n' "$*" >&2; exit 1; }

# PID of the samba master process started by up.sh, or empty when it is not running.
dc_running_pid() {
  [[ -f "$DC_PID_FILE" ]] || return 0
  local pid
  pid="$(tr -dc '0-9' <"$DC_PID_FILE")"
  [[ -n "$pid" ]] || return 0
  # A stale PID file may name a recycled PID: only trust it when that process is samba.
  if [[ -r "/proc/$pid/comm" ]] && grep -q '^samba' "/proc/$pid/comm"; then
    echo "$pid"
  fi
}

# Stops the samba started by up.sh (by PID) and waits until it has exited.
dc_stop() {
  local pid
  pid="$(dc_running_pid)"
  [[ -n "$pid" ]] || return 0
  dc_step "stopping samba (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  local i
  for ((i = 0; i < 150; i++)); do
    [[ -d "/proc/$pid" ]] || break
    sleep 0.1
  done
  if [[ -d "/proc/$pid" ]]; then
    dc_step "samba did not stop within 15 s; sending SIGKILL to pid $pid"
    kill -KILL "$pid" 2>/dev/null || true
    sleep 0.5
  fi
  rm -f "$DC_PID_FILE"
}

# One up.sh/down.sh at a time per DC home: vitest's and Playwright's global setups may race.
dc_lock() {
  mkdir -p "$DC_HOME"
  exec 9>"$DC_HOME/up.lock"
  flock -w 600 9 || dc_die "another up.sh/down.sh has held $DC_HOME/up.lock for 10 minutes"
}
