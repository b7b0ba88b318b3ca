"""An ``Answer`` to JSON and back, so the outbox stores exactly what was decided."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from bot.domain import Answer, EntityInfo, Item, RoleItem, SourceRef


def dump(answer: Answer) -> str:
    return json.dumps(dataclasses.asdict(answer), ensure_ascii=False, sort_keys=True)


def _ref(data: dict[str, Any]) -> SourceRef:
    return SourceRef(**data)


def _item(data: dict[str, Any]) -> Item:
    data = dict(data)
    data["sources"] = [_ref(s) for s in data.get("sources", [])]
    data["variants"] = [{**v, "sources": [_ref(s) for s in v.get("sources", [])]} for v in data.get("variants", [])]
    data["facts"] = [_item(f) for f in data.get("facts", [])]
    return Item(**data)


def load(text: str) -> Answer:
    data = json.loads(text)
    data["entity"] = EntityInfo(**data["entity"]) if data.get("entity") else None
    data["roles"] = [RoleItem(**{**r, "sources": [_ref(s) for s in r["sources"]]}) for r in data.get("roles", [])]
    data["items"] = [_item(i) for i in data.get("items", [])]
    return Answer(**data)
