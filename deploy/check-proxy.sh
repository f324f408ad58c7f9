#!/usr/bin/env bash
# Runs deploy/nginx.conf locally in front of the published app (self-signed certificate,
# loopback ports) and checks what docs/deployment.md promises. Needs nginx, curl, openssl.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${PROXY_WORK:-$PWD/artifacts/proxy}
APP_PORT=${PROXY_APP_PORT:-5281}; HTTP_PORT=${PROXY_HTTP_PORT:-5280}; HTTPS_PORT=${PROXY_HTTPS_PORT:-5443}
rm -rf "$WORK" && mkdir -p "$WORK/tmp"
STARTED=()
trap 'for pid in "${STARTED[@]}"; do kill "$pid" 2>/dev/null || true; done; [[ -f $WORK/nginx.pid ]] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true' EXIT

openssl req -x509 -newkey rsa:2048 -nodes -subj "/CN=www.knowaboutcse.co.uk" -days 1 \
    -keyout "$WORK/privkey.pem" -out "$WORK/fullchain.pem" 2>/dev/null
# The production file, with only the addresses, ports, paths and log files moved to loopback and $WORK.
sed -e "s|127.0.0.1:8080|127.0.0.1:$APP_PORT|" -e "s|listen 80;|listen 127.0.0.1:$HTTP_PORT;|" \
    -e "s|listen 443 ssl http2;|listen 127.0.0.1:$HTTPS_PORT ssl http2;|" -e "s|/etc/ssl/knowaboutcse|$WORK|" \
    -e "s|/var/log/nginx|$WORK|" -e "s|return 301 https://\$host\$request_uri;|return 301 https://\$host:$HTTPS_PORT\$request_uri;|" \
    deploy/nginx.conf >"$WORK/site.conf"
cat >"$WORK/nginx.conf" <<CONF
pid $WORK/nginx.pid;
error_log $WORK/error.log;
events {}
http {
    client_body_temp_path $WORK/tmp; proxy_temp_path $WORK/tmp; fastcgi_temp_path $WORK/tmp;
    uwsgi_temp_path $WORK/tmp; scgi_temp_path $WORK/tmp;
    include $WORK/site.conf;
}
CONF

dotnet publish src/KnowAboutCse.Web -c Release -o "$WORK/app" --nologo >"$WORK/publish.log"
(cd "$WORK/app" && ASPNETCORE_FORWARDEDHEADERS_ENABLED=true exec dotnet KnowAboutCse.Web.dll --urls "http://127.0.0.1:$APP_PORT" >"$WORK/app.log" 2>&1) &
STARTED+=($!)
until curl -sf -o /dev/null "http://127.0.0.1:$APP_PORT/healthz"; do sleep 0.1; done
nginx -c "$WORK/nginx.conf"

SITE="https://www.knowaboutcse.co.uk:$HTTPS_PORT"
RESOLVE=(--resolve "www.knowaboutcse.co.uk:$HTTPS_PORT:127.0.0.1" --resolve "www.knowaboutcse.co.uk:$HTTP_PORT:127.0.0.1" -k -s)
failed=0
expect() { if [[ $2 == "$3" ]]; then echo "  PASS  $1"; else echo "  FAIL  $1: got '$2', expected '$3'"; failed=1; fi; }

expect "http redirects to https" "$(curl "${RESOLVE[@]}" -o /dev/null -w '%{http_code} %{redirect_url}' "http://www.knowaboutcse.co.uk:$HTTP_PORT/parents")" "301 $SITE/parents"
headers=$(curl "${RESOLVE[@]}" -D - -o /dev/null -H 'Accept-Encoding: br' "$SITE/parents")
expect "page over https" "$(grep -c '^HTTP/[0-9.]* 200' <<<"$headers")" 1
expect "HSTS sent (the app sees https through X-Forwarded-Proto)" "$(grep -ci '^strict-transport-security: max-age=31536000' <<<"$headers")" 1
expect "Brotli passes through" "$(grep -i '^content-encoding:' <<<"$headers" | tr -d '\r' | awk '{print $2}')" br
etag=$(grep -i '^etag:' <<<"$headers" | tr -d '\r' | cut -d' ' -f2)
expect "304 through the proxy" "$(curl "${RESOLVE[@]}" -o /dev/null -w '%{http_code}' -H 'Accept-Encoding: br' -H "If-None-Match: $etag" "$SITE/parents")" 304
expect "health check" "$(curl "${RESOLVE[@]}" "$SITE/healthz")" Healthy
expect "proxy log has no addresses or query strings" "$(curl "${RESOLVE[@]}" -o /dev/null "$SITE/parents?secret=1"; grep -cE '127\.0\.0\.1|secret' "$WORK/knowaboutcse.log" || true)" 0
exit "$failed"
