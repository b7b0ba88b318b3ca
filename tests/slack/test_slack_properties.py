"""Hostile input through the Slack renderer: always within Slack's limits, escaped, free of mentions."""

from __future__ import annotations

import os
import random
import re
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.adapters.slack import SlackAdapter
from bot.answers.commands import commands
from bot.domain import Answer, EntityInfo, Figure, Item, MessageKey, PassageInfo, RoleItem, SourceRef
from bot.render.slack_blocks import MAX_VALUE, decode_value, render, units
from tests.properties import examples
from tests.reliability.tally import record

HOSTILE = [
    "", " ", "<!channel>", "<!here>", "<!everyone>", "<@U123>", "<@W0ABC|boss>", "<#C123|general>",
    "<!subteam^S123>", "<!date^1392734382^{date}|x>", "@here", "@channel", "@everyone", "@HERE please",
    "& < >", "&amp;lt;", "&lt;!channel&gt;", "<https://evil.example|click>", "<javascript:alert(1)|x>",
    "*bold* _it_ ~s~ `code` ```block```", "NEAR(", "NEAR(a b, 3)", '"unbalanced', "a OR b AND NOT c*",
    "'; DROP TABLE articles; --", "1' OR '1'='1", "\x00\x01\x1b[31m\x7f\x85", "\u202eevil\u202c", "\u2066rtl\u2069",
    "مرحبا بالعالم", "שלום", "👩‍👩‍👧‍👦🇮🇩😀" * 3, "\ufeffbom", "\u200b\u200d", "x" * 10_000, "<!channel>" * 1200,
    "&" * 4000, "🙂" * 3000, "line\nbreak\r\n\ttab", "%s %d {0} {name} {query}", "/who", "/briefing help",
]

hostile_text = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(max_size=80),
    st.lists(st.sampled_from(HOSTILE + ["a", " ", "<", ">", "&", "@", "!", "|"]), max_size=8).map("".join),
)


_URLS = ["https://example.com/a?x=1&y=<2>", "http://x.test/#:~:text=a%20b", "javascript:alert(1)", "/source 3",
         "https://e.com/a|b>c", "https://e.com/" + "p" * 3000, None]
# Prebuilt hostile sources: drawing them is cheap, so hypothesis spends its time on the answer shape.
REFS = [
    SourceRef(article_id=i, title=HOSTILE[i % len(HOSTILE)], publisher=HOSTILE[(i * 7) % len(HOSTILE)] if i % 3 else None,
              url=_URLS[i % len(_URLS)], original_url=_URLS[(i * 3) % len(_URLS)], file=None,
              passage=HOSTILE[(i * 5) % len(HOSTILE)], link=_URLS[(i * 2) % len(_URLS)] or "/source 1")
    for i in range(60)
]
refs = st.lists(st.sampled_from(REFS), max_size=3)


@st.composite
def items(draw: Any) -> Item:
    variants = draw(st.lists(st.builds(Figure, value=st.just(1.0), currency=st.none(), text=hostile_text, sources=refs),
                             max_size=3))
    return Item(text=draw(hostile_text), sources=draw(refs), date=draw(st.one_of(st.none(), hostile_text)),
                date_text=draw(st.one_of(st.none(), hostile_text)),
                kind=draw(st.sampled_from([None, "fact", "article", "passage", "hit", "person", "org"])),
                amount=draw(st.one_of(st.none(), st.builds(Figure, value=st.just(1.0), currency=st.none(),
                                                           text=hostile_text))),
                speaker=draw(st.one_of(st.none(), hostile_text)), variants=variants,
                passage=draw(st.one_of(st.none(), st.builds(PassageInfo, index=st.just(1), cited=st.booleans()))))


@st.composite
def answers(draw: Any) -> Answer:
    return Answer(
        command=draw(st.sampled_from(["who", "timeline", "search", "numbers", "quotes", "brief", "help", "sources",
                                      "source", "lang", "follow", "unfollow", "nope", ""])),
        query=draw(hostile_text),
        status=draw(st.sampled_from(["ok", "ok", "ok", "not_found", "ambiguous", "invalid", "error"])),
        message=draw(st.one_of(st.none(), st.sampled_from(list(MessageKey)))),
        entity=draw(st.one_of(st.none(), st.builds(EntityInfo, name=hostile_text, kind=st.sampled_from(
            ["person", "org", "weird<kind>"]), aliases=st.lists(hostile_text, max_size=5)))),
        roles=draw(st.lists(st.builds(RoleItem, person=hostile_text, title=hostile_text,
                                      org=st.one_of(st.none(), hostile_text), former=st.booleans(), sources=refs,
                                      date=st.one_of(st.none(), hostile_text)), max_size=6)),
        items=draw(st.lists(items(), max_size=20)),
        suggestions=draw(st.lists(hostile_text, max_size=12)),
        related=draw(st.lists(hostile_text, max_size=10)),
        total=draw(st.one_of(st.none(), st.integers(0, 10**6))),
        lang=draw(st.sampled_from(["en", "id"])),
    )


# Each example carries dozens of hostile strings (thousands in all); the seeded fuzz below adds
# thousands of cheaper random answers, and the huge-answer test covers sizes hypothesis rarely draws.
PROPERTY_EXAMPLES = int(os.environ.get("SLACK_PROPERTY_EXAMPLES", str(examples(400))))

_LINK = re.compile(r"<(https?://[^|>\s]+)\|([^>]*)>")
_BROADCAST = re.compile(r"@(here|channel|everyone)\b", re.I)


def _check_mrkdwn(text: str) -> None:
    assert isinstance(text, str) and text
    rest = _LINK.sub(lambda m: m.group(2), text)
    assert "<" not in rest and ">" not in rest, text[:300]
    assert not re.search(r"&(?!amp;|lt;|gt;)", rest), text[:300]
    assert not _BROADCAST.search(rest), text[:300]


