# Sourced by scripts/test.sh and scripts/bench.sh: the install steps both need, done only where missing.

# install_debian_packages PACKAGE...: installs the named Debian packages with apt-get, as root or through sudo.
install_debian_packages() {
  [ $# -gt 0 ] || return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "missing: $* (Debian package names); this system has no apt-get: install them by hand" >&2
    exit 1
  fi
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "installing $* needs root: run as root, or install them by hand" >&2; exit 1; }
    sudo=(sudo)
  fi
  echo "== installing Debian packages: $*"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# install_npm_tools: the tools pinned in package-lock.json. npm ci replaces node_modules/ every time; a
# stamp of the lock file it installed skips it when nothing changed.
install_npm_tools() {
  local lock
  lock="$(sha256sum package-lock.json | cut -d' ' -f1)"
  if [ "$(cat node_modules/.installed-lock 2>/dev/null || true)" != "$lock" ]; then
    echo "== installing pinned npm tools"
    npm ci --no-audit --no-fund --loglevel=error
    echo "$lock" > node_modules/.installed-lock
  fi
}
