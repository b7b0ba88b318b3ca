"""Every command's answers on the seed articles, through the three renderers: the console's plain text,
Telegram's HTML and Slack's blocks show the same entries (items, and each story's facts) in the same
order, each with its own text and the same number of sources, the same "… and N more", the same
section headings, and, for an answer that is only a message, the same message.

Each rendering is read as a person would read it (tests/render/readings.py), in English and in
Indonesian. The expected values come from the answer, so a renderer that drops, repeats or invents an
entry, miscounts sources, or says something else than the others fails here.
"""

from __future__ import annotations

import re

import pytest

from bot.answers.commands import commands, parse_command
from bot.app import BriefingApp
from bot.domain import Answer, Item
from bot.render.blocks import Entry, HelpLine, ItemBlock, NameLine, StoryBlock, answer_title, layout, speech
from bot.render.i18n import outlet_name, t
from tests.conftest import make_app, require_seeds
from tests.core.test_chat_commands import mock_fetcher
from tests.render.readings import READERS, Reading

LINES = [
    "/who Mercor", "/who Scale AI", "/who Alexandr Wang", "/who", "/who Labs", "/who Zyxwv Quuxcorp",
    "/timeline", "/timeline Scale AI", "/timeline Mercor chart",
    "/search layoffs", "/search Meta", "/search",
    "/numbers Scale AI", "/quotes Sarah Friar", "/quotes Scale AI",
    "/brief all", "/brief", "/brief 7d", "/brief someday",
    "/follow Mercor", "/follow", "/unfollow Mercor",
    "/digest daily 08:00 Asia/Jakarta", "/digest", "/digest off",
    "/sources", "/source 3", "/source 1 p2",
    "/help", "/help who", "/start", "/nosuch", "/lang fr",
    "/feeds", "/addfeed https://news.example/feed.xml 15m", "/feeds", "/removefeed 1",
    "/ingest https://news.example/acme https://news.example/gone",
]
# (command, renderer) that show fewer sources on purpose (the reason beside it).


@pytest.fixture(scope="module")
def answers(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, int], Answer]:
    """{(lang, n): the answer to LINES[n]}, asked in order in one chat per language (a line may come twice:
    /feeds before and after /addfeed)."""
    seeds = require_seeds()
    app: BriefingApp = make_app(tmp_path_factory.mktemp("agree") / "briefing.db")
    assert not app.ingest([str(seeds)], manifest=str(seeds / "manifest.json")).failed
    app.fetcher_factory = mock_fetcher
    asked = {}
    for lang in ("en", "id"):
        assert app.ask(f"/lang {lang}", chat_key=f"t:{lang}").status == "ok"
        for n, line in enumerate(LINES):
            asked[(lang, n)] = app.ask(line, chat_key=f"t:{lang}", is_admin=True, limit=200)
    app.close()
    return asked


def expected_entries(answer: Answer) -> list[tuple[Item, int]]:
    """(entry, sources it shows): each item, and under a story its new facts (a story that is only
    retold shows its outlets; one with facts shows them under each fact)."""
    entries = []
    for item in answer.items:
        if item.kind == "story":
            retold = item.story.also_reported or not item.facts
            entries.append((item, len(item.sources) if retold else 0))
            entries += [(fact, len(fact.sources)) for fact in item.facts]
        else:
            entries.append((item, len(item.sources)))
    return entries


def expected_more(answer: Answer) -> list[int]:
    more = [i.story.more_facts for i in answer.items if i.story and i.story.more_facts]
    if answer.total is not None and answer.total > len(answer.items):
        more.append(answer.total - len(answer.items))
    return more


def expected_headings(answer: Answer) -> list[str]:
    profile = answer.command == "who" and answer.entity is not None
    return (["roles"] * bool(answer.roles) + ["key_facts"] * bool(profile and answer.items)
            + ["related"] * bool(answer.related))


