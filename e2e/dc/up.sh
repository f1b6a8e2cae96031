#!/usr/bin/env bash
# Starts the private Samba AD DC for RecipientDesk's tests (see e2e/dc/README.md).
# Reuses a running or stopped DC whose fixture hash matches; otherwise restores a snapshot of
# the same fixture, or provisions, extends the schema and seeds from nothing.
# Env: RD_DC_HOME (private dir), SEED_USERS (bulk users), DC_RESET=1 (discard test writes).
# Prints facts.json on stdout; progress goes to stderr.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$DC_SRC_DIR/lib/install-packages.sh"
source "$DC_SRC_DIR/lib/tls.sh"
source "$DC_SRC_DIR/lib/provision.sh"
source "$DC_SRC_DIR/lib/samba-process.sh"
source "$DC_SRC_DIR/lib/fixture.sh"

dc_lock
started_at=$SECONDS
dc_install_packages
hash="$(dc_fixture_hash)"
live_hash="$(cat "$DC_FIXTURE_FILE" 2>/dev/null || true)"

write_facts() {
  DC_LIVE="$DC_LIVE" DC_REALM="$DC_REALM" DC_NETBIOS="$DC_NETBIOS" DC_BASE_DN="$DC_BASE_DN" \
    DC_DNS_HOST="$DC_DNS_HOST" DC_ADMIN_PASSWORD="$DC_ADMIN_PASSWORD" DC_LDAP_PORT="$DC_LDAP_PORT" \
    DC_LDAPS_PORT="$DC_LDAPS_PORT" DC_FIXTURE_VERSION="$hash" \
    node "$DC_SRC_DIR/write-facts.ts" "$DC_FACTS"
  dc_step "ready in $((SECONDS - started_at)) s; facts: $DC_FACTS"
  cat "$DC_FACTS"
}

if [[ "$live_hash" == "$hash" && "${DC_RESET:-0}" != 1 ]]; then
  if [[ -n "$(dc_running_pid)" ]] && dc_ldaps_answers; then
    dc_step "DC already running with fixture $hash"
    write_facts
    exit 0
  fi
  dc_stop
  dc_start
  dc_ensure_locked
  write_facts
  exit 0
fi

dc_stop
if [[ -d "$(dc_snapshot_dir "$hash")" ]]; then
  dc_step "restoring the snapshot of fixture $hash"
  dc_restore_snapshot "$hash"
  dc_start
  dc_ensure_locked
  write_facts
  exit 0
fi

# Schema changes are permanent: a different fixture always means a fresh DC.
[[ -n "$live_hash" ]] && dc_step "fixture changed ($live_hash -> $hash): reprovisioning"
dc_provision
dc_start
dc_extend_schema
dc_seed
dc_ensure_locked
echo "$hash" >"$DC_FIXTURE_FILE"
dc_step "snapshotting the seeded DC"
dc_stop
dc_take_snapshot "$hash"
dc_start
write_facts
