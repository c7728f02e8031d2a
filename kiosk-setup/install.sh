#!/usr/bin/env bash
# Turns a Debian 12 or Raspberry Pi OS (bookworm) machine with a touchscreen
# into an Onthaal kiosk: Chromium in kiosk mode under the cage Wayland
# compositor, started by systemd on tty1 as a dedicated user, with a watchdog
# and an optional nightly reboot. See kiosk-setup/README.md.
#
#   sudo ./install.sh --url https://onthaal.example.org/kiosk \
#       [--user kiosk] [--nightly-reboot 04:30] [--printer NAME] [--dry-run]
#
# Safe to run again: it only writes what differs, and says "unchanged" for the
# rest. With --dry-run it changes nothing and prints what it would do.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR
# shellcheck source=lib.sh
source "${here}/lib.sh"

usage() {
	cat <<'EOF'
usage: sudo ./install.sh --url URL [--user NAME] [--nightly-reboot HH:MM]
                         [--printer NAME] [--dry-run]

  --url URL              the kiosk page, e.g. https://onthaal.example.org/kiosk
                         (http:// or https:// only)
  --user NAME            the user that runs the kiosk (default: kiosk);
                         created when missing
  --nightly-reboot HH:MM reboot every night at this local time; without it, a
                         nightly reboot set up by an earlier run is removed
  --printer NAME         print family cards at the kiosk on this CUPS printer:
                         installs CUPS, makes NAME the default printer and
                         starts Chromium with --kiosk-printing (no print
                         dialog); without it, no printing is set up
  --dry-run              print every change it would make and change nothing
                         (works without root, apt or systemd)
EOF
}

url="" user=kiosk reboot_at="" printer=""
while [[ $# -gt 0 ]]; do
	case "$1" in
	--url | --user | --nightly-reboot | --printer)
		[[ $# -ge 2 ]] || die "$1 needs a value (see --help)"
		case "$1" in
		--url) url=$2 ;;
		--user) user=$2 ;;
		--nightly-reboot) reboot_at=$2 ;;
		--printer) printer=$2 ;;
		esac
		shift 2
		;;
	--url=*) url=${1#*=} && shift ;;
	--user=*) user=${1#*=} && shift ;;
	--nightly-reboot=*) reboot_at=${1#*=} && shift ;;
	--printer=*) printer=${1#*=} && shift ;;
	--dry-run) DRY_RUN=true && shift ;;
	-h | --help) usage && exit 0 ;;
	*) die "unknown argument: $1 (see --help)" ;;
	esac
done

