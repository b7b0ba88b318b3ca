"""Every command's parser and every renderer, as properties (hypothesis).

Any command line, for every command of the registry (and its aliases, and no command at all), with
hostile arguments, as an admin or not: parsing never raises, the answer is never an internal error,
and it renders as valid Telegram HTML (allowed tags only, balanced, within 4096 UTF-16 units a page),
as Block Kit within Slack's limits, as plain text and as the JSON contract ("/timeline NAME chart"
included). Hand-built hostile answers (the shapes no command gives today) render in plain text and JSON
too, and any chart is laid out within its bounds and drawn; Telegram and Slack have their own
answer-shape properties in tests/telegram and tests/slack.

``make test`` runs a few hundred examples of each; ``make stress`` 10,000 (drawing the chart's PNG: 300; its
layout, where the logic is, 10,000).
"""

from __future__ import annotations

import json

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.answers.commands import commands, parse_command
from bot.answers.registry import MAX_ARGUMENT
from bot.app import BriefingApp
from bot.domain import Answer, ChartEvent, DateValue, TimelineChart
from bot.render.chart import LANES, MAX_LABELS, layout, render_chart
from bot.render.json import render_json
from bot.render.plain import render_plain
from bot.render.slack_blocks import render as render_slack
from bot.render.telegram_html import render_pages
from bot.sources import Fetcher
from tests.conftest import SAMPLES, make_app
from tests.properties import examples
from tests.reliability.tally import record
from tests.slack.test_slack_properties import HOSTILE as SLACK_HOSTILE
from tests.slack.test_slack_properties import check_message
from tests.sources.netfixtures import PUBLIC_DNS
from tests.telegram.htmlcheck import problems
from tests.telegram.test_telegram_render import HOSTILE as TELEGRAM_HOSTILE
from tests.telegram.test_telegram_render import answers as hostile_answers

STATUSES = {"ok", "not_found", "ambiguous", "invalid"}  # "error" is the bot failing: never expected
NAMES = sorted({c.name for c in commands()} | {alias for c in commands() for alias in c.aliases})
ARGUMENTS = ["Lumora", "lumora health", "Lumora chart", "chart", "Gajiku chart", "Rina", "all", "en", "id", "off", "daily 08:00", "weekly mon 07:30 Asia/Jakarta",
             "daily 25:61", "weekly funday 7", "1", "1 p2", "1 p999", "0", "-1", "99999999999999999999", "https://news.example/a",
             "http://169.254.169.254/", "/etc/passwd", "https://news.example/feed.xml 15m", "x 0m", "layoffs", "PHK"]
hostile = st.one_of(
    st.sampled_from(ARGUMENTS + TELEGRAM_HOSTILE + SLACK_HOSTILE),
    st.text(max_size=60),
    st.lists(st.sampled_from(ARGUMENTS + ["<b>", "&", "@here", "\u202e", " ", "\n", "/who"]), max_size=5).map(" ".join),
)
command_lines = st.one_of(
    st.builds(lambda name, bot, arg: f"/{name}{bot} {arg}", st.sampled_from(NAMES + ["nope", "src_1", "source_2"]),
              st.sampled_from(["", "", "@TestBot"]), hostile),
    hostile,  # words without a command: /who or /search by the plain-text rule
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """Two sample articles in a SQLite store; /ingest fetches through a mock network answering 404."""
    app = make_app(tmp_path_factory.mktemp("properties") / "p.db")
    assert not app.ingest([str(SAMPLES / "en-01-lumora-layoffs.txt"), str(SAMPLES / "id-02-gajiku-phk.txt")]).failed
    app.fetcher_factory = lambda: Fetcher(httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(404))),
                                          policy=PUBLIC_DNS)
    yield app
    app.close()


def check_renders(answer: Answer) -> None:
    """The answer in every renderer: Telegram HTML, Block Kit, plain text, JSON."""
    pages = render_pages(answer, lang=answer.lang)
    assert pages
    for page in pages:
        assert not problems(page), (problems(page), page[:300])
    first = render_slack(answer, lang=answer.lang)
    for n in range(min(first.pages, 3)):
        check_message(render_slack(answer, lang=answer.lang, page=n))
    assert render_plain(answer).strip()
    data = json.loads(render_json(answer))
    assert data["status"] == answer.status and isinstance(data["items"], list)


