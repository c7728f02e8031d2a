#!/usr/bin/env bash
# Restores an Onthaal backup (a pg_dump custom-format file from ops/backup/backup.sh) into
# a new database named PGDATABASE, all or nothing (one transaction, stops at the first
# error). The database must not exist yet: this script never drops anything.
#   restore.sh /backups/onthaal-20261206-013000.dump
# Connection: libpq's own variables PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE.
# Start the apps after it: Liquibase finds the restored changelog and goes on from there.
# BackupRestoreDrillIT runs this script and backup.sh in every build.
set -euo pipefail

if [[ $# -ne 1 || ! -f "$1" ]]; then
    echo "usage: PGDATABASE=onthaal restore.sh BACKUP.dump (an existing file)" >&2
    exit 2
fi
: "${PGDATABASE:?set PGDATABASE to the database to create}"

createdb "${PGDATABASE}"
# --no-owner: the objects belong to the user who restores, whatever the old server's
# users were called
pg_restore --exit-on-error --single-transaction --no-owner --dbname="${PGDATABASE}" "$1"
echo "restore: $1 restored into database ${PGDATABASE}"
