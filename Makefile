# make lab           - set up .venv (first time only) and open JupyterLab on the Start-here notebook
# make test          - set up .venv, then the unit tests and strict nbval over every notebook
# make notebooks     - re-run every notebook top to bottom and store its outputs (after you edit one)
# make lock          - regenerate requirements.lock and requirements-dev.lock (+ dev and teacher extras)
# make test-latest   - the same tests with the newest versions pyproject.toml allows (a look ahead)
# make test-pythons  - the unit tests on every Python 3.10-3.13 found, each in a fresh venv
# make test-browser  - JupyterLab in a real browser (Debian's chromium): every notebook run, widgets used
# make stress        - the notebook validation 30 times in a row, slowest cell of each run
# make lint          - ruff over helpers/, tests/ and tools/
# make eval          - score the helpers against the gold set in tests/gold/ (prints one table)
# make handouts      - printable PDFs (document packets, organisers, glossary, rubric, exit tickets, answer key)
# make book          - the course website (notebooks with stored outputs, guide, handouts), offline
# make guide / make answer-key - regenerate the guide's lesson plans / the answer key from their sources
# make student-release - write dist/student/ (and a zip): the pack with every reference answer hidden

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
LOCK := requirements.lock
DEV_LOCK := requirements-dev.lock
READY := $(VENV)/.installed
DEV_READY := $(VENV)/.installed-dev
PIP := $(BIN)/python -m pip --disable-pip-version-check
NBVAL := --nbval --nbval-current-env --nbval-cell-timeout=60 --nbval-sanitize-with tests/nbval_sanitize.cfg
PYTHONS ?= 3.10 3.11 3.12 3.13
STRESS_RUNS ?= 30

.PHONY: setup setup-dev lab test notebooks bench eval clean lock test-latest test-pythons test-browser stress lint teacher answer-key guide handouts book student-release

setup: $(READY)

# Exact versions with hashes from the lock file; then the pack itself (editable, no other dependencies).
$(READY): $(LOCK) pyproject.toml
	@echo "Installing the pack's packages into $(VENV) (first time: a few minutes)..."
	@test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	@$(PIP) install --quiet --upgrade pip
	@$(PIP) install --quiet --require-hashes -r $(LOCK)
	@$(PIP) install --quiet --no-deps -e .
	@touch $(READY)
	@echo "Installed."

setup-dev: $(DEV_READY)

$(DEV_READY): $(READY) $(DEV_LOCK)
	@$(PIP) install --quiet --require-hashes -r $(DEV_LOCK)
	@touch $(DEV_READY)

# JupyterLab served from the project root (so seeds/, helpers/data/ and my_articles/ are in its file browser),
# opening Start-here; the venv's bin first on PATH so its terminals find python with the pack installed;
# its settings (no news prompt) from jupyter_config/.
lab: setup
	@$(BIN)/python tools/lab.py

test: setup
	$(BIN)/python -m pytest -n 2 --dist loadfile $(NBVAL)

notebooks: setup
	$(BIN)/python tools/build_notebook.py

student-release: setup
	$(BIN)/python tools/student_release.py

bench: setup
	$(BIN)/python -m helpers.bench

eval: setup
	$(BIN)/python -m helpers.evaluate

clean:
	rm -rf $(VENV) .venv-latest .venvs

# uv resolves for every Python from 3.10 (markers in the file), with the hash of every file; about 20 s.
lock: setup
	@$(PIP) install --quiet "uv>=0.5"
	$(BIN)/uv pip compile pyproject.toml --quiet --universal --python-version 3.10 --generate-hashes \
		--custom-compile-command "make lock" -o $(LOCK)
	$(BIN)/uv pip compile pyproject.toml --quiet --universal --python-version 3.10 --generate-hashes \
		--extra dev --extra teacher --custom-compile-command "make lock" -o $(DEV_LOCK)

test-latest:
	rm -rf .venv-latest
	$(PYTHON) -m venv .venv-latest
	.venv-latest/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	.venv-latest/bin/python -m pip install --quiet --disable-pip-version-check --upgrade -e .
	.venv-latest/bin/python -m pip list --format=freeze | grep -iE "^(pandas|numpy|matplotlib|jupyterlab|ipywidgets|nbclient|nbval)=="
	.venv-latest/bin/python -m pytest -n 2 --dist loadfile $(NBVAL)

test-pythons:
	@bash tools/test_pythons.sh $(PYTHONS)

test-browser: setup-dev
	$(BIN)/python tools/browser_test.py

stress: setup
	nice $(BIN)/python tools/stress_notebooks.py --runs $(STRESS_RUNS)

lint: setup-dev
	$(BIN)/ruff check helpers tests tools

# The teacher's tools (WeasyPrint, Jupyter Book) come with the developer lock file.
teacher: setup-dev

answer-key: setup
	$(BIN)/python tools/answer_key.py

guide: setup
	$(BIN)/python tools/lesson_plans.py

handouts: teacher answer-key guide
	$(BIN)/python tools/handouts.py

book: handouts
	$(BIN)/python tools/build_book.py
