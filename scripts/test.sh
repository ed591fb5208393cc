#!/bin/sh
# Install khabar with its test dependencies in .venv (if needed) and run the test suite.
set -e
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
fi
.venv/bin/pip install --quiet --upgrade pip
.venv/bin/pip install --quiet -e '.[test]'
exec .venv/bin/python -m pytest "$@"
