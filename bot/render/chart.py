"""A timeline as a PNG: events on a time axis, labelled, money as markers scaled by value, sources counted.

``layout`` decides where everything goes (pure Python, no matplotlib); ``render_chart`` draws that with
matplotlib's Agg backend, imported on first use so that other commands never pay for it. Nothing here
reads the database: the chart is drawn from the ``TimelineChart`` of a timeline answer.

Readable for 3 events and for 300: the most-told events (by sources, then money, then a date of their
own) get a label in one of at most ``LANES`` lanes where it does not overlap another; every other event is
a dot stacked in a density strip under the axis (at most ``DOT_ROWS`` high, "+N" above a full stack). The
figure is at most ``WIDTH_IN`` x ``MAX_HEIGHT_IN`` inches at ``DPI``.

Text from articles is drawn with ``parse_math=False``: "$14.3 billion" is not mathtext.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
import textwrap
import threading
from dataclasses import dataclass, field

from bot.domain import ChartEvent, TimelineChart
from bot.render.i18n import register_strings, t

WIDTH_IN = 12.0
MAX_HEIGHT_IN = 9.0
MIN_HEIGHT_IN = 3.4
DPI = 100
FONT_PT = 7.5
LANES = 12  # rows of labels above the axis
LANE_IN = 0.52  # height of one lane (three lines of text)
DOT_ROWS = 8  # rows of the density strip under the axis
DOT_ROW_IN = 0.14
DOT_BINS = 110  # columns of the density strip across the axis
MAX_LABELS = 40
LINE_CHARS = 40  # characters per label line; the event's sentence takes at most two lines
CHAR_IN = FONT_PT * 0.58 / 72  # average width of one character, for packing labels
AXIS_FRACTION = 0.94  # share of the figure's width the axis gets
TOP_IN, BOTTOM_IN = 0.75, 0.7  # room for the title lines, and for the dates and the key
BASE_AREA = 40.0  # marker area (points^2) of an event without money
MONEY_AREA = 520.0  # extra area of the largest figure of a currency
STRIP_BASE, STRIP_MONEY = 18.0, 0.22  # dots of the density strip: base area, share of the money area
SOURCE_COLOURS = ((1, "#9ecae1"), (2, "#6baed6"), (3, "#2171b5"), (5, "#08306b"))  # at least N sources
MONEY_EDGE = "#d95f02"

register_strings(
    {
        "chart_summary": {"en": "Chart of {n} events, {when}.", "id": "Grafik {n} peristiwa, {when}."},
        "chart_summary_one": {"en": "Chart of 1 event, {when}.", "id": "Grafik 1 peristiwa, {when}."},
        "chart_span": {"en": "{first} to {last}", "id": "{first} sampai {last}"},
        "chart_empty": {"en": "No dated events to chart.", "id": "Tidak ada peristiwa bertanggal untuk digrafikkan."},
        "chart_labels": {
            "en": "labelled: the {n} most-told events; dots below the axis: the other {rest}",
            "id": "berlabel: {n} peristiwa yang paling banyak diberitakan; titik di bawah sumbu: {rest} lainnya",
        },
        "chart_key_sources": {"en": "{n} sources", "id": "{n} sumber"},
        "chart_key_source": {"en": "1 source", "id": "1 sumber"},
        "chart_key_money": {"en": "money (area ∝ amount, per currency)", "id": "uang (luas ∝ nilai, per mata uang)"},
        "chart_saved": {"en": "Chart: {path}", "id": "Grafik: {path}"},
        "chart_button": {"en": "📈 Chart", "id": "📈 Grafik"},
        "chart_not_posted": {
            "en": "I could not post the chart in this channel. Invite me to it, then try again.",
            "id": "Grafik tidak bisa saya kirim ke kanal ini. Undang saya ke kanal ini, lalu coba lagi.",
        },
    }
)

_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_LOCK = threading.Lock()  # matplotlib's font cache and text layout are not thread-safe


# --------------------------------------------------------------------------- plain text about a chart


def chart_summary(chart: TimelineChart, lang: str) -> str:
    """"Chart of 12 events, 2016 to 2025-10." (or that there is nothing to draw): every renderer's line."""
    span = chart.span()
    if span is None:
        return t("chart_empty", lang)
    first, last = span
    when = first if first == last else t("chart_span", lang, first=first, last=last)
    return t("chart_summary_one" if len(chart.events) == 1 else "chart_summary", lang, n=len(chart.events), when=when)


