"""The renderer-neutral layout (bot/render/blocks.py): every content decision an answer's renderings share,
made once. The renderers' agreement on the seeds is tests/render/test_renderers_agree.py."""

from __future__ import annotations

from bot.domain import (
    Answer,
    CommandHelp,
    EntityInfo,
    Figure,
    Item,
    MessageKey,
    PassageInfo,
    RoleItem,
    SourceRef,
    StoryInfo,
)
from bot.render.blocks import DateLabel, HelpLine, ItemBlock, NameLine, RoleLine, StoryBlock, Variant, layout


def ref(article_id: int, passage_id: int | None = None, publisher: str = "Kabar") -> SourceRef:
    return SourceRef(article_id, None, publisher, None, None, None, "passage", f"/source {article_id}",
                     passage_id=passage_id)


def test_a_timeline_entry_carries_its_date_basis_written_date_figures_and_each_source_once() -> None:
    item = Item("Calder bought Rutekita.", sources=[ref(1, 10), ref(1, 10), ref(2, 20)], date="2026-04",
                date_text="April", date_basis="reported", kind="acquisition",
                variants=[Figure(310e6, "USD", "$310 million", sources=[ref(1, 10)]), Figure(4.2e8, "USD", "")])
    page = layout(Answer(command="timeline", query="Calder", items=[item], total=3))
    (entry,) = page.entries
    assert entry == ItemBlock(1, "Calder bought Rutekita.", [ref(1, 10), ref(2, 20)], DateLabel("reported 2026-04", "April"),
                              variants=[Variant("$310 million", [ref(1, 10)]), Variant("4.2e+08", [])])
    assert entry.counted and page.title == "Timeline: Calder" and page.more == 2
    undated = layout(Answer(command="timeline", query="", items=[Item("x", sources=[ref(1)])], lang="id")).entries[0]
    assert isinstance(undated, ItemBlock) and undated.date == DateLabel("tanpa tanggal")
    same = layout(Answer(command="search", query="x", items=[Item("x", sources=[ref(1)], date="2026", date_text="2026")]))
    assert isinstance(same.entries[0], ItemBlock) and same.entries[0].date == DateLabel("2026")


def test_a_figure_is_shown_beside_its_text_on_numbers_only() -> None:
    item = Item("Tandai raised $35 million.", sources=[ref(1)], amount=Figure(35e6, "USD", "$35 million"))
    numbers = layout(Answer(command="numbers", query="Tandai", items=[item])).entries[0]
    brief_fact = layout(Answer(command="timeline", query="", items=[item])).entries[0]
    assert isinstance(numbers, ItemBlock) and numbers.figure == "$35 million"
    assert isinstance(brief_fact, ItemBlock) and brief_fact.figure == ""  # the sentence states it


def test_a_profile_sees_its_roles_from_the_subject() -> None:
    answer = Answer(command="who", query="tandai", entity=EntityInfo("Tandai", "org", ["PT Tandai", "Tandai"]),
                    roles=[RoleItem("Bima", "CEO", "Tandai", False, [ref(1)]),
                           RoleItem("Ayu", "advisor", "Nusa", True, [ref(2)], date="2025")],
                    items=[Item("Tandai raised.", sources=[ref(1)], kind="fact")])
    page = layout(answer)
    assert (page.title, page.profile and page.profile.kind, page.profile and page.profile.aliases) == (
        "Tandai", "organisation", ["PT Tandai"])
    assert page.roles == [RoleLine("Bima", "CEO", None, False, None, [ref(1)]),
                          RoleLine("Ayu", "advisor", "Nusa", True, "2025", [ref(2)])]
    assert page.facts_heading
    person = layout(Answer(command="who", query="bima", entity=EntityInfo("Bima", "person"), roles=answer.roles[:1]))
    assert person.roles[0].person is None and person.roles[0].org == "Tandai" and not person.facts_heading


