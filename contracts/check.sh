#!/usr/bin/env bash
# The contract checks of the CSP platform, in one command (run it after the Maven build, which writes
# <svc>-service/target/openapi/openapi.yaml):
#
#   contracts/check.sh
#
# For each service: the committed OpenAPI copy is fresh (equals the one the build generated) and is
# OpenAPI 3.1; Spectral (spectral:oas + project rules, .spectral.yaml) finds no error and no warning;
# Redocly's recommended rules find no error; openapi-typescript generates its types and they
# type-check under tsc --strict; its AsyncAPI 3.0 document is the one asyncapi/event-catalogue.mjs
# generates and is valid for the AsyncAPI parser.
# Then the hand-written frontend example (frontend-example/*.ts) type-checks against the generated
# types. npm tools are pinned in package.json/package-lock.json and installed with `npm ci` (the
# machine's Node.js >= 20; Node itself is never downloaded). Exits non-zero on any failure.
#
# Options: CONTRACTS_SKIP_STALENESS=1 skips the freshness check (e.g. before any build).
set -uo pipefail
cd "$(dirname "$0")"

SERVICES=(assessment plan grant governance)
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true NO_UPDATE_NOTIFIER=1 \
  npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false SCARF_ANALYTICS=false
LOG_DIR=target/logs
mkdir -p "$LOG_DIR" frontend-example/generated

node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 20 ]; then
  echo "check: Node.js >= 20 is required (found: $(node --version 2>/dev/null || echo none))" >&2
  exit 2