# --- checks --------------------------------------------------------------------
[[ -n "${url}" ]] || die "--url is required, e.g. --url https://onthaal.example.org/kiosk"
if [[ ! "${url}" =~ ^https?:// ]]; then
	die "--url must start with http:// or https:// (got: ${url})"
fi
# Letters, digits and URL punctuation only: the URL goes into a systemd
# environment file and onto Chromium's command line, so no spaces, quotes,
# backslashes or dollar signs.
url_pattern='^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?([/?#][A-Za-z0-9._~:/?#@!&()*+,;=%-]*)?$'
if [[ ! "${url}" =~ ${url_pattern} ]]; then
	die "--url is not a plain http(s) URL: ${url} (no spaces, quotes, backslashes or \$ allowed)"
fi
if [[ "${url}" == http://* ]]; then
	warn "${url} is plain http: the kiosk's device token would travel unencrypted; use https outside a test setup"
fi
valid_user_name "${user}" || die "--user must be a plain lower-case user name other than root (got: ${user})"
if [[ -n "${reboot_at}" && ! "${reboot_at}" =~ ^([01][0-9]|2[0-3]):[0-5][0-9]$ ]]; then
	die "--nightly-reboot must be a time as HH:MM, 00:00 to 23:59 (got: ${reboot_at})"
fi
# CUPS takes printable characters other than space, / \\ # ' " and ?; these
# go into a systemd environment file and onto lpadmin's command line, so
# letters, digits and . _ - + only.
if [[ -n "${printer}" && ! "${printer}" =~ ^[A-Za-z0-9._+-]{1,127}$ ]]; then
	die "--printer must be a CUPS printer name: letters, digits and . _ - + only (got: ${printer}); see lpstat -p"
fi
require_root_unless_dry_run
if ! is_dry_run; then
	for tool in apt-get dpkg-query systemctl useradd usermod getent; do
		command -v "${tool}" >/dev/null 2>&1 || die "${tool} not found: this script is for Debian 12 / Raspberry Pi OS (bookworm)"
	done
	[[ -d "$(at /run/systemd/system)" ]] || die "systemd is not running on this machine: this script needs it"
fi

if is_dry_run; then
	log "Onthaal kiosk setup: DRY RUN, nothing will be changed"
else
	log "Onthaal kiosk setup"
fi
log "  url:            ${url}"
log "  user:           ${user}"
log "  nightly reboot: ${reboot_at:-none}"
log "  printer:        ${printer:-none (cards are not printed at the kiosk)}"

# --- packages ------------------------------------------------------------------
section "packages"
package_installed() {
	command -v dpkg-query >/dev/null 2>&1 || return 1
	[[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" == "install ok installed" ]]
}
wanted=("${PACKAGES[@]}")
[[ -z "${printer}" ]] || wanted+=("${PRINTER_PACKAGES[@]}")
missing=()
for package in "${wanted[@]}"; do
	if package_installed "${package}"; then
		log "already installed: ${package}"
	elif [[ "${package}" == chromium ]] && package_installed chromium-browser; then
		# Raspberry Pi OS images may come with Chromium packaged under this name.
		log "already installed: chromium-browser (used instead of chromium)"
	else
		missing+=("${package}")
	fi
done
if ((${#missing[@]} > 0)); then
	command -v dpkg-query >/dev/null 2>&1 || log "(dpkg-query not found, so every package counts as missing)"
	log "to install: ${missing[*]}"
	run env DEBIAN_FRONTEND=noninteractive apt-get update -q
	run env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
else
	log "all packages are installed"
fi

# --- user ----------------------------------------------------------------------
section "user"
user_exists() {
	getent passwd "$1" >/dev/null 2>&1
}
if user_exists "${user}"; then
	[[ "$(getent passwd "${user}" | cut -d: -f3)" != 0 ]] || die "user ${user} has uid 0; choose another --user"
	log "user exists: ${user}"
else
	# A normal (uid >= 1000) account without a password or login shell: it can't
	# log in, systemd starts its session on tty1 (see onthaal-kiosk.service).
	run useradd --create-home --user-group --shell /usr/sbin/nologin --comment "${USER_COMMENT}" "${user}"
fi
groups_wanted=()
# audio: the kiosk reads its screens aloud (speech-dispatcher plays through ALSA).
for group in video input render audio; do
	getent group "${group}" >/dev/null 2>&1 && groups_wanted+=("${group}")
done
groups_missing=()
current_groups=" $(id -nG "${user}" 2>/dev/null || true) "
for group in "${groups_wanted[@]}"; do
	[[ "${current_groups}" == *" ${group} "* ]] || groups_missing+=("${group}")
done
if ((${#groups_missing[@]} > 0)); then
	run usermod --append --groups "$(
		IFS=,
		printf '%s' "${groups_missing[*]}"
	)" "${user}"
elif ((${#groups_wanted[@]} > 0)); then
	log "already in groups: ${groups_wanted[*]}"
else
	log "no group to join: none of video, input, render, audio exists here"
fi
home=""
user_exists "${user}" && home=$(getent passwd "${user}" | cut -d: -f6)
home=${home:-/home/${user}}
[[ "${home}" =~ ^/[A-Za-z0-9._/-]+$ ]] || die "the home folder of ${user} has an unusual path: ${home}"
if [[ -d "$(at "${home}")" ]]; then
	log "home folder exists: ${home}"
elif user_exists "${user}"; then
	run install -d -m 0750 -o "${user}" -g "$(id -gn "${user}")" "$(at "${home}")"
else
	log "home folder ${home} comes with the new user"
fi
# Chromium keeps its profile here: cookies and local storage, so the kiosk's
# device token (its pairing with the server) survive restarts and reboots.
profile="${home}/.onthaal-kiosk-profile"

# --- files ---------------------------------------------------------------------
section "files"
chromium=/usr/bin/chromium
if [[ ! -x "$(at /usr/bin/chromium)" && -x "$(at /usr/bin/chromium-browser)" ]]; then
	chromium=/usr/bin/chromium-browser
fi
kiosk_changed=false
units_changed=false
# Timers whose file changed: restarted if they are running, to apply it.
restart_timers=()

printer_setting=""
[[ -z "${printer}" ]] || printer_setting=$'\n'"ONTHAAL_KIOSK_PRINTER=${printer}"
write_file "${CONFIG_FILE}" 0644 <<EOF
# Onthaal kiosk settings, written by kiosk-setup/install.sh; running it again
# rewrites this file. Read by ${KIOSK_SERVICE} (as an environment file) and by
# ${WATCHDOG_BIN}.
ONTHAAL_KIOSK_URL=${url}
ONTHAAL_KIOSK_USER=${user}${printer_setting}
EOF
[[ "${WROTE}" == false ]] || kiosk_changed=true

write_file "${WATCHDOG_BIN}" 0755 <"${here}/onthaal-kiosk-watchdog.sh"

# --kiosk-printing: window.print() prints at once on the default printer, with
# no dialog (the card screen prints a new family's card when the place has
# "print cards at the kiosk" on). Only with --printer.
printing_flag=""
[[ -z "${printer}" ]] || printing_flag=$'    --kiosk-printing \\\n'

write_file "${UNIT_DIR}/${KIOSK_SERVICE}" 0644 <<EOF
# Written by Onthaal's kiosk-setup/install.sh.
# Runs Chromium full-screen in the cage Wayland compositor as ${user}, on tty1,
# in place of the text login there. cage never blanks the screen by itself.
[Unit]
Description=Onthaal kiosk (Chromium under cage on tty1)
Wants=network-online.target dbus.socket systemd-logind.service
After=network-online.target dbus.socket systemd-logind.service
After=systemd-user-sessions.service plymouth-quit-wait.service getty@tty1.service
Conflicts=getty@tty1.service
ConditionPathExists=/dev/tty1
# Never give up restarting.
StartLimitIntervalSec=0

[Service]
Type=simple
User=${user}
PAMName=login
TTYPath=/dev/tty1
TTYReset=yes
TTYVHangup=yes
TTYVTDisallocate=yes
StandardInput=tty-fail
StandardOutput=journal
StandardError=journal
UtmpIdentifier=tty1
UtmpMode=user
EnvironmentFile=${CONFIG_FILE}
# No console blanking on tty1 (the text console shows only between restarts).
ExecStartPre=-+/bin/sh -c 'setterm --term linux --blank 0 --powerdown 0 >/dev/tty1'
# Wait up to 120 s for the server, so a fresh boot doesn't open on an error page.
ExecStartPre=-${WATCHDOG_BIN} --wait-for-server 120
# A power cut (or a stop) leaves the profile marked as crashed and locked: mark
# it clean, so Chromium doesn't offer to "restore pages", and drop a stale lock.
ExecStartPre=-/bin/sed -i -e 's/"exited_cleanly":false/"exited_cleanly":true/' -e 's/"exit_type":"[A-Za-z]*"/"exit_type":"Normal"/' ${profile}/Default/Preferences
ExecStartPre=-/bin/rm -f ${profile}/SingletonLock ${profile}/SingletonSocket ${profile}/SingletonCookie
# --user-data-dir is a persistent profile in ${user}'s home: it keeps the
# device token (a cookie and local storage) across restarts and reboots.
# --ozone-platform=wayland: cage is a Wayland compositor.
# --password-store=basic: no desktop keyring, whose absence could lock the cookies.
# --enable-speech-dispatcher: without it Chromium on Linux offers no voice at all
# to speechSynthesis; with it, every espeak-ng voice through speech-dispatcher.
ExecStart=/usr/bin/cage -s -- ${chromium} \\
    --ozone-platform=wayland \\
    --kiosk \\
    --noerrdialogs \\
    --disable-infobars \\
    --disable-translate \\
    --disable-features=Translate,TranslateUI \\
    --disable-pinch \\
    --overscroll-history-navigation=0 \\
    --disable-session-crashed-bubble \\
    --no-first-run \\
    --check-for-update-interval=31536000 \\
    --autoplay-policy=no-user-gesture-required \\
    --password-store=basic \\
    --enable-speech-dispatcher \\
${printing_flag}    --user-data-dir=${profile} \\
    \${ONTHAAL_KIOSK_URL}
Restart=always
RestartSec=3
TimeoutStartSec=180

[Install]
WantedBy=multi-user.target
EOF
[[ "${WROTE}" == false ]] || kiosk_changed=true units_changed=true

write_file "${UNIT_DIR}/${WATCHDOG_SERVICE}" 0644 <<EOF
# Written by Onthaal's kiosk-setup/install.sh. Started by ${WATCHDOG_TIMER};
# the rules are at the top of ${WATCHDOG_BIN}.
[Unit]
Description=Onthaal kiosk watchdog (one check)
After=${KIOSK_SERVICE}

[Service]
Type=oneshot
ExecStart=${WATCHDOG_BIN}
EOF
[[ "${WROTE}" == false ]] || units_changed=true

write_file "${UNIT_DIR}/${WATCHDOG_TIMER}" 0644 <<EOF
# Written by Onthaal's kiosk-setup/install.sh.
[Unit]
Description=Onthaal kiosk watchdog, every minute

[Timer]
OnBootSec=1min
OnUnitActiveSec=1min
AccuracySec=5s

[Install]
WantedBy=timers.target
EOF
[[ "${WROTE}" == false ]] || units_changed=true restart_timers+=("${WATCHDOG_TIMER}")

reboot_wanted=false
if [[ -n "${reboot_at}" ]]; then
	reboot_wanted=true
	write_file "${UNIT_DIR}/${REBOOT_SERVICE}" 0644 <<EOF
# Written by Onthaal's kiosk-setup/install.sh. Started by ${REBOOT_TIMER}.
[Unit]
Description=Onthaal kiosk nightly reboot

[Service]
Type=oneshot
ExecStart=/bin/systemctl --no-block reboot
EOF
	[[ "${WROTE}" == false ]] || units_changed=true
	write_file "${UNIT_DIR}/${REBOOT_TIMER}" 0644 <<EOF
# Written by Onthaal's kiosk-setup/install.sh (--nightly-reboot ${reboot_at}).
[Unit]
Description=Onthaal kiosk nightly reboot at ${reboot_at} (local time)

[Timer]
OnCalendar=*-*-* ${reboot_at}:00
AccuracySec=1min

[Install]
WantedBy=timers.target
EOF
	[[ "${WROTE}" == false ]] || units_changed=true restart_timers+=("${REBOOT_TIMER}")
elif [[ -e "$(at "${UNIT_DIR}/${REBOOT_TIMER}")" || -e "$(at "${UNIT_DIR}/${REBOOT_SERVICE}")" ]]; then
	log "no --nightly-reboot: removing the nightly reboot of an earlier run"
	if [[ -e "$(at "${UNIT_DIR}/${REBOOT_TIMER}")" ]]; then
		run systemctl disable --now "${REBOOT_TIMER}"
	fi
	remove_path "${UNIT_DIR}/${REBOOT_TIMER}"
	remove_path "${UNIT_DIR}/${REBOOT_SERVICE}"
	units_changed=true
else
	log "no nightly reboot (none requested, none installed)"
fi

# --- systemd -------------------------------------------------------------------
section "systemd"
# Only asks systemd (read-only) where it runs; a dry run elsewhere assumes
# that nothing is enabled or running.
systemd_running() {
	[[ -d "$(at /run/systemd/system)" ]] && command -v systemctl >/dev/null 2>&1
}
systemd_running || log "(systemd is not running here: assuming no unit is enabled or running)"
unit_enabled() {
	systemd_running && systemctl is-enabled --quiet "$1" 2>/dev/null
}
unit_active() {
	systemd_running && systemctl is-active --quiet "$1" 2>/dev/null
}
if [[ "${units_changed}" == true ]]; then
	run systemctl daemon-reload
fi
if unit_enabled "${KIOSK_SERVICE}"; then
	log "already enabled: ${KIOSK_SERVICE}"
else
	run systemctl enable "${KIOSK_SERVICE}"
fi
timers=("${WATCHDOG_TIMER}")
[[ "${reboot_wanted}" == false ]] || timers+=("${REBOOT_TIMER}")
for timer in "${timers[@]}"; do
	if unit_enabled "${timer}" && unit_active "${timer}"; then
		if [[ " ${restart_timers[*]} " == *" ${timer} "* ]]; then
			run systemctl restart "${timer}"
		else
			log "already enabled and running: ${timer}"
		fi
	else
		run systemctl enable --now "${timer}"
	fi
done
kiosk_running=false
unit_active "${KIOSK_SERVICE}" && kiosk_running=true
# Applies a new URL, user or unit to a kiosk that is running now.
if [[ "${kiosk_changed}" == true ]]; then
	if ! systemd_running; then
		run systemctl --no-block try-restart "${KIOSK_SERVICE}"
	elif [[ "${kiosk_running}" == true ]]; then
		run systemctl --no-block restart "${KIOSK_SERVICE}"
	fi
fi

# --- printer -------------------------------------------------------------------
section "printer"
if [[ -z "${printer}" ]]; then
	log "no --printer: cards are not printed at the kiosk, and Chromium keeps its print dialog"
else
	if unit_enabled cups.service && unit_active cups.service; then
		log "already enabled and running: cups.service"
	else
		run systemctl enable --now cups.service
	fi
	# lpadmin -d needs a printer that CUPS knows: a driverless (IPP Everywhere,
	# IPP over USB) one appears by itself, others are added once by hand.
	if is_dry_run || lpstat -p "${printer}" >/dev/null 2>&1; then
		if ! is_dry_run && [[ "$(lpstat -d 2>/dev/null)" == *": ${printer}" ]]; then
			log "already the default printer: ${printer}"
		else
			run lpadmin -d "${printer}"
		fi
	else
		warn "CUPS has no printer called ${printer} yet, so it is not the default. Add it (see kiosk-setup/README.md," \
			"'Printing cards'), e.g.: lpinfo -v; lpadmin -p ${printer} -E -v URI -m everywhere; then run this again"
	fi
fi

# --- notes ---------------------------------------------------------------------
if [[ -e "$(at /etc/systemd/system/display-manager.service)" ]]; then
	warn "a desktop login manager (display-manager.service) is enabled; it would take the screen from the kiosk." \
		"Use an image without a desktop, or run: systemctl disable display-manager.service"
fi

section "done"
if is_dry_run; then
	log "dry run: ${CHANGES} change(s) would be made; nothing was changed"
elif ((CHANGES == 0)); then
	log "nothing to change: the kiosk was already set up like this"
else
	log "made ${CHANGES} change(s)"
fi
if ! is_dry_run && [[ "${kiosk_running}" == false ]]; then
	log "the kiosk starts at the next boot: reboot now (or run: systemctl start ${KIOSK_SERVICE})"
fi
