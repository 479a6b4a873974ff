#!/usr/bin/env bash
# The test command of README.md (and of CI's .ci/run): installs on a fresh Debian machine what the tests
# need and is missing — a JDK 17+, util-linux's setpriv (the embedded Elasticsearch node refuses root),
# Chromium, chromedriver and CJK fonts for the browser test — then runs every test with Maven.
# Without root it installs nothing and says in one line what to install.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
if ! command -v javac >/dev/null || ! javac -version 2>&1 | grep -qE '^javac (1[7-9]|2[0-9])'; then
  missing+=(openjdk-17-jdk-headless)
fi
if [ "$(id -u)" = 0 ] && ! command -v setpriv >/dev/null; then
  missing+=(util-linux)
fi
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || missing+=(fonts-noto-cjk)

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "The tests need Debian packages that are missing: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

./mvnw -B -Pproduction verify "$@"
