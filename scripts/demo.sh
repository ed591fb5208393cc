#!/bin/sh
# Set up khabar in .venv (first run only) and read the bundled example articles.
set -e
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/khabar ]; then
    python3 -m venv .venv
    .venv/bin/pip install --quiet --upgrade pip
    .venv/bin/pip install --quiet -e '.[test]'
fi
for f in examples/*.txt examples/*.html; do
    echo "=== $f"
    .venv/bin/khabar read --format text "$f"
done
mkdir -p out
.venv/bin/khabar read --jsonl examples/batch.jsonl > out/batch.records.jsonl
echo "=== examples/batch.jsonl -> out/batch.records.jsonl ($(wc -l < out/batch.records.jsonl) records)"
rm -f out/examples.db
.venv/bin/khabar ingest out/examples.db examples/*.txt examples/*.html examples/batch.jsonl || true
echo "=== every quote of Sergey Lavrov in out/examples.db"
.venv/bin/khabar search out/examples.db --quotes-by "Sergey Lavrov"
