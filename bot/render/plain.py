"""Plain text for the console chat and ``briefing ask``."""

from __future__ import annotations

from bot.domain import Answer, Item, SourceRef
from bot.render.chart import chart_summary
from bot.render.i18n import (
    answer_title,
    dated,
    ingest_counts,
    outlet_name,
    speech,
    story_texts,
    t,
    usage_shown,
)


def _cite(source: SourceRef) -> str:
    return f"[{outlet_name(source)}] {source.link}"


def _date(item: Item, lang: str) -> str:
    if not item.date:
        return ""
    resolved = dated(item.date, item.date_basis, lang)
    if item.date_text and item.date_text.lower() != item.date.lower():
        return f"{resolved} ({item.date_text})"
    return resolved


def _item_lines(item: Item, lang: str, number: int) -> list[str]:
    if item.kind == "story":
        return _story_lines(item, lang, number)
    head = f"{number}. "
    date = _date(item, lang)
    if date:
        head += f"{date} — "
    if item.speaker:
        head += f"{item.speaker}: "
    direct, refused = speech(item)
    if direct:
        head += f"“{item.text}”"
    elif refused:
        head += t("refused_comment", lang) + (f" — {item.text}" if item.text else "")
    else:
        head += item.text
    if item.amount:
        head += f"  [{item.amount.text}]"
    lines = [head]
    for variant in item.variants:
        cites = "; ".join(_cite(s) for s in variant.sources)
        lines.append(f"     {t('figures_differ', lang)}: {variant.text} — {cites}")
    if len(item.sources) > 1:
        lines.append("     " + t("n_sources", lang, n=len(item.sources)) + ":")
    for source in item.sources:
        lines.append(f"     ↳ {_cite(source)}")
    return lines


def _story_lines(item: Item, lang: str, number: int) -> list[str]:
    """A story of /brief or a digest: its headline, then its new facts, or the outlets that only retold it."""
    continues, retold, more = story_texts(item, lang)
    head = f"{number}. {item.text}" + (f" ({continues})" if continues else "")
    if retold or not item.facts:
        return [head] + ([f"     {retold}" + "; ".join(_cite(s) for s in item.sources)] if item.sources else [])
    lines = [head] + ["   " + line for n, fact in enumerate(item.facts, 1) for line in _item_lines(fact, lang, n)]
    return lines + (["   " + more] if more else [])


def render_plain(answer: Answer) -> str:
    lang = answer.lang
    if answer.status in ("not_found", "ambiguous", "invalid", "error"):
        return _problem(answer).strip() or t("invalid", lang)
    if answer.chart is not None:  # the picture is the answer; the console prints where it is
        return f"{answer_title(answer, lang)}\n{chart_summary(answer.chart, lang)}"
    out = _head_lines(answer) + _role_lines(answer) + _items_lines(answer)
    if answer.related:
        out += ["", f"{t('related', lang)}: " + ", ".join(answer.related)]
    if answer.total and answer.total > len(answer.items):
        out.append(t("more_items", lang, n=answer.total - len(answer.items)))
    # An answer with nothing to show still says so: the console never prints an empty reply.
    return "\n".join(out).strip() or t("not_found", lang, query=answer.query)


_MESSAGE_COMMANDS = ("help", "start", "lang", "brief", "follow", "unfollow", "ingest", "digest", "feeds", "addfeed",
                     "removefeed")


def _head_lines(answer: Answer) -> list[str]:
    """The message of a command about the chat or the store, the answer's title, or the entity (a profile)
    and its other names."""
    lang = answer.lang
    # "Following Mercor" rather than Mercor's profile line; "People and organisations" above /who's list
    if answer.message and (answer.command in _MESSAGE_COMMANDS or answer.entity is None):
        name = answer.entity.name if answer.entity else answer.query
        return [t(answer.message, lang, name=name, query=answer.query, **ingest_counts(answer))]
    title = answer_title(answer, lang)  # "Timeline: Scale AI", as on Telegram and Slack
    if title:
        return [title]
    if answer.entity is not None:
        ent = answer.entity
        aliases = [f"{t('aliases', lang)}: " + ", ".join(ent.aliases)] if ent.aliases else []
        return [f"{ent.name} ({t('kind_' + ent.kind, lang)})", *aliases]
    return []


def _role_lines(answer: Answer) -> list[str]:
    if not answer.roles:
        return []
    out = ["", t("roles", answer.lang) + ":"]
    for role in answer.roles:
        former = f"{t('former', answer.lang)} " if role.former else ""
        org = f", {role.org}" if role.org else ""
        out.append(f"- {role.person}: {former}{role.title}{org}")
        out.extend(f"     ↳ {_cite(source)}" for source in role.sources)
    return out


def _items_lines(answer: Answer) -> list[str]:
    if not answer.items:
        return []
    lang = answer.lang
    out = [""]
    if answer.command == "who" and answer.entity is not None:
        out.append(t("key_facts", lang) + ":")
    for n, item in enumerate(answer.items, 1):
        if answer.command in ("help", "start"):
            out.append(f"{item.help.usage if item.help else '':<22} {item.text}")
        elif answer.command == "who" and answer.entity is None:
            mentions = item.entity.mentions if item.entity else 0
            out.append(f"{n}. {item.text} ({t('kind_' + (item.kind or 'org'), lang)}, {mentions})")
        else:
            out.extend(_item_lines(item, lang, n))
    return out


def _problem(answer: Answer) -> str:
    lang = answer.lang
    if answer.status == "ambiguous":
        return t("ambiguous", lang) + " " + ", ".join(answer.suggestions) + "?"
    if answer.status == "not_found":
        text = t(answer.message or "not_found", lang, query=answer.query)
        if answer.suggestions:
            text += "\n" + t("not_found_near", lang, names=", ".join(answer.suggestions))
        return text
    if answer.message == "unknown_command":  # with the commands there are, as Telegram and Slack list them
        return t("unknown_command", lang) + ("\n" + " ".join(answer.suggestions[:30]) if answer.suggestions else "")
    lines = [] if answer.message in ("usage", "invalid") and usage_shown(answer) else [
        t(answer.message or "invalid", lang, query=answer.query)]
    if usage_shown(answer):
        lines.append(t("usage", lang, usage=answer.usage))
        lines += [t("example", lang, example=answer.example)] if answer.example else []
    return "\n".join(lines)
