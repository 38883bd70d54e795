#!/usr/bin/env bash
# Install Debian's PostgreSQL server binaries if they are missing, for the store tests.
# The tests start their own throwaway cluster (initdb + pg_ctl on 127.0.0.1, a free port,
# as the `postgres` user when run as root) and skip, saying why, when the binaries are absent.
set -euo pipefail
if command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "postgresql: already installed"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1 || [ "$(id -u)" != 0 ]; then
  echo "postgresql: not installed and cannot apt-get here (need root on Debian); postgres tests will skip" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq postgresql >/dev/null
echo "postgresql: installed $(ls /usr/lib/postgresql)"
