# The two commands: `make run` (set up, make the sample data if absent, start the dashboard) and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SCALE ?= 1.0
SEED ?= 7
# National scale lives in sample_data/national; any other scale in a folder of its own (`make bench SCALE=10`
# generates sample_data/scale-10), so that changing SCALE never benches or opens the data of another scale.
DEFAULT_DATA := $(if $(filter 1 1.0 1.00,$(SCALE)),sample_data/national,sample_data/scale-$(SCALE))
# The data folder, the same for every target: `make run DATA=/path` or `DASHBOARD_DATA=/path make run`.
DATA ?= $(or $(DASHBOARD_DATA),$(DEFAULT_DATA))
export DASHBOARD_DATA := $(DATA)
PORT ?= 8501

.PHONY: run test lint setup system data rollups bench check calibrate mutate load scale-out clean

setup: $(VENV)/.installed system

# Debian's python3 makes virtual environments only with python3-venv (ensurepip) installed.
$(VENV)/.installed: requirements.txt
	@if ! $(PYTHON) -c "import ensurepip, venv" 2>/dev/null; then \
		echo "Installing python3-venv (Debian package)..."; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq python3-venv >/dev/null; \
	fi
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

# Chromium drives the browser tests and draws exported charts; Noto CJK draws Chinese in them; a Java 17
# runtime runs Spark for the scale-out test (tests/test_distributed.py); HAProxy balances several dashboard
# processes (`make scale-out`, the load run's --servers).
system:
	@if ! command -v chromium >/dev/null || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK" \
		|| ! java -version 2>&1 | grep -qE 'version "(1[7-9]|2[0-9])' || ! command -v haproxy >/dev/null; then \
		echo "Installing chromium, fonts-noto-cjk, openjdk-17-jre-headless and haproxy (Debian packages)..."; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium fonts-noto-cjk \
			openjdk-17-jre-headless haproxy >/dev/null; \
	fi

# The generator's own folders are generated when absent; any other folder is only validated, never written.
data: setup
	@$(PY) -m sample_data.prepare "$(DATA)" --scale $(SCALE) --seed $(SEED)

rollups: data
	@$(PY) -m queries.build "$(DATA)"

# Streamlit options for the server, e.g. SERVE_ARGS="--server.address 0.0.0.0" (sign-in required: README, Sign-in).
SERVE_ARGS ?=
run: rollups
	$(PY) -m ui.serve --server.headless true --server.port $(PORT) $(SERVE_ARGS)

# Python (ruff: lint and format) and SQL (sqlfluff, DuckDB dialect) as configured in ruff.toml and .sqlfluff.
lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/sqlfluff lint queries/sql queries/rollup_sql

# Two workers, each taking whole test files (a file's server, browser or Spark session is started once).
TEST_WORKERS ?= 2
test: lint
	$(PY) -m pytest -n $(TEST_WORKERS) --dist loadfile --durations=20

check: setup
	$(PY) -m queries.check "$(DATA)"

calibrate: data
	$(PY) -m sample_data.calibrate_check "$(DATA)"

# BENCH_ARGS= (empty) leaves out the browser part, e.g. `make bench SCALE=10 BENCH_ARGS=`.
BENCH_ARGS ?= --browser
# The capacity curves (about 25 minutes): one dashboard process, then two behind HAProxy. BENCH_LOAD= leaves them out.
BENCH_LOAD ?= --curve 10,25,50,100 --browser-sessions 2 --minutes 2 --ramp 60 --think 20
bench: data
	$(PY) -m bench --data "$(DATA)" $(BENCH_ARGS)
	$(PY) -m bench.exports --data "$(DATA)"
	$(if $(BENCH_LOAD),$(PY) -m load --data "$(DATA)" $(BENCH_LOAD) --servers 1 --out load/results/curve-1-server.json)
	$(if $(BENCH_LOAD),$(PY) -m load --data "$(DATA)" $(BENCH_LOAD) --servers 2 --out load/results/curve-2-servers.json)

# Mutation testing of the pure modules (setup.cfg's [mutmut] says which, and which tests): slow, so not in `make test`.
mutate: setup
	$(PY) tests/mutation.py

# Many users at once: protocol sessions (draw nothing) and a few browser sessions against SERVERS dashboard
# processes (more than one: behind HAProxy); CURVE=10,25,50,100 runs one level after another. Bounded in
# sessions and minutes, loopback only; writes load/results/latest.json.
SESSIONS ?= 100
BROWSER_SESSIONS ?= 2
SERVERS ?= 1
CURVE ?=
MINUTES ?= 3
RAMP ?= 60
THINK ?= 20
load: rollups
	$(PY) -m load --data "$(DATA)" --sessions $(SESSIONS) --browser-sessions $(BROWSER_SESSIONS) --servers $(SERVERS) \
		--curve "$(CURVE)" --minutes $(MINUTES) --ramp $(RAMP) --think $(THINK)

# The dashboard as several processes behind HAProxy on PORT (deploy/haproxy.cfg; docs/scale-out.md), one per core
# unless SERVERS says otherwise.
scale-out: rollups
	$(PY) -m deploy.balancer --data "$(DATA)" --servers $(or $(filter-out 1,$(SERVERS)),$(shell nproc)) --port $(PORT)

clean:
	rm -rf .cache .pytest_cache mutants .hypothesis
