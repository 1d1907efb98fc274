#!/usr/bin/env bash
# One command for a fresh machine: set everything up, then check and build the bundled example policies.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || exit 2
node dist/cli/main.js validate policies/ || exit $?
node dist/cli/main.js lint policies/ || exit $?
if node dist/cli/main.js build --help >/dev/null 2>&1; then
  node dist/cli/main.js build policies/ --out out/ || exit $?
  echo "Documents written under out/."
fi
