"""Telegram HTML renderer: literal outputs for hand-built answers, and hostile input as a property."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.domain import (
    Answer,
    ArticleInfo,
    CommandHelp,
    EntityInfo,
    Figure,
    Item,
    MessageKey,
    PassageInfo,
    RoleItem,
    SourceRef,
)
from bot.render.telegram_html import is_http_url, render_pages
from tests.properties import examples
from tests.reliability.tally import record
from tests.telegram.htmlcheck import problems, units


def ref(article_id: int, publisher: str | None, link: str, title: str | None = "T") -> SourceRef:
    return SourceRef(article_id, title, publisher, None, None, None, "passage", link)


def test_who_literal() -> None:
    answer = Answer(
        command="who",
        query="Mercor",
        entity=EntityInfo("Mercor", "org", ["Mercor Inc."]),
        roles=[
            RoleItem("Brendan Foody", "CEO", "Mercor", False, [ref(3, "TechCrunch", "https://tc.example/a#:~:text=x")]),
            RoleItem("Ana <Smith>", "CFO", "Mercor", True, [ref(4, None, "/source 4", title="Laporan & Co")]),
        ],
        items=[Item("Mercor raised $100m", [ref(3, "TechCrunch", "https://tc.example/a"), ref(4, None, "/source 4")])],
        related=["Scale AI", "Surge"],
    )
    assert render_pages(answer, lang="en") == [
        "<b>Mercor</b> · <i>organisation</i>\n\n"
        "<i>Also called:</i> Mercor Inc.\n\n"
        "<b>Roles</b>\n"
        '• <b>Brendan Foody</b> — CEO · <a href="https://tc.example/a#:~:text=x">TechCrunch</a>\n'
        "• <b>Ana &lt;Smith&gt;</b> — <i>former</i> CFO · Laporan &amp; Co /src_4\n\n"
        "<b>Key facts</b>\n"
        '• Mercor raised $100m · <a href="https://tc.example/a">TechCrunch</a>, T /src_4 <i>(2 sources)</i>\n\n'
        "<b>Related</b>\nScale AI · Surge"
    ]
    assert render_pages(answer, lang="id")[0].startswith(
        "<b>Mercor</b> · <i>organisasi</i>\n\n<i>Disebut juga:</i> Mercor Inc.\n\n<b>Jabatan</b>"
    )


def test_timeline_item_dates_sources_and_variants() -> None:
    a, b = ref(1, "Tempo", "https://tempo.example/x"), ref(2, "Kompas", "/source 2")
    item = Item(
        "Meta invested in Scale AI", [a, b], date="2025-06", date_text="Musim panas ini",
        variants=[Figure(14e9, "USD", "$14 miliar", sources=[a]), Figure(14.3e9, "USD", "$14,3 miliar", sources=[b])],
    )
    page = render_pages(Answer("timeline", "Scale AI", entity=EntityInfo("Scale AI", "org"), items=[item]), lang="en")[0]
    assert page == (
        "<b>Timeline: Scale AI</b>\n\n"
        "• <b>2025-06</b> <i>(Musim panas ini)</i> — Meta invested in Scale AI · "
        '<a href="https://tempo.example/x">Tempo</a>, Kompas /src_2 <i>(2 sources)</i>\n'
        '   ↳ <i>Figures differ:</i> $14 miliar (<a href="https://tempo.example/x">Tempo</a>) · '
        "$14,3 miliar (Kompas /src_2)"
    )


def test_statuses_use_i18n_strings() -> None:
    assert render_pages(Answer("who", "Merc", status="ambiguous", suggestions=["Mercor", "Merck"]), lang="en") == [
        "<b>Did you mean …</b>\n• Mercor\n• Merck"
    ]
    assert render_pages(Answer("who", "Xq<", status="not_found", message=MessageKey.NOT_FOUND, suggestions=["Mercor"]),
                        lang="id") == ["Tidak ditemukan apa pun untuk “Xq&lt;”.\nNama terdekat: Mercor"]
    assert render_pages(Answer("search", "", status="invalid", message=MessageKey.USAGE, usage="/search TEXT",
                               example="/search layoffs"), lang="en") == [
        "Usage: /search TEXT\nExample: /search layoffs"
    ]
    assert render_pages(Answer("who", "x", status="error", message=MessageKey.INTERNAL_ERROR), lang="en") == [
        "Sorry, something went wrong on our side. Please try again."
    ]


def test_links_only_for_http() -> None:
    for bad in ("javascript:alert(1)", "/source 3", "ftp://x.example", 'https://x.example/"><script>', "https://"):
        assert not is_http_url(bad)
        page = render_pages(Answer("search", "q", items=[Item("t", [ref(3, "Outlet", bad)])]), lang="en")[0]
        assert "<a " not in page and "/src_3" in page and not problems(page)
    assert is_http_url("https://example.com/a?b=1&c=2#:~:text=x")


def test_pages_split_between_items_with_header_and_footer() -> None:
    items = [Item(f"item {n} " + "é" * 50, [ref(n, "Outlet", f"https://o.example/{n}")]) for n in range(200)]
    pages = render_pages(Answer("search", "q", items=items), lang="en")
    assert len(pages) > 1
    joined = "".join(pages)
    for n in range(200):
        assert joined.count(f"• item {n} ") == 1  # every item whole, exactly once
    for number, page in enumerate(pages, 1):
        assert not problems(page), problems(page)
        assert page.startswith("<b>Search: q</b>\n\n")
        assert page.endswith(f"<i>Page {number}/{len(pages)}</i>")


def test_emoji_count_as_two_units() -> None:
    items = [Item("😀" * 1000, [ref(1, "O", "https://o.example")]) for _ in range(5)]
    for page in render_pages(Answer("search", "q", items=items), lang="en"):
        assert units(page) <= 4096 and not problems(page)


# --------------------------------------------------------------------------- hostile input

HOSTILE = [
    "", " ", "<script>alert(1)</script>", "&", "&amp;", "&#0;", "& < > \" '", "<b>", "</b>", "<i><b>", "<a href=x>",
    "NEAR(", '" OR 1=1 --', "'; DROP TABLE articles; --", "\u202eevil\u202c", "\u2067rtl\u2069", "\u200b\u200d\ufeff",
    "مرحبا بالعالم", "שלום", "👨‍👩‍👧‍👦🏳️‍🌈", "\x00\x01\x07\x1b[31m", "\r\n\t", "%s%n{0}{name}", "javascript:alert(1)",
    "https://ok.example/?a=<b>&c=\"d\"", "Ṁéřçøř", "\U0001f600" * 3000, "x" * 10000, "<" * 5000, "&" * 3000,
]
hostile_text = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(max_size=200),
    st.builds(lambda s, n: s * n, st.sampled_from([h for h in HOSTILE[1:] if len(h) < 100]), st.integers(1, 400)),
)
maybe_text = st.one_of(st.none(), hostile_text)
links = st.one_of(hostile_text, st.builds(lambda s: "https://x.example/" + s, hostile_text))
refs = st.builds(
    SourceRef, article_id=st.integers(0, 10**9), title=maybe_text, publisher=maybe_text, url=maybe_text,
    original_url=st.none(), file=maybe_text, passage=hostile_text, link=links,
)
variants = st.lists(
    st.builds(Figure, value=st.floats(allow_nan=False), currency=maybe_text, text=hostile_text,
              sources=st.lists(refs, max_size=3)), max_size=3
)
items = st.builds(
    Item, text=hostile_text, sources=st.lists(refs, max_size=4), date=maybe_text, date_text=maybe_text,
    kind=st.one_of(st.none(), st.sampled_from(["fact", "direct", "refusal", "reported", "person", "command"])),
    speaker=maybe_text, variants=variants,
    amount=st.one_of(st.none(), st.builds(Figure, value=st.just(1.0), currency=st.none(), text=hostile_text)),
    passage=st.one_of(st.none(), st.builds(PassageInfo, index=st.integers(0, 99), cited=st.booleans())),
    help=st.one_of(st.none(), st.builds(CommandHelp, name=hostile_text, usage=hostile_text, example=hostile_text)),
    article=st.one_of(st.none(), st.builds(ArticleInfo, id=st.integers(0, 99), publisher=maybe_text,
                                           language=st.none(), url=maybe_text, file=maybe_text)),
)
roles = st.builds(RoleItem, person=hostile_text, title=hostile_text, org=maybe_text, former=st.booleans(),
                  sources=st.lists(refs, max_size=3), date=maybe_text)
answers = st.builds(
    Answer,
    command=st.sampled_from(["who", "timeline", "search", "sources", "source", "numbers", "quotes", "help",
                             "brief", "lang", "ingest", "follow", "nonsense", ""]),
    query=hostile_text,
    status=st.sampled_from(["ok", "ok", "ok", "not_found", "ambiguous", "invalid", "error"]),
    message=st.one_of(st.none(), st.sampled_from(list(MessageKey))),
    entity=st.one_of(st.none(), st.builds(EntityInfo, name=hostile_text, kind=st.one_of(
        st.sampled_from(["org", "person", "place"]), hostile_text), aliases=st.lists(hostile_text, max_size=4))),
    roles=st.lists(roles, max_size=4),
    items=st.lists(items, max_size=8),
    suggestions=st.lists(hostile_text, max_size=4),
    related=st.lists(hostile_text, max_size=4),
    total=st.one_of(st.none(), st.integers(0, 10**6)),
)


def answers_around(s: str) -> list[Answer]:
    """One hostile string in every slot an article or a user can fill."""
    source = SourceRef(1, s, s, s, s, s, s, s)
    linked = SourceRef(2, s, s, None, None, None, s, "https://x.example/" + s)
    item = Item(s, [source, linked], date=s, date_text=s, speaker=s, variants=[Figure(1.0, s, s, sources=[linked])],
                amount=Figure(1.0, None, s), help=CommandHelp(s, s, s), article=ArticleInfo(3, s, None, s, s),
                passage=PassageInfo(3, cited=True))
    role = RoleItem(s, s, s, True, [source], date=s)
    entity = EntityInfo(s, "org", [s, s + "x"])
    return [
        Answer("who", s, entity=entity, roles=[role], items=[item] * 3, related=[s, s]),
        Answer("timeline", s, entity=entity, items=[item] * 5, total=99),
        *(Answer(c, s, items=[item]) for c in ("search", "sources", "source", "numbers", "quotes", "help", "ingest")),
        Answer("who", s, status="not_found", message=MessageKey.NOT_FOUND, suggestions=[s]),
        Answer("who", s, status="ambiguous", suggestions=[s, s]),
        Answer("search", s, status="invalid", message=MessageKey.BAD_SEARCH),
        Answer("nonsense", s, status="invalid", message=MessageKey.UNKNOWN_COMMAND, suggestions=[s]),
    ]


@settings(max_examples=examples(1500), deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(text=hostile_text, lang=st.sampled_from(["en", "id"]))
def test_thousands_of_hostile_strings_render_valid_pages(text: str, lang: str) -> None:
    for answer in answers_around(text):
        for page in render_pages(answer, lang=lang):
            assert not problems(page), (problems(page), answer.command, page[:500])
    record("properties: telegram", examples=1)


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(answer=answers, lang=st.sampled_from(["en", "id", "xx", ""]))
def test_hostile_answers_render_valid_pages(answer: Answer, lang: str) -> None:
    pages = render_pages(answer, lang=lang)
    assert pages
    for page in pages:
        assert not problems(page), (problems(page), page[:500])
    record("properties: telegram", examples=1)


COMMANDS = ["/who", "/timeline", "/search", "/sources", "/source", "/src_", "/numbers", "/quotes", "/help", "/lang",
            "/brief", "/follow", "/ingest", "/nonsense", "", "/who@TestBot", "/cari"]


@settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow, HealthCheck.data_too_large])
@given(command=st.sampled_from(COMMANDS), arg=hostile_text, lang=st.sampled_from(["en", "id", None]))
def test_hostile_commands_through_the_app(app: Any, command: str, arg: str, lang: str | None) -> None:
    answer = app.ask(f"{command} {arg}" if command else arg, lang=lang, chat_key="telegram:1")
    for page in render_pages(answer, lang=answer.lang):
        assert not problems(page), (problems(page), page[:500])
    record("properties: telegram", examples=1)