fi
if [ ! -d node_modules ] || [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "== npm ci (tools pinned in contracts/package-lock.json)"
  npm ci --no-audit --no-fund --loglevel=error > "$LOG_DIR/npm-ci.log" 2>&1 || { cat "$LOG_DIR/npm-ci.log"; exit 2; }
fi
BIN=node_modules/.bin

declare -A RESULT
failures=0
pass() { RESULT["$1/$2"]="ok"; }
fail() { RESULT["$1/$2"]="FAIL"; failures=$((failures + 1)); }
show() { awk '{ print "    " $0 }' "$1"; }

node scripts/generate-asyncapi.mjs target/asyncapi > "$LOG_DIR/generate-asyncapi.log" 2>&1 \
  || { echo "check: generating AsyncAPI from asyncapi/event-catalogue.mjs failed:"; cat "$LOG_DIR/generate-asyncapi.log"; exit 1; }

for svc in "${SERVICES[@]}"; do
  doc="openapi/${svc}-service.yaml"
  echo "== ${svc}-service"

  # 1. the committed copy equals what the build generated
  generated="../${svc}-service/target/openapi/openapi.yaml"
  if [ "${CONTRACTS_SKIP_STALENESS:-0}" = "1" ]; then
    RESULT["$svc/fresh"]="skipped"
  elif [ ! -f "$generated" ]; then
    echo "  fresh: $generated not found: build first (./mvnw -B verify, or package -DskipTests)"
    fail "$svc" fresh
  elif ! cmp -s "$generated" "$doc"; then
    echo "  fresh: contracts/$doc is STALE: the API in the code changed. Refresh and commit it:"
    echo "         contracts/refresh.sh && git add contracts/openapi && git commit"
    diff -u "$doc" "$generated" | head -40 | sed 's/^/    /'
    fail "$svc" fresh
  else
    pass "$svc" fresh
  fi

  # 2. OpenAPI 3.1
  if grep -Eq '^openapi: "?3\.1\.[0-9]+"?$' "$doc"; then
    pass "$svc" oas31
  else
    echo "  openapi 3.1: $doc declares $(grep -m1 '^openapi:' "$doc" || echo 'no openapi version')"
    fail "$svc" oas31
  fi

  # 3. Spectral: zero errors and zero warnings
  if "$BIN/spectral" lint --quiet -r .spectral.yaml --fail-severity=warn -f text "$doc" > "$LOG_DIR/spectral-$svc.log" 2>&1; then
    pass "$svc" spectral
  else
    echo "  spectral: $(grep -cE ' (error|warning) ' "$LOG_DIR/spectral-$svc.log") findings"
    show "$LOG_DIR/spectral-$svc.log"
    fail "$svc" spectral
  fi

  # 4. Redocly recommended: zero errors (warnings are listed, not fatal)
  if "$BIN/redocly" lint --config redocly.yaml --format stylish "$doc" > "$LOG_DIR/redocly-$svc.log" 2>&1; then
    pass "$svc" redocly
    grep -E '^\s+[0-9]+:[0-9]+\s+warning' "$LOG_DIR/redocly-$svc.log" | sed 's/^\s*/    redocly /' || true
  else
    echo "  redocly:"
    grep -vE '╔|║|╚|^\s*$' "$LOG_DIR/redocly-$svc.log" | show /dev/stdin
    fail "$svc" redocly
  fi

  # 5. TypeScript types generated and type-checked under --strict
  types="frontend-example/generated/${svc}-service.ts"
  if "$BIN/openapi-typescript" "$doc" -o "$types" > "$LOG_DIR/openapi-typescript-$svc.log" 2>&1 \
     && "$BIN/tsc" --strict --noEmit --target es2022 --module es2022 --moduleResolution bundler "$types" > "$LOG_DIR/tsc-$svc.log" 2>&1; then
    pass "$svc" types
  else
    echo "  typescript:"
    cat "$LOG_DIR/openapi-typescript-$svc.log" "$LOG_DIR/tsc-$svc.log" | show /dev/stdin
    fail "$svc" types
  fi

  # 6. AsyncAPI 3.0: the committed document is what the event catalogue generates, and it is valid
  if ! cmp -s "target/asyncapi/${svc}-service.yaml" "asyncapi/${svc}-service.yaml"; then
    echo "  asyncapi: contracts/asyncapi/${svc}-service.yaml differs from what asyncapi/event-catalogue.mjs generates."
    echo "            Edit the catalogue (not the YAML), then: (cd contracts && node scripts/generate-asyncapi.mjs) and commit."
    diff -u "asyncapi/${svc}-service.yaml" "target/asyncapi/${svc}-service.yaml" | head -30 | awk '{ print "    " $0 }'
    fail "$svc" asyncapi
  elif node scripts/validate-asyncapi.mjs "asyncapi/${svc}-service.yaml" > "$LOG_DIR/asyncapi-$svc.log" 2>&1; then
    pass "$svc" asyncapi
  else
    echo "  asyncapi:"
    show "$LOG_DIR/asyncapi-$svc.log"
    fail "$svc" asyncapi
  fi
done

echo "== frontend example (tsc --strict against the generated types)"
if "$BIN/tsc" -p frontend-example/tsconfig.json > "$LOG_DIR/tsc-frontend-example.log" 2>&1; then
  frontend="ok"
else
  show "$LOG_DIR/tsc-frontend-example.log"
  frontend="FAIL"
  failures=$((failures + 1))
fi

echo
echo "== contract checks"
printf '%-12s %-8s %-8s %-9s %-8s %-8s %-9s\n' service fresh oas3.1 spectral redocly ts-types asyncapi
for svc in "${SERVICES[@]}"; do
  printf '%-12s %-8s %-8s %-9s %-8s %-8s %-9s\n' "$svc" "${RESULT[$svc/fresh]}" "${RESULT[$svc/oas31]}" \
    "${RESULT[$svc/spectral]}" "${RESULT[$svc/redocly]}" "${RESULT[$svc/types]}" "${RESULT[$svc/asyncapi]}"
done
echo "frontend example: $frontend"
if [ "$failures" -gt 0 ]; then
  echo "contract checks FAILED ($failures)"
  exit 1
fi
echo "contract checks passed"
