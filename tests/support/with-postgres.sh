#!/bin/sh
# SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command against a private PostgreSQL server: initdb and pg_ctl in a throwaway folder,
# listening on a Unix socket in that folder only (no TCP port, so it never meets another
# server), stopped and deleted afterwards. PostgreSQL refuses to run as root, so as root (CI)
# the server runs as the unprivileged user nobody. The command sees LESSPAY_TEST_PG, a libpq
# URL of the superuser's maintenance database. Fails loudly when no server can be started.
# It also sees LESSPAY_TEST_PG_CTL, a script that stops and starts this run's server, and no
# other, as the server's user ("$LESSPAY_TEST_PG_CTL" stop | start): a test stops the database
# in the middle of its work (pg_ctl stop -m fast, the way an admin restarts it) and starts it
# again. Both wait until done.
# Usage: with-postgres.sh COMMAND [ARGS...]
set -eu

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "with-postgres: no initdb under /usr/lib/postgresql (install postgresql)" >&2
    exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/lesspay-pg.XXXXXX")
as_server=""
if [ "$(id -u)" -eq 0 ]; then
    chown nobody "$tmp"
    as_server="setpriv --reuid=nobody --regid=nogroup --clear-groups --"
fi
cleanup() {
    $as_server "$bindir/pg_ctl" -D "$tmp/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

cd "$tmp"
if ! $as_server "$bindir/initdb" -D "$tmp/data" -U lesspay_test --auth=trust -E UTF8 --locale=C -N \
    >"$tmp/initdb.log" 2>&1; then
    echo "with-postgres: initdb failed:" >&2
    cat "$tmp/initdb.log" >&2
    exit 1
fi
# Durability settings off: the tests check behaviour, not what survives a power cut.
server_options="-c listen_addresses= -c unix_socket_directories=$tmp -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=200"
if ! $as_server "$bindir/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w -t 60 -o "$server_options" start >/dev/null; then
    echo "with-postgres: the server did not start:" >&2
    cat "$tmp/server.log" >&2
    exit 1
fi

cat >"$tmp/pg-ctl.sh" <<EOF
#!/bin/sh
# Stops (fast: sessions are ended, as on a restart) or starts the private server in $tmp.
case "\$1" in
stop) exec $as_server "$bindir/pg_ctl" -D "$tmp/data" -m fast -w -t 60 stop ;;
start) exec $as_server "$bindir/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w -t 60 -o "$server_options" start ;;
*) echo "usage: \$0 stop|start" >&2; exit 2 ;;
esac
EOF
chmod 0755 "$tmp/pg-ctl.sh"

export LESSPAY_TEST_PG="postgresql://lesspay_test@/postgres?host=$tmp&port=5432"
export LESSPAY_TEST_PG_CTL="$tmp/pg-ctl.sh"
status=0
"$@" || status=$?
exit "$status"
