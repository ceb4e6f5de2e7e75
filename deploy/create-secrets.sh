#!/usr/bin/env bash
# Creates the Secrets deploy/ expects but does not contain (never a password in the manifests):
#   csp-db-<svc>       one per service: kubernetes.io/basic-auth, username = the service's database
#                      role, password = 32 random bytes (base64). CloudNativePG sets the role's
#                      password from it; the service reads the same keys.
#   csp-db-backup-s3   production only, when ACCESS_KEY_ID and ACCESS_SECRET_KEY are set in the
#                      environment: the object-store credentials for PostgreSQL backups.
# An existing Secret is left alone (re-running never changes a password under a running service).
# Usage: deploy/create-secrets.sh <namespace>        e.g. deploy/create-secrets.sh csp
set -euo pipefail

ns="${1:?usage: $0 <namespace>}"
kubectl get namespace "$ns" >/dev/null 2>&1 || {
  echo "namespace $ns does not exist: kubectl apply -f deploy/overlays/<overlay>/namespace.yaml first" >&2
  exit 1
}

exists() { kubectl -n "$ns" get secret "$1" >/dev/null 2>&1; }

for svc in assessment plan grant governance; do
  name="csp-db-$svc"
  if exists "$name"; then
    echo "secret $name exists, kept"
    continue
  fi
  password="$(openssl rand -base64 32 | tr -d '\n/+=')"
  kubectl -n "$ns" create secret generic "$name" --type=kubernetes.io/basic-auth \
    --from-literal=username="$svc" --from-literal=password="$password" >/dev/null
  kubectl -n "$ns" label secret "$name" app.kubernetes.io/part-of=csp cnpg.io/reload=true >/dev/null
  echo "secret $name created"
done

if [ -n "${ACCESS_KEY_ID:-}" ] && [ -n "${ACCESS_SECRET_KEY:-}" ]; then
  if exists csp-db-backup-s3; then
    echo "secret csp-db-backup-s3 exists, kept"
  else
    kubectl -n "$ns" create secret generic csp-db-backup-s3 \
      --from-literal=ACCESS_KEY_ID="$ACCESS_KEY_ID" --from-literal=ACCESS_SECRET_KEY="$ACCESS_SECRET_KEY" >/dev/null
    echo "secret csp-db-backup-s3 created"
  fi
else
  echo "ACCESS_KEY_ID / ACCESS_SECRET_KEY not set: csp-db-backup-s3 not created (needed by the production overlay)"
fi
