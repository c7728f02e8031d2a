#!/usr/bin/env bash
# Undoes kiosk-setup/install.sh: stops and removes the Onthaal kiosk service,
# the watchdog and nightly reboot timers, the watchdog script and the config
# file. Asks nothing. Packages (chromium, cage, fonts, curl) stay installed.
#
#   sudo ./uninstall.sh [--remove-user] [--user NAME] [--dry-run]
#
# The kiosk user and its home folder (with Chromium's profile, and so the
# device token) stay, unless --remove-user is given.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR
# shellcheck source=lib.sh
source "${here}/lib.sh"

usage() {
	cat <<'EOF'
usage: sudo ./uninstall.sh [--remove-user] [--user NAME] [--dry-run]

  --remove-user  also delete the kiosk user and its home folder, which holds
                 Chromium's profile: the device has to be paired again later.
                 Only a user that install.sh created is deleted.
  --user NAME    the kiosk user (default: the one in /etc/onthaal-kiosk.conf,
                 or kiosk)
  --dry-run      print every change it would make and change nothing
EOF
}

remove_user=false user=""
while [[ $# -gt 0 ]]; do
	case "$1" in
	--remove-user) remove_user=true && shift ;;
	--user)
		[[ $# -ge 2 ]] || die "--user needs a value (see --help)"
		user=$2 && shift 2
		;;
	--user=*) user=${1#*=} && shift ;;
	--dry-run) DRY_RUN=true && shift ;;
	-h | --help) usage && exit 0 ;;
	*) die "unknown argument: $1 (see --help)" ;;
	esac
done

if [[ -z "${user}" ]]; then
	user=$(read_setting "$(at "${CONFIG_FILE}")" ONTHAAL_KIOSK_USER)
	user=${user:-kiosk}
fi
valid_user_name "${user}" || die "not a plain user name other than root: ${user}"
require_root_unless_dry_run
if ! is_dry_run; then
	command -v systemctl >/dev/null 2>&1 || die "systemctl not found: this script is for Debian 12 / Raspberry Pi OS (bookworm)"
fi

if is_dry_run; then
	log "Onthaal kiosk uninstall: DRY RUN, nothing will be changed"
else
	log "Onthaal kiosk uninstall"
fi

# --- stop and disable ------------------------------------------------------------
section "services"
installed() {
	[[ -e "$(at "${UNIT_DIR}/$1")" ]]
}
# Timers first, so the watchdog can't restart the kiosk while it is stopped.
kiosk_was_installed=false
for unit in "${WATCHDOG_TIMER}" "${REBOOT_TIMER}" "${WATCHDOG_SERVICE}" "${REBOOT_SERVICE}" "${KIOSK_SERVICE}"; do
	if ! installed "${unit}"; then
		log "not installed: ${unit}"
	elif [[ "${unit}" == "${WATCHDOG_SERVICE}" || "${unit}" == "${REBOOT_SERVICE}" ]]; then
		# Started by their timers only, never enabled.
		try_run systemctl stop "${unit}"
	else
		[[ "${unit}" != "${KIOSK_SERVICE}" ]] || kiosk_was_installed=true
		try_run systemctl disable --now "${unit}"
	fi
done

# --- files ---------------------------------------------------------------------
section "files"
units_removed=false
for unit in "${KIOSK_SERVICE}" "${WATCHDOG_SERVICE}" "${WATCHDOG_TIMER}" "${REBOOT_SERVICE}" "${REBOOT_TIMER}"; do
	remove_path "${UNIT_DIR}/${unit}"
	[[ "${REMOVED}" == false ]] || units_removed=true
done
remove_path "${WATCHDOG_BIN}"
remove_path "${CONFIG_FILE}"
remove_path "${WATCHDOG_STATE_DIR}"

section "systemd"
if [[ "${units_removed}" == true ]]; then
	try_run systemctl daemon-reload
else
	log "no unit removed: no daemon-reload needed"
fi
if [[ "${kiosk_was_installed}" == true ]]; then
	# The kiosk replaced the text login on tty1; bring that back.
	try_run systemctl --no-block start getty@tty1.service
fi

# --- user ----------------------------------------------------------------------
section "user"
if [[ "${remove_user}" == false ]]; then
	log "keeping user ${user} and its home folder (with Chromium's profile); add --remove-user to delete them"
elif ! getent passwd "${user}" >/dev/null 2>&1; then
	log "nothing to remove: user ${user} (does not exist)"
elif [[ "$(getent passwd "${user}" | cut -d: -f5)" != "${USER_COMMENT}"* ]]; then
	warn "not deleting user ${user}: install.sh did not create it (its comment is not \"${USER_COMMENT}\")"
else
	# Its session on tty1 has ended with the kiosk; end any other before deleting.
	if command -v loginctl >/dev/null 2>&1 && ! is_dry_run; then
		loginctl terminate-user "${user}" 2>/dev/null || true
		sleep 2
	fi
	run userdel --remove "${user}"
fi

section "done"
log "packages are left installed: ${PACKAGES[*]}"
log "(remove them with apt-get remove if nothing else needs them)"
if is_dry_run; then
	log "dry run: ${CHANGES} change(s) would be made; nothing was changed"
elif ((CHANGES == 0)); then
	log "nothing to remove: the kiosk was not installed"
else
	log "made ${CHANGES} change(s)"
fi
