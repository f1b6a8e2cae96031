# Installs the Debian packages the test DC needs, only those missing. Sourced by up.sh.

DC_PACKAGES=(samba-ad-dc samba-ad-provision ldb-tools ldap-utils openssl)

dc_install_packages() {
  local missing=() pkg
  for pkg in "${DC_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  ((${#missing[@]} == 0)) && return 0
  [[ "$(id -u)" == 0 ]] || dc_die "packages missing (${missing[*]}) and not root: install them with apt-get first"
  # An image may ship without package lists; refresh them only then (it is slow and needs the network).
  if ! compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null; then
    dc_step "apt-get update (package lists are empty)"
    apt-get update -qq
  fi
  dc_step "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
