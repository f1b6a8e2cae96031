# Starting samba and waiting for it to answer. Sourced by up.sh.

# LDAPS answers only when the whole stack is up: a successful anonymous rootDSE read over LDAPS
# with our own CA is the readiness signal (it also proves the certificate is the one we made).
dc_ldaps_answers() {
  LDAPTLS_CACERT="$DC_LIVE/tls/ca.pem" LDAPTLS_REQCERT=demand \
    ldapsearch -x -LLL -o nettimeout=2 -H "ldaps://127.0.0.1:$DC_LDAPS_PORT" -s base -b '' dnsHostName >/dev/null 2>&1
}

dc_start() {
  local timeout_s="${DC_START_TIMEOUT:-60}"
  if ss -Hltn "sport = :$DC_LDAPS_PORT" 2>/dev/null | grep -q .; then
    dc_die "port $DC_LDAPS_PORT is already in use by another process (not a samba started by up.sh); stop it first"
  fi
  dc_step "starting samba (log: $DC_LOG)"
  # setsid + nohup: samba outlives this script and the terminal; it still runs in the foreground (-F)
  # so its PID file names the process we stop later.
  # 9>&-: samba must not inherit up.sh's lock descriptor, or it would hold the lock for its lifetime.
  setsid nohup samba -s "$DC_CONF" -F --no-process-group >>"$DC_LOG.stdout" 2>&1 </dev/null 9>&- &
  local launched=$! i deadline=$((timeout_s * 10))
  for ((i = 0; i < deadline; i++)); do
    if dc_ldaps_answers; then
      dc_step "LDAPS answers on 127.0.0.1:$DC_LDAPS_PORT (pid $(dc_running_pid))"
      return 0
    fi
    kill -0 "$launched" 2>/dev/null || break # samba exited: no point waiting
    sleep 0.1
  done
  echo "----- last lines of $DC_LOG -----" >&2
  tail -40 "$DC_LOG" >&2 2>/dev/null || true
  tail -20 "$DC_LOG.stdout" >&2 2>/dev/null || true
  dc_stop
  dc_die "samba did not answer on LDAPS within ${timeout_s}s"
}
