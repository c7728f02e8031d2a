#!/usr/bin/env bash
# onthaal-kiosk-watchdog: installed as /usr/local/bin/onthaal-kiosk-watchdog by
# kiosk-setup/install.sh from the Onthaal repository.
#
# Without arguments (run by onthaal-kiosk-watchdog.timer once a minute, as root)
# it does one check. It only acts while onthaal-kiosk.service is active; then:
#
#   1. Chromium: if no process named chromium (or chromium-browse, the name of
#      Raspberry Pi OS's chromium-browser) belongs to the kiosk user on
#      2 checks in a row, it restarts onthaal-kiosk.service.
#   2. Server: a check "fails" when the proxy in front of Onthaal says no node
#      is ready (503 from /healthz on the kiosk URL's host: the database or the
#      live updates are away), or, where no such proxy answers there, when the
#      kiosk URL gets no HTTP answer within 10 seconds, or a 5xx answer. When the URL answers again after at least
#      1 failed check in a row (so after about a minute or more without the
#      server), it restarts onthaal-kiosk.service, so that Chromium loads the
#      page afresh instead of staying on an error page.
#
# Restarting means `systemctl --no-block restart onthaal-kiosk.service`; each
# restart and each change of the server's state is logged, so
# `journalctl -u onthaal-kiosk-watchdog` shows what it did. The counts are kept
# in /run/onthaal-kiosk-watchdog/ and start afresh at each boot.
#
# With `--wait-for-server SECONDS` (run by onthaal-kiosk.service before it
# starts Chromium, as the kiosk user) it waits until the URL answers, at most
# SECONDS, and then exits 0 either way, so a kiosk that boots before its
# network or server is up doesn't open on an error page.
set -euo pipefail

# The tests point it elsewhere; systemd runs the watchdog with a clean environment.
CONFIG=${ONTHAAL_KIOSK_CONF:-/etc/onthaal-kiosk.conf}
STATE_DIR=/run/onthaal-kiosk-watchdog
SERVICE=onthaal-kiosk.service
# Rule 1: checks in a row without Chromium before a restart.
MISSING_CHECKS=2
# Rule 2: failed checks in a row before the server counts as having been away.
FAILED_CHECKS=1

setting() {
	local line
	while IFS= read -r line || [[ -n "${line}" ]]; do
		if [[ "${line}" == "$1="* ]]; then
			printf '%s' "${line#*=}"
			return 0
		fi
	done <"${CONFIG}"
}

http_code() {
	curl --silent --output /dev/null --write-out '%{http_code}' --max-time 10 "$1" 2>/dev/null || true
}

# True when the server is ready: the proxy's /healthz says 200 (503: no node is
# ready). Without that proxy (/healthz answers anything else), when the kiosk URL
# gives an HTTP answer below 500 within 10 seconds.
server_answers() {
	case "$(http_code "${HEALTH_URL}")" in
	200) return 0 ;;
	503) return 1 ;;
	esac
	[[ "$(http_code "${URL}")" =~ ^[1-4][0-9][0-9]$ ]]
}

count() {
	local file="${STATE_DIR}/$1" n=0
	[[ -r "${file}" ]] && n=$(<"${file}")
	[[ "${n}" =~ ^[0-9]+$ ]] || n=0
	printf '%s' "${n}"
}

set_count() {
	printf '%s\n' "$2" >"${STATE_DIR}/$1"
}

restart_kiosk() {
	echo "restarting ${SERVICE}: $1"
	set_count chromium-missing 0
	set_count server-failed 0
	systemctl --no-block restart "${SERVICE}"
}

if [[ ! -r "${CONFIG}" ]]; then
	echo "onthaal-kiosk-watchdog: ${CONFIG} is missing; run kiosk-setup/install.sh" >&2
	exit 1
fi
URL=$(setting ONTHAAL_KIOSK_URL)
KIOSK_USER=$(setting ONTHAAL_KIOSK_USER)
if [[ ! "${URL}" =~ ^(https?://[^/?#]+) || -z "${KIOSK_USER}" ]]; then
	echo "onthaal-kiosk-watchdog: ${CONFIG} lacks ONTHAAL_KIOSK_URL or ONTHAAL_KIOSK_USER" >&2
	exit 1
fi
HEALTH_URL="${BASH_REMATCH[1]}/healthz"

if [[ "${1:-}" == --wait-for-server ]]; then
	limit=${2:-60}
	[[ "${limit}" =~ ^[0-9]+$ ]] || limit=60
	deadline=$((SECONDS + limit))
	until server_answers; do
		if ((SECONDS >= deadline)); then
			echo "${URL} did not answer within ${limit} s; starting the kiosk anyway"
			exit 0
		fi
		echo "waiting for ${URL} to answer"
		sleep 5
	done
	exit 0
elif [[ $# -gt 0 ]]; then
	echo "usage: onthaal-kiosk-watchdog [--wait-for-server SECONDS]" >&2
	exit 2
fi

mkdir -p "${STATE_DIR}"

if ! systemctl is-active --quiet "${SERVICE}"; then
	# Stopped on purpose, or still starting: leave it alone and start afresh.
	set_count chromium-missing 0
	set_count server-failed 0
	exit 0
fi

# Rule 1: Chromium must be running.
if pgrep -u "${KIOSK_USER}" -x 'chromium|chromium-browse' >/dev/null; then
	set_count chromium-missing 0
else
	missing=$(($(count chromium-missing) + 1))
	if ((missing >= MISSING_CHECKS)); then
		restart_kiosk "Chromium has not been running for ${missing} checks"
		exit 0
	fi
	echo "Chromium is not running (check ${missing} of ${MISSING_CHECKS})"
	set_count chromium-missing "${missing}"
fi

# Rule 2: reload the page when the server is back after an outage.
failed=$(count server-failed)
if server_answers; then
	if ((failed >= FAILED_CHECKS)); then
		restart_kiosk "${URL} answers again after ${failed} failed checks"
		exit 0
	fi
	set_count server-failed 0
else
	((failed == 0)) && echo "${URL} does not answer"
	set_count server-failed $((failed + 1))
fi
