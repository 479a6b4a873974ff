#!/usr/bin/env bash
# Two portal nodes on one PostgreSQL from Debian's packages (ui/src/test/java/.../TwoNodesCheck.java): a procurement
# applied for on node A is carried to payment by node B, every timer and job runs exactly once across both, node A
# stops midway and node B carries on. Needs root (apt, and to start the cluster); the second command of
# docs/operations.md#several-nodes.
#   scripts/two-nodes-check.sh
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

DB=portal_two_nodes_$$
su postgres -c "psql -q -p $PORT -c \"create user portal_check with password 'portal_check'\"" 2>/dev/null || true
su postgres -c "psql -q -p $PORT -c 'create database $DB owner portal_check'"
trap 'su postgres -c "psql -q -p $PORT -c \"drop database if exists $DB\""' EXIT

./mvnw -B -q -Pproduction -pl ui -am test -Dtest=TwoNodesCheck -Dsurefire.failIfNoSpecifiedTests=false \
  -Dportal.check.db-url="jdbc:postgresql://localhost:$PORT/$DB" \
  -Dportal.check.db-user=portal_check -Dportal.check.db-password=portal_check
echo "PostgreSQL $VERSION, two portal nodes: check passed"
