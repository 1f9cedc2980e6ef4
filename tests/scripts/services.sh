#!/usr/bin/env bash
# Test services for the review service: a throwaway PostgreSQL cluster on 127.0.0.1 and a
# headless Chromium + chromedriver (both from Debian packages).
#
#   bash tests/scripts/services.sh          install what is missing, start PostgreSQL (idempotent),
#                                           print DATABASE_URL=... on stdout (the only stdout line)
#   bash tests/scripts/services.sh stop     stop the cluster and delete it
#
# The cluster lives under ${CASEWORK_PG_DIR:-/tmp/casework-pg-$UID}, listens on 127.0.0.1 only
# (no Unix socket outside that folder), on a free port chosen on first start, with trust auth
# for the loopback address (a throwaway test database: no secrets to keep). Logs go to stderr.
set -euo pipefail

PG_DIR="${CASEWORK_PG_DIR:-/tmp/casework-pg-$(id -u)}"
DB_NAME="${CASEWORK_PG_DB:-casework_test}"
log() { echo "services.sh: $*" >&2; }

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"
    elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo -n "$@"
    else log "need root to run: $*"; return 1; fi
}

pg_bindir() {
    local dir
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && { echo "$dir"; return 0; }
    done
    command -v initdb >/dev/null && dirname "$(command -v initdb)" && return 0
    return 1
}

install_missing() {
    local missing=()
    pg_bindir >/dev/null || missing+=(postgresql)
    command -v chromium >/dev/null || missing+=(chromium)
    command -v chromedriver >/dev/null || missing+=(chromium-driver)
    [ ${#missing[@]} -eq 0 ] && return 0
    log "installing ${missing[*]} (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get update -qq >&2
    as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

# Run a PostgreSQL program as a non-root user (initdb and postgres refuse to run as root).
PG_USER="$(id -un)"
if [ "$(id -u)" = 0 ]; then PG_USER=postgres; fi
run_pg() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u "$PG_USER" -- "$@"
    else
        "$@"
    fi
}

free_port() {
    python3 - <<'PY'
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
PY
}

stop() {
    local bin; bin="$(pg_bindir)" || return 0
    if [ -f "$PG_DIR/data/postmaster.pid" ]; then
        run_pg "$bin/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >&2 || true
    fi
    rm -rf "$PG_DIR"
    log "stopped and removed $PG_DIR"
}

start() {
    install_missing
    local bin; bin="$(pg_bindir)" || { log "PostgreSQL binaries not found"; exit 1; }
    if [ "$(id -u)" = 0 ] && ! id "$PG_USER" >/dev/null 2>&1; then
        log "user $PG_USER missing (the postgresql package creates it)"; exit 1
    fi
    mkdir -p "$PG_DIR"
    if [ "$(id -u)" = 0 ]; then chown "$PG_USER" "$PG_DIR"; fi
    if [ ! -f "$PG_DIR/data/PG_VERSION" ]; then
        rm -rf "$PG_DIR/data"
        run_pg "$bin/initdb" -D "$PG_DIR/data" -U postgres --auth=trust --encoding=UTF8 \
            --locale=C.UTF-8 >/dev/null 2>&1 \
            || run_pg "$bin/initdb" -D "$PG_DIR/data" -U postgres --auth=trust --encoding=UTF8 >&2
        free_port > "$PG_DIR/port"
    fi
    local port; port="$(cat "$PG_DIR/port")"
    if ! run_pg "$bin/pg_ctl" -D "$PG_DIR/data" status >/dev/null 2>&1; then
        # The chosen port may have been taken since: pick another one then.
        if ! python3 -c "import socket,sys; s=socket.socket(); s.bind(('127.0.0.1', int(sys.argv[1])))" "$port" 2>/dev/null; then
            port="$(free_port)"; echo "$port" > "$PG_DIR/port"
        fi
        run_pg "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='$PG_DIR' -c max_connections=200 -c fsync=on" \
            start >&2
    fi
    for _ in $(seq 1 60); do
        "$bin/pg_isready" -h 127.0.0.1 -p "$port" -q && break
        sleep 0.5
    done
    if ! "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -tAc \
            "SELECT 1 FROM pg_database WHERE datname='$DB_NAME'" postgres | grep -q 1; then
        "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE $DB_NAME" postgres >&2
    fi
    log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($PG_DIR)"
    echo "DATABASE_URL=postgresql://postgres@127.0.0.1:$port/$DB_NAME"
}

case "${1:-start}" in
    start) start ;;
    stop) stop ;;
    install) install_missing ;;
    *) echo "usage: $0 [start|stop|install]" >&2; exit 2 ;;
esac
