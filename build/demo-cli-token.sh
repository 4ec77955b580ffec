#!/usr/bin/env bash
# Gets a user access token the way a script or desktop tool should: authorization code + PKCE
# (S256) with the development client "demo-cli", whose redirect URI is a loopback listener.
#
#   build/demo-cli-token.sh [base-url] [scopes]
#   build/demo-cli-token.sh http://localhost:5080 "openid profile identity.read offline_access"
#
# It prints a URL to open in a browser; sign in there (e.g. agent1@demo.test / Demo-Passw0rd!),
# the browser lands on http://127.0.0.1:8765/callback, and the script prints the token response.
set -euo pipefail

base="${1:-http://localhost:5080}"
scope="${2:-openid profile identity.read offline_access}"
redirect="http://127.0.0.1:8765/callback"

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
verifier=$(openssl rand 32 | b64url)
challenge=$(printf '%s' "$verifier" | openssl dgst -sha256 -binary | b64url)
state=$(openssl rand -hex 8)
urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }

echo "Open this address in a browser and sign in:"
echo "  $base/connect/authorize?client_id=demo-cli&response_type=code&redirect_uri=$(urlencode "$redirect")&scope=$(urlencode "$scope")&state=$state&code_challenge=$challenge&code_challenge_method=S256"
echo "Waiting for the browser on $redirect ..."

# A one-request listener on the loopback redirect URI; it prints the query string it receives.
query=$(python3 - <<'PY'
import http.server, sys
class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.end_headers()
        self.wfile.write("Vous pouvez fermer cet onglet. / You can close this tab.".encode())
        print(self.path.partition("?")[2])
    def log_message(self, *args):
        pass
http.server.HTTPServer(("127.0.0.1", 8765), Handler).handle_request()
PY
)

param() { python3 -c 'import sys, urllib.parse; print(urllib.parse.parse_qs(sys.argv[1]).get(sys.argv[2], [""])[0])' "$query" "$1"; }
if [[ -n "$(param error)" ]]; then
  echo "Refused: $(param error) $(param error_description)" >&2
  exit 1
fi
if [[ "$(param state)" != "$state" ]]; then
  echo "The state does not match: ignoring this answer." >&2
  exit 1
fi

curl -sS -X POST "$base/connect/token" \
  -d grant_type=authorization_code -d client_id=demo-cli \
  --data-urlencode "code=$(param code)" --data-urlencode "redirect_uri=$redirect" \
  --data-urlencode "code_verifier=$verifier"
echo
