# Provisions a fresh DC into $DC_LIVE and writes its smb.conf. Sourced by up.sh.

dc_provision() {
  rm -rf "$DC_LIVE"
  mkdir -p "$DC_LIVE"/{run,log,etc}
  dc_step "provisioning realm $DC_REALM into $DC_LIVE"
  samba-tool domain provision --targetdir="$DC_LIVE" --realm="$DC_REALM" --domain="$DC_NETBIOS" \
    --server-role=dc --dns-backend=SAMBA_INTERNAL --backend-store=mdb --adminpass="$DC_ADMIN_PASSWORD" \
    --host-name="$DC_HOST_NAME" --host-ip=127.0.0.1 \
    --option="interfaces=127.0.0.1 ::1" --option="bind interfaces only=yes" \
    >"$DC_LIVE/log/provision.log" 2>&1 || { tail -30 "$DC_LIVE/log/provision.log" >&2; dc_die "provision failed"; }
  dc_make_tls "$DC_LIVE/tls"
  dc_write_smb_conf
}

# The whole smb.conf is written here rather than patched: provision copies the machine's resolver
# into `dns forwarder` and puts logs and sockets under /var, none of which a private test DC wants.
dc_write_smb_conf() {
  cat >"$DC_CONF" <<CONF
# Written by e2e/dc/lib/provision.sh: a private Samba AD DC for RecipientDesk's tests.
[global]
	netbios name = $(tr '[:lower:]' '[:upper:]' <<<"$DC_HOST_NAME")
	realm = $DC_REALM
	workgroup = $DC_NETBIOS
	server role = active directory domain controller
	server services = ldap
	interfaces = 127.0.0.1 ::1
	bind interfaces only = yes
	private dir = $DC_LIVE/private
	state directory = $DC_LIVE/state
	cache directory = $DC_LIVE/cache
	lock directory = $DC_LIVE
	binddns dir = $DC_LIVE/bind-dns
	pid directory = $DC_LIVE/run
	ncalrpc dir = $DC_LIVE/run/ncalrpc
	winbindd socket directory = $DC_LIVE/run/winbindd
	log file = $DC_LOG
	logging = file
	log level = 1
	max log size = 10000
	dsdb:schema update allowed = true
	ldb:nosync = true
	tls enabled = yes
	tls keyfile = $DC_LIVE/tls/key.pem
	tls certfile = $DC_LIVE/tls/cert.pem
	tls cafile = $DC_LIVE/tls/ca.pem
CONF
}
