"""/brief tells stories: a headline each with its new facts, deduplicated across outlets; a second outlet's
copy of a story it told is one "also reported by" line; ``since`` takes a span, a month or a day; the
digest is made the same way. Whole outputs are compared for the important cases."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.app import BriefingApp
from bot.delivery.digests import digest_answer
from bot.render.plain import render_plain
from bot.render.slack_blocks import render as render_slack
from bot.render.telegram_html import render_pages
from tests.stories.helpers import SAMPLES, ingest_folder

CHAT = "telegram:9"
ID_LINK = "https://kabarrintisan.example/2026/03/gajiku-phk-180-karyawan"
ID_TITLE = "Gajiku PHK 180 Karyawan Setelah Negosiasi Pendanaan Macet"
EN_LINK = ("https://harbourledger.example/tech/2026/03/gajiku-layoffs#:~:text=Gajiku%2C%20a%20payroll%20and%20earned"
           "%2Dwage%2Daccess,company%20confirmed%20on%20Tuesday.")
EN_LINK_2 = ("https://harbourledger.example/tech/2026/03/gajiku-layoffs#:~:text=The%20layoffs%20come%20after%20talks,"
             "of%20about%20%24150%20million.")
LAYOFFS_ID = ("Perusahaan rintisan penggajian dan akses gaji lebih awal, Gajiku, memutus hubungan kerja (PHK) sekitar 180 "
              "karyawan atau seperlima dari total tenaga kerjanya.")
TALKS_ID = ("PHK terjadi setelah pembicaraan pendanaan Seri C senilai $40 juta yang dipimpin Arcadia Ventures dari "
            "Singapura terhenti bulan lalu.")

FIRST_BRIEF = f"""<b>What is new</b>

• <b>{ID_TITLE}</b>
   ◦ <b>2026-03-10</b> <i>(10/3/2026)</i> — {LAYOFFS_ID} · <a href="{ID_LINK}">{ID_TITLE}</a>
   ◦ <b>2026-02</b> <i>(bulan lalu)</i> — {TALKS_ID} · <a href="{ID_LINK}">{ID_TITLE}</a>"""

AFTER_THE_COPY = f"""<b>What is new</b>

• <b>{ID_TITLE}</b> · also reported by: <a href="{EN_LINK}">The Harbour Ledger</a>"""

EVERYTHING = f"""<b>What is new</b>

• <b>{ID_TITLE}</b>
   ◦ <b>2026-03-10</b> <i>(10/3/2026)</i> — {LAYOFFS_ID} · <a href="{ID_LINK}">{ID_TITLE}</a>, \
<a href="{EN_LINK}">The Harbour Ledger</a> <i>(2 sources)</i>
   ◦ <b>2026-02</b> <i>(bulan lalu)</i> — {TALKS_ID} · <a href="{ID_LINK}">{ID_TITLE}</a>, \
