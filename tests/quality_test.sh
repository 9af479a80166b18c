#!/usr/bin/env bash
# Quality gate: builds the graph of an annotated set and scores it with
# ../shared/tools/kg-eval against the thresholds given, so quality can only
# go up. Exits 77 (skipped) when ../shared is not beside the project.
# usage: quality_test.sh KG_BINARY SOURCE_DIR CORPUS GOLD_DIR MIN_ENTITY_F1 MIN_RELATION_F1
set -euo pipefail
kg=$1 source=$2 corpus=$3 gold=$4 min_entity=$5 min_relation=$6
shared="$source/../shared"
if [[ ! -x "$shared/tools/kg-eval" ]]; then
  echo "SKIPPED: $shared is absent"
  exit 77
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$kg" build "$shared/$corpus" -q -o "$out"
"$shared/tools/kg-eval" "$shared/$gold" "$out/graph.jsonld" \
  --min-entity-f1 "$min_entity" --min-relation-f1 "$min_relation"