def test_lists_of_names_help_and_stories() -> None:
    names = layout(Answer(command="who", query="", message=MessageKey.PEOPLE_ORGS, items=[
        Item("Tandai", kind="org", entity=EntityInfo("Tandai", "org", mentions=4))]))
    assert names.title == "People and organisations" and names.entries == [NameLine(1, "Tandai", "organisation", 4)]
    assert names.entries[0].about == "organisation, 4"  # type: ignore[union-attr]
    helped = layout(Answer(command="help", query="", items=[
        Item("Who it is", kind="command", help=CommandHelp("who", "/who NAME", "/who Mercor"))]))
    assert helped.entries == [HelpLine("/who NAME", "Who it is", "/who Mercor")]
    fact = Item("Gajiku cut 180 jobs.", sources=[ref(1)], date="2026-03", count=1)
    story = Item("Gajiku layoffs", kind="story", sources=[ref(1), ref(2)], facts=[fact],
                 story=StoryInfo(7, "Gajiku cuts", 2, also_reported=False, more_facts=3))
    retold = Item("Gajiku layoffs", kind="story", sources=[ref(3)], facts=[fact],
                  story=StoryInfo(8, "Gajiku layoffs", 1, also_reported=True, more_facts=0))
    told, again = layout(Answer(command="brief", query="all", items=[story, retold])).entries
    assert isinstance(told, StoryBlock) and told.continues == "continues “Gajiku cuts”" and told.more == "… and 3 more"
    assert [f.text for f in told.facts] == ["Gajiku cut 180 jobs."]
    assert isinstance(again, StoryBlock) and again.facts == [] and again.retold == "also reported by: "


def test_a_source_passage_knows_whether_it_was_asked_for() -> None:
    items = [Item("Before.", sources=[ref(3)], kind="passage", passage=PassageInfo(1, False)),
             Item("Cited.", sources=[ref(3)], kind="passage", passage=PassageInfo(2, True))]
    page = layout(Answer(command="source", query="3 p2", items=items))
    assert page.title == "Source 3 p2" and page.article == ref(3)
    assert [(e.passage, e.sources) for e in page.entries if isinstance(e, ItemBlock)] == [("context", []), ("cited", [])]


def test_problems_say_one_message_and_what_else_helps() -> None:
    found = layout(Answer(command="who", query="Mercr", status="not_found", message=MessageKey.NOT_FOUND,
                          suggestions=["Mercor"])).problem
    assert found is not None and (found.message, found.nearest) == ("Nothing found for “Mercr”.", ["Mercor"])
    own = layout(Answer(command="removefeed", query="9", status="not_found", message=MessageKey.FEED_NOT_FOUND)).problem
    assert own is not None and own.message == "No feed with that ID. See /feeds."  # instead of "Nothing found"
    usage = layout(Answer(command="search", query="", status="invalid", message=MessageKey.USAGE,
                          usage="/search TEXT", example="/search layoffs")).problem
    assert usage is not None and (usage.message, usage.usage, usage.example) == ("", "/search TEXT", "/search layoffs")
    admin = layout(Answer(command="ingest", query="x", status="invalid", message=MessageKey.ADMIN_ONLY,
                          usage="/ingest URL")).problem
    assert admin is not None and (admin.message, admin.usage) == ("Only admins can do that.", "")
    unknown = layout(Answer(command="help", query="nosuch", status="invalid", message=MessageKey.UNKNOWN_COMMAND,
                            suggestions=["/who", "/help"])).problem
    assert unknown is not None and unknown.commands == ["/who", "/help"] and unknown.key == "unknown_command"
    error = layout(Answer(command="who", query="x", status="error", message=MessageKey.INTERNAL_ERROR)).problem
    assert error is not None and error.message.startswith("Sorry")


def test_an_ok_answer_with_nothing_to_show_still_says_so() -> None:
    page = layout(Answer(command="search", query="", items=[]))
    assert page.title == "Search: " and not page.message
    empty = layout(Answer(command="quotes", query="", items=[], lang="id"))
    assert empty.title == "Kutipan: "
    bare = layout(Answer(command="nosuch", query="zz", items=[]))
    assert bare.message == "Nothing found for “zz”."
