#!/usr/bin/env bash
# Measured run: time from process start to a served wall (page + snapshot with demo data) on a fresh data folder,
# and the host's memory after a minute of live collection. Prints the figures; not a test.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-5099}
data=$(mktemp -d)
dotnet build host/Dashboard.Host -c Release -v quiet -nologo >/dev/null
out=host/Dashboard.Host/bin/Release/net10.0

start_ns=$(date +%s%N)
Dashboard__DataDirectory="$data" ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_CONTENTROOT="$PWD/host/Dashboard.Host" \
  dotnet "$out/Dashboard.Host.dll" >"$data/host.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$data"' EXIT

until curl -fs "http://127.0.0.1:$port/" >/dev/null 2>&1 \
   && curl -fs "http://127.0.0.1:$port/api/walls/default" | grep -q '"last":{'; do
  kill -0 $pid 2>/dev/null || { echo "host exited:"; cat "$data/host.log"; exit 1; }
  sleep 0.05
done
ready_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
tiles=$(curl -fs "http://127.0.0.1:$port/api/walls/default" | grep -o '"metricKey"' | wc -l)
rss_start=$(awk '/VmRSS/ { print $2 }' /proc/$pid/status)
sleep "${SOAK_SECONDS:-60}"
rss_after=$(awk '/VmRSS/ { print $2 }' /proc/$pid/status)
samples=$(curl -fs "http://127.0.0.1:$port/api/snapshot" | grep -o '"metricKey"' | wc -l)

echo "startup to served wall with demo data: ${ready_ms} ms (${tiles} tiles)"
echo "memory (RSS) when ready: $((rss_start / 1024)) MiB; after ${SOAK_SECONDS:-60} s of live collection: $((rss_after / 1024)) MiB"
echo "series with a last value: ${samples}"
