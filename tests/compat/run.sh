#!/usr/bin/env bash
# tests/compat/run.sh BUILD_DIR: runs eqplan's CLI tests on the seeds and the GUI sidebar tests
# against the current LibreOffice (25.2 from Debian 12's bookworm-backports), installed in a
# private Debian root beside the system's LibreOffice, which stays untouched.
#
# The root is made once with debootstrap and kept (default BUILD_DIR/compat-root, or
# $EQPLAN_COMPAT_ROOT), so a second run only copies the build in and runs the tests. The build is
# the one made with the system's LibreOffice 7.4: the same CLI and .oxt a school would install.
# The test binaries name their CLI, fixtures and extension by their paths in the build tree
# (CMake definitions), so the files they need are copied into the root at those same paths.
# Then the .deb (./dev package), when there is one, is installed in the root, used and removed.
#
# Needs root (debootstrap, chroot, mounts). Exit codes: 0 all passed, 1 a test failed, 2 usage,
# 3 the root could not be made (network, apt), 4 the build lacks something the tests need.
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: tests/compat/run.sh BUILD_DIR" >&2
    exit 2
fi
if [ ! -d "$1" ]; then
    echo "test-compat: there is no build folder $1: build first (./dev build)" >&2
    exit 4
fi
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=$(cd "$1" && pwd)
root=${EQPLAN_COMPAT_ROOT:-$build_dir/compat-root}
mkdir -p "$(dirname "$root")"
root=$(cd "$(dirname "$root")" && pwd)/$(basename "$root")
suite=bookworm
mirror=${EQPLAN_COMPAT_MIRROR:-http://deb.debian.org/debian}
# From backports: the current LibreOffice. From bookworm: what the build's binaries link to and
# what the GUI tests need (a virtual display, a font), and the PDF tools the publishing tests
# read the PDF with.
backports_packages=(libreoffice-writer python3-uno libreoffice-l10n-cy)
packages=(xvfb xauth fonts-dejavu-core libboost-json1.81.0 libpugixml1v5 poppler-utils)
# The CLI tests on the two seeds: inspect (text and JSON; InspectJson also reads the layout
# fixtures and the seed as .doc, .rtf, .fodt), update, check (and --fix), export-pdf.
integration_filter=${EQPLAN_COMPAT_FILTER:-'Fixtures/InspectJson.*:Acceptance.*:InspectSummary.*:Formats/UpdateSeed2018.*:Formats/CheckSeed.*:Seeds/PublishSeed.*'}
# What the root was made with: a change remakes its packages.
spec="$suite $mirror backports: ${backports_packages[*]} bookworm: ${packages[*]}"

say() { echo "test-compat: $*"; }
fail() {
    echo "test-compat: $2" >&2
    exit "$1"
}

if [ "$(id -u)" -ne 0 ]; then
    fail 2 "needs root (debootstrap, chroot and mounts); run it as root, e.g. sudo ./dev test-compat"
fi
for tool in debootstrap chroot mount flock; do
    command -v "$tool" >/dev/null || fail 2 "$tool is missing (apt-get install debootstrap util-linux)"
done

# Runs "$@" up to three times, waiting longer each time: mirrors and networks fail now and then.
retry() {
    local attempt
    for attempt in 1 2 3; do
        "$@" && return 0
        [ "$attempt" -eq 3 ] && break
        say "failed (attempt $attempt of 3): $*; trying again in $((attempt * 15)) s"
        sleep $((attempt * 15))
    done
    return 1
}

# Unmounts everything under $1, deepest first; a process ending (Xvfb) may hold one for a
# moment, and then the unmount is lazy.
unmount_under() {
    local target
    while read -r target; do
        umount "$target" 2>/dev/null || { sleep 2 && umount "$target" 2>/dev/null; } ||
            umount -l "$target" || true
    done < <(awk -v dir="$1/" 'index($2, dir) == 1 { print $2 }' /proc/mounts | sort -r)
}

# Ends what is still running inside $root (an office a failed test left), by process id.
end_processes_in_root() {
    local proc pid pids=()
    for proc in /proc/[0-9]*; do
        [ "$(readlink "$proc/root" 2>/dev/null)" = "$root" ] || continue
        pid=${proc#/proc/}
        pids+=("$pid")
    done
    [ ${#pids[@]} -eq 0 ] && return 0
    say "ending ${#pids[@]} process(es) left in the root: ${pids[*]}"
    kill -TERM "${pids[@]}" 2>/dev/null || true
    sleep 2
    kill -KILL "${pids[@]}" 2>/dev/null || true
}

mounted=0
cleanup() {
    if [ "$mounted" -eq 1 ]; then
        end_processes_in_root
        unmount_under "$root"
        mounted=0
    fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mount_root() {
    mount -t proc proc "$root/proc"
    mounted=1
    mount --rbind /dev "$root/dev"
    mount --make-rslave "$root/dev"
}

in_root() {
    chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin \
        LANG=C.UTF-8 TMPDIR=/tmp DEBIAN_FRONTEND=noninteractive "$@"
}

# One run at a time per root.
exec 9>"$root.lock"
flock -n 9 || fail 2 "another test-compat is using $root"

# --- the root -------------------------------------------------------------------------------
started=$(date +%s)
if [ ! -f "$root/etc/eqplan-compat-debootstrapped" ]; then
    partial="$root.partial"
    say "making a Debian $suite root in $root (debootstrap, minbase); takes a few minutes once"
    bootstrap() {
        unmount_under "$partial"
        rm -rf --one-file-system "$partial"
        debootstrap --variant=minbase "$suite" "$partial" "$mirror"
    }
    retry bootstrap || fail 3 "debootstrap of $suite from $mirror failed (see above); nothing was installed on this system"
    unmount_under "$partial"
    unmount_under "$root"
    rm -rf --one-file-system "$root"
    touch "$partial/etc/eqplan-compat-debootstrapped"
    mv "$partial" "$root"
fi
if [ "$(cat "$root/etc/eqplan-compat-spec" 2>/dev/null)" != "$spec" ]; then
    say "installing LibreOffice from $suite-backports into the root"
    echo "deb $mirror $suite-backports main" >"$root/etc/apt/sources.list.d/backports.list"
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    mount_root
    # No daemons started by package scripts inside the root.
    printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
    chmod +x "$root/usr/sbin/policy-rc.d"
    retry in_root apt-get update -q ||
        fail 3 "apt-get update failed in the root (network or mirror $mirror)"
    retry in_root apt-get install -y -q --no-install-recommends -t "$suite-backports" \
        "${backports_packages[@]}" ||
        fail 3 "could not install ${backports_packages[*]} from $suite-backports in the root"
    retry in_root apt-get install -y -q --no-install-recommends "${packages[@]}" ||
        fail 3 "could not install ${packages[*]} in the root"
    in_root apt-get clean
    cleanup
    echo "$spec" >"$root/etc/eqplan-compat-spec"
fi
# shellcheck disable=SC2016 # dpkg-query's own field, not the shell's
version=$(in_root dpkg-query -W -f '${Version}' libreoffice-writer)
if ! dpkg --compare-versions "$version" ge 4:25.2; then
    fail 3 "the root has LibreOffice $version, not 25.2 or later; remove $root to make it again"
fi
root_seconds=$(($(date +%s) - started))
say "LibreOffice $version in $root (ready in ${root_seconds} s)"

# --- the build, copied in at its own paths ----------------------------------------------------
needed=(
    "$build_dir/bin/eqplan" "$build_dir/lib/eqplan" "$build_dir/share/eqplan/schemas"
    "$build_dir/eqplan.oxt" "$build_dir/fixtures" "$build_dir/hostile"
    "$build_dir/tests/integration/eqplan_integration_tests" "$build_dir/tests/gui/eqplan_gui_tests"
    "$build_dir/tests/gui/eqplan_gui_deck_commands_tests"
    "$source_dir/tests/data" "$source_dir/schemas" "$source_dir/tools/screenshot.py"
    "$source_dir/tools/png.py"
)
for path in "${needed[@]}"; do
    [ -e "$path" ] || fail 4 "$path is missing: build first (./dev build)"
done
rm -rf --one-file-system "${root:?}$build_dir" "${root:?}$source_dir"
for path in "${needed[@]}"; do
    mkdir -p "$root$(dirname "$path")"
    cp -a "$path" "$root$path"
done
# The GUI tests take their screenshots with the Python the build was configured with.
python=$(sed -n 's/^Python3_EXECUTABLE:[A-Z]*=//p; s/^_Python3_EXECUTABLE:INTERNAL=//p' \
    "$build_dir/CMakeCache.txt" | head -1)
if [ -n "$python" ] && [ ! -e "$root$python" ]; then
    mkdir -p "$root$(dirname "$python")"
    ln -sfn /usr/bin/python3 "$root$python"
fi
missing_libraries=$(in_root ldd "$build_dir/bin/eqplan" "$build_dir/tests/gui/eqplan_gui_tests" \
    "$build_dir/tests/integration/eqplan_integration_tests" | grep "not found" | sort -u || true)
[ -z "$missing_libraries" ] || fail 4 "libraries missing in the root: $missing_libraries"

# --- the tests --------------------------------------------------------------------------------
mount_root
# A package an interrupted run left installed would meet the GUI tests' own copy of the deck.
if [ -e "$root/var/lib/dpkg/info/eqplan.list" ]; then
    in_root apt-get remove --purge -y -q eqplan >/dev/null
fi
artefacts="$build_dir/compat"
rm -rf "$artefacts"
mkdir -p "$artefacts"
failed=0

# The CLI tests in $jobs shards side by side, as ctest -j runs them: each CLI run has its own
# office, profile and TMPDIR.
jobs=${EQPLAN_COMPAT_JOBS:-$(nproc)}
started=$(date +%s)
say "CLI tests on the seeds in $jobs shard(s) (gtest filter $integration_filter)"
shard_pids=()
for ((shard = 0; shard < jobs; shard++)); do
    timeout --kill-after=30 1200 chroot "$root" /usr/bin/env -i HOME=/root \
        PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 TMPDIR=/tmp \
        GTEST_TOTAL_SHARDS="$jobs" GTEST_SHARD_INDEX="$shard" \
        "$build_dir/tests/integration/eqplan_integration_tests" \
        --gtest_filter="$integration_filter" \
        --gtest_output="xml:$build_dir/compat-cli-$shard.xml" >"$artefacts/cli-$shard.log" 2>&1 &
    shard_pids+=($!)
done
for ((shard = 0; shard < jobs; shard++)); do
    wait "${shard_pids[$shard]}" || failed=1
    echo "-- shard $((shard + 1)) of $jobs"
    cat "$artefacts/cli-$shard.log"
done
cli_seconds=$(($(date +%s) - started))

# The root shares this machine's network namespace, where X servers also listen on abstract
# sockets: the root's Xvfb takes a display number no X server here uses and listens only on its
# own /tmp/.X11-unix, so it never takes a number from a test running outside.
display=200
while [ -e "/tmp/.X$display-lock" ] || [ -e "$root/tmp/.X$display-lock" ] ||
    grep -q "@/tmp/.X11-unix/X$display\$" /proc/net/unix; do
    display=$((display + 1))
done
started=$(date +%s)
say "GUI sidebar tests under Xvfb (display :$display)"
timeout --kill-after=30 900 chroot "$root" /usr/bin/env -i HOME=/root \
    PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 TMPDIR=/tmp SAL_USE_VCLPLUGIN=gen \
    xvfb-run -n "$display" -s "-screen 0 1600x1000x24 -nolisten local" \
    "$build_dir/tests/gui/eqplan_gui_tests" --gtest_output="xml:$build_dir/compat-gui.xml" ||
    failed=1
# The Tools menu entry, the shortcut, the help buttons and the deck in Welsh.
timeout --kill-after=30 600 chroot "$root" /usr/bin/env -i HOME=/root \
    PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 TMPDIR=/tmp SAL_USE_VCLPLUGIN=gen \
    xvfb-run -n "$display" -s "-screen 0 1600x1000x24 -nolisten local" \
    "$build_dir/tests/gui/eqplan_gui_deck_commands_tests" \
    --gtest_output="xml:$build_dir/compat-gui-commands.xml" ||
    failed=1
gui_seconds=$(($(date +%s) - started))

# The .deb (./dev package), installed in the root as an IT technician would: its dependencies met
# by LibreOffice 25.2, /usr/bin/eqplan reading a seed, the deck registered for a new user as a
# bundled extension; then removed, leaving the root as it was for the next run.
deb=$(find "$build_dir" -maxdepth 1 -name 'eqplan_*.deb' | sort | tail -1)
package_result="not tested (no .deb in $build_dir: ./dev package makes it)"
if [ -n "$deb" ]; then
    started=$(date +%s)
    say "installing $(basename "$deb") in the root"
    cp "$deb" "$root/tmp/eqplan.deb"
    cp "$build_dir/fixtures/seed-action-plan-2018-2021.docx" "$root/tmp/seed.docx"
    package_result=passed
    if ! in_root apt-get install -y -q --no-install-recommends /tmp/eqplan.deb; then
        package_result="FAILED: apt-get install of the .deb"
    elif ! first_line=$(in_root /usr/bin/eqplan inspect /tmp/seed.docx | head -1) ||
        [ "$first_line" != "Equality Action Plan 2018-2021" ]; then
        package_result="FAILED: /usr/bin/eqplan inspect on the seed printed '$first_line'"
    elif ! in_root /usr/lib/libreoffice/program/unopkg list --bundled \
        -env:UserInstallation=file:///tmp/new-user-profile >"$artefacts/unopkg-bundled.txt" 2>&1 ||
        ! grep -A3 "Identifier: org.eqplan.extension" "$artefacts/unopkg-bundled.txt" |
        grep -q "is registered: yes"; then
        package_result="FAILED: the bundled extension is not registered for a new user (see $artefacts/unopkg-bundled.txt)"
    fi
    in_root apt-get remove --purge -y -q eqplan >/dev/null || package_result="FAILED: apt-get remove eqplan"
    if [ -e "$root/usr/lib/libreoffice/share/extensions/eqplan" ]; then
        package_result="FAILED: apt-get remove left /usr/lib/libreoffice/share/extensions/eqplan"
    fi
    rm -rf "$root/tmp/eqplan.deb" "$root/tmp/seed.docx" "$root/tmp/new-user-profile"
    say "the package on LibreOffice $version: $package_result ($(($(date +%s) - started)) s)"
    [ "$package_result" = passed ] || failed=1
fi
cleanup

# Results and screenshots back out of the root, to look at.
cp -a "$root$build_dir"/compat-*.xml "$artefacts/" 2>/dev/null || true
find "$root$build_dir/tests/gui" -maxdepth 1 -name '*.png' -exec cp {} "$artefacts/" \; 2>/dev/null || true

echo
say "LibreOffice $version: root ready in ${root_seconds} s, CLI tests ${cli_seconds} s, GUI tests ${gui_seconds} s"
say "the .deb: $package_result"
say "results and screenshots in $artefacts"
if [ "$failed" -ne 0 ]; then
    say "FAILED on LibreOffice $version"
    exit 1
fi
say "passed on LibreOffice $version"
