#!/usr/bin/env bash
# Copies each service's freshly generated OpenAPI document (written by the Quarkus build to
# <svc>-service/target/openapi/openapi.yaml) over the committed copy contracts/openapi/<svc>-service.yaml.
# Build first:  ./mvnw -B package -DskipTests   (or verify). Then review and commit contracts/openapi/.
set -euo pipefail
cd "$(dirname "$0")"
for svc in assessment plan grant governance; do
  generated="../${svc}-service/target/openapi/openapi.yaml"
  if [ ! -f "$generated" ]; then
    echo "refresh: $generated is missing: build first with ./mvnw -B package -DskipTests" >&2
    exit 1
  fi
  if cmp -s "$generated" "openapi/${svc}-service.yaml"; then
    echo "refresh: ${svc}-service unchanged"
  else
    cp "$generated" "openapi/${svc}-service.yaml"
    echo "refresh: ${svc}-service updated -> contracts/openapi/${svc}-service.yaml"
  fi
done
