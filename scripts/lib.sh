#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by scripts/run and scripts/test: install what is missing (only what is missing), configure, build.
set -euo pipefail

VB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VB_BUILD="${VB_BUILD:-$VB_ROOT/build}"

# Runtime QML modules, each with the QML import that needs it. Every import in qml/ and tests/qml/ is listed here
# (tests/app/check_qml_imports.cmake checks it), and so is every module Qt's own QML loads at run time. The
# qml6-module-* packages do not depend on each other, so each one must be named.
VB_QML_MODULES=(
  qml6-module-qtquick=QtQuick
  qml6-module-qtqml=QtQml
  qml6-module-qtqml-models=QtQml.Models                          # ListModel, ObjectModel (loaded by QtQuick)
  qml6-module-qtqml-workerscript=QtQml.WorkerScript              # loaded by QtQuick itself
  qml6-module-qtquick-window=QtQuick.Window                      # loaded by QtQuick.Controls and QtTest
  qml6-module-qtquick-controls=QtQuick.Controls
  qml6-module-qtquick-templates=QtQuick.Templates                # the controls' Fusion style is built on it
  qml6-module-qtquick-layouts=QtQuick.Layouts
  qml6-module-qtquick-dialogs=QtQuick.Dialogs                    # FileDialog (open, save as, import, exports)
  qml6-module-qt-labs-folderlistmodel=Qt.labs.folderlistmodel    # imported by QtQuick.Dialogs' own FileDialog.qml
  qml6-module-qttest=QtTest                                      # Qt Quick Test (tests/qml)
)

# Debian 12 packages the build, the app and the tests need.
VB_PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-declarative-dev qt6-tools-dev qt6-l10n-tools libxkbcommon-dev
  libboost-json1.81-dev libeigen3-dev
  "${VB_QML_MODULES[@]%%=*}"
  fonts-noto-cjk fonts-wqy-zenhei locales
  qt6-translations-l10n        # Qt's own texts in zh-TW: the dialogs' Save / Discard / Cancel / OK buttons
  libxlsxwriter-dev poppler-utils unzip
)

# Only for the tests: a real X server for the real-window tests, and the tools that drive and capture it.
VB_TEST_PACKAGES=(
  xvfb xauth xdotool x11-utils imagemagick
)

vb_missing_packages() {
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' || echo "$p"
  done
}

# Installs the packages that are missing; no apt call at all when everything is there.
vb_install() {
  local missing
  missing=$(vb_missing_packages "$@" | tr '\n' ' ')
  if [ -z "${missing// /}" ]; then
    echo "== all ${#@} Debian packages present"
    return 0
  fi
  if [ "$(id -u)" -ne 0 ]; then
    echo "error: these Debian packages are missing: $missing" >&2
    echo "       run as root, or install them first: sudo apt-get install -y $missing" >&2
    exit 1
  fi
  echo "== installing: $missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing
}

# The comma-decimal test run needs de_DE.UTF-8.
vb_ensure_locale() {
  if locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\?8$'; then
    return 0
  fi
  if [ "$(id -u)" -ne 0 ]; then
    echo "error: the de_DE.UTF-8 locale is missing; as root run: localedef -i de_DE -f UTF-8 de_DE.UTF-8" >&2
    exit 1
  fi
  echo "== generating the de_DE.UTF-8 locale"
  localedef -i de_DE -f UTF-8 de_DE.UTF-8
}

vb_build() {
  local type="${VB_BUILD_TYPE:-RelWithDebInfo}"
  if [ ! -f "$VB_BUILD/build.ninja" ]; then
    cmake -S "$VB_ROOT" -B "$VB_BUILD" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@"
  fi
  cmake --build "$VB_BUILD" -j"$(nproc)"
}
