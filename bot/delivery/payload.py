"""An ``Answer`` to JSON and back, so the outbox stores exactly what was decided."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from bot.domain import (
    Answer,
    ArticleInfo,
    CommandHelp,
    EntityInfo,
    EventInfo,
    FeedInfo,
    Figure,
    Item,
    MessageKey,
    PassageInfo,
    RoleItem,
    ScheduleInfo,
    SourceRef,
    StoryInfo,
)

# An item's parts by field name (bot.domain.Item), each read back as its dataclass.
_PARTS: dict[str, Any] = {"story": StoryInfo, "article": ArticleInfo, "passage": PassageInfo, "help": CommandHelp,
                          "feed": FeedInfo, "schedule": ScheduleInfo, "entity": EntityInfo}


def dump(answer: Answer) -> str:
    return json.dumps(dataclasses.asdict(answer), ensure_ascii=False, sort_keys=True)


def _ref(data: dict[str, Any]) -> SourceRef:
    return SourceRef(**data)


def _figure(data: dict[str, Any] | None) -> Figure | None:
    if data is None:
        return None
    return Figure(**{**data, "sources": [_ref(s) for s in data.get("sources", [])]})


def _item(data: dict[str, Any]) -> Item:
    data = _from_extra(dict(data))
    data["sources"] = [_ref(s) for s in data.get("sources", [])]
    data["amount"] = _figure(data.get("amount"))
    data["variants"] = [_figure(v) for v in data.get("variants", [])]
    data["facts"] = [_item(f) for f in data.get("facts", [])]
    for name, part in _PARTS.items():
        if data.get(name) is not None:
            data[name] = part(**data[name])
    if data.get("event") is not None:
        data["event"] = EventInfo(**{**data["event"], "order": tuple(data["event"]["order"])})
    return Item(**data)


def _from_extra(data: dict[str, Any]) -> dict[str, Any]:
    """An item queued before items had typed parts kept them in a dict, ``extra``; the outbox holds only
    alerts (whose extra said nothing the variants do not) and digests (stories and their facts' counts)."""
    extra = data.pop("extra", None) or {}
    if "count" in extra:
        data["count"] = extra["count"]
    if data.get("kind") == "story" and "story" in extra:
        data["story"] = {"id": extra["story"], "headline": extra.get("headline") or "",
                         "articles": extra.get("articles", 0), "also_reported": bool(extra.get("also_reported")),
                         "more_facts": extra.get("more_facts", 0)}
    return data


def load(text: str) -> Answer:
    data = json.loads(text)
    data["message"] = MessageKey(data["message"]) if data.get("message") else None
    data["entity"] = EntityInfo(**data["entity"]) if data.get("entity") else None
    data["roles"] = [RoleItem(**{**r, "sources": [_ref(s) for s in r["sources"]]}) for r in data.get("roles", [])]
    data["items"] = [_item(i) for i in data.get("items", [])]
    return Answer(**data)