@settings(max_examples=examples(250), suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                              HealthCheck.too_slow, HealthCheck.data_too_large])
@given(line=command_lines, admin=st.booleans(), lang=st.sampled_from(["en", "id", None]))
def test_any_command_line_is_answered_and_renders_everywhere(store: BriefingApp, line: str, admin: bool,
                                                             lang: str | None) -> None:
    name, arg = parse_command(line)
    assert name is None or (name.isascii() and len(name) <= 32)
    assert "\n" not in arg and arg == arg.strip()
    answer = store.ask(line, chat_key="telegram:99", lang=lang, is_admin=admin)
    assert answer.status in STATUSES, (line, answer.status, answer.message)
    check_renders(answer)
    record("properties: commands, renderers", examples=1)


@settings(max_examples=examples(300))
@given(text=st.text(max_size=MAX_ARGUMENT + 50))
def test_the_command_parser_never_raises_and_cleans(text: str) -> None:
    name, arg = parse_command(text)
    again = parse_command(f"/{name} {arg}") if name else (None, arg)
    assert again[1] == arg  # cleaning is idempotent
    assert not any(ord(ch) < 32 for ch in arg)
    record("properties: commands, renderers", examples=1)


@settings(max_examples=examples(50))  # each answer carries dozens of hostile strings, some of 10,000 characters
@given(answer=hostile_answers)
def test_any_answer_renders_as_plain_text_and_json(answer: Answer) -> None:
    text = render_plain(answer)
    assert isinstance(text, str) and text.strip()
    data = json.loads(render_json(answer))
    assert set(data) >= {"command", "query", "status", "items", "suggestions"}
    record("properties: commands, renderers", examples=1)


def test_every_command_is_covered() -> None:
    """The generated lines reach every command: the list is the registry's, not a copy."""
    assert {c.name for c in commands()} <= set(NAMES)


dates = st.builds(
    lambda year, month, day, precision: DateValue(year, month if precision != "year" else None,
                                                  day if precision == "day" else None, precision),
    st.integers(1800, 2200), st.integers(1, 12), st.integers(1, 28), st.sampled_from(["year", "month", "day", "season"]))
chart_events = st.builds(
    ChartEvent, date=dates, label=hostile, sources=st.integers(0, 50),
    kind=st.one_of(st.none(), st.sampled_from(["investment", "layoff", "<b>"])),
    basis=st.sampled_from([None, "stated", "anchored", "reported", "planned"]),
    money=st.one_of(st.none(), st.floats(-1e15, 1e15, allow_nan=False), st.just(0.0)),
    currency=st.sampled_from([None, "USD", "IDR", "$<"]), money_text=st.one_of(st.none(), hostile))
charts = st.builds(TimelineChart, title=st.one_of(st.none(), hostile), events=st.lists(chart_events, max_size=60))


@settings(max_examples=examples(100))
@given(chart=charts, lang=st.sampled_from(["en", "id"]))
def test_any_chart_is_laid_out_within_its_bounds(chart: TimelineChart, lang: str) -> None:
    plan = layout(chart, lang)
    assert len(plan.marks) == len(chart.events)
    assert plan.labelled <= MAX_LABELS and plan.lanes <= LANES
    assert all(plan.x_range[0] <= mark.x <= plan.x_range[1] for mark in plan.marks)
    record("properties: commands, renderers", examples=1)


@pytest.mark.filterwarnings("ignore:Glyph")  # hostile labels hold characters the font lacks: drawn as boxes
@settings(max_examples=examples(4, stress=300))  # a PNG takes a quarter of a second; the layout above is the logic
@given(chart=charts)
def test_any_chart_draws_a_png(chart: TimelineChart) -> None:
    assert render_chart(chart, lang="en").startswith(b"\x89PNG\r\n\x1a\n")
    record("properties: commands, renderers", examples=1)
