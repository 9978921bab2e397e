# make lab   - set up .venv (first time only) and open JupyterLab on the Start-here notebook
# make test  - set up .venv, then run the unit tests and strict nbval over every notebook
# make notebooks - re-run every notebook top to bottom and store its outputs (after you edit one)
# make student-release - write dist/student/ (and a zip): the pack with every reference answer hidden

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
READY := $(VENV)/.installed

.PHONY: setup lab test notebooks bench clean student-release

setup: $(READY)

$(READY): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $(READY)

lab: setup
	@flags=""; \
	if [ "$$(id -u)" = "0" ]; then flags="--allow-root"; fi; \
	if [ -z "$$DISPLAY" ] && [ "$$(uname)" != "Darwin" ]; then \
		echo "No screen found: serving JupyterLab; open the URL it prints (http://127.0.0.1:...) in a browser."; \
		flags="$$flags --no-browser"; \
	fi; \
	$(BIN)/jupyter lab $$flags notebooks/00_start_here.ipynb

test: setup
	$(BIN)/python -m pytest --nbval --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg

notebooks: setup
	$(BIN)/python tools/build_notebook.py

student-release: setup
	$(BIN)/python tools/student_release.py

bench: setup
	$(BIN)/python -m helpers.bench

clean:
	rm -rf $(VENV)
