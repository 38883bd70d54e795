#!/usr/bin/env bash
# Mutation testing (mutmut) of the core modules, one at a time, at low CPU priority.
# Needs: pip install -e ".[test,mutation]". Usage: bash bench/mutation.sh [module ...] | --list
set -euo pipefail
cd "$(dirname "$0")/.."
exec nice -n 15 .venv/bin/python bench/mutation.py "$@"
