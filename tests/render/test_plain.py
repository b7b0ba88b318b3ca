"""The plain-text renderer (console chat, ``briefing ask``): whole outputs for the important shapes."""

from __future__ import annotations

from bot.domain import Answer, EntityInfo, Figure, Item, MessageKey, RoleItem, SourceRef
from bot.render.plain import render_plain


def ref(article_id: int, publisher: str | None, link: str, title: str | None = None) -> SourceRef:
    return SourceRef(article_id, title, publisher, None, None, None, "passage", link)


ONE = ref(1, "Kabar Rintisan", "https://kabar.example/a#:~:text=Tandai")
TWO = ref(2, None, "/source 2", title="Tandai opens a hub")


def test_who_with_aliases_roles_facts_and_related() -> None:
    answer = Answer(
        command="who", query="tandai", entity=EntityInfo("Tandai", "org", ["PT Tandai"]),
        roles=[RoleItem("Bima Santoso", "CEO", "Tandai", False, [ONE]),
               RoleItem("Ayu Lestari", "CTO", "Tandai", True, [TWO])],
        items=[Item("Tandai raised $35 million.", sources=[ONE], date="2026-03", date_text="March", kind="fact")],
        related=["Lintas Capital", "Nusa Ventures"], total=3,
    )
    assert render_plain(answer) == (
        "Tandai (organisation)\n"
        "Also called: PT Tandai\n"
        "\n"
        "Roles:\n"
        "- Bima Santoso: CEO\n"
        "     ↳ [Kabar Rintisan] https://kabar.example/a#:~:text=Tandai\n"
        "- Ayu Lestari: former CTO\n"
        "     ↳ [Tandai opens a hub] /source 2\n"
        "\n"
        "Key facts:\n"
        "1. 2026-03 (March) — Tandai raised $35 million.\n"
        "     ↳ [Kabar Rintisan] https://kabar.example/a#:~:text=Tandai\n"
        "\n"
        "Related: Lintas Capital, Nusa Ventures\n"
        "… and 2 more"
    )


def test_timeline_item_with_basis_several_sources_and_differing_figures() -> None:
    item = Item("Calder bought Rutekita.", sources=[ONE, TWO], date="2026-04", date_text="April", date_basis="reported",
                kind="acquisition",
                variants=[Figure(310e6, "USD", "$310 million", sources=[ONE]), Figure(420e6, "USD", "$420 million", sources=[TWO])])
    answer = Answer(command="timeline", query="", items=[item], total=1)
    assert render_plain(answer) == (
        "Timeline\n"
        "\n"
        "1. reported 2026-04 (April) — Calder bought Rutekita.\n"
        "     Figures differ: $310 million — [Kabar Rintisan] https://kabar.example/a#:~:text=Tandai\n"
        "     Figures differ: $420 million — [Tandai opens a hub] /source 2\n"
        "     2 sources:\n"
        "     ↳ [Kabar Rintisan] https://kabar.example/a#:~:text=Tandai\n"
        "     ↳ [Tandai opens a hub] /source 2"
    )


def test_numbers_and_quotes_show_the_amount_and_the_speaker() -> None:
    numbers = Answer(command="numbers", query="Tandai", items=[
        Item("Tandai raised $35 million.", sources=[ONE], amount=Figure(35e6, "USD", "$35 million"))])
    assert render_plain(numbers).splitlines()[:3] == [
        "Numbers: Tandai", "", "1. Tandai raised $35 million.  [$35 million]"]
    quotes = Answer(command="quotes", query="Bima", items=[Item("We will hire.", sources=[ONE], speaker="Bima Santoso")])
    assert render_plain(quotes).splitlines()[:3] == ["Quotes: Bima", "", "1. Bima Santoso: We will hire."]


