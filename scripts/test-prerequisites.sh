#!/usr/bin/env bash
# Installs or starts what the test suite needs and a bare machine may lack. Idempotent: safe to run every time.
#   - PostgreSQL on 127.0.0.1:5432 (started if installed but down; without one, the tests start an embedded one)
#   - Chromium for the browser test (Debian package)
#   - a TrueType CJK font (Debian's fonts-droid-fallback) for Chinese text in invoice PDFs
#   - a JDK 21+ for the Keycloak server the identity test starts (Temurin 25 here; Debian's openjdk otherwise)
set -euo pipefail

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=""
apt_install() {
  [ -n "$apt_updated" ] || { as_root apt-get update -qq; apt_updated=1; }
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

if command -v pg_isready >/dev/null && ! pg_isready -h 127.0.0.1 -p 5432 -q; then
  if [ -d /etc/postgresql ]; then
    echo "test-prerequisites: starting PostgreSQL"
    as_root pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -n 1)" main start || true
  fi
fi

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "test-prerequisites: installing chromium"
  apt_install chromium
fi

if [ ! -r /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf ]; then
  echo "test-prerequisites: installing a CJK font for invoice PDFs"
  apt_install fonts-droid-fallback
fi

have_jdk21() {
  for d in ${KEYCLOAK_JAVA_HOME:-} /usr/lib/jvm/*; do
    [ -x "$d/bin/java" ] || continue
    v=$("$d/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p')
    [ "${v%%.*}" -ge 21 ] 2>/dev/null && return 0
  done
  return 1
}
if ! have_jdk21; then
  echo "test-prerequisites: installing a JDK 21+ for Keycloak"
  apt_install openjdk-21-jdk-headless || apt_install openjdk-25-jdk-headless
fi
echo "test-prerequisites: ready"
