"""The renderers moved out of the adapters: Slack's App Home and the source pages, from plain data (that they
load no answer or database module is checked with the others in tests/test_imports.py)."""

from __future__ import annotations

from bot.render.slack_home import home_view
from bot.render.source_page import StoredArticle, article_body


def test_home_lists_the_commands_it_is_given() -> None:
    view = home_view({"articles": 2, "entities": 3, "events": 4}, lang="en", slash="/briefing",
                     commands=[("/who NAME", "Who it is", "/who Mercor")], follows=[])
    texts = [b["text"]["text"] for b in view["blocks"] if b["type"] == "section"]
    assert texts[0] == "I know *2* articles, *3* people and organisations, and *4* events."
    assert "`/briefing who NAME` — Who it is\n      _Example: /briefing who Mercor_" in texts
    assert texts[-1] == "*Following*\nNothing followed yet."


def test_source_page_marks_the_cited_passage_and_shows_only_given_links() -> None:
    article = StoredArticle(id=4, title="T & <b>", links=[("Original article", "https://e.example/a?x=1&y=2")],
                            passages=[(0, "one"), (1, "two <i>")])
    assert article_body(article, cited=1) == (
        '<article><h1>T &amp; &lt;b&gt;</h1><dl><dt>Article</dt><dd>#4</dd></dl>'
        '<p class="source"><a href="https://e.example/a?x=1&amp;y=2" rel="noopener noreferrer nofollow">'
        'Original article</a></p>'
        '<p id="p0"><a class="n" href="#p0">0</a>one</p>'
        '<p id="p1" class="cited"><a class="n" href="#p1">1</a><mark>two &lt;i&gt;</mark></p></article>'
        "<footer>Stored copy kept by the briefing bot, for checking citations. Read-only.</footer>"
    )