def chart_filename(chart: TimelineChart) -> str:
    """"timeline-scale-ai.png" (ASCII, no path separators)."""
    slug = re.sub(r"[^a-z0-9]+", "-", (chart.title or "all").lower()).strip("-")[:60] or "chart"
    return f"timeline-{slug}.png"


# --------------------------------------------------------------------------- layout (no matplotlib)


@dataclass
class Mark:
    """One event on the chart: a marker at (x, y), with a label or as a dot of the density strip."""

    x: float  # days (proleptic ordinal)
    y: float  # lanes above the axis are 1..LANES; the density strip is below 0
    area: float
    colour: str
    money: bool
    label: str | None = None
    align: str = "left"  # the label's side of the marker


@dataclass
class Layout:
    marks: list[Mark] = field(default_factory=list)
    overflow: list[tuple[float, float, int]] = field(default_factory=list)  # (x, y, hidden dots) of full stacks
    x_range: tuple[float, float] = (0.0, 1.0)
    lanes: int = 0
    dot_rows: int = 0

    @property
    def labelled(self) -> int:
        return sum(1 for m in self.marks if m.label)

    def height_in(self) -> float:
        body = LANE_IN * (self.lanes + 1) + DOT_ROW_IN * (self.dot_rows + 2)
        return min(MAX_HEIGHT_IN, max(MIN_HEIGHT_IN, TOP_IN + BOTTOM_IN + body))


def day_of(event: ChartEvent) -> float:
    """The event's place on the axis: a year mid-year, a month mid-month, a day on the day."""
    date = event.date
    if date.precision == "day" and date.month and date.day:
        return float(dt.date(date.year, date.month, date.day).toordinal())
    if date.month and date.precision in ("month", "season"):
        return dt.date(date.year, date.month, 1).toordinal() + 14.0
    return dt.date(date.year, 7, 1).toordinal() + 0.0


def x_range(days: list[float]) -> tuple[float, float]:
    low, high = min(days), max(days)
    pad = max((high - low) * 0.03, 20.0)
    return low - pad, high + pad


def colour_of(sources: int) -> str:
    """The colour for an event told by ``sources`` articles (fewer than one counts as one)."""
    return [colour for least, colour in SOURCE_COLOURS if max(sources, SOURCE_COLOURS[0][0]) >= least][-1]


def marker_areas(events: list[ChartEvent]) -> list[float]:
    """Marker area per event: the base, plus (for money) a share of MONEY_AREA by the square root of the
    value against the largest figure of the same currency (figures in rupiah and dollars do not compare)."""
    largest: dict[str, float] = {}
    for e in events:
        if e.money and e.money > 0:
            key = e.currency or "?"
            largest[key] = max(largest.get(key, 0.0), e.money)
    return [BASE_AREA + MONEY_AREA * math.sqrt(e.money / largest[e.currency or "?"]) if e.money and e.money > 0
            else BASE_AREA for e in events]


def label_text(event: ChartEvent, lang: str) -> str:
    """Three short lines: date · sources · figure, then the sentence wrapped to two lines (cut with …)."""
    head = [event.date.iso(), t("n_sources", lang, n=event.sources) if event.sources != 1 else t("chart_key_source", lang)]
    if event.money_text:
        head.append(safe_text(event.money_text)[:24])
    lines = textwrap.wrap(safe_text(event.label), LINE_CHARS) or [""]
    if len(lines) > 2:
        lines = [lines[0], lines[1][: LINE_CHARS - 1].rstrip() + "…"]
    return "\n".join([" · ".join(head), *lines])


def safe_text(text: str) -> str:
    """Article text fit for a label: no control or bidi characters, single spaces."""
    return re.sub(r"\s+", " ", _UNSAFE.sub(" ", text or "")).strip()


def priority(event: ChartEvent, index: int) -> tuple[int, int, int, int]:
    """Which events earn a label first: most sources, then a money figure, then a date of their own."""
    return (event.sources, 1 if event.money else 0, 0 if event.basis == "reported" else 1, -index)


