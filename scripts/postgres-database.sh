# Sourced by the PostgreSQL checks: installs Debian's PostgreSQL if missing, starts its cluster, and creates an empty
# database for this run (owner portal_check / portal_check), dropped again when the script exits. Needs root.
# Sets PORT and DB.
if ! command -v pg_ctlcluster >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
VERSION=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | grep -q "^$VERSION main"; then
  pg_createcluster "$VERSION" main >/dev/null
fi
pg_ctlcluster "$VERSION" main start 2>/dev/null || true
PORT=$(pg_lsclusters -h | awk -v v="$VERSION" '$1==v && $2=="main" {print $3}')

DB=${1:-portal_check}_$$
su postgres -c "psql -q -p $PORT -c \"create user portal_check with password 'portal_check'\"" 2>/dev/null || true
su postgres -c "psql -q -p $PORT -c 'create database $DB owner portal_check'"
trap 'su postgres -c "psql -q -p $PORT -c \"drop database if exists $DB\""' EXIT
