#!/usr/bin/env bash
# Regenerates the analysis files of SampleExports/history from the sample and labelled exports:
# one `postmortem analyze` per incident, with the corrections file of the same name (title,
# severity, services, tags). Run from anywhere; POSTMORTEM names the binary (default: a debug build).
set -euo pipefail
cd "$(dirname "$0")/../.."
POSTMORTEM=${POSTMORTEM:-.build/debug/postmortem}
while read -r name export extra; do
    [ -z "$name" ] && continue
    # shellcheck disable=SC2086  # $extra holds several flags
    "$POSTMORTEM" analyze "$export" $extra --config "SampleExports/history/corrections/$name.yml" \
        -q -o "SampleExports/history/$name.json" --force
done <<'LIST'
2024-03-05-core-switch-failure Tests/LabelledCases/blind-hospital-network/export
2024-05-14-report-exports-slow Tests/LabelledCases/slow-burn-disk-leak/export
2024-06-18-product-images-cdn Tests/LabelledCases/chaotic-cdn-outage/export
2024-07-15-dashboards-empty SampleExports/dashboard-outage/export
2024-09-10-tracking-api-5xx SampleExports/incidents-channel/export --channel incidents --incident 1
2024-09-12-eu-label-printing SampleExports/incidents-channel/export --channel incidents --incident 2
2024-09-16-orders-db-replica-lag SampleExports/incidents-channel/export --channel incidents --incident 3
2024-09-18-order-api-read-only Tests/LabelledCases/blind-tokyo-db-failover/export
2024-09-18-login-signing-key Tests/LabelledCases/thread-heavy-auth-outage/export
2024-09-18-worker-disk-filling SampleExports/incidents-channel/export --channel incidents --incident 4
2024-10-11-db-cpu-missing-index Tests/LabelledCases/terse-db-failover/export
2024-10-15-login-storm Tests/LabelledCases/blind-gaming-login-queue/export
2024-10-15-eu-checkout-dns Tests/LabelledCases/holdout-payments-dns/export
2024-11-06-api-errors-bad-release Tests/LabelledCases/bot-only-flapping-alerts/export
2024-11-19-orders-queue-backlog Tests/LabelledCases/formal-queue-backlog/export
2024-11-21-commande-api-oom Tests/LabelledCases/holdout-k8s-oom-french/export
2024-11-28-otp-delays Tests/LabelledCases/blind-incidentio-rate-limit/export
2025-02-19-uploads-failing Tests/LabelledCases/holdout-status-heavy-saas/export
2025-03-13-checkout-payment-failures SampleExports/checkout-latency/export
2025-06-10-revenue-duplicates Tests/LabelledCases/holdout-data-corruption/export
LIST
