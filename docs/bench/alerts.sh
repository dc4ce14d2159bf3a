#!/usr/bin/env bash
# Alert ingestion benchmark (issue 7): rewrites docs/bench/alerts-results.md. H2 always; PostgreSQL too when
# AKMATORI_TEST_POSTGRES_URL is set (a throwaway schema is created and dropped), e.g.
#   AKMATORI_TEST_POSTGRES_URL='jdbc:postgresql://127.0.0.1:5432/test?user=postgres' docs/bench/alerts.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -pl akmatori-app -am test \
  -Dtest=AlertIngestionBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@"
echo "Wrote docs/bench/alerts-results.md"