def layout(chart: TimelineChart, lang: str = "en") -> Layout:
    """Where every event goes: one mark per event, labels packed into lanes, the rest as stacked dots."""
    events = chart.events
    if not events:  # an empty axis around today (the adapters send no chart without events)
        today = float(dt.date.today().toordinal())
        return Layout(x_range=(today - 180, today + 180))
    days = [day_of(e) for e in events]
    result = Layout(x_range=x_range(days))
    areas = marker_areas(events)
    labels = _place_labels(events, days, result.x_range, lang)
    for i, event in enumerate(events):
        lane, align, text = labels.get(i, (None, "left", None))
        result.marks.append(Mark(days[i], float(lane + 1) if lane is not None else 0.0, areas[i],
                                 colour_of(event.sources), bool(event.money), text, align))
    result.lanes = max((int(m.y) for m in result.marks if m.label), default=0)
    _stack_dots(result)
    return result


def _place_labels(events: list[ChartEvent], days: list[float], span: tuple[float, float],
                  lang: str) -> dict[int, tuple[int, str, str]]:
    """Event index -> (lane, side, text) for the events that earn a label and find a free lane."""
    per_inch = (span[1] - span[0]) / (WIDTH_IN * AXIS_FRACTION)  # days per inch of axis
    lanes: list[list[tuple[float, float]]] = [[] for _ in range(LANES)]
    placed: dict[int, tuple[int, str, str]] = {}
    order = sorted(range(len(events)), key=lambda i: priority(events[i], i), reverse=True)
    for i in order[:MAX_LABELS * 3]:
        if len(placed) >= MAX_LABELS:
            break
        text = label_text(events[i], lang)
        width = (max(len(line) for line in text.splitlines()) * CHAR_IN + 0.15) * per_inch
        right = days[i] < span[0] + (span[1] - span[0]) * 0.68  # labels near the right end read leftwards
        interval = (days[i], days[i] + width) if right else (days[i] - width, days[i])
        lane = next((n for n, used in enumerate(lanes) if all(interval[1] < a or interval[0] > b for a, b in used)), None)
        if lane is not None:
            lanes[lane].append(interval)
            placed[i] = (lane, "left" if right else "right", text)
    return placed


def _stack_dots(result: Layout) -> None:
    """Unlabelled events as dots under the axis, stacked per column of the strip: a density plot."""
    low, high = result.x_range
    stacks: dict[int, int] = {}
    for mark in result.marks:
        if mark.label:
            continue
        column = min(DOT_BINS - 1, int((mark.x - low) / (high - low) * DOT_BINS))
        height = stacks.get(column, 0)
        stacks[column] = height + 1
        mark.y = -0.35 - 0.35 * min(height, DOT_ROWS - 1)
        mark.area = STRIP_BASE + (mark.area - BASE_AREA) * STRIP_MONEY  # small enough to stack
    result.dot_rows = min(DOT_ROWS, max(stacks.values(), default=0))
    for column, height in stacks.items():
        if height > DOT_ROWS:
            x = low + (column + 0.5) * (high - low) / DOT_BINS
            result.overflow.append((x, -0.35 - 0.35 * DOT_ROWS, height - DOT_ROWS))


# --------------------------------------------------------------------------- drawing (matplotlib)


def render_chart(chart: TimelineChart, *, lang: str = "en") -> bytes:
    """The chart as PNG bytes (at most WIDTH_IN x MAX_HEIGHT_IN inches at DPI)."""
    import matplotlib

    out = io.BytesIO()
    with _LOCK, matplotlib.rc_context({"text.usetex": False, "font.size": FONT_PT}):
        draw(chart, layout(chart, lang), lang).savefig(out, format="png", dpi=DPI)
    return out.getvalue()


def draw(chart: TimelineChart, plan: Layout, lang: str = "en"):  # type: ignore[no-untyped-def]
    """The matplotlib Figure of ``plan`` on an Agg canvas (the first axes holds one marker per event)."""
    import matplotlib

    matplotlib.use("Agg")  # no display, no GUI toolkit: a server draws into memory
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    height = plan.height_in()
    figure = Figure(figsize=(WIDTH_IN, height), dpi=DPI)
    FigureCanvasAgg(figure)
    bottom, top = BOTTOM_IN / height, 1 - TOP_IN / height
    axes = figure.add_axes((0.03, bottom, AXIS_FRACTION, top - bottom))
    _draw_marks(axes, plan)
    _draw_axes(axes, plan)
    _draw_titles(figure, chart, plan, lang)
    _draw_key(figure, lang)
    return figure


