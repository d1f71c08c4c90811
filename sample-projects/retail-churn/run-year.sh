#!/bin/sh
# Runs the monitoring pipeline on the twelve monthly batches, oldest first, recording each run in the
# project "retail-churn" of the workspace, then prints the drift per column per run and the models the
# retrain policy registered. A batch already run into the workspace is not run again.
#
#   sh run-year.sh                     # the default workspace: $PIPEWRIGHT_HOME, else ~/.pipewright
#   sh run-year.sh --workspace DIR     # another workspace folder
#
# The command line is target/pipewright.jar of this repository (mvn -DskipTests package), else the
# installed `pipewright` launcher (on the PATH or in /opt/pipewright/bin); set PIPEWRIGHT_JAR to use another jar.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
jar=${PIPEWRIGHT_JAR:-$here/../../target/pipewright.jar}

run_pipewright() {
    if [ -f "$jar" ]; then
        java -jar "$jar" "$@"
    elif command -v pipewright >/dev/null 2>&1; then
        command pipewright "$@"
    elif [ -x /opt/pipewright/bin/pipewright ]; then
        /opt/pipewright/bin/pipewright "$@"
    else
        echo "run-year.sh: no $jar and no pipewright on the PATH; build it with: mvn -DskipTests package" >&2
        exit 2
    fi
}

if [ $# -gt 0 ]; then
    if [ "$1" != "--workspace" ] || [ $# -ne 2 ]; then
        echo "usage: sh run-year.sh [--workspace DIR]" >&2
        exit 2
    fi
fi

run_pipewright watch "$here/batches" --pipeline "$here/retail-churn-monitoring.pipeline.json" --set-path batch.path \
    --project retail-churn --once "$@"
echo
run_pipewright drift --project retail-churn "$@"
echo
run_pipewright models --project retail-churn "$@"