def test_problems_are_one_short_message() -> None:
    assert render_plain(Answer(command="who", query="Mercr", status="not_found", suggestions=["Mercor", "Meta"])) == (
        "Nothing found for “Mercr”.\nNearest names: Mercor, Meta")
    assert render_plain(Answer(command="who", query="Scale", status="ambiguous", suggestions=["Scale AI", "Scale"])) == (
        "Did you mean … Scale AI, Scale?")
    usage = {"usage": "/search TEXT", "example": "/search layoffs"}
    assert render_plain(Answer(command="search", query="", status="invalid", message=MessageKey.USAGE, **usage)) == (
        "Usage: /search TEXT\nExample: /search layoffs")
    assert render_plain(Answer(command="search", query="", status="invalid", message=MessageKey.USAGE, lang="id",
                               **usage)).startswith("Cara pakai: /search TEXT")
    assert render_plain(Answer(command="brief", query="x", status="invalid", message=MessageKey.BRIEF_SINCE, usage="/brief [7d]")
                        ).splitlines()[1:] == ["Usage: /brief [7d]"]  # the message, then the usage
    assert render_plain(Answer(command="ingest", query="", status="invalid", message=MessageKey.ADMIN_ONLY, usage="/ingest URL")
                        ) == "Only admins can do that."


def test_ingest_counts_come_from_the_report() -> None:
    answer = Answer(command="ingest", query="https://a.example/x https://a.example/y", message=MessageKey.INGESTED, items=[
        Item("new: https://a.example/x", kind="new"), Item("failed: https://a.example/y: HTTP 404", kind="failed")])
    assert render_plain(answer) == (
        "Ingested: 1 new, 0 updated, 0 unchanged, 1 failed.\n"
        "\n"
        "1. new: https://a.example/x\n"
        "2. failed: https://a.example/y: HTTP 404"
    )


def test_a_message_about_a_name_is_the_message_not_the_names_profile_line() -> None:
    following = Answer(command="follow", query="tandai", message=MessageKey.FOLLOWING, entity=EntityInfo("Tandai", "org"))
    assert render_plain(following) == "Following Tandai. You will get new facts about it."
    names = Answer(command="who", query="", message=MessageKey.PEOPLE_ORGS, total=1,
                   items=[Item("Tandai", kind="org", entity=EntityInfo("Tandai", "org", mentions=4))])
    assert render_plain(names) == "People and organisations\n\n1. Tandai (organisation, 4)"


def test_an_unknown_command_lists_the_commands() -> None:
    answer = Answer(command="nosuch", query="", status="invalid", message=MessageKey.UNKNOWN_COMMAND, suggestions=["/who", "/help"])
    assert render_plain(answer) == "Unknown command. Try /help.\n/who /help"


def test_quotes_mark_own_words_and_refusals_but_not_reported_speech() -> None:
    answer = Answer(command="quotes", query="Tandai", items=[
        Item("We will hire.", sources=[ONE], speaker="Bima Santoso", kind="direct"),
        Item("the company would hire", sources=[ONE], speaker="Bima Santoso", kind="reported"),
        Item("", sources=[TWO], speaker="Tandai", kind="refusal")])
    assert [line for line in render_plain(answer).splitlines() if not line.startswith(" ")] == [
        "Quotes: Tandai", "", "1. Bima Santoso: “We will hire.”", "2. Bima Santoso: the company would hire", "3. Tandai: declined to comment"]


def test_an_article_without_publisher_or_title_is_named_by_its_site_then_its_file() -> None:
    on_the_web = SourceRef(1, None, None, "https://www.znews.vn/a", None, "000_a.txt", "p", "https://www.znews.vn/a#x")
    local = SourceRef(2, None, "", None, None, "002_b.txt", "p", "/source 2")
    answer = Answer(command="search", query="x", items=[Item("A.", sources=[on_the_web]), Item("B.", sources=[local])])
    assert render_plain(answer).splitlines()[2:] == [
        "1. A.", "     ↳ [znews.vn] https://www.znews.vn/a#x", "2. B.", "     ↳ [002_b.txt] /source 2"]