<a href="{EN_LINK_2}">The Harbour Ledger</a> <i>(2 sources)</i>"""


def test_a_second_outlets_copy_is_folded_into_also_reported_by(app: BriefingApp) -> None:
    ingest_folder(app, SAMPLES, ["id-02-gajiku-phk.txt"])
    first = app.ask("/brief", chat_key=CHAT)
    (story,) = first.items
    assert (story.kind, story.text, story.story.also_reported) == ("story", ID_TITLE, False)
    assert [(f.kind, f.date, f.count) for f in story.facts] == [("layoffs", "2026-03-10", 1), ("layoffs", "2026-02", 1)]
    assert render_pages(first)[0] == FIRST_BRIEF
    assert app.ask("/brief", chat_key=CHAT).message == "brief_nothing"  # nothing new since

    ingest_folder(app, SAMPLES, ["en-04-payroll-startup-layoffs.html"])  # the same story, in English, elsewhere
    after = app.ask("/brief", chat_key=CHAT)
    (story,) = after.items
    assert (story.text, story.story.also_reported, story.facts) == (ID_TITLE, True, [])
    assert [s.publisher for s in story.sources] == ["The Harbour Ledger"]
    assert render_pages(after)[0] == AFTER_THE_COPY
    slack = render_slack(after, lang="en").blocks
    assert [b["type"] for b in slack] == ["header", "section", "context", "actions"]
    assert slack[2]["elements"][0]["text"] == f"also reported by: <{EN_LINK}|The Harbour Ledger>"
    assert render_plain(after) == f"What is new\n\n1. {ID_TITLE}\n     also reported by: [The Harbour Ledger] {EN_LINK}"

    # the whole story: each fact once, with both outlets, one link each
    everything = app.ask("/brief all", chat_key=CHAT)
    assert [[len(f.sources) for f in s.facts] for s in everything.items] == [[2, 2]]
    assert render_pages(everything)[0] == EVERYTHING


@pytest.fixture
def seeded_and_samples(sqlite_app: BriefingApp, seeds_dir) -> BriefingApp:  # type: ignore[no-untyped-def]
    ingest_folder(sqlite_app, seeds_dir)
    ingest_folder(sqlite_app, SAMPLES)
    return sqlite_app


def _stories(app: BriefingApp, line: str) -> list[str]:
    answer = app.ask(line, chat_key=CHAT)
    return [item.story.headline for item in answer.items]


def test_since_a_span_a_month_or_a_day(seeded_and_samples: BriefingApp) -> None:
    app = seeded_and_samples
    app.clock = lambda: datetime(2026, 3, 15, 12, 0)
    # published on or after 2026-03-08: Tandai (9, 13, 20 March), Kirimin (12), Gajiku (11, both tellings: the
    # English one, stored first, titles the story), Halcyon (14 April); not Lumora (3), Jalanyuk (5), Vantor (Feb)
    assert set(_stories(app, "/brief 7d")) == {
        "Startup Pelabelan Data AI Tandai Raup Pendanaan $35 Juta, Valuasi Tembus $210 Juta",
        "Startup logistik Kirimin raih pendanaan Rp450 miliar", "Payroll startup Gajiku cuts 180 jobs as funding talks stall",
        "Halcyon Data agrees to buy fraud-detection startup Brightwave for $870M"}
    assert set(_stories(app, "/brief 1w")) == set(_stories(app, "/brief 7d"))
    seeds = "Google Putus Hubungan dengan Scale AI Setelah Akuisisi Meta"
    assert seeds in _stories(app, "/brief 2025-06") and seeds not in _stories(app, "/brief 2026-01")
    # since September 2025 only the October seed is new: the story's June and August articles are known
    october = app.ask("/brief 2025-09-01", chat_key=CHAT).items[-1]
    assert october.story.headline == seeds and october.story.articles == 1
    assert {s.file for f in october.facts for s in f.sources} == {"000_ac1dda0966f9ed44.txt"}
    assert all(f.date is None or f.date >= "2025-09" for f in october.facts)  # not Meta's June stake again
    app.clock = lambda: datetime(2031, 1, 1)
    nothing = app.ask("/brief 24h", chat_key=CHAT)
    assert (nothing.status, nothing.message) == ("not_found", "brief_nothing_in")
    assert render_pages(nothing)[0] == "Nothing new for “24h”."


@pytest.mark.parametrize("since", ["kemarin", "2025-13", "0d", "7 days", "2025-02-30"])
def test_a_period_we_do_not_know_gets_the_usage(sqlite_app: BriefingApp, since: str) -> None:
    answer = sqlite_app.ask(f"/brief {since}", chat_key=CHAT)
    assert (answer.status, answer.message) == ("invalid", "brief_since")
    assert render_pages(answer)[0] == (
        f"“{since}” is not a period. Use 24h, 7d, 2w, a month (2025-06), a day (2025-06-10), all, or nothing for "
        "what is new since your last brief.\nUsage: /brief [24h|7d|2025-06|all]\nExample: /brief 7d")
    with sqlite_app.store.session() as session:
        from db import chats

        assert chats.chat_pref(session=session, chat_key=CHAT) is None  # not counted as a brief


def test_the_digest_tells_the_same_stories(sqlite_app: BriefingApp) -> None:
    app = sqlite_app
    ingest_folder(app, SAMPLES, ["id-02-gajiku-phk.txt"])
    with app.store.session() as session:
        first, newest = digest_answer(session, after_article_id=0, public_url=None, lang="en")
    assert [(i.text, len(i.facts)) for i in first.items] == [(ID_TITLE, 2)]
    ingest_folder(app, SAMPLES, ["en-04-payroll-startup-layoffs.html"])
    with app.store.session() as session:
        second, _ = digest_answer(session, after_article_id=newest, public_url=None, lang="en")
    assert [(i.text, i.story.also_reported) for i in second.items] == [(ID_TITLE, True)]
    assert render_pages(second)[0] == AFTER_THE_COPY.replace("What is new", "Your digest: what is new")
