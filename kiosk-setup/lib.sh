# shellcheck shell=bash
# Shared helpers for kiosk-setup/install.sh and kiosk-setup/uninstall.sh.
# Sourced, not run. Both scripts set DRY_RUN before doing anything.
#
# ONTHAAL_KIOSK_ROOT (empty by default) is put in front of every path the
# scripts write, remove or check. It exists only to test the scripts in a
# scratch folder; on a real device leave it unset.

DRY_RUN=false
ROOT=${ONTHAAL_KIOSK_ROOT:-}
# How many files, users and services were changed (or, in a dry run, would be).
CHANGES=0

# Everything install.sh creates, so that uninstall.sh removes exactly that.
# shellcheck disable=SC2034 # used by the scripts that source this file
{
	CONFIG_FILE=/etc/onthaal-kiosk.conf
	WATCHDOG_BIN=/usr/local/bin/onthaal-kiosk-watchdog
	WATCHDOG_STATE_DIR=/run/onthaal-kiosk-watchdog
	UNIT_DIR=/etc/systemd/system
	KIOSK_SERVICE=onthaal-kiosk.service
	WATCHDOG_SERVICE=onthaal-kiosk-watchdog.service
	WATCHDOG_TIMER=onthaal-kiosk-watchdog.timer
	REBOOT_SERVICE=onthaal-kiosk-reboot.service
	REBOOT_TIMER=onthaal-kiosk-reboot.timer
	# Written into the kiosk user's GECOS field by install.sh; uninstall.sh
	# --remove-user only deletes a user that carries it.
	USER_COMMENT="Onthaal kiosk"
	# install.sh installs those that are missing; uninstall.sh leaves them.
	# fonts-noto-core draws every script families choose in, among them Ethiopic
	# (Tigrinya, Amharic) and Tifinagh (Tamazight): Noto Sans Ethiopic, Noto Sans Tifinagh.
	# speech-dispatcher with espeak-ng gives Chromium's speechSynthesis its voices
	# (the kiosk reads every screen aloud); Chromium only asks for them with
	# --enable-speech-dispatcher.
	PACKAGES=(chromium cage fonts-noto-core fonts-noto-ui-core fonts-noto-color-emoji curl procps
		speech-dispatcher espeak-ng speech-dispatcher-espeak-ng)
	# Only with install.sh --printer: CUPS and its command-line tools, IPP over
	# USB (driverless USB printers) and the driver for Brother's QL label and
	# P-touch printers (the usual 62 mm ones).
	PRINTER_PACKAGES=(cups cups-client ipp-usb printer-driver-ptouch)
}

log() {
	printf '%s\n' "$*"
}

section() {
	printf '\n== %s ==\n' "$*"
}

warn() {
	printf 'warning: %s\n' "$*" >&2
}

die() {
	printf 'error: %s\n' "$*" >&2
	exit 1
}

is_dry_run() {
	[[ "${DRY_RUN}" == true ]]
}

# The path on this machine (ROOT prefix added).
at() {
	printf '%s%s' "${ROOT}" "$1"
}

# A command line, quoted so it can be pasted into a shell.
quote_command() {
	local out="" word
	for word in "$@"; do
		if [[ "${word}" =~ ^[A-Za-z0-9_./:=,@+%-]+$ ]]; then
			out+=" ${word}"
		else
			out+=" $(printf '%q' "${word}")"
		fi
	done
	printf '%s' "${out# }"
}

# run COMMAND [ARGS...]: runs it, or in a dry run only says it would.
run() {
	CHANGES=$((CHANGES + 1))
	if is_dry_run; then
		log "would run: $(quote_command "$@")"
	else
		log "running: $(quote_command "$@")"
		"$@" || die "failed: $(quote_command "$@")"
	fi
}

# try_run COMMAND [ARGS...]: like run, but a failure is only a warning.
try_run() {
	if is_dry_run; then
		run "$@"
	else
		run "$@" || warn "failed (going on): $(quote_command "$@")"
	fi
}

# write_file PATH MODE < CONTENT
# Writes the content from stdin to PATH (owner root, mode MODE) unless the
# file already has exactly that content, mode and owner (root). Prints "unchanged",
# "written" or, in a dry run, "would write" followed by the full content.
# Sets WROTE=true when the file was (or would be) written, false otherwise.
write_file() {
	local path=$1 mode=$2 real content current
	real=$(at "${path}")
	content=$(
		cat
		printf x
	)
	content=${content%x}
	# shellcheck disable=SC2034 # read by the caller
	WROTE=false
	if [[ -f "${real}" && ! -L "${real}" ]]; then
		current=$(
			cat -- "${real}"
			printf x
		)
		current=${current%x}
		if [[ "${current}" == "${content}" &&
			"$(stat -c '%a %u' -- "${real}")" == "${mode#0} 0" ]]; then
			log "unchanged: ${path}"
			return 0
		fi
	fi
	# shellcheck disable=SC2034
	WROTE=true
	CHANGES=$((CHANGES + 1))
	if is_dry_run; then
		local what="new file"
		[[ -e "${real}" || -L "${real}" ]] && what="replaces the current file"
		log "would write: ${path} (${what}, mode ${mode}); content:"
		printf '%s' "${content}" | sed 's/^/    | /'
		[[ "${content}" == *$'\n' || -z "${content}" ]] || printf '\n'
		return 0
	fi
	local dir tmp
	dir=$(dirname -- "${real}")
	mkdir -p -- "${dir}"
	tmp=$(mktemp "${dir}/.onthaal-kiosk.XXXXXX")
	printf '%s' "${content}" >"${tmp}"
	chmod "${mode}" -- "${tmp}"
	mv -f -- "${tmp}" "${real}"
	log "written: ${path}"
}

# remove_path PATH: removes a file (or an empty-or-not directory) if present.
# Sets REMOVED=true when something was (or would be) removed.
remove_path() {
	local path=$1 real
	real=$(at "${path}")
	# shellcheck disable=SC2034 # read by the caller
	REMOVED=false
	if [[ ! -e "${real}" && ! -L "${real}" ]]; then
		log "nothing to remove: ${path} (not present)"
		return 0
	fi
	# shellcheck disable=SC2034
	REMOVED=true
	CHANGES=$((CHANGES + 1))
	if is_dry_run; then
		log "would remove: ${path}"
	else
		rm -rf -- "${real}"
		log "removed: ${path}"
	fi
}

# The value of KEY in an environment-style file (KEY=value lines), or nothing.
read_setting() {
	local file=$1 wanted=$2 line
	[[ -r "${file}" ]] || return 0
	while IFS= read -r line || [[ -n "${line}" ]]; do
		if [[ "${line}" == "${wanted}="* ]]; then
			printf '%s' "${line#*=}"
			return 0
		fi
	done <"${file}"
}

valid_user_name() {
	[[ "$1" =~ ^[a-z_][a-z0-9_-]{0,31}$ && "$1" != root ]]
}

# Exits the script when DRY_RUN is false and this isn't root.
require_root_unless_dry_run() {
	if ! is_dry_run && [[ "${EUID}" -ne 0 ]]; then
		die "run this as root (sudo $0 ...), or add --dry-run to only see what it would do"
	fi
}
