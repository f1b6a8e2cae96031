# A private test CA and a server certificate for the DC. Sourced by up.sh.
# SANs: IP:127.0.0.1, DNS:localhost, DNS:<dc host>. Deliberately NOT IP:::1, so a client that
# connects to [::1] meets a real hostname mismatch (a test case for the directory layer).

dc_make_tls() {
  local dir="$1"
  mkdir -p "$dir"
  (
    cd "$dir"
    openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -sha256 -keyout ca-key.pem -out ca.pem \
      -subj "/O=RecipientDesk tests/CN=RecipientDesk Test CA" \
      -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -sha256 -keyout key.pem -out server.csr \
      -subj "/O=RecipientDesk tests/CN=$DC_DNS_HOST" 2>/dev/null
    cat >server.ext <<EXT
basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:$DC_DNS_HOST
EXT
    openssl x509 -req -in server.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -days 3650 -sha256 \
      -extfile server.ext -out cert.pem 2>/dev/null
    # Samba refuses a private key that others can read.
    chmod 600 key.pem ca-key.pem
    rm -f server.csr server.ext ca.srl
  )
}
