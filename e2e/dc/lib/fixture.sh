# Fixture identity, schema, seed, lockout and snapshots. Sourced by up.sh.

DC_EXCHANGE_TSV="${RD_EXCHANGE_TSV:-$DC_REPO_ROOT/e2e/dc/schema/exchange-attributes.tsv}"
DC_ADMIN_DN="CN=Administrator,CN=Users,$DC_BASE_DN"
DC_LOCKED_DN="CN=Locked Out User,OU=Test Accounts,$DC_BASE_DN"

# Everything that shapes the directory's content. Tests, README and the facts writer are left out:
# editing them must not cost a reprovision.
dc_fixture_hash() {
  [[ -f "$DC_EXCHANGE_TSV" ]] || dc_die "schema reference not found: $DC_EXCHANGE_TSV (set RD_EXCHANGE_TSV)"
  {
    (cd "$DC_SRC_DIR" && find up.sh lib ldif.ts dn.ts schema seed -type f \( -name '*.sh' -o -name '*.ts' \) ! -name '*.test.ts' | LC_ALL=C sort | xargs sha256sum)
    sha256sum <"$DC_EXCHANGE_TSV"
    echo "SEED_USERS=$SEED_USERS"
    samba -V
  } | sha256sum | cut -c1-16
}

dc_ldap_admin() { # <ldapadd|ldapmodify|ldapsearch> args...
  local tool="$1"
  shift
  LDAPTLS_CACERT="$DC_LIVE/tls/ca.pem" LDAPTLS_REQCERT=demand \
    "$tool" -x -H "ldaps://127.0.0.1:$DC_LDAPS_PORT" -D "$DC_ADMIN_DN" -w "$DC_ADMIN_PASSWORD" "$@"
}

dc_ldif_load() { # <file> <what>
  local log="$DC_LIVE/log/load-$(basename "$1" .ldif).log"
  dc_ldap_admin ldapadd -f "$1" >"$log" 2>&1 || { tail -8 "$log" >&2; dc_die "loading $2 failed ($1)"; }
}

dc_schema_update_now() {
  printf 'dn:\nchangetype: modify\nadd: schemaUpdateNow\nschemaUpdateNow: 1\n-\n' | dc_ldap_admin ldapmodify >/dev/null
}

dc_extend_schema() {
  local out="$DC_LIVE/fixture"
  mkdir -p "$out"
  dc_step "extending the schema with the Exchange attributes"
  node "$DC_SRC_DIR/schema/exchange-schema-ldif.ts" "$DC_EXCHANGE_TSV" "CN=Schema,CN=Configuration,$DC_BASE_DN" \
    "$out/schema-attributes.ldif" "$out/schema-classes.ldif"
  dc_ldif_load "$out/schema-attributes.ldif" "schema attributes"
  dc_schema_update_now
  dc_ldif_load "$out/schema-classes.ldif" "schema classes"
  dc_schema_update_now
}

dc_seed() {
  local out="$DC_LIVE/fixture"
  dc_step "generating the seed (SEED_USERS=$SEED_USERS)"
  node "$DC_SRC_DIR/seed/seed-ldif.ts" "$DC_BASE_DN" "${DC_REALM,,}" "$out/seed.ldif" "$out/seed-summary.json" "$SEED_USERS"
  dc_step "loading the seed over LDAPS"
  dc_ldif_load "$out/seed.ldif" "seed"
}

dc_bind_diagnostic() { # <dn> <password>: prints the server's diagnostic message of a failed bind
  LDAPTLS_CACERT="$DC_LIVE/tls/ca.pem" ldapsearch -x -LLL -H "ldaps://127.0.0.1:$DC_LDAPS_PORT" \
    -D "$1" -w "$2" -s base -b '' dnsHostName 2>&1 >/dev/null | tr '\n' ' ' || true
}

# Locks the locked account by failing binds (its own policy locks after 3) unless it already is.
# Only wrong passwords are sent until the lock shows: a successful bind would reset badPwdCount.
# The right password is SPECIAL_ACCOUNT_PASSWORD of seed/special-accounts.ts.
dc_ensure_locked() {
  local i
  for ((i = 0; i < 6; i++)); do
    [[ "$(dc_bind_diagnostic "$DC_LOCKED_DN" "wrong-password-$i")" == *"data 775"* ]] && break
  done
  [[ "$(dc_bind_diagnostic "$DC_LOCKED_DN" 'Rd-Test#Acct2024')" == *"data 775"* ]] ||
    dc_die "could not lock out $DC_LOCKED_DN (a bind with its right password does not return data 775)"
}

dc_snapshot_dir() { echo "$DC_SNAPSHOT-$1"; }

# Copies the stopped DC aside, keeping only the two newest snapshots (default and one SEED_USERS size).
dc_take_snapshot() {
  local hash="$1" dir
  dir="$(dc_snapshot_dir "$hash")"
  rm -rf "$dir.tmp" "$dir"
  cp -a "$DC_LIVE" "$dir.tmp" && mv "$dir.tmp" "$dir"
  ls -1dt "$DC_SNAPSHOT"-* 2>/dev/null | tail -n +3 | xargs -r rm -rf
}

dc_restore_snapshot() {
  local dir
  dir="$(dc_snapshot_dir "$1")"
  rm -rf "$DC_LIVE"
  cp -a "$dir" "$DC_LIVE"
  touch "$dir" # most recently used: survives pruning
}
