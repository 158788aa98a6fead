# Shared by scripts/demo, scripts/test and scripts/bench: install what is missing from Debian's
# packages, then configure and build with CMake. Source it; it defines `install_dependencies` and
# `build_project`.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build}

PACKAGES=(
  cmake g++ make pkg-config
  libboost-graph-dev rapidjson-dev libsqlitecpp-dev libsqlite3-dev libpq-dev catch2 libcli11-dev
  libicu-dev iso-codes libgraphviz-dev graphviz fonts-noto-core libzip-dev zlib1g-dev
  sqlite3 libxml2-utils python3 python3-networkx python3-igraph postgresql
  hunspell-ru hunspell-tools
  chromium
)

install_dependencies() {
  local missing=()
  for p in "${PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  # Node.js and npm build the HTML export's graph library (web/CMakeLists.txt) and drive Chromium in
  # its tests. Debian's only when none is on the PATH: a machine may have Node.js from elsewhere,
  # whose nodejs package conflicts with Debian's npm.
  command -v node >/dev/null && command -v npm >/dev/null || missing+=(nodejs npm)
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}" >&2
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "${missing[@]}" >&2
}

build_project() {
  cmake -S "$ROOT" -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" "$@" >&2
  cmake --build "$BUILD_DIR" -j "$(nproc)" >&2
}
