"""/timeline NAME chart: the typed answer from a real store, the PNG for 3 and for 300 events, labels with "$",
the console's file, and matplotlib staying out of every other command."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from bot.adapters.console import answer_lines, run_console
from bot.answers.commands import chart_line
from bot.answers.timeline import chart_request
from bot.domain import Answer, ChartEvent, DateValue, TimelineChart
from bot.render import chart as chart_module
from bot.render.chart import DOT_ROWS, LANES, MAX_LABELS, chart_summary, draw, layout, render_chart
from bot.render.json import answer_to_dict
from bot.render.plain import render_plain
from bot.render.slack_blocks import render as slack_render
from bot.render.telegram_html import render_pages
from tests.conftest import REPO, make_app
from tests.render.chart_corpus import COMPANY, write_corpus


def corpus_app(folder: Path, events: int) -> Any:
    """A SQLite store migrated by Alembic, with ``events`` synthetic events about Acme Robotics ingested."""
    application = make_app(folder / "briefing.db", chart_dir=str(folder / "charts"))
    manifest = write_corpus(folder / "articles", events)
    report = application.ingest([str(folder / "articles")], manifest=str(manifest))
    assert not report.failed, report.failed
    return application


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Any:
    application = corpus_app(tmp_path_factory.mktemp("chart300"), 300)
    yield application
    application.close()


@pytest.fixture(scope="module")
def few(tmp_path_factory: pytest.TempPathFactory) -> Any:
    application = corpus_app(tmp_path_factory.mktemp("chart3"), 3)
    yield application
    application.close()


def png_size(data: bytes) -> tuple[int, int]:
    """The PNG read back (PIL decodes every pixel); its width and height."""
    image = Image.open(io.BytesIO(data))
    image.load()
    assert image.format == "PNG"
    return image.size


# --------------------------------------------------------------------------- the command and the answer


@pytest.mark.parametrize(("query", "expected"), [
    ("Scale AI chart", ("Scale AI", True)), ("chart", ("", True)), ("Scale AI  CHART", ("Scale AI", True)),
    ("Scale AI grafik", ("Scale AI", True)), ("Scale AI", ("Scale AI", False)), ("", ("", False)),
    ("charted", ("charted", False)),
])
def test_chart_request_is_the_last_word(query: str, expected: tuple[str, bool]) -> None:
    assert chart_request(query) == expected


def test_chart_line_of_a_timeline_line() -> None:
    assert chart_line("/timeline Scale AI") == "/timeline Scale AI chart"
    assert chart_line("/linimasa@TestBot Scale AI") == "/timeline Scale AI chart"
    assert chart_line("/timeline") == "/timeline chart"
    assert chart_line("/timeline Scale AI chart") == "/timeline Scale AI chart"


def test_three_events_all_labelled(few: Any) -> None:
    answer = few.ask(f"/timeline {COMPANY} chart")
    assert answer.status == "ok" and answer.chart is not None and answer.chart.title == COMPANY
    events = answer.chart.events
    assert len(events) == 3 == answer.total
    assert [e.date.iso() for e in events] == ["2021-01-04", "2021-01-08", "2021-01-12"]
    assert [e.sources for e in events] == [2, 1, 1]  # the first is retold by another outlet
    assert [(e.money, e.currency, e.money_text) for e in events] == [
        (10.0e6, "USD", "$10.0 million"), (None, None, None), (24e6, "USD", "$24 million")]
    plan = layout(answer.chart)
    assert len(plan.marks) == 3 and plan.labelled == 3 and not plan.overflow
    assert {m.money for m in plan.marks} == {True, False}
    assert plan.marks[0].area > plan.marks[1].area and plan.marks[2].area > plan.marks[0].area  # scaled by value
    width, height = png_size(render_chart(answer.chart))
    assert width == 1200 and 340 <= height <= 600


def test_three_hundred_events_stay_readable_and_bounded(many: Any) -> None:
    answer = many.ask(f"/timeline {COMPANY} chart")
    chart = answer.chart
    assert chart is not None and len(chart.events) == 300 == answer.total
    assert len(answer.items) == 50  # the text answer keeps its usual limit
    assert {e.sources for e in chart.events} == {1, 2, 3, 4}
    plan = layout(chart)
    assert len(plan.marks) == 300  # one mark per event
    assert 10 <= plan.labelled <= MAX_LABELS and plan.lanes <= LANES and plan.dot_rows <= DOT_ROWS
    # the most-told events are among the labelled
    most_told = max(e.sources for e in chart.events)
    assert all(m.label for m, e in zip(plan.marks, chart.events, strict=True) if e.sources == most_told)
    figure = draw(chart, plan)
    assert len(figure.axes[0].collections[0].get_offsets()) == 300
    width, height = png_size(render_chart(chart))
    assert width == 1200 and 600 <= height <= 900  # at most 12 x 9 inches at 100 dpi, however many events


def test_labels_in_one_lane_do_not_overlap(many: Any) -> None:
    chart = many.ask(f"/timeline {COMPANY} chart").chart
    plan = layout(chart)
    figure = draw(chart, plan)
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in figure.axes[0].texts if "\n" in t.get_text()]
    assert len(boxes) == plan.labelled
    overlaps = [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:] if a.overlaps(b)]
    assert not overlaps


def test_dollar_signs_are_text_not_math() -> None:
    day = DateValue(2025, 6, 12, "day")
    chart = TimelineChart(title="$ Corp $x^2$", events=[
        ChartEvent(day, "Meta invested $14.3 billion in Scale AI for a $29 billion valuation", 3, "investment",
                   "stated", 14.3e9, "USD", "$14.3 billion"),
        ChartEvent(DateValue(2025, 7, precision="month"), r"An unbalanced $ and \frac{1}{2} and $$", 1),
        ChartEvent(DateValue(2024), "Rp 5 triliun ($300 juta) \x00\u202e hidden", 1, money=5e12, currency="IDR",
                   money_text="Rp 5 triliun"),
    ])
    figure = draw(chart, layout(chart))
    texts = [t.get_text() for t in figure.axes[0].texts] + [t.get_text() for t in figure.texts]
    assert any("$14.3 billion" in text for text in texts)
    assert any("$ Corp $x^2$" in text for text in texts)
    assert not any("\u202e" in text or "\x00" in text for text in texts)
    assert png_size(render_chart(chart))[0] == 1200


def test_the_summary_counts_one_event_as_one_and_names_one_date_once() -> None:
    def event(day: int) -> ChartEvent:
        return ChartEvent(date=DateValue(2025, 9, day, "day"), label="x", sources=1)

    assert chart_summary(TimelineChart(title="A", events=[event(3)]), "en") == "Chart of 1 event, 2025-09-03."
    assert chart_summary(TimelineChart(title="A", events=[event(3), event(3)]), "id") == "Grafik 2 peristiwa, 2025-09-03."
    assert chart_summary(TimelineChart(title="A", events=[event(3), event(9)]), "en") == (
        "Chart of 2 events, 2025-09-03 to 2025-09-09.")


def test_an_empty_chart_draws_and_says_so() -> None:
    chart = TimelineChart(title="Nobody")
    assert chart_summary(chart, "en") == "No dated events to chart."
    assert png_size(render_chart(chart))[0] == 1200


# --------------------------------------------------------------------------- what the text renderers say


def test_text_renderers_give_the_summary(few: Any) -> None:
    answer = few.ask(f"/timeline {COMPANY} chart")
    summary = "Chart of 3 events, 2021-01-04 to 2021-01-12."
    assert render_plain(answer) == f"Timeline: {COMPANY}\n{summary}"
    assert render_pages(answer) == [f"<b>Timeline: {COMPANY}</b>\n\n{summary}"]
    blocks = slack_render(answer).blocks
    assert [b["type"] for b in blocks] == ["header", "section"] and blocks[1]["text"]["text"] == summary
    data = answer_to_dict(answer)
    assert data["chart"]["title"] == COMPANY and len(data["chart"]["events"]) == 3
    assert data["chart"]["events"][0] == {
        "date": "2021-01-04", "text": data["items"][0]["text"], "count": 2, "kind": "funding",
        "date_basis": "stated", "amount": {"value": 10.0e6, "currency": "USD", "text": "$10.0 million"}}
    json.dumps(data)
    indonesian = Answer(command="timeline", query="", chart=answer.chart, lang="id")
    assert render_plain(indonesian) == "Linimasa\nGrafik 3 peristiwa, 2021-01-04 sampai 2021-01-12."


def test_a_timeline_without_chart_is_unchanged(few: Any) -> None:
    plain, chart = few.ask(f"/timeline {COMPANY}"), few.ask(f"/timeline {COMPANY} chart")
    assert plain.chart is None
    assert [i.text for i in plain.items] == [i.text for i in chart.items]
    assert "chart" not in answer_to_dict(plain)


# --------------------------------------------------------------------------- the console


def test_console_writes_the_chart_and_prints_its_path(few: Any, tmp_path: Path) -> None:
    out = io.StringIO()
    run_console(few, stdin=io.StringIO(f"/timeline {COMPANY} chart\n/timeline nosuchname chart\n"), stdout=out)
    lines = out.getvalue().splitlines()
    saved = [line for line in lines if line.startswith("Chart: ")]
    assert len(saved) == 1
    path = Path(saved[0][len("Chart: "):])
    assert path.is_absolute() and path.exists() and path.name == "timeline-acme-robotics.png"
    assert png_size(path.read_bytes())[0] == 1200
    assert "Nothing found for “nosuchname”." in lines


def test_console_json_writes_no_file(few: Any) -> None:
    out = io.StringIO()
    answer_lines(few, ["/timeline chart"], out, as_json=True)
    assert json.loads(out.getvalue())["chart"]["title"] is None
    assert "Chart: " not in out.getvalue()


def test_briefing_ask_chart_prints_a_path_that_exists(few: Any, tmp_path: Path) -> None:
    db = few.settings.database_url.removeprefix("sqlite:///")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "SLACK_", "BRIEFING_"))}
    env["BRIEFING_CHART_DIR"] = str(tmp_path / "out")
    done = subprocess.run([sys.executable, "-m", "bot", "ask", f"/timeline {COMPANY} chart", "--db", db],
                          capture_output=True, text=True, cwd=REPO, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    path = Path(done.stdout.strip().splitlines()[-1].removeprefix("Chart: "))
    assert path.parent == tmp_path / "out" and path.exists()
    bad = subprocess.run([sys.executable, "-m", "bot", "ask", "/timeline nosuchname chart", "--db", db],
                         capture_output=True, text=True, cwd=REPO, env=env, timeout=120)
    assert "Nothing found" in bad.stdout and "Traceback" not in bad.stderr + bad.stdout


# --------------------------------------------------------------------------- import cost


def test_other_commands_do_not_import_matplotlib(few: Any) -> None:
    """The front ends import the chart module; only drawing a chart loads matplotlib."""
    db = few.settings.database_url
    code = (
        "import sys\n"
        "import bot.adapters.telegram, bot.adapters.slack, bot.adapters.console, bot.render.chart\n"
        "from bot.app import BriefingApp\nfrom bot.config import load_settings\n"
        "from bot.render.plain import render_plain\n"
        f"app = BriefingApp.build(load_settings(database_url={db!r}))\n"
        "for line in ('/who', '/timeline', '/timeline Acme Robotics chart', '/search raised'):\n"
        "    render_plain(app.ask(line))\n"
        "assert 'matplotlib' not in sys.modules, 'matplotlib imported'\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "SLACK_", "BRIEFING_"))}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert chart_module.__name__ == "bot.render.chart"


def test_a_chart_draws_the_newest_items_when_there_are_too_many(many: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.answers import timeline as timeline_module

    monkeypatch.setattr(timeline_module, "CHART_EVENTS", 100)
    full = many.ask(f"/timeline {COMPANY} chart").chart
    assert len(full.events) == 100
    assert full.events[-1].date.iso() == "2024-04-14" and full.events[0].date.iso() == "2023-03-15"  # event 200 of 300


def test_an_event_without_sources_is_coloured_as_told_once() -> None:
    from bot.render.chart import SOURCE_COLOURS, colour_of

    assert colour_of(0) == colour_of(1) == SOURCE_COLOURS[0][1]
    assert colour_of(7) == SOURCE_COLOURS[-1][1]
