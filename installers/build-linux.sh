#!/usr/bin/env bash
# Linux: builds target/installers/pipewright_<version>_amd64.deb (see installers/build.sh; pass --skip-build
# to reuse an existing target/pipewright.jar and target/lib).
set -euo pipefail
[ "$(uname -s)" = Linux ] || { echo "build-linux.sh runs on Linux; use installers/build.sh elsewhere" >&2; exit 2; }
exec bash "$(dirname "$0")/build.sh" "$@"
