#!/usr/bin/env bash
# The messaging benchmark: N visitors send through the HTTP API to M agents on WebSockets, on a real Payara Micro
# and PostgreSQL (a fresh database, as for the integration tests). Prints messages/s, p50/p99 latency and the
# raw PostgreSQL insert rate of the same machine. Sizes: VISITORS, AGENTS, MESSAGES (per visitor).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q -Pbenchmark -Dskip.ui=true -pl platform-core -am verify \
  -Dbench.visitors="${VISITORS:-100}" -Dbench.agents="${AGENTS:-10}" -Dbench.messages="${MESSAGES:-20}"
cat platform-core/target/benchmark.txt
