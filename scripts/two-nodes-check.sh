#!/usr/bin/env bash
# Two portal nodes on one PostgreSQL from Debian's packages (ui/src/test/java/.../TwoNodesCheck.java): a procurement
# applied for on node A is carried to payment by node B, every timer and job runs exactly once across both, node A
# stops midway and node B carries on. Needs root (apt, and to start the cluster); the second command of
# docs/operations.md#several-nodes.
#   scripts/two-nodes-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=postgres-database.sh
source scripts/postgres-database.sh portal_two_nodes

./mvnw -B -q -Pproduction -pl ui -am test -Dtest=TwoNodesCheck -Dsurefire.failIfNoSpecifiedTests=false \
  -Dportal.check.db-url="jdbc:postgresql://localhost:$PORT/$DB" \
  -Dportal.check.db-user=portal_check -Dportal.check.db-password=portal_check
echo "PostgreSQL $VERSION, two portal nodes: check passed"
