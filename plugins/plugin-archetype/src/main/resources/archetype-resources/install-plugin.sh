#!/bin/sh
# Builds this plugin and installs it into a running Frontdesk, or upgrades the installed version:
#
#   FRONTDESK_ADMIN_PASSWORD=... ./install-plugin.sh
#
# Settings (environment):
#   FRONTDESK_URL             where Frontdesk runs                      default http://localhost:8080
#   FRONTDESK_TOKEN           a platform-admin bearer token; when unset, the script signs in with:
#   FRONTDESK_ADMIN_EMAIL     the platform admin (built-in issuer)      default admin@frontdesk.local
#   FRONTDESK_ADMIN_PASSWORD  their password
#   SKIP_BUILD=1              upload the jar already in target/ instead of building it first
#   MVN                       the Maven command                         default ./mvnw if present, else mvn
#
# Frontdesk accepts the jar only if it trusts your signing key: its operator must have put your certificate
# (~/.frontdesk/plugin-signing.pem, written by the build) into FRONTDESK_DATA_DIR/plugins/trusted/.
set -eu

cd "$(dirname "$0")"
url="${FRONTDESK_URL:-http://localhost:8080}"
url="${url%/}"

fail() {
  echo "install-plugin: $*" >&2
  exit 1
}

command -v curl >/dev/null 2>&1 || fail "curl is needed"

if [ -z "${SKIP_BUILD:-}" ]; then
  if [ -n "${MVN:-}" ]; then mvn_cmd="$MVN"; elif [ -x ./mvnw ]; then mvn_cmd=./mvnw; else mvn_cmd=mvn; fi
  echo "Building with $mvn_cmd package ..."
  $mvn_cmd -B -q package || fail "the build failed (see above)"
fi

jar=""
for f in target/*.jar; do
  case "$f" in
    *-tests.jar | *-sources.jar | *-javadoc.jar) ;;
    *) [ -f "$f" ] && jar="$f" ;;
  esac
done
[ -n "$jar" ] || fail "no plugin jar in target/: build it first (mvn package)"

body=$(mktemp)
trap 'rm -f "$body"' EXIT

# The value of a string field of the JSON answer, unescaped (enough for tokens, ids and problem details).
field() {
  sed -n 's/.*"'"$1"'"[[:space:]]*:[[:space:]]*"\([^"\\]*\(\\.[^"\\]*\)*\)".*/\1/p' "$body" \
    | head -n 1 | sed -e 's/\\"/"/g' -e 's/\\\\/\\/g'
}

# JSON string contents: backslashes and double quotes escaped.
json_text() {
  printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g'
}

token="${FRONTDESK_TOKEN:-}"
if [ -z "$token" ]; then
  [ -n "${FRONTDESK_ADMIN_PASSWORD:-}" ] || fail "set FRONTDESK_TOKEN, or FRONTDESK_ADMIN_PASSWORD (and FRONTDESK_ADMIN_EMAIL)"
  email="${FRONTDESK_ADMIN_EMAIL:-admin@frontdesk.local}"
  status=$(curl -sS -o "$body" -w '%{http_code}' -X POST "$url/api/v1/auth/login" \
    -H 'Content-Type: application/json' \
    --data-binary "{\"email\":\"$(json_text "$email")\",\"password\":\"$(json_text "$FRONTDESK_ADMIN_PASSWORD")\"}") \
    || fail "cannot reach Frontdesk at $url"
  [ "$status" = 200 ] || fail "signing in as $email failed ($status): $(field detail)"
  token=$(field access_token)
  [ -n "$token" ] || fail "the sign-in answer had no access_token"
fi

echo "Uploading $jar to $url ..."
status=$(curl -sS -o "$body" -w '%{http_code}' -X POST "$url/api/v1/platform/plugins" \
  -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/java-archive' \
  --data-binary "@$jar") || fail "cannot reach Frontdesk at $url"

case "$status" in
  201) echo "Installed: $(field id) $(field version), signed by $(field signer), state $(field state)." ;;
  200) echo "Upgraded: $(field id) is now $(field version), signed by $(field signer), state $(field state)." ;;
  409) echo "Already installed: Frontdesk has exactly this jar. Change the version or the code, then run again." ;;
  401) fail "401: the token is missing, expired or not accepted by this Frontdesk" ;;
  403) fail "403: the token is not a platform admin's" ;;
  422) fail "Frontdesk refused the plugin: $(field detail)" ;;
  4*) fail "$status: $(field detail)" ;;
  *) fail "unexpected answer $status: $(cat "$body")" ;;
esac
