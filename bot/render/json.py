"""The stable JSON contract of ``briefing ask --json`` (documented in the README)."""

from __future__ import annotations

import json
from typing import Any

from bot.domain import Answer, ChartEvent, Item


def _item(item: Item) -> dict[str, Any]:
    data: dict[str, Any] = {
        "text": item.text,
        "date": item.date,
        "date_text": item.date_text,
        "sources": [s.to_json() for s in item.sources],
    }
    if item.date_basis:
        data["date_basis"] = item.date_basis
    if item.kind:
        data["kind"] = item.kind
    if item.amount is not None:
        data["amount"] = {"value": item.amount.value, "currency": item.amount.currency, "text": item.amount.text}
    if item.speaker is not None:
        data["speaker"] = item.speaker
    if item.variants:
        data["variants"] = [
            {"text": v.text, "value": v.value, "currency": v.currency, "sources": [s.to_json() for s in v.sources]}
            for v in item.variants
        ]
    if item.kind and item.count is not None:
        data["count"] = item.count
    if item.kind == "story":
        data["also_reported"] = bool(item.story and item.story.also_reported)
        data["facts"] = [_item(fact) for fact in item.facts]
    return data


def answer_to_dict(answer: Answer) -> dict[str, Any]:
    data: dict[str, Any] = {
        "command": answer.command,
        "query": answer.query,
        "status": answer.status if answer.status != "error" else "error",
        "items": [_item(i) for i in answer.items],
        "suggestions": list(answer.suggestions),
    }
    if answer.message:
        data["message"] = answer.message
    if answer.entity is not None:
        data["entity"] = {"name": answer.entity.name, "kind": answer.entity.kind, "aliases": answer.entity.aliases}
    if answer.command == "who" and answer.entity is not None:
        data["roles"] = [
            {"person": r.person, "title": r.title, "org": r.org, "former": r.former, "sources": [s.to_json() for s in r.sources]}
            for r in answer.roles
        ]
        data["related"] = list(answer.related)
    if answer.total is not None:
        data["total"] = answer.total
    if answer.usage:
        data["usage"] = answer.usage
        data["example"] = answer.example
    if answer.chart is not None:
        data["chart"] = {"title": answer.chart.title, "events": [_chart_event(e) for e in answer.chart.events]}
    return data


def _chart_event(event: ChartEvent) -> dict[str, Any]:
    data: dict[str, Any] = {"date": event.date.iso(), "text": event.label, "count": event.sources,
                            "kind": event.kind, "date_basis": event.basis}
    if event.money is not None:
        data["amount"] = {"value": event.money, "currency": event.currency, "text": event.money_text}
    return data


def render_json(answer: Answer) -> str:
    return json.dumps(answer_to_dict(answer), ensure_ascii=False)
