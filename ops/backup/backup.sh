#!/usr/bin/env bash
# Nightly backup of the Onthaal database: pg_dump in its custom format (pg_restore reads
# it), the newest ONTHAAL_BACKUP_KEEP kept. The backup service of docker-compose.yml runs
# it in the postgres:17 image, so pg_dump is of the server's own major version.
#   backup.sh          runs for ever: one dump a day once it is ONTHAAL_BACKUP_AT, and one
#                      at the first start (no dump in the folder yet)
#   backup.sh --once   one dump now, then exits (before an upgrade; the restore drill)
# Connection: libpq's own variables PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE.
# Restore: ops/backup/restore.sh and README, "Backups and restore".
set -euo pipefail

dir=${ONTHAAL_BACKUP_DIR:-/backups}
keep=${ONTHAAL_BACKUP_KEEP:-14}
# 01:30: before the retention job (03:15), and a time that exists on every day of the
# year where daylight saving time moves the clock between 02:00 and 03:00
at=${ONTHAAL_BACKUP_AT:-01:30}

if [[ ! "${keep}" =~ ^[1-9][0-9]*$ ]]; then
    echo "backup: ONTHAAL_BACKUP_KEEP must be a whole number of 1 or more, not '${keep}'" >&2
    exit 2
fi
if [[ ! "${at}" =~ ^([01][0-9]|2[0-3]):[0-5][0-9]$ ]]; then
    echo "backup: ONTHAAL_BACKUP_AT must be HH:MM, not '${at}'" >&2
    exit 2
fi
mkdir -p "${dir}"

# Dumps to a hidden name first, so a dump cut off half-way is never taken for a backup.
dump_once() {
    local name partial
    name="onthaal-$(date +%Y%m%d-%H%M%S).dump"
    partial="${dir}/.${name}.partial"
    if ! pg_dump --format=custom --file="${partial}"; then
        rm -f "${partial}"
        echo "backup: pg_dump failed, no new backup" >&2
        return 1
    fi
    mv "${partial}" "${dir}/${name}"
    echo "backup: ${dir}/${name} ($(du -h "${dir}/${name}" | cut -f1))"
    prune
}

# Names hold the time, so the glob's order is oldest first.
prune() {
    local dumps=() i
    shopt -s nullglob
    dumps=("${dir}"/onthaal-*.dump)
    shopt -u nullglob
    for (( i = 0; i < ${#dumps[@]} - keep; i++ )); do
        rm -f "${dumps[i]}"
        echo "backup: removed ${dumps[i]} (keeping the newest ${keep})"
    done
}

has_dump() {
    compgen -G "${dir}/onthaal-$1*.dump" >/dev/null
}

if [[ "${1:-}" == "--once" ]]; then
    dump_once
    exit
fi

# docker stop: end the sleep too, and stop without an error
trap 'kill "$!" 2>/dev/null; exit 0' TERM INT
echo "backup: one dump a day after ${at} ($(date +%Z)) into ${dir}, the newest ${keep} kept"
# Looks once a minute instead of sleeping until the time: a clock that jumps (daylight
# saving time, a suspended host) can then delay a dump but never skip a day.
while true; do
    if ! has_dump "" || { [[ ! "$(date +%H:%M)" < "${at}" ]] && ! has_dump "$(date +%Y%m%d)"; }; then
        if ! dump_once; then
            # the database may be restarting: try again in ten minutes
            sleep 540 &
            wait $!
        fi
    fi
    sleep 60 &
    wait $!
done