def _shown(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def laid_out(answer: Answer) -> list[Entry]:
    """The layout's entries in the order of ``expected_entries``: each entry, and under a story its facts."""
    return [part for entry in layout(answer).entries
            for part in ([entry, *entry.facts] if isinstance(entry, StoryBlock) else [entry])]


def check_laid_out(block: Entry, shown: str) -> None:
    """What the layout decided an entry shows, each renderer shows: its date as resolved and as written, its
    figure (/numbers), each differing figure, the name's kind, a command's example."""
    shown = _shown(shown)
    if isinstance(block, ItemBlock):
        dates = [part for part in (block.date.resolved, block.date.written) if part] if block.date else []
        # before the text, which may say the same words ("tahun ini")
        assert all(-1 < shown.find(_shown(part)[:40]) < shown.find(_shown(block.text)) for part in dates), (dates, shown)
        parts = [block.figure] + [variant.text for variant in block.variants]
        assert all(_shown(part)[:40] in shown for part in parts), (parts, shown)
    elif isinstance(block, NameLine):
        assert block.kind in shown, (block.kind, shown)
    elif isinstance(block, HelpLine):  # Slack spells "/who Mercor" as "/briefing who Mercor"
        assert _shown(block.example).lstrip("/") in shown, (block.example, shown)


def check_items(answer: Answer, renderer: str, reading: Reading) -> None:
    entries = expected_entries(answer)
    assert len(reading.entries) == len(entries), reading.entries
    for block, shown in zip(laid_out(answer), reading.entries, strict=True):
        check_laid_out(block, shown)
    for (item, sources), shown, counted in zip(entries, reading.entries, reading.sources, strict=True):
        assert _shown(item.text) in _shown(shown), (item.text, shown)
        if item.speaker:  # the speaker's own words in quotation marks, never reported speech; a refusal says so
            assert (f"“{_shown(item.text)}”" in _shown(shown), t("refused_comment", answer.lang) in shown) == (
                speech(item)), (item.kind, shown)
        if answer.command == "source":  # the article is named once, above its passages, not under each
            assert counted == 0, shown[-200:]
        else:
            assert counted == sources, (item.text[:60], shown[-200:])
            # each cited article by the same name (the first three: Telegram counts the rest)
            for ref in item.sources[:3] if sources else []:
                name = f"[{outlet_name(ref)[:50]}" if renderer == "console" else outlet_name(ref)[:50]  # not the URL
                assert name in shown, (name, shown[-300:])
    if answer.command == "source":
        article = answer.items[0].sources[0]
        assert (article.title or outlet_name(article))[:50] in " ".join(reading.lines[:2]), reading.lines[:2]
    assert reading.more == expected_more(answer)
    assert reading.headings == expected_headings(answer)


def check_roles_and_related(answer: Answer, reading: Reading) -> None:
    """One line per role, naming the person (unless the profile is theirs), the title, the organisation
    (unless the profile is its) and whether it is a former role; the related names, all, in order."""
    assert len(reading.roles) == len(answer.roles), reading.roles
    subject = answer.entity.name if answer.entity else None
    for role, line in zip(answer.roles, reading.roles, strict=True):
        named = [role.title] + [n for n in (role.person, role.org) if n and n != subject]
        assert all(part in line for part in named) and (t("former", answer.lang) in line) == role.former, line
    assert reading.related == answer.related


def _message_lines(reading: Reading) -> list[str]:
    """The visible lines with Slack's "/briefing who" read as "/who"."""
    return [re.sub(r"/briefing (\w)", r"/\1", line) for line in reading.lines]


@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize("line", range(len(LINES)), ids=LINES)
def test_the_three_renderers_show_the_same_answer(answers: dict[tuple[str, int], Answer], line: int,
                                                  lang: str) -> None:
    answer = answers[(lang, line)]
    assert answer.lang == lang and answer.status != "error", (answer.status, answer.message)
    readings = {name: read(answer) for name, read in READERS.items()}
    title = answer_title(answer, lang)
    if answer.status == "ok" and title:  # "Timeline: Scale AI" first, everywhere
        assert [r.lines[0] for r in readings.values()] == [title] * 3
    if answer.status == "ok" and answer.items and answer.chart is None:
        for renderer, reading in readings.items():
            check_items(answer, renderer, reading)
            check_roles_and_related(answer, reading)
        if answer.message:  # its heading ("Ingested: 1 new, …", "Digest scheduled"): the console's first line
            heading = readings["console"].lines[0]
            assert all(heading in _message_lines(r) for r in readings.values()), heading
    elif answer.status == "ambiguous":  # names laid out each its way (a line, bullets, buttons): checked below
        assert all(r.lines[0].strip("*").startswith(t("ambiguous", lang)) for r in readings.values())
        assert answer.suggestions
    else:  # a message, a problem or a chart's caption: the console's lines on Telegram, its message on Slack
        console = _message_lines(readings["console"])
        assert console and _message_lines(readings["telegram"]) == console
        assert console[0] in _message_lines(readings["slack"])  # Slack may add a title or its own help
    for suggestion in answer.suggestions[:8]:
        assert all(suggestion in " ".join(_message_lines(r)) for r in readings.values()), suggestion


def test_the_lines_ask_every_command_and_reach_every_shape(answers: dict[tuple[str, int], Answer]) -> None:
    asked = {parse_command(line)[0] for line in LINES}
    assert {c.name for c in commands()} <= asked
    english = [answers[("en", n)] for n in range(len(LINES))]
    assert {"ok", "not_found", "ambiguous", "invalid"} <= {a.status for a in english}
    assert any(r.former for a in english for r in a.roles) and any(a.related for a in english) and any(a.chart for a in english)
    assert any(i.kind == "story" and i.facts for a in english for i in a.items)
    assert any(len(i.sources) > 1 for a in english for i in a.items)
    assert {"direct", "reported", "refusal"} <= {i.kind for a in english if a.command == "quotes" for i in a.items}
    assert any(expected_more(a) for a in english)
    feeds = [len(answers[("en", n)].items) for n, line in enumerate(LINES) if line == "/feeds"]
    assert feeds == [0, 1]  # none, then the one added
    ingest = answers[("en", len(LINES) - 1)]
    assert t("ingested", "en", new=1, updated=0, unchanged=0, failed=1) in READERS["console"](ingest).lines
