#!/usr/bin/env bash
# Start a PostgreSQL server on 127.0.0.1 for the tests and the bench, and print its URL.
#   scripts/test-postgres.sh            - install Debian's postgresql if missing, start the
#                                         cluster listening on 127.0.0.1 only, create the test role
#   eval "$(scripts/test-postgres.sh --env)"   - the same, then export SKILL_LADDER_TEST_POSTGRES_URL
# The test role is a superuser on this throwaway server only: the tests create a database per
# test from a migrated template, and the team-mode tests create roles and policies.
# Uses sudo when not run as root.
set -euo pipefail

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
port=${SKILL_LADDER_TEST_POSTGRES_PORT:-5432}
role=skill_ladder_test
password=skill-ladder-test

if ! compgen -G "/usr/lib/postgresql/*/bin/postgres" >/dev/null; then
    echo "Installing Debian's PostgreSQL server" >&2
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq >&2
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends postgresql >&2
fi
version=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h | awk '{print $1, $2}' | grep -qx "$version main"; then
    "${sudo[@]}" pg_createcluster "$version" main >&2
fi
# Loopback only: nothing outside this machine can reach the test server. (A conf.d file, which
# Debian's postgresql.conf includes, keeps the cluster's own settings untouched.)
for setting in listen_addresses port max_connections; do
    "${sudo[@]}" pg_conftool "$version" main remove "$setting" >&2 || true
done
printf "listen_addresses = '127.0.0.1'\nport = %s\nmax_connections = 200\n" "$port" \
    | "${sudo[@]}" tee "/etc/postgresql/$version/main/conf.d/skill-ladder-test.conf" >/dev/null
if pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $4}' | grep -q online; then
    "${sudo[@]}" pg_ctlcluster "$version" main restart >&2
else
    "${sudo[@]}" pg_ctlcluster "$version" main start >&2
fi
for _ in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 -p "$port" && break
    sleep 1
done
"${sudo[@]}" runuser -u postgres -- psql -q -p "$port" -v ON_ERROR_STOP=1 <<SQL >&2
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') THEN
    CREATE ROLE $role LOGIN SUPERUSER PASSWORD '$password';
  END IF;
END \$\$;
SQL
url="postgresql://$role:$password@127.0.0.1:$port/postgres"
if [ "${1:-}" = --env ]; then
    echo "export SKILL_LADDER_TEST_POSTGRES_URL='$url'"
else
    echo "$url"
fi
