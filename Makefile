# Two commands for a newcomer: `make run` and `make test`.  Everything else is optional.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test stress lint bench eval clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	@$(BIN)/python -m pip install -q --upgrade pip
	@$(BIN)/python -m pip install -q -e '.[dev]'
	@touch $(STAMP)

# Sets up the venv and the default SQLite store (with our sample articles on first run), then starts
# Telegram and/or Slack where their tokens are set, otherwise a console chat (also reads a pipe).
run: $(STAMP)
	@$(BIN)/briefing run

# The whole suite on every CPU (pytest-xdist; each test file whole on one worker, so a module's fixtures are
# built once), then the tests marked `alone` (they bound a time: linear parsing, readers' waits, fetch
# deadlines) in one process with nothing beside them. `make test TEST_WORKERS=0` runs everything in one process.
TEST_WORKERS ?= logical
test: $(STAMP)
	@$(BIN)/python -m pytest -n $(TEST_WORKERS) --maxprocesses 8 --dist loadfile -m "not alone"; first=$$?; \
		$(BIN)/python -m pytest -p no:xdist -m alone; second=$$?; \
		test $$first -eq 0 -a $$second -eq 0

# The reliability matrix at full size: 50 SIGKILLs during ingest on SQLite and PostgreSQL, 30 s of 8
# writers and 32 readers in 4 processes, the SSRF table, the fetch limits, bad arguments, and 10,000
# examples of each property test, and the fast-path checks over every fixture sentence (the suite reads a
# seeded sample); then a table of counts (kills, checks, errors, refusals, examples).
STRESS_TALLY := $(VENV)/stress-tally.jsonl
STRESS_TESTS := tests/reliability tests/sources/test_ssrf.py tests/sources/test_fetch_limits.py \
	tests/core/test_cli_validation.py tests/render/test_render_properties.py tests/telegram/test_telegram_render.py \
	tests/slack/test_slack_properties.py tests/extraction/test_openings.py tests/extraction/test_title_opening.py \
	tests/extraction/test_starts.py tests/extraction/test_trigger_prefilter.py tests/extraction/test_prefixes.py
stress: $(STAMP)
	@rm -f $(STRESS_TALLY)
	@BRIEFING_TALLY_FILE=$(abspath $(STRESS_TALLY)) BRIEFING_CRASH_KILLS=50 BRIEFING_CRASH_POSTGRES=1 \
		BRIEFING_CONTENTION_SECONDS=30 BRIEFING_CONTENTION_PROCESSES=3 BRIEFING_HYPOTHESIS_PROFILE=stress \
		BRIEFING_ALL_FIXTURES=1 \
		$(BIN)/python -m pytest $(STRESS_TESTS); status=$$?; \
		$(BIN)/python -m tests.reliability.tally $(STRESS_TALLY); exit $$status

lint: $(STAMP)
	@$(BIN)/ruff check bot db tests migrations
	@$(BIN)/mypy

bench: $(STAMP)
	@$(BIN)/briefing bench
	@$(BIN)/briefing bench-telegram

eval: $(STAMP)
	@$(BIN)/briefing eval tests/gold/seeds.json --manifest ../shared/seeds/manifest.json ../shared/seeds

clean:
	rm -rf $(VENV) data .pytest_cache
