#!/usr/bin/env bash
# Measures the published app against nginx serving the app's own static export, on this
# machine, in one run, and exits non-zero when a target of issue 7 is missed.
# Usage: bench/run.sh            (see bench/README.md for the settings and the results)
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=${BENCH_WORK:-$ROOT/artifacts/bench}
DURATION=${BENCH_DURATION:-10}        # seconds per measured wrk run
CONNECTIONS=${BENCH_CONNECTIONS:-32}
ROUNDS=${BENCH_ROUNDS:-3}             # measured runs per server, alternating
LOAD_SECONDS=${BENCH_LOAD_SECONDS:-30}
SCALE_PAGES=${BENCH_SCALE_PAGES:-10000}
APP_PORT=${BENCH_APP_PORT:-5181}
NGINX_PORT=${BENCH_NGINX_PORT:-5182}
SCALE_PORT=${BENCH_SCALE_PORT:-5183}
APP="http://127.0.0.1:$APP_PORT"
NGINX="http://127.0.0.1:$NGINX_PORT"
SCALE="http://127.0.0.1:$SCALE_PORT"

STARTED=()   # PIDs of the processes this script started; only these are stopped.
stop_all() {
    for pid in "${STARTED[@]}"; do kill "$pid" 2>/dev/null || true; done
    if [[ -f $WORK/nginx.pid ]]; then kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true; fi
}
trap stop_all EXIT

FAILED=0
check() {  # check NAME OK(0/1) DETAIL
    if [[ $2 == 1 ]]; then echo "  PASS  $1: $3"; else echo "  FAIL  $1: $3"; FAILED=1; fi
}

for tool in wrk nginx curl; do
    if ! command -v "$tool" >/dev/null && ! [[ -x /usr/sbin/$tool ]]; then
        [[ $(id -u) == 0 ]] || { echo "$tool is missing: run 'apt-get install -y wrk nginx curl' as root." >&2; exit 2; }
        DEBIAN_FRONTEND=noninteractive apt-get install -y wrk nginx curl >/dev/null
    fi
done
NGINX_BIN=$(command -v nginx || echo /usr/sbin/nginx)
for port in "$APP_PORT" "$NGINX_PORT" "$SCALE_PORT"; do
    if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "Port $port is in use; set BENCH_*_PORT." >&2; exit 2; fi
done

rm -rf "$WORK" && mkdir -p "$WORK/nginx-tmp"
echo "== Publishing (Release) and exporting"
dotnet publish src/KnowAboutCse.Web -c Release -o "$WORK/app" --nologo >"$WORK/publish.log" || { tail -20 "$WORK/publish.log" >&2; exit 1; }
SETTINGS=("--Site:PublicBaseUrl=$APP" "--Site:FormOrigin=$APP")
(cd "$WORK/app" && dotnet KnowAboutCse.Web.dll export "$WORK/site" "${SETTINGS[@]}" >"$WORK/export.log")

# Starts the app; sets STARTUP_MS (process start to first 200) and APP_PID.
start_app() {  # start_app URL LOG [settings...]
    local url=$1 log=$2; shift 2
    local t0 t1
    t0=$(date +%s%N)
    (cd "$WORK/app" && exec dotnet KnowAboutCse.Web.dll --urls "$url" "$@" >"$log" 2>&1) &
    APP_PID=$!
    STARTED+=("$APP_PID")
    until curl -sf -o /dev/null "$url/"; do
        kill -0 "$APP_PID" 2>/dev/null || { echo "The app did not start: see $log" >&2; exit 1; }
        sleep 0.01
    done
    t1=$(date +%s%N)
    STARTUP_MS=$(( (t1 - t0) / 1000000 ))
}

