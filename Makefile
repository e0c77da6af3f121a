# The two commands: `make run` (set up, make the sample data if absent, start the dashboard) and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
DATA ?= sample_data/national
SCALE ?= 1.0
SEED ?= 7
PORT ?= 8501
BENCH_SCALE ?= $(SCALE)

.PHONY: run test setup system data rollups bench check calibrate clean

setup: $(VENV)/.installed system

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

# Chromium drives the browser tests and the PNG export; Noto CJK draws Chinese in exported charts.
system:
	@if ! command -v chromium >/dev/null || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then \
		echo "Installing chromium and fonts-noto-cjk (Debian packages)..."; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; \
	fi

data: setup
	@if [ ! -f "$(DATA)/_SUCCESS" ]; then \
		$(PY) -m sample_data.generate --scale $(SCALE) --seed $(SEED) --out $(DATA) --force; \
	fi

rollups: data
	DASHBOARD_DATA=$(DATA) $(PY) -c "import queries; queries.database()"

run: rollups
	DASHBOARD_DATA=$(DATA) $(PY) -m ui.serve --server.headless true --server.port $(PORT)

test: setup
	$(PY) -m pytest

check: setup
	$(PY) -m queries.check $(DATA)

calibrate: data
	$(PY) -m sample_data.calibrate_check $(DATA)

bench: data
	DASHBOARD_DATA=$(DATA) $(PY) -m bench --data $(DATA)

clean:
	rm -rf .cache .pytest_cache
