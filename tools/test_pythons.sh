#!/usr/bin/env bash
# The unit tests on each Python version given (default 3.10-3.13), each in a fresh venv installed from
# requirements.lock. An interpreter is looked for as pythonX.Y on PATH, then in pyenv's versions folder.
# Prints one line per version and exits non-zero if any version that was found fails.
set -uo pipefail
cd "$(dirname "$0")/.."
versions=("$@")
[ ${#versions[@]} -gt 0 ] || versions=(3.10 3.11 3.12 3.13)
pyenv_root="${PYENV_ROOT:-$HOME/.pyenv}"
summary=()
failed=0
for version in "${versions[@]}"; do
    python=""
    for candidate in "$pyenv_root"/versions/"$version".*/bin/python "$(command -v "python$version" || true)"; do
        # the first that really runs (a pyenv shim on PATH can exist and still refuse)
        if [ -z "$python" ] && [ -n "$candidate" ] && [ -x "$candidate" ] && "$candidate" -c "" 2>/dev/null; then
            python="$candidate"
        fi
    done
    if [ -z "$python" ]; then
        summary+=("$version: not found on this machine (skipped)")
        continue
    fi
    venv=".venvs/$version"
    rm -rf "$venv"
    echo "== Python $version ($("$python" --version 2>&1)): fresh venv in $venv"
    "$python" -m venv "$venv"
    pip="$venv/bin/python -m pip --disable-pip-version-check"
    if ! { $pip install --quiet --upgrade pip && $pip install --quiet --require-hashes -r requirements.lock \
           && $pip install --quiet --no-deps -e .; }; then
        summary+=("$version: install FAILED")
        failed=1
        continue
    fi
    log="$venv/pytest.log"
    if nice "$venv/bin/python" -m pytest tests -q -n 2 -p no:randomly >"$log" 2>&1; then
        summary+=("$version: $(tail -1 "$log")")
    else
        tail -30 "$log"
        summary+=("$version: FAILED: $(tail -1 "$log")")
        failed=1
    fi
done
echo
echo "Unit tests by Python version:"
printf '  %s\n' "${summary[@]}"
exit $failed