# The page addresses, from the export: /parents for parents/index.html.
(cd "$WORK/site" && find . -name index.html | sed -e 's|^\.||' -e 's|/index.html$||' -e 's|^$|/|' | sort) >"$WORK/pages.txt"
lua_for() {  # lua_for PATHS_FILE > script: wrk cycles through the paths and prints one RESULT line
    echo 'local paths = {'
    sed 's/.*/"&",/' "$1"
    cat <<'LUA'
}
local i = 0
request = function() i = i % #paths + 1; return wrk.format("GET", paths[i]) end
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT %.0f %d %d %d\n", summary.requests / (summary.duration / 1e6), latency:percentile(50), latency:percentile(99), errors))
end
LUA
}
lua_for "$WORK/pages.txt" >"$WORK/pages.lua"

run_wrk() {  # run_wrk URL SECONDS SCRIPT -> "req/s p50_us p99_us errors"
    wrk -t1 -c"$CONNECTIONS" -d"$2s" -s "$3" "$1" | awk '/^RESULT/ {print $2, $3, $4, $5}'
}
warm() {  # warm URL SCRIPT: 3 s runs until two in a row agree within 5 % (at most 8)
    local previous=0 current
    for _ in 1 2 3 4 5 6 7 8; do
        current=$(run_wrk "$1" 3 "$2" | cut -d' ' -f1)
        if (( previous > 0 )) && awk -v a="$previous" -v b="$current" 'BEGIN { d = a - b; if (d < 0) d = -d; exit !(d <= 0.05 * a) }'; then return; fi
        previous=$current
    done
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

echo "== Starting the app and nginx"
start_app "$APP" "$WORK/app.log" "${SETTINGS[@]}"
APP_STARTUP_MS=$STARTUP_MS
MAIN_PID=$APP_PID
sed -e "s|@WORK@|$WORK|g" -e "s|@PORT@|$NGINX_PORT|g" bench/nginx.conf >"$WORK/nginx.conf"
"$NGINX_BIN" -c "$WORK/nginx.conf"

echo "== Checking the two serve the same bytes"
while read -r path; do
    file=$([[ $path == / ]] && echo index.html || echo "${path#/}/index.html")
    cmp -s <(curl -s "$APP$path") "$WORK/site/$file" || { echo "  $path differs between the app and its export" >&2; FAILED=1; }
    cmp -s <(curl -s "$NGINX$path") "$WORK/site/$file" || { echo "  nginx does not serve $path as exported" >&2; FAILED=1; }
done <"$WORK/pages.txt"

echo "== Warming both, then $ROUNDS alternating runs of ${DURATION}s each ($CONNECTIONS connections, $(wc -l <"$WORK/pages.txt") pages in turn)"
warm "$APP" "$WORK/pages.lua"
warm "$NGINX" "$WORK/pages.lua"
: >"$WORK/app.runs"; : >"$WORK/nginx.runs"
for round in $(seq "$ROUNDS"); do
    run_wrk "$APP" "$DURATION" "$WORK/pages.lua" | tee -a "$WORK/app.runs" | sed "s/^/  app   round $round: req\/s p50us p99us errors = /"
    run_wrk "$NGINX" "$DURATION" "$WORK/pages.lua" | tee -a "$WORK/nginx.runs" | sed "s/^/  nginx round $round: req\/s p50us p99us errors = /"
done
APP_RPS=$(cut -d' ' -f1 "$WORK/app.runs" | median); NGINX_RPS=$(cut -d' ' -f1 "$WORK/nginx.runs" | median)
APP_P50=$(cut -d' ' -f2 "$WORK/app.runs" | median); NGINX_P50=$(cut -d' ' -f2 "$WORK/nginx.runs" | median)
APP_P99=$(cut -d' ' -f3 "$WORK/app.runs" | median); NGINX_P99=$(cut -d' ' -f3 "$WORK/nginx.runs" | median)
ERRORS=$(cat "$WORK/app.runs" "$WORK/nginx.runs" | awk '{ s += $4 } END { print s + 0 }')
RPS_RATIO=$(awk -v a="$APP_RPS" -v n="$NGINX_RPS" 'BEGIN { printf "%.2f", a / n }')
P99_RATIO=$(awk -v a="$APP_P99" -v n="$NGINX_P99" 'BEGIN { printf "%.2f", a / n }')

echo "== Page weight (HTML + CSS + JS + pictures, as a browser asking for br/gzip receives them)"
MAX_WEIGHT=0; MAX_PAGE=
while read -r path; do
    html=$(curl -s -H 'Accept-Encoding: br, gzip' -o /dev/null -w '%{size_download}' "$APP$path")
    assets=0
    for asset in $(curl -s "$APP$path" | grep -oE '(href|src)="/[^"]+\.(css|js)(\?[^"]*)?"|<img [^>]*src="/[^"]+"' | sed -E 's/^.*(href|src)="//; s/"$//' | sort -u); do
        assets=$(( assets + $(curl -s -H 'Accept-Encoding: br, gzip' -o /dev/null -w '%{size_download}' "$APP$asset") ))
    done
    total=$(( html + assets ))
    if (( total > MAX_WEIGHT )); then MAX_WEIGHT=$total; MAX_PAGE=$path; fi
done <"$WORK/pages.txt"
BIG_IMAGES=$(find "$WORK/site" -type f \( -name '*.png' -o -name '*.jpg' -o -name '*.svg' -o -name '*.ico' -o -name '*.webp' \) -size +10240c | sed "s|$WORK/site||" | tr '\n' ' ')
FONTS=$(find "$WORK/site" -type f \( -name '*.woff*' -o -name '*.ttf' -o -name '*.otf' \) | wc -l)
THIRD_PARTY=$(grep -rhoE '<(script|link|img|iframe)[^>]+(src|href)="https?://[^"]+' "$WORK/site" --include=index.html | grep -vE 'rel="(canonical|alternate)"' | grep -c . || true)

echo "== Search (POST /search, one at a time; reported, no target)"
: >"$WORK/search.times"
for _ in $(seq 20); do
    curl -s -o /dev/null -w '%{time_total}\n' --data-urlencode 'q=is it normal for an older friend to buy me things' "$APP/search" >>"$WORK/search.times"
done
SEARCH_MS=$(awk '{ printf "%.1f\n", $1 * 1000 }' "$WORK/search.times" | median)

echo "== Memory after ${LOAD_SECONDS}s of load"
run_wrk "$APP" "$LOAD_SECONDS" "$WORK/pages.lua" >/dev/null
RSS_KB=$(awk '/^VmRSS/ { print $2 }' "/proc/$MAIN_PID/status")
# Where it is: heaps and stacks; DLLs and native libraries; the runtime's shared code-and-type-data mapping.
RSS_PARTS=$(awk '/^RssAnon/ { a = $2 } /^RssFile/ { f = $2 } /^RssShmem/ { s = $2 }
    END { printf "%.1f MB anonymous, %.1f MB mapped files, %.1f MB JIT code and type data", a / 1024, f / 1024, s / 1024 }' "/proc/$MAIN_PID/status")

echo "== Scale: $SCALE_PAGES generated pages"
cp -r "$ROOT/content" "$WORK/content-scale"
bench/generate-pages.sh "$WORK/content-scale" "$SCALE_PAGES"
start_app "$SCALE" "$WORK/scale.log" "${SETTINGS[@]}" "--Content:Path=$WORK/content-scale"
SCALE_STARTUP_MS=$STARTUP_MS
SCALE_LOAD_MS=$(grep -oE 'Loaded [0-9]+ pages and [0-9]+ contacts in [0-9]+ ms' "$WORK/scale.log" | grep -oE '[0-9]+ ms' | grep -oE '[0-9]+')
SCALE_COUNT=$(grep -oE 'Loaded [0-9]+ pages' "$WORK/scale.log" | grep -oE '[0-9]+')
# Every generated page rendered and stored, then the same unchanged pages measured on both.
(cd "$WORK/content-scale/parents" && ls generated-*.md | sed -e 's|^|/parents/|' -e 's|\.md$||') >"$WORK/scale-pages.txt"
lua_for "$WORK/scale-pages.txt" >"$WORK/scale-pages.lua"
run_wrk "$SCALE" 10 "$WORK/scale-pages.lua" >/dev/null
grep -E '^/(youngpeople|get-help)' "$WORK/pages.txt" >"$WORK/same-pages.txt"
lua_for "$WORK/same-pages.txt" >"$WORK/same-pages.lua"
warm "$SCALE" "$WORK/same-pages.lua"; warm "$APP" "$WORK/same-pages.lua"
: >"$WORK/small.runs"; : >"$WORK/scale.runs"
for _ in $(seq "$ROUNDS"); do
    run_wrk "$APP" "$DURATION" "$WORK/same-pages.lua" >>"$WORK/small.runs"
    run_wrk "$SCALE" "$DURATION" "$WORK/same-pages.lua" >>"$WORK/scale.runs"
done
SMALL_RPS=$(cut -d' ' -f1 "$WORK/small.runs" | median); SCALE_RPS=$(cut -d' ' -f1 "$WORK/scale.runs" | median)
SCALE_RATIO=$(awk -v a="$SCALE_RPS" -v n="$SMALL_RPS" 'BEGIN { printf "%.2f", a / n }')

echo
echo "== Results ($(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(. /etc/os-release && echo "$PRETTY_NAME"), $(dotnet --version), $("$NGINX_BIN" -v 2>&1 | sed 's|.*/||'))"
printf '  %-6s %10s %10s %10s\n' "" "req/s" "p50 (us)" "p99 (us)"
printf '  %-6s %10s %10s %10s\n' app "$APP_RPS" "$APP_P50" "$APP_P99" nginx "$NGINX_RPS" "$NGINX_P50" "$NGINX_P99"
check "throughput" "$(awk -v r="$RPS_RATIO" 'BEGIN { print (r >= 0.9) }')" "app/nginx req/s = $RPS_RATIO (target >= 0.90)"
check "p99 latency" "$(awk -v r="$P99_RATIO" 'BEGIN { print (r <= 1.5) }')" "app/nginx p99 = $P99_RATIO (target <= 1.50)"
check "errors" "$([[ $ERRORS == 0 ]] && echo 1 || echo 0)" "$ERRORS socket or non-2xx errors in wrk runs"
check "page weight" "$(( MAX_WEIGHT <= 20480 ))" "heaviest page $MAX_PAGE = $MAX_WEIGHT bytes with CSS, JS and pictures (target <= 20480)"
check "images" "$([[ -z $BIG_IMAGES ]] && echo 1 || echo 0)" "over 10 KB: ${BIG_IMAGES:-none}"
check "fonts and third parties" "$(( FONTS == 0 && THIRD_PARTY == 0 ))" "$FONTS font files, $THIRD_PARTY off-site scripts, styles, images or frames"
check "start-up" "$(( APP_STARTUP_MS <= 1000 ))" "first 200 after ${APP_STARTUP_MS} ms (target <= 1000)"
check "memory" "$(( RSS_KB <= 122880 ))" "resident $(awk -v k="$RSS_KB" 'BEGIN { printf "%.1f", k / 1024 }') MB after ${LOAD_SECONDS}s of load (target <= 120)"
check "scale: load" "$(( SCALE_LOAD_MS <= 3000 ))" "$SCALE_COUNT pages loaded in $SCALE_LOAD_MS ms, first 200 after $SCALE_STARTUP_MS ms (target <= 3000)"
check "scale: per request" "$(awk -v r="$SCALE_RATIO" 'BEGIN { print (r >= 0.9) }')" "req/s on the same pages with $SCALE_COUNT pages / with $(wc -l <"$WORK/pages.txt") = $SCALE_RATIO (target >= 0.90)"
echo "  info  memory: $RSS_PARTS"
echo "  info  search: median ${SEARCH_MS} ms for a whole POST /search round trip (20 one at a time)"
[[ $FAILED == 0 ]] && echo "All targets met." || echo "Some targets missed."
exit "$FAILED"