def _check_plain(text: str) -> None:
    assert text and units(text) <= 150
    assert not re.search(r"<[!@#]", text) and not _BROADCAST.search(text)


def check_message(msg: Any) -> None:
    """Slack's limits, escaping and mention-safety for one rendered page."""
    assert msg.text and units(msg.text) <= 3000
    _check_mrkdwn(msg.text)
    assert 1 <= len(msg.blocks) <= 50
    action_ids: list[str] = []
    for block in msg.blocks:
        kind = block["type"]
        if kind == "header":
            assert block["text"]["type"] == "plain_text"
            _check_plain(block["text"]["text"])
        elif kind == "section":
            assert units(block["text"]["text"]) <= 3000
            _check_mrkdwn(block["text"]["text"])
            for f in block.get("fields", []):
                assert units(f["text"]) <= 2000
                _check_mrkdwn(f["text"])
            assert len(block.get("fields", [])) <= 10
        elif kind == "context":
            assert 1 <= len(block["elements"]) <= 10
            for element in block["elements"]:
                assert units(element["text"]) <= 3000
                _check_mrkdwn(element["text"])
        elif kind == "actions":
            assert 1 <= len(block["elements"]) <= 25
            for element in block["elements"]:
                assert units(element["text"]["text"]) <= 75
                assert not re.search(r"<[!@#]", element["text"]["text"])
                assert units(element["value"]) <= MAX_VALUE
                assert decode_value(element["value"]).get("c") is not None
                action_ids.append(element["action_id"])
        else:
            assert kind == "divider", kind
    assert len(action_ids) == len(set(action_ids))


@settings(max_examples=PROPERTY_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(answer=answers(), page=st.integers(-2, 12), lang=st.sampled_from(["en", "id"]), command=hostile_text,
       shareable=st.booleans())
def test_any_answer_renders_within_limits_escaped_and_mention_free(answer, page, lang, command, shareable):
    msg = render(answer, lang=lang, page=page, command_text=command, shareable=shareable)
    check_message(msg)
    assert 0 <= msg.page < msg.pages
    record("properties: slack", examples=1)


def test_every_page_of_a_huge_answer_is_within_limits():
    ref = SourceRef(1, "<!here>", "Kompas & Co", "https://e.com/a", None, None, "p", "https://e.com/a#x")
    answer = Answer(command="timeline", query="<@U1>", items=[
        Item(text=f"<!channel> event {i} " + "x" * 3500, sources=[ref] * 9, date="2025", date_text="@here",
             variants=[Figure(i, "USD", f"${i}", sources=[ref])] * 12) for i in range(300)])
    first = render(answer, lang="en")
    assert first.pages > 1
    for page in range(first.pages):
        check_message(render(answer, lang="en", page=page))


registry_names = [c.name for c in commands()]


@settings(max_examples=examples(300), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(name=st.sampled_from(registry_names + ["nope", ""]), arg=hostile_text, short=st.booleans())
def test_hostile_command_lines_through_the_app(app, name, arg, short):
    adapter = SlackAdapter(app=app, settings=app.settings, ask=app.ask)
    slack_text = f"{name} {arg}".strip()
    line = adapter.command_line("/briefing", slack_text)
    msg = adapter.answer(line, "slack:T0001:C0001")
    check_message(msg)
    record("properties: slack", examples=1)


def _random_answer(rng: random.Random) -> Answer:
    """A cheap random answer built from the hostile list (many more cases than hypothesis can afford)."""
    def text() -> str:
        return "".join(rng.choice(HOSTILE) for _ in range(rng.randint(1, 3)))

    def some_refs() -> list[SourceRef]:
        return rng.sample(REFS, rng.randint(0, 4))

    return Answer(
        command=rng.choice(["who", "timeline", "search", "numbers", "quotes", "brief", "help", "source", "lang", "x"]),
        query=text(), status=rng.choice(["ok", "ok", "not_found", "ambiguous", "invalid", "error"]),
        message=rng.choice([None, MessageKey.USAGE, MessageKey.UNKNOWN_COMMAND, MessageKey.LANG_SET, rng.choice(list(MessageKey))]),
        entity=rng.choice([None, EntityInfo(name=text(), kind=rng.choice(["person", "org"]), aliases=[text(), text()])]),
        roles=[RoleItem(text(), text(), rng.choice([None, text()]), rng.random() < 0.5, some_refs(), text())
               for _ in range(rng.randint(0, 5))],
        items=[Item(text=text(), sources=some_refs(), date=rng.choice([None, "2025-06", text()]),
                    date_text=rng.choice([None, text()]), speaker=rng.choice([None, text()]),
                    variants=[Figure(1.0, None, text(), sources=some_refs()) for _ in range(rng.randint(0, 3))],
                    kind=rng.choice([None, "fact", "article"]))
               for _ in range(rng.randint(0, 30))],
        suggestions=[text() for _ in range(rng.randint(0, 12))], related=[text() for _ in range(rng.randint(0, 12))],
        total=rng.choice([None, 5, 10**6]), lang=rng.choice(["en", "id"]),
    )


def test_seeded_fuzz_of_random_answers():
    rng = random.Random(20251121)
    for _ in range(FUZZ_ANSWERS):
        answer = _random_answer(rng)
        msg = render(answer, lang=answer.lang, page=rng.randint(0, 4), command_text=rng.choice(HOSTILE),
                     shareable=rng.random() < 0.5)
        check_message(msg)
    record("properties: slack", examples=FUZZ_ANSWERS)


FUZZ_ANSWERS = int(os.environ.get("SLACK_FUZZ_ANSWERS", str(examples(1500))))
