#!/usr/bin/env bash
# Runs the process tests against a real PostgreSQL from Debian's packages: the same Flyway
# migrations, the same engine, every statutory path. Needs root (apt, and to start the cluster).
#   scripts/postgres-check.sh            # install if missing, start, test
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=postgres-database.sh
source scripts/postgres-database.sh portal_check

./mvnw -B -q -pl processes -am test \
  -Dtest='ProcurementPathsTest,OpenTenderHappyPathTest,BudgetConcurrencyTest,ModelConformanceTest,SealedBidTest,AuditChainTest,HostileInputTest' \
  -Dsurefire.failIfNoSpecifiedTests=false \
  -Dspring.datasource.url="jdbc:postgresql://localhost:$PORT/$DB" \
  -Dspring.datasource.username=portal_check -Dspring.datasource.password=portal_check
echo "PostgreSQL $VERSION: process tests passed"
