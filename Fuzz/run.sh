#!/bin/sh
# Builds the fuzz targets and runs each one in turn for FUZZ_SECONDS (default 60) seconds,
# one fuzzer at a time. Seeds come from the default edition and the mini test edition;
# each seed starts with one byte that picks the file the target replaces (see main.swift).
# Crashes are written to Fuzz/artifacts/<target>/; the growing corpus to Fuzz/corpus/<target>/.
#   FUZZ_SECONDS=600 FUZZ_TARGETS="FuzzCSV" Fuzz/run.sh
set -eu
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
cd "$(dirname "$0")"
SECONDS_EACH=${FUZZ_SECONDS:-60}
TARGETS=${FUZZ_TARGETS:-"FuzzMarkdown FuzzYAML FuzzCSV"}
ED=../Assets/editions/cities-2025
MINI=../Tests/Fixtures/good/mini

swift build -c release --scratch-path .build \
  -Xswiftc -sanitize=fuzzer,address

# seed <target> <selector octal> <file>…
seed() {
  target=$1; sel=$2; shift 2
  mkdir -p "seeds/$target"
  for f in "$@"; do
    [ -f "$f" ] || continue
    name=$(echo "$f" | tr '/.' '__')
    { printf "\\$sel"; cat "$f"; } > "seeds/$target/$sel-$name"
  done
}
rm -rf seeds
seed FuzzCSV 000 $ED/scores/*.csv $MINI/scores/economy.csv
seed FuzzCSV 001 $ED/overall.csv $MINI/overall.csv
seed FuzzCSV 002 $ED/cities.csv $MINI/cities.csv
seed FuzzCSV 003 $ED/indicators.csv $MINI/indicators.csv
seed FuzzCSV 004 $ED/references.csv $MINI/references.csv
seed FuzzYAML 000 $ED/edition.yaml $MINI/edition.yaml
seed FuzzYAML 001 $ED/dimensions.yaml $MINI/dimensions.yaml
seed FuzzYAML 002 $ED/exceptions.yaml $MINI/exceptions.yaml
seed FuzzYAML 003 $ED/city-notes.yaml $MINI/city-notes.yaml
seed FuzzYAML 004 ../Layouts/print.yaml ../Layouts/brief.yaml ../Layouts/letter.yaml
seed FuzzMarkdown 000 $ED/narratives/*.md $MINI/narratives/economy.md
seed FuzzMarkdown 001 $ED/observations/*.md $MINI/observations/xian.md
seed FuzzMarkdown 002 $ED/text/*.md $MINI/text/intro.md

for t in $TARGETS; do
  mkdir -p "corpus/$t" "artifacts/$t"
  echo "== $t: $SECONDS_EACH s"
  ".build/release/$t" "corpus/$t" "seeds/$t" -max_total_time="$SECONDS_EACH" -timeout=10 \
    -rss_limit_mb=2048 -detect_leaks=0 -print_pcs=0 -max_len=65536 -print_final_stats=1 -artifact_prefix="artifacts/$t/"
done
