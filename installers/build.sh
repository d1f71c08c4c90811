#!/usr/bin/env bash
# Builds Pipewright's self-contained installer for the current OS with jdeps + jlink + jpackage (JDK 17):
#   Linux  -> target/installers/pipewright_<version>_amd64.deb
#   macOS  -> target/installers/Pipewright-<version>.dmg
#   Windows (Git Bash) -> target/installers/Pipewright-<version>.msi (needs WiX 3 on PATH)
# Steps: mvn package (skip with --skip-build or SKIP_BUILD=1), jdeps for the module list, jlink a trimmed runtime
# with JavaFX from the OS-classifier jars in target/lib, jpackage an app image, then the installer from that image.
# Environment: JAVA_HOME (else tools from PATH), PW_ICON (icon file; default per OS under assets/icons/),
# PW_APP_VERSION (default: the pom's version), PW_TYPE (deb, rpm, msi, exe, dmg, pkg; default per OS).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)

SKIP_BUILD=${SKIP_BUILD:-0}
for arg in "$@"; do
    case "$arg" in
        --skip-build) SKIP_BUILD=1 ;;
        -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
        *) echo "build.sh: unknown option '$arg' (use --skip-build or --help)" >&2; exit 2 ;;
    esac
done

bin() { if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/$1" -o -x "$JAVA_HOME/bin/$1.exe" ]; then echo "$JAVA_HOME/bin/$1"; else echo "$1"; fi; }
JDEPS=$(bin jdeps); JLINK=$(bin jlink); JPACKAGE=$(bin jpackage)

case "$(uname -s)" in
    Linux*)  OS=linux;   SEP=':'; TYPE=${PW_TYPE:-deb}; ICON=${PW_ICON:-assets/icons/pipewright.png} ;;
    Darwin*) OS=mac;     SEP=':'; TYPE=${PW_TYPE:-dmg}; ICON=${PW_ICON:-assets/icons/pipewright.icns} ;;
    MINGW*|MSYS*|CYGWIN*) OS=windows; SEP=';'; TYPE=${PW_TYPE:-msi}; ICON=${PW_ICON:-assets/icons/pipewright.ico} ;;
    *) echo "build.sh: unsupported OS $(uname -s)" >&2; exit 2 ;;
esac

# The project's own <version> is the first one indented by two spaces (portable: no GNU-only sed).
VERSION=${PW_APP_VERSION:-$(grep -m1 '^  <version>' pom.xml | sed 's|.*<version>\(.*\)</version>.*|\1|')}
VERSION=${VERSION%-SNAPSHOT}
if [ "$OS" = mac ] && [ "${VERSION%%.*}" = 0 ]; then
    # macOS bundle versions must start with a positive number; 0.x.y is packaged as 1.x.y there.
    VERSION="1.${VERSION#*.}"
fi
[ -n "$VERSION" ] || { echo "build.sh: could not read <version> from pom.xml; set PW_APP_VERSION" >&2; exit 1; }

if [ "$SKIP_BUILD" != 1 ]; then
    echo "== mvn package"
    mvn -q -DskipTests package
fi
[ -f target/pipewright.jar ] || { echo "build.sh: target/pipewright.jar is missing: run 'mvn -DskipTests package' first" >&2; exit 1; }

WORK=target/jpackage
OUT=target/installers
rm -rf "$WORK" "$OUT"
mkdir -p "$WORK/input" "$WORK/fxmods" "$OUT"

# JavaFX: only the OS-classifier jars (javafx-base-21.0.11-linux.jar) carry classes and natives; the
# plain javafx-base-21.0.11.jar files are empty. JavaFX goes into the runtime, everything else into --input.
for jar in target/lib/*.jar; do
    name=$(basename "$jar")
    case "$name" in
        javafx-*-*-*.jar) cp "$jar" "$WORK/fxmods/" ;;
        javafx-*.jar) ;;
        *) cp "$jar" "$WORK/input/" ;;
    esac
done
cp target/pipewright.jar "$WORK/input/"
ls "$WORK"/fxmods/*.jar >/dev/null 2>&1 || { echo "build.sh: no javafx-*-<os>.jar in target/lib" >&2; exit 1; }

# The sample projects travel inside the input folder, so they land next to the jars in the app folder
# ($APPDIR); the app finds them through -Dpipewright.samples.
mkdir -p "$WORK/input/sample-projects"
for dir in sample-projects/*/; do
    name=$(basename "$dir")
    mkdir -p "$WORK/input/sample-projects/$name"
    # Everything but the outputs of runs made in place (subfolders too: retail-churn keeps its batches/).
    tar -C "$dir" --exclude=./output --exclude='*.model' -cf - . | tar -C "$WORK/input/sample-projects/$name" -xf -
done

