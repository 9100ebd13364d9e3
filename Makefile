# The README's two commands. Both set up .venv from requirements.txt when it is missing or stale.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
NOTEBOOKS := $(wildcard notebooks/*.ipynb)
CHAPTERS := $(patsubst notebooks/%,book/chapters/%,$(NOTEBOOKS))

.PHONY: book reports test lint clean

book: $(VENV)/installed $(CHAPTERS) reports
	$(BIN)/jupyter-book build book --warningiserror --nitpick --keep-going

# One page per article of the default corpus: the tally chapter re-run with papermill.
reports: $(VENV)/installed
	$(BIN)/python -m newstally reports --out book/reports

# Each chapter of the book is its notebook executed afresh with papermill.
book/chapters/%.ipynb: notebooks/%.ipynb $(VENV)/installed $(wildcard lib/newstally/*.py lib/newstally/*/*.py)
	@mkdir -p book/chapters
	cd notebooks && ../$(BIN)/papermill --no-progress-bar --cwd . $*.ipynb ../$@

test: $(VENV)/installed lint
	$(BIN)/pytest tests
	$(BIN)/pytest --nbval notebooks --nbval-sanitize-with notebooks/sanitize.cfg

lint: $(VENV)/installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

$(VENV)/installed: requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

clean:
	rm -rf book/_build book/chapters book/reports
