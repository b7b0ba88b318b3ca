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

test: $(STAMP)
	@$(BIN)/python -m pytest

# The reliability matrix at full size: 50 SIGKILLs during ingest on SQLite and PostgreSQL, plus the
# SSRF table, the chat-state races and the big-article checks; prints a line of counts per test.
stress: $(STAMP)
	@BRIEFING_CRASH_KILLS=50 BRIEFING_CRASH_POSTGRES=1 $(BIN)/python -m pytest -q -s tests/reliability tests/sources/test_ssrf.py \
		| grep -E "^(crash test|sqlite|postgresql|[0-9]+ passed|FAILED)|passed|failed"

lint: $(STAMP)
	@$(BIN)/ruff check bot db tests migrations
	@$(BIN)/mypy

bench: $(STAMP)
	@$(BIN)/briefing bench

eval: $(STAMP)
	@$(BIN)/briefing eval tests/gold/seeds.json --manifest ../shared/seeds/manifest.json ../shared/seeds

clean:
	rm -rf $(VENV) data .pytest_cache
