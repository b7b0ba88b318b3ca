"""The outbox keeps each decided alert and digest as JSON (bot.delivery.payload): read back, it is the same
answer, typed parts and all, and a row queued before items had typed parts (their ``extra`` dict) still reads."""

from __future__ import annotations

import json

from bot.delivery import payload
from bot.domain import Answer, EntityInfo, Figure, Item, MessageKey, SourceRef, StoryInfo

REF = SourceRef(3, "Tandai raises", "Kabar", "https://kabar.example/a", None, None, "Tandai raised $35 million.",
                "https://kabar.example/a#:~:text=Tandai", passage_id=9, passage_index=0, published="2026-03-02")
OLD_REF = {**REF.to_json(), "article_id": 2, "passage_id": 5, "passage_index": 1, "published": None}


def _digest() -> Answer:
    fact = Item("Tandai raised $35 million.", [REF], date="2026-03", date_text="March", date_basis="stated",
                kind="funding", count=1,
                variants=[Figure(35e6, "USD", "$35 million", sources=[REF]),
                          Figure(30e6, "USD", "$30 million", sources=[SourceRef(**OLD_REF)])])
    money = Item("", [REF], kind="money", amount=Figure(35e6, "USD", "$35 million"), count=1)
    story = Item("Tandai raises $35 million", [REF], date="2026-03-02", kind="story", facts=[fact, money],
                 story=StoryInfo(id=4, headline="Tandai opens a hub", articles=2, also_reported=False, more_facts=3))
    return Answer(command="digest", query="", message=MessageKey.DIGEST_TITLE, items=[story], total=1, lang="id")


def test_an_answer_reads_back_the_same() -> None:
    digest = _digest()
    assert payload.load(payload.dump(digest)) == digest
    alert = Answer(command="follow", query="Tandai", message=MessageKey.NEW_FACTS, entity=EntityInfo("Tandai", "org", id=1),
                   items=[digest.items[0].facts[0]], total=1)
    assert payload.load(payload.dump(alert)) == alert
    assert json.loads(payload.dump(alert))["message"] == "new_facts"


def _legacy(item: dict) -> dict:  # type: ignore[type-arg]
    """An item as the outbox stored it before typed parts: its extras in ``extra``, no part fields."""
    return {"text": item["text"], "sources": item["sources"], "date": item["date"], "date_text": item["date_text"],
            "date_basis": item["date_basis"], "kind": item["kind"], "amount": item["amount"], "speaker": None,
            "variants": item["variants"], "facts": [_legacy(f) for f in item["facts"]], "extra": {}}


def test_a_row_queued_before_typed_parts_reads_as_the_typed_answer() -> None:
    digest = _digest()
    old = json.loads(payload.dump(digest))
    old["items"] = [_legacy(old["items"][0])]
    story = old["items"][0]
    story["extra"] = {"story": 4, "headline": "Tandai opens a hub", "articles": 2, "also_reported": False,
                      "more_facts": 3}
    for fact in story["facts"]:
        fact["extra"] = {"count": 1}
        if fact["amount"]:
            fact["amount"] = {"value": 35e6, "currency": "USD", "text": "$35 million"}  # as brief stored it
    for variant in story["facts"][0]["variants"]:
        del variant["unit"]
    story["facts"][0]["extra"]["conflict"] = True  # an alert's, said by its variants
    assert payload.load(json.dumps(old)) == digest
