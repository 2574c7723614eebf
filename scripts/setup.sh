#!/usr/bin/env bash
# Installs and starts what the tests need on a fresh machine, and nothing when it is there:
# libpq headers (to build), Debian's Chromium, the e2e npm packages, aiosmtpd (PyPI) for the SMTP
# sink, a running PostgreSQL that trusts local connections. Idempotent; safe to run before every
# test run.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_install() {
  if [ "$(id -u)" != 0 ]; then echo "setup: need root to install $*" >&2; exit 1; fi
  if [ -z "${APT_UPDATED:-}" ]; then apt-get update -qq; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

missing=()
[ -f /usr/include/postgresql/libpq-fe.h ] || missing+=(libpq-dev)
command -v chromium >/dev/null || missing+=(chromium)
command -v pg_isready >/dev/null || missing+=(postgresql-client)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  apt_install "${missing[@]}"
fi

# PostgreSQL on 127.0.0.1:5432 (or CONVENE_TEST_PG's server, which is then the caller's job).
if [ -z "${CONVENE_TEST_PG:-}" ] && ! pg_isready -q -h 127.0.0.1 -p 5432; then
  if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
    echo "setup: installing the PostgreSQL server"
    apt_install postgresql
  fi
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  hba=/etc/postgresql/$version/main/pg_hba.conf
  # Tests connect as postgres over loopback without a password, as on the CI machines.
  if ! grep -q '^host all all 127.0.0.1/32 trust' "$hba"; then
    sed -i '1i host all all 127.0.0.1/32 trust' "$hba"
  fi
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || pg_ctlcluster --skip-systemctl-redirect "$version" main reload
  for _ in $(seq 1 50); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 0.2; done
  pg_isready -h 127.0.0.1 -p 5432
fi

# The SMTP server that convene-jobs' tests send real mail to (scripts/smtp_sink.py).
if ! python3 -c 'import aiosmtpd' 2>/dev/null; then
  echo "setup: installing aiosmtpd"
  python3 -m pip install --quiet aiosmtpd
fi

# The independent OpenAPI 3.1 validator the API's tests run on the served document.
if ! python3 -c 'import openapi_spec_validator' 2>/dev/null; then
  echo "setup: installing openapi-spec-validator"
  python3 -m pip install --quiet openapi-spec-validator
fi

# The API fuzzer that tests/api_contract.rs runs against the OpenAPI document.
if ! command -v schemathesis >/dev/null; then
  echo "setup: installing schemathesis"
  python3 -m pip install --quiet "schemathesis==4.32.5"
fi

# Every package the browser checks import; a new one in package.json belongs in this test too.
if [ ! -d e2e/node_modules/playwright-core ] || [ ! -d e2e/node_modules/@axe-core/playwright ]; then
  echo "setup: installing e2e packages"
  (cd e2e && npm ci --no-audit --no-fund --silent)
fi