def _draw_marks(axes, plan: Layout) -> None:  # type: ignore[no-untyped-def]
    from matplotlib.dates import date2num

    def num(day: float) -> float:
        return float(date2num(dt.datetime.fromordinal(int(day)))) + (day - int(day))

    xs = [num(m.x) for m in plan.marks]
    for mark, x in zip(plan.marks, xs, strict=True):
        if mark.label:
            axes.plot([x, x], [0, mark.y], color="#bdbdbd", linewidth=0.6, zorder=1)
            gap = math.sqrt(mark.area) / 2 + 4  # points: clear of the marker, however large
            axes.annotate(mark.label, (x, mark.y), xytext=(gap if mark.align == "left" else -gap, 0),
                          textcoords="offset points", ha=mark.align, va="center", fontsize=FONT_PT,
                          parse_math=False, zorder=4, annotation_clip=False,
                          bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "#d9d9d9", "alpha": 0.9})
    axes.scatter(xs, [m.y for m in plan.marks], s=[m.area for m in plan.marks], c=[m.colour for m in plan.marks],
                 edgecolors=[MONEY_EDGE if m.money else "white" for m in plan.marks],
                 linewidths=[1.6 if m.money else 0.4 for m in plan.marks], alpha=0.9, zorder=3)
    for x, y, hidden in plan.overflow:
        axes.text(num(x), y - 0.3, f"+{hidden}", ha="center", va="top", fontsize=FONT_PT - 1, parse_math=False)


def _draw_axes(axes, plan: Layout) -> None:  # type: ignore[no-untyped-def]
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num

    low, high = (float(date2num(dt.datetime.fromordinal(int(d)))) for d in plan.x_range)
    axes.set_xlim(low, high)
    bottom = -0.35 - 0.35 * plan.dot_rows - (0.6 if plan.overflow else 0.2)
    axes.set_ylim(min(bottom, -0.5), max(plan.lanes, 1) + 0.7)
    axes.axhline(0, color="#525252", linewidth=1.0, zorder=2)
    locator = AutoDateLocator(minticks=4, maxticks=12)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    axes.yaxis.set_visible(False)
    for side in ("left", "right", "top"):
        axes.spines[side].set_visible(False)
    axes.grid(axis="x", color="#f0f0f0", linewidth=0.6, zorder=0)


def _draw_titles(figure, chart: TimelineChart, plan: Layout, lang: str) -> None:  # type: ignore[no-untyped-def]
    name = safe_text(chart.title or "")[:80]
    title = t("timeline_of", lang, name=name) if name else t("timeline", lang)
    height = plan.height_in()
    figure.text(0.03, 1 - 0.15 / height, title, fontsize=FONT_PT + 5, fontweight="bold", va="top", parse_math=False)
    line = chart_summary(chart, lang)
    if len(chart.events) > plan.labelled:
        line += "  " + t("chart_labels", lang, n=plan.labelled, rest=len(chart.events) - plan.labelled)
    figure.text(0.03, 1 - 0.45 / height, line, fontsize=FONT_PT + 1, color="#525252", va="top",
                parse_math=False)


def _draw_key(figure, lang: str) -> None:  # type: ignore[no-untyped-def]
    from matplotlib.lines import Line2D

    def dot(colour: str, edge: str = "white", size: float = 7.0) -> Line2D:
        return Line2D([], [], marker="o", linestyle="", markerfacecolor=colour, markeredgecolor=edge, markersize=size)

    handles = [dot(colour) for _least, colour in SOURCE_COLOURS] + [dot("#6baed6", MONEY_EDGE, 11.0)]
    names = [t("chart_key_source", lang)] + [t("chart_key_sources", lang, n=bucket) for bucket in _buckets()]
    figure.legend(handles, [*names, t("chart_key_money", lang)], loc="lower center", ncol=len(handles),
                  frameon=False, fontsize=FONT_PT, bbox_to_anchor=(0.5, 0.0))


def _buckets() -> list[str]:
    """The source-count buckets after the first, as the key names them: "2", "3–4", "5+"."""
    lows = [least for least, _colour in SOURCE_COLOURS]
    names = [str(low) if high - low == 1 else f"{low}–{high - 1}" for low, high in zip(lows[1:], lows[2:], strict=False)]
    return [*names, f"{lows[-1]}+"]
