# Sourced by the bench scripts: makes the peer tools present or says plainly
# which are missing. A missing Debian package is installed with apt-get when
# we run as root (or have sudo without a password); otherwise the caller
# leaves that peer out and says so, so one missing peer never hides the rest.
#
#   have_tool COMMAND DEBIAN-PACKAGE   -> 0 when COMMAND is (now) on PATH

have_tool() {
  local cmd=$1 pkg=$2
  command -v "$cmd" >/dev/null 2>&1 && return 0
  local as_root=""
  if [ "$(id -u)" != 0 ]; then
    sudo -n true 2>/dev/null || { echo "bench: $cmd not found (install the Debian package $pkg)" >&2; return 1; }
    as_root="sudo -n"
  fi
  echo "bench: $cmd not found; installing the Debian package $pkg ..." >&2
  $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$pkg" >/dev/null 2>&1 ||
    { $as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null 2>&1 &&
      $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$pkg" >/dev/null 2>&1; }
  command -v "$cmd" >/dev/null 2>&1 && return 0
  echo "bench: $cmd not found and installing $pkg failed" >&2
  return 1
}
