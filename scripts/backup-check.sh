#!/usr/bin/env bash
# Backup and restore on Debian's PostgreSQL (ui/src/test/java/.../BackupRestoreCheck.java): a portal with the demo
# data and a procurement stopped after its award is dumped with pg_dump, restored with pg_restore into an empty
# database, and started again: every row, the audit chain, the documents and the search index come back, and the
# procurement carries on to payment. Needs root (apt, and to start the cluster); docs/operations.md#backup-and-restore.
#   scripts/backup-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=postgres-database.sh
source scripts/postgres-database.sh portal_backup
command -v pg_dump >/dev/null
RESTORED=${DB}_restored
su postgres -c "psql -q -p $PORT -c 'create database $RESTORED owner portal_check'"
trap 'for d in $DB $RESTORED; do su postgres -c "psql -q -p $PORT -c \"drop database if exists $d\""; done' EXIT

./mvnw -B -q -Pproduction -pl ui -am test -Dtest=BackupRestoreCheck -Dsurefire.failIfNoSpecifiedTests=false \
  -Dportal.check.db-url="jdbc:postgresql://localhost:$PORT/$DB" \
  -Dportal.check.restored-db-url="jdbc:postgresql://localhost:$PORT/$RESTORED" \
  -Dportal.check.db-user=portal_check -Dportal.check.db-password=portal_check
echo "PostgreSQL $VERSION: backup restored and carried on"
