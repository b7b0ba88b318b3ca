"""Alerts are decided once per (chat, fact): new facts only, a repeated story is silent, a changed figure says so."""

from __future__ import annotations

from bot.app import BriefingApp
from bot.delivery import payload
from db import outbox
from db import stories as queries_stories
from tests.delivery.helpers import FUNDING, FUNDING_CORRECTED, LAYOFFS, LAYOFFS_COPY, PROFILE, Clock, put

CHATS = ("telegram:5", "slack:T1:C1")


def _queued(app: BriefingApp) -> list:  # type: ignore[type-arg]
    with app.store.session() as session:
        return [(d.chat_key, d.kind, d.status, payload.load(d.payload)) for d in outbox.deliveries(session=session)]


def test_one_alert_per_chat_for_a_new_fact_and_none_for_another_outlets_copy(app: BriefingApp) -> None:
    clock = Clock()
    put(app, PROFILE, "https://a.example/profile")
    for chat in CHATS:
        assert app.ask("/follow Nusantara Robotics", chat_key=chat).status == "ok"
    assert app.decide(clock()) == (0, 0)  # nothing after the follow

    put(app, LAYOFFS, "https://b.example/layoffs")
    assert app.decide(clock())[0] == 2
    queued = _queued(app)
    assert sorted(q[0] for q in queued) == sorted(CHATS)
    for _chat, kind, status, answer in queued:
        assert (kind, status, answer.message, answer.entity.name) == ("alert", "pending", "new_facts", "Nusantara Robotics")
        assert [i.text for i in answer.items] == [LAYOFFS.split("\n\n")[1].strip()]
        assert answer.items[0].sources[0].url == "https://b.example/layoffs"
    assert app.decide(clock()) == (0, 0)  # decided once

    put(app, LAYOFFS_COPY, "https://c.example/cuts")  # the same story from a second outlet
    assert app.decide(clock()) == (0, 0)
    assert len(_queued(app)) == 2


def test_a_differing_figure_is_an_alert_that_shows_both(app: BriefingApp) -> None:
    clock = Clock()
    put(app, PROFILE, "https://a.example/profile")
    app.ask("/follow Nusantara Robotics", chat_key="telegram:7")
    put(app, FUNDING, "https://d.example/funding")
    assert app.decide(clock())[0] == 1
    put(app, FUNDING_CORRECTED, "https://e.example/funding")
    assert app.decide(clock())[0] == 1
    first, second = (q[3] for q in _queued(app))
    assert "$20 million" in first.items[0].text and not first.items[0].variants
    item = second.items[0]
    assert "$25 million" in item.text
    assert [(v.value, v.currency) for v in item.variants] == [(20_000_000.0, "USD")]
    assert item.variants[0].sources[0].url == "https://d.example/funding"
    put(app, FUNDING_CORRECTED.replace("Corrected", "Again"), "https://f.example/funding")
    assert app.decide(clock()) == (0, 0)  # the corrected figure is known now


def test_a_mention_is_no_fact(app: BriefingApp) -> None:
    put(app, PROFILE, "https://a.example/profile")
    app.ask("/follow Nusantara Robotics", chat_key="telegram:8")
    put(app, "Robots In Surabaya\n\nSURABAYA – Several firms such as Nusantara Robotics have offices in the city, "
             "according to the local chamber.\n", "https://g.example/offices")
    assert app.decide() == (0, 0)


BACKER = ("Garuda Ventures Backs Robot Makers\n\nJAKARTA – Garuda Ventures, a Jakarta fund, has backed robot makers such "
          "as Nusantara Robotics since 2024, its partner Budi Santoso said.\n")
INVESTMENT = ("Garuda Ventures Invests In Nusantara Robotics\n\nJAKARTA – Garuda Ventures invested $5 million in Nusantara "
              "Robotics in June 2026, its partner Budi Santoso said.\n")
INVESTMENT_ID = ("Garuda Ventures Suntik Nusantara Robotics\n\nJAKARTA – Garuda Ventures menginvestasikan $5 juta di "
                 "Nusantara Robotics pada Juni 2026, kata mitranya, Budi Santoso.\n")


def test_two_followed_names_of_one_event_make_one_alert_and_its_copy_none(app: BriefingApp) -> None:
    clock = Clock()
    put(app, PROFILE, "https://a.example/profile")
    put(app, BACKER, "https://a.example/backer")
    for name in ("Nusantara Robotics", "Garuda Ventures"):
        assert app.ask(f"/follow {name}", chat_key="telegram:5").status == "ok"
    invest = put(app, INVESTMENT, "https://b.example/invest")
    assert app.decide(clock()) == (1, 0)  # one event, two followed names: one alert
    (alert,) = _queued(app)
    assert [i.text for i in alert[3].items] == [INVESTMENT.split("\n\n")[1].strip()]
    copy = put(app, INVESTMENT_ID, "https://c.example/suntik", language="id")  # another outlet, in Indonesian
    assert app.decide(clock()) == (0, 0)
    with app.store.session() as session:
        stories = queries_stories.stories_of(session=session, article_ids=[invest, copy])
    assert stories[invest] == stories[copy]  # one story
