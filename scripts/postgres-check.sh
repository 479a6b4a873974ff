#!/usr/bin/env bash
# Runs the process tests against a real PostgreSQL from Debian's packages: the same Flyway
# migrations, the same engine, every statutory path. Needs root (apt, and to start the cluster).
#   scripts/postgres-check.sh            # install if missing, start, test
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v pg_ctlcluster >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
VERSION=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | grep -q "^$VERSION main"; then
  pg_createcluster "$VERSION" main >/dev/null
fi
pg_ctlcluster "$VERSION" main start 2>/dev/null || true
PORT=$(pg_lsclusters -h | awk -v v="$VERSION" '$1==v && $2=="main" {print $3}')

DB=portal_check_$$
su postgres -c "psql -q -p $PORT -c \"create user portal_check with password 'portal_check'\"" 2>/dev/null || true
su postgres -c "psql -q -p $PORT -c 'create database $DB owner portal_check'"
trap 'su postgres -c "psql -q -p $PORT -c \"drop database if exists $DB\""' EXIT

./mvnw -B -q -pl processes -am test \
  -Dtest='ProcurementPathsTest,OpenTenderHappyPathTest,BudgetConcurrencyTest,ModelConformanceTest,SealedBidTest,AuditChainTest,HostileInputTest' \
  -Dsurefire.failIfNoSpecifiedTests=false \
  -Dspring.datasource.url="jdbc:postgresql://localhost:$PORT/$DB" \
  -Dspring.datasource.username=portal_check -Dspring.datasource.password=portal_check
echo "PostgreSQL $VERSION: process tests passed"
