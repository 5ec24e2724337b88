#!/usr/bin/env bash
# Rederives the CAMEO trigger words and Phoenix organisations from PETRARCH2's dictionaries.
# usage: tools/petrarch/import.sh PETRARCH_DICTIONARIES_DIR [--exclude-names FILE]... [--candidates]
#   PETRARCH_DICTIONARIES_DIR: petrarch2/data/dictionaries of github.com/openeventdata/petrarch2 (MIT licence)
#   --exclude-names FILE: drop every actor entry whose name occurs in FILE (run it with the seed article)
#   --candidates: print every candidate trigger before the exclusions, to review them
# Writes actorgraph-core/src/main/resources/extract/cameo-triggers.tsv and .../lexicon/organisations-phoenix.tsv.
set -euo pipefail
cd "$(dirname "$0")/../.."
# the tool is among core's test classes; its libraries are the app's lib/
./mvnw -q -o -B -DskipTests -pl actorgraph-app -am package
exec java -cp "actorgraph-core/target/classes:actorgraph-core/target/test-classes:actorgraph-app/target/lib/*" io.actorgraph.tools.petrarch.PetrarchImport "$@"
