# Aiguillage — the two commands: `make demo` and `make test`. Everything else sets itself up.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := $(CURDIR)/.venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
AIRFLOW_HOME := $(CURDIR)/.airflow
DEMO := $(CURDIR)/demo
N ?= 40
SEED ?= 42

# The embedded Airflow: SQLite, LocalExecutor, no examples, this project's dags/ and plugins/.
export AIRFLOW_HOME
export AIRFLOW__CORE__DAGS_FOLDER := $(CURDIR)/dags
export AIRFLOW__CORE__PLUGINS_FOLDER := $(CURDIR)/plugins
# The auditors' view in the Airflow UI (plugin aiguillage_audit) lists the batches of these output folders.
export AIGUILLAGE_OUTPUT_DIRS ?= $(DEMO)/out
export AIRFLOW__CORE__LOAD_EXAMPLES := False
export AIRFLOW__CORE__EXECUTOR := LocalExecutor
export AIRFLOW__DATABASE__SQL_ALCHEMY_CONN := sqlite:///$(AIRFLOW_HOME)/airflow.db
export AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT := 120
export AIRFLOW__LOGGING__LOGGING_LEVEL := WARNING
export AIRFLOW__CORE__UNIT_TEST_MODE := False
export PYTHONPATH := $(CURDIR)/include
export HF_HUB_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

DEB_PACKAGES := tesseract-ocr tesseract-ocr-fra poppler-utils libreoffice-writer-nogui libreoffice-calc-nogui chromium

.PHONY: help install sysdeps airflow-init demo test test-fast batch airflow lint typecheck bench bench-extract bench-long eval-sensitivity fuzz clean

help:
	@echo "make demo    — generate a sample batch, route it through the DAG aiguillage_batch, evaluate it"
	@echo "make test    — the whole test suite"
	@echo "make batch IN=<dir> OUT=<dir> [SERIAL=1] — route any folder through the embedded Airflow"
	@echo "             (shard tasks in parallel on LocalExecutor; SERIAL=1: plain airflow dags test)"
	@echo "make airflow — airflow standalone (UI on http://localhost:8080)"
	@echo "make eval-sensitivity — the sensitivity benchmark (recall, precision, confusion matrix)"
	@echo "make lint typecheck bench fuzz clean"

$(STAMP): requirements.txt requirements-dev.txt constraints.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements-dev.txt -c constraints.txt
	$(BIN)/python -m pip install -q --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

# Debian packages for OCR, legacy formats and browser tests. Installed when missing (root or sudo).
sysdeps:
	@missing=""; for p in $(DEB_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO="sudo"; \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing >/dev/null \
	  || { $$SUDO apt-get update -q >/dev/null && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing >/dev/null; } \
	  || echo "warning: could not install$$missing (OCR/legacy/browser features will fail closed)"; \
	fi

$(AIRFLOW_HOME)/.initialised: $(STAMP)
	mkdir -p $(AIRFLOW_HOME)
	$(BIN)/airflow db migrate >/dev/null
	touch $@

# The pool that caps the sovereign queue's concurrency (DAG aiguillage_sovereign): tasks in a
# missing pool would never be scheduled.
$(AIRFLOW_HOME)/.pools: $(AIRFLOW_HOME)/.initialised
	$(BIN)/airflow pools set aiguillage_sovereign 2 "sovereign LLM concurrency" >/dev/null
	touch $@

airflow-init: $(AIRFLOW_HOME)/.initialised $(AIRFLOW_HOME)/.pools

demo: sysdeps airflow-init
	rm -rf $(DEMO)
	$(BIN)/aiguillage samples $(DEMO) --n $(N) --seed $(SEED)
	$(BIN)/python -m aiguillage.airflow_run $(DEMO)/batch $(DEMO)/out
	@echo
	@echo "== evaluation of the sample batch =="
	$(BIN)/aiguillage eval $(DEMO)/out --truth $(DEMO)/truth.jsonl
	@echo
	@echo "== summaries: public (embedded summarizer unless a public connection is set), then the sovereign queue =="
	@$(BIN)/aiguillage summarize $(DEMO)/out

batch: sysdeps airflow-init
	@test -n "$(IN)" -a -n "$(OUT)" || { echo "usage: make batch IN=<dir> OUT=<dir>"; exit 2; }
	@$(BIN)/aiguillage check "$(IN)" "$(OUT)" $(if $(POLICY),--policy "$(POLICY)") >/dev/null
	$(BIN)/python -m aiguillage.airflow_run "$(IN)" "$(OUT)" $(if $(POLICY),--policy "$(POLICY)") $(if $(SERIAL),--serial)

airflow: sysdeps airflow-init
	$(BIN)/airflow standalone

test: sysdeps airflow-init lint typecheck
	$(BIN)/python -m pytest -q -p no:cacheprovider $(PYTEST_ARGS)

test-fast: airflow-init
	$(BIN)/python -m pytest -q -m "not slow and not integration" $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check include dags plugins tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

bench: sysdeps airflow-init
	$(BIN)/python bench/bench.py --repeat 3 $(BENCH_ARGS)

# Sensitivity benchmark: hand-written dev and held-out sets, the real published documents, generated
# samples; recall and precision per category and a confusion matrix (bench/eval_sensitivity.py).
eval-sensitivity: sysdeps $(STAMP)
	$(BIN)/python -P bench/eval_sensitivity.py $(EVAL_ARGS)

# Extraction alone: pages/s on the samples and the real documents, sandbox cost, ratio to pypdfium2.
bench-extract: sysdeps $(STAMP)
	$(BIN)/python bench/bench_extract.py $(BENCH_ARGS)

# Long documents: one dossier of 4/16/64 pages; ms per page flat = cost linear in a document's length.
bench-long: sysdeps $(STAMP)
	$(BIN)/python bench/long_documents.py $(BENCH_ARGS)

fuzz: $(STAMP)
	$(BIN)/python tests/fuzz/fuzz_extract.py $(FUZZ_ARGS)
	FUZZ_SECONDS=$${FUZZ_SECONDS:-120} $(BIN)/python tests/fuzz/fuzz_batch.py

clean:
	rm -rf $(AIRFLOW_HOME) $(DEMO) .pytest_cache .mypy_cache .ruff_cache