echo "== jdeps"
CP=$(ls "$WORK"/input/*.jar | grep -v '/pipewright.jar$' | tr '\n' "$SEP")
DETECTED=$("$JDEPS" --print-module-deps --ignore-missing-deps --multi-release 17 -q \
    --module-path "$WORK/fxmods" --class-path "$CP" "$WORK/input/pipewright.jar" 2>/dev/null | tail -1 || true)
echo "jdeps reports: ${DETECTED:-<nothing; using the fixed list>}"
MODULES="javafx.base,javafx.graphics,javafx.controls,javafx.swing,java.desktop,java.logging,java.xml,java.prefs,java.sql"
MODULES="$MODULES,java.net.http,java.management,java.naming,java.scripting,jdk.unsupported,jdk.zipfs,jdk.crypto.ec"
[ -n "$DETECTED" ] && MODULES="$MODULES,$DETECTED"
MODULES=$(echo "$MODULES" | tr ',' '\n' | sed '/^$/d' | sort -u | paste -sd, -)
echo "modules: $MODULES"

echo "== jlink"
"$JLINK" --module-path "$WORK/fxmods" --add-modules "$MODULES" \
    --strip-debug --no-header-files --no-man-pages --strip-native-commands --compress=2 \
    --output "$WORK/runtime"

# ControlsFX reaches into JavaFX internals; the samples folder sits in the app folder ($APPDIR).
JAVA_OPTS=(
    --java-options '--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED'
    --java-options '--add-exports=javafx.controls/com.sun.javafx.scene.control.behavior=ALL-UNNAMED'
    --java-options '--add-opens=javafx.controls/javafx.scene.control.skin=ALL-UNNAMED'
    --java-options '-Dpipewright.samples=$APPDIR/sample-projects'
)

ICON_OPT=()
if [ -f "$ICON" ]; then ICON_OPT=(--icon "$ICON"); else echo "note: no icon at $ICON; the default icon is used"; fi

COMMON=(
    --name Pipewright
    --app-version "$VERSION"
    --vendor "Pipewright"
    --description "Draw a machine-learning pipeline, run it with one click, headless or in the window."
    --copyright "Pipewright contributors"
)

echo "== jpackage app-image"
"$JPACKAGE" --type app-image "${COMMON[@]}" \
    --input "$WORK/input" --main-jar pipewright.jar --main-class io.pipewright.Launcher \
    --runtime-image "$WORK/runtime" "${JAVA_OPTS[@]}" "${ICON_OPT[@]}" \
    --add-launcher "pipewright=installers/$OS/cli-launcher.properties" \
    --dest "$WORK/image"

APP_IMAGE="$WORK/image/Pipewright"
[ "$OS" = mac ] && APP_IMAGE="$WORK/image/Pipewright.app"

# JDK 17's jpackage gives every added launcher a menu entry (it ignores linux-shortcut=false), so the
# command-line launcher would show up in the menu as a window-less app. Drop that entry, and name the
# package file pipewright_<version>_amd64.deb (jpackage appends the release, "-1"). On a machine with no
# desktop menu (a server, a container) xdg-desktop-menu fails and would leave the package unconfigured:
# there its menu/MIME steps only warn.
fix_deb() {
    [ "$TYPE" = deb ] || return 0
    local deb tree
    deb=$(ls "$OUT"/pipewright_*.deb)
    tree="$WORK/deb-tree"
    rm -rf "$tree"
    dpkg-deb -R "$deb" "$tree"
    rm -f "$tree/opt/pipewright/lib/pipewright-pipewright.desktop"
    sed -i '/pipewright-pipewright\.desktop/d' "$tree/DEBIAN/postinst" "$tree/DEBIAN/prerm"
    sed -i 's/^\(xdg-[a-z-]* .*\)$/\1 || echo "pipewright: skipped: \1" >\&2/' "$tree/DEBIAN/postinst" "$tree/DEBIAN/prerm"
    dpkg-deb -Zxz --root-owner-group --build "$tree" "$OUT/pipewright_${VERSION}_amd64.deb" >/dev/null
    rm -f "$deb"
    rm -rf "$tree"
}

# Only Linux gets the .pipeline.json association: its MIME globs match the double extension, while
# Windows and macOS associate by the last extension only (".json"), which would claim every JSON file.
echo "== jpackage $TYPE"
case "$OS" in
    linux)
        "$JPACKAGE" --type "$TYPE" "${COMMON[@]}" --app-image "$APP_IMAGE" \
            --file-associations installers/linux/pipeline-file.properties \
            --linux-package-name pipewright --linux-package-deps libgtk-3-0 \
            --linux-shortcut --linux-menu-group "Development;Science" --linux-app-category science \
            --linux-deb-maintainer "maintainers@pipewright.invalid" \
            --dest "$OUT"
        fix_deb ;;
    mac)
        "$JPACKAGE" --type "$TYPE" "${COMMON[@]}" --app-image "$APP_IMAGE" \
            --mac-package-identifier io.pipewright.app --mac-package-name Pipewright \
            --dest "$OUT" ;;
    windows)
        "$JPACKAGE" --type "$TYPE" "${COMMON[@]}" --app-image "$APP_IMAGE" \
            --win-menu --win-menu-group Pipewright --win-shortcut --win-dir-chooser \
            --win-upgrade-uuid 5b0c7a0e-6a43-4c55-9d8f-3f0c1a2b7e41 \
            --dest "$OUT" ;;
esac

echo "== done"
ls -l "$OUT"
