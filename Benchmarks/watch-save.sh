#!/bin/bash
# Usage (from the repository root): Benchmarks/watch-save.sh FOLIO_BINARY [SAVES] [FILE-IN-EDITION] [EDITION]
# Runs `folio watch` on a private copy of the edition, saves FILE SAVES times (a new word in its
# first paragraph each time, 1.5 s apart), prints each rebuild's report lines and the last
# manifest's run.timings. Default file: narratives/economic-strength.md.
set -e
FOLIO=$(readlink -f "$1"); N=${2:-4}; FILE=${3:-narratives/economic-strength.md}
EDITION=$(readlink -f "${4:-$PWD/Assets/editions/cities-2025}")
T=$(mktemp -d /tmp/watchsave.XXXX)
cp -r "$EDITION" "$T/ed"
cd "$T"
SOURCE_DATE_EPOCH=1767225600 "$FOLIO" watch --edition ed --out out --cache cache > log.txt 2>&1 &
PID=$!
for i in $(seq 1 600); do [ -f out/report.pdf ] && break; sleep 0.2; done
sleep 2
for i in $(seq 1 "$N"); do
  python3 - "$i" "ed/$FILE" <<'PY'
import sys
n, p = sys.argv[1], sys.argv[2]
lines = open(p).read().split('\n')
if p.endswith('.yaml'):
    for k, l in enumerate(lines):
        if ': "' in l:
            a, b = l.split(': "', 1); lines[k] = a + ': "Zorb' + n + ' ' + b; break
    open(p, 'w').write('\n'.join(lines)); sys.exit(0)
for k, l in enumerate(lines):
    if l.strip() and not l.startswith(('#', '---')) and ':' not in l[:25] and ' ' in l:
        w = l.split(' ', 1); lines[k] = w[0] + ' zorb' + n + ' ' + w[1]; break
open(p, 'w').write('\n'.join(lines))
PY
  sleep 1.5
done
kill $PID; wait $PID 2>/dev/null || true
grep -E "^(changed|report:|rebuilt|build failed|brief)" log.txt | tail -$((N * 3))
python3 -c "import json;m=json.load(open('out/manifest.json'));print(json.dumps(m['run'].get('timings'),indent=0))"
echo "workdir: $T"
