# The README's two commands. Both set up .venv from requirements.txt when it is missing or stale.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
NOTEBOOKS := $(wildcard notebooks/*.ipynb)
CHAPTERS := $(patsubst notebooks/%,book/chapters/%,$(NOTEBOOKS))

LIBRARY := $(wildcard lib/newstally/*.py lib/newstally/*/*.py)
# Chapter 5's corpus: the ANT corpus beside the checkout, and the tables its run writes.
ANT := ../shared/data/ant_news/ant_news_2018.jsonl.gz
PRESS := book/_build/press_2018

.PHONY: book reports corpus press-pages test lint clean

book: $(VENV)/installed $(CHAPTERS) reports press-pages
	rm -rf book/_build/html  # no page of an earlier build stays in the published book
	$(BIN)/jupyter-book build book --warningiserror --nitpick --keep-going

# One page per article of the default corpus: the tally chapter re-run with papermill.
reports: $(VENV)/installed
	$(BIN)/python -m newstally reports --out book/reports

# The whole ANT corpus analyzed once (about five minutes on two cores): chapter 5's tables.
corpus: $(PRESS)/manifest.parquet

$(PRESS)/manifest.parquet: $(VENV)/installed $(LIBRARY) $(wildcard data/gazetteer/* data/models/*)
	$(BIN)/python -m newstally corpus $(ANT) --out $(PRESS) --jobs 2

# Chapter 5's twenty article pages: the tally chapter re-run on the articles with most findings.
press-pages: $(PRESS)/manifest.parquet
	$(BIN)/python -m newstally reports --press $(PRESS) --out book/press

book/chapters/05_press_2018.ipynb: $(PRESS)/manifest.parquet

# Each chapter of the book is its notebook executed afresh with papermill.
book/chapters/%.ipynb: notebooks/%.ipynb $(VENV)/installed $(LIBRARY)
	@mkdir -p book/chapters
	cd notebooks && ../$(BIN)/papermill --no-progress-bar --cwd . $*.ipynb ../$@

# nbval runs chapter 5 on the tables of `make corpus` (made first when missing).
test: $(VENV)/installed lint $(PRESS)/manifest.parquet
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
	rm -rf book/_build book/chapters book/reports book/press
