#!/usr/bin/env bash
# Every figure in docs/benchmarks.md, in one run: the *Bench classes of akmatori-app (not part of
# `mvn verify`). Each rewrites its own results file next to this script:
#   alerts-results.md   webhook ingest vs a bare parse + INSERT, duplicate storms   (AlertIngestionBench)
#   listing-results.md  listing 1,000,000 incidents vs the same SQL over JDBC        (ListingBench)
#   engine-results.md   engine overhead per step, 200 concurrent investigations      (EngineBench)
#   startup-results.md  cold start and idle memory vs a bare Javalin server          (StartupBench)
# H2 always; PostgreSQL too when AKMATORI_TEST_POSTGRES_URL is set (throwaway schemas), e.g.
#   AKMATORI_TEST_POSTGRES_URL='jdbc:postgresql://127.0.0.1:5432/test?user=postgres' docs/bench/run.sh
# One benchmark only: docs/bench/run.sh -Dtest=ListingBench
set -euo pipefail
cd "$(dirname "$0")/../.."
tests='*Bench'
args=()
for a in "$@"; do
  case "$a" in
    -Dtest=*) tests="${a#-Dtest=}" ;;
    *) args+=("$a") ;;
  esac
done
echo "Machine: $(nproc) CPUs, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -n 1), load $(cut -d' ' -f1-3 /proc/loadavg)"
mvn -B -q -Pbench -pl akmatori-app -am test -Dtest="$tests" -Dsurefire.failIfNoSpecifiedTests=false "${args[@]}"
ls -l docs/bench/*-results.md
