"""The Slack App Home tab as a Block Kit view: what the bot knows, the latest articles, how to use it, and
the chat's follows.  The adapter gathers them (store stats, the command table, /follow); this only builds."""

from __future__ import annotations

from typing import Any

from bot.render.i18n import register_strings, t
from bot.render.slack_blocks import context, esc, header, help_units, safe_url, section

MAX_LATEST = 10

register_strings(
    {
        "slack_home_title": {"en": "Briefing", "id": "Briefing"},
        "slack_home_counts": {
            "en": "I know *{articles}* articles, *{entities}* people and organisations, and *{events}* events.",
            "id": "Saya mengetahui *{articles}* artikel, *{entities}* tokoh dan organisasi, serta *{events}* peristiwa.",
        },
        "slack_home_latest": {"en": "Latest articles", "id": "Artikel terbaru"},
        "slack_home_how": {"en": "How to use", "id": "Cara pakai"},
        "slack_home_how_intro": {
            "en": "Type these in any channel; answers are only visible to you until you share them.",
            "id": "Ketik perintah ini di kanal mana pun; jawaban hanya terlihat oleh Anda sampai Anda membagikannya.",
        },
        "slack_home_unavailable": {
            "en": "The store is not available right now.",
            "id": "Penyimpanan sedang tidak tersedia.",
        },
        "slack_home_no_follows": {"en": "Nothing followed yet.", "id": "Belum ada yang diikuti."},
    }
)


def _get(obj: Any, key: str) -> Any:
    return obj.get(key) if isinstance(obj, dict) else getattr(obj, key, None)


def article_line(article: Any) -> str:
    """"<url|Title> — Publisher, 2025-06" (title as plain text when there is no web link)."""
    title = esc(_get(article, "title") or _get(article, "file") or "?")
    url = safe_url(_get(article, "url")) or safe_url(_get(article, "original_url"))
    line = f"<{url}|{title.replace('|', '¦')}>" if url else f"*{title}*"
    meta = [esc(x) for x in (_get(article, "publisher"), _get(article, "published")) if x]
    return "• " + line + (" — " + ", ".join(meta) if meta else "")


def home_view(
    stats: dict[str, Any] | None,
    *,
    lang: str,
    slash: str,
    commands: list[tuple[str, str, str]],
    follows: list[Any] | None = None,
) -> dict[str, Any]:
    """The ``views.publish`` view for the Home tab (well under its 100-block limit); ``commands`` are the
    (usage, summary, example) of the commands to show, ``follows`` None when they are unavailable."""
    blocks: list[dict[str, Any]] = [header(t("slack_home_title", lang))]
    if stats is None:
        blocks.append(section(esc(t("slack_home_unavailable", lang))))
    else:
        counts = {k: _count(stats.get(k)) for k in ("articles", "entities", "events")}
        blocks.append(section(t("slack_home_counts", lang, **counts)))
        latest = list(stats.get("latest") or stats.get("latest_articles") or [])[:MAX_LATEST]
        if latest:
            blocks.append(section(f"*{esc(t('slack_home_latest', lang))}*\n" + "\n".join(article_line(a) for a in latest)))
        elif not counts["articles"]:
            blocks.append(section(esc(t("empty_store", lang))))
    blocks.append({"type": "divider"})
    blocks.append(section(f"*{esc(t('slack_home_how', lang))}*\n{esc(t('slack_home_how_intro', lang))}"))
    for unit in help_units(slash, lang, commands):
        blocks.extend(unit)
    if follows is not None:
        blocks.append({"type": "divider"})
        names = [esc(_get(f, "name") or f) for f in follows[:50]]
        text = ", ".join(names) if names else esc(t("slack_home_no_follows", lang))
        blocks.append(section(f"*{esc(t('follows', lang))}*\n{text}"))
    blocks.append(context(esc(f"{slash} help")))
    return {"type": "home", "blocks": blocks[:100]}


def _count(value: Any) -> int:
    try:
        return int(value or 0)
    except (TypeError, ValueError):
        return 0
