"""Plain text for the console chat and ``briefing ask``: the blocks of ``bot.render.blocks`` as lines."""

from __future__ import annotations

from bot.domain import Answer, SourceRef
from bot.render.blocks import (
    Entry,
    HelpLine,
    ItemBlock,
    Layout,
    NameLine,
    Problem,
    RoleLine,
    StoryBlock,
    layout,
)
from bot.render.i18n import outlet_name, t

_INDENT = "     "


def render_plain(answer: Answer) -> str:
    """The answer as the console prints it (never empty)."""
    page = layout(answer)
    if page.problem is not None:
        return _problem(page.problem, page.lang) or t("invalid", page.lang)
    if page.caption is not None:  # the picture is the answer; the console prints where it is
        return f"{page.title}\n{page.caption}"
    out = _head_lines(page) + _role_lines(page) + _entry_lines(page)
    if page.related:
        out += ["", f"{t('related', page.lang)}: " + ", ".join(page.related)]
    if page.more:
        out.append(t("more_items", page.lang, n=page.more))
    return "\n".join(out).strip()


def _cite(source: SourceRef) -> str:
    return f"[{outlet_name(source)}] {source.link}"


def _head_lines(page: Layout) -> list[str]:
    """The title (a profile's with its kind and other names), then the message."""
    lines = [page.title] if page.title else []
    if page.profile is not None:
        lines = [f"{page.title} ({page.profile.kind})"]
        lines += [f"{t('aliases', page.lang)}: " + ", ".join(page.profile.aliases)] if page.profile.aliases else []
    lines += [_article_line(page.article)] if page.article is not None else []
    return lines + ([page.message] if page.message else [])


def _article_line(ref: SourceRef) -> str:
    """/source's article, named once above its passages: "Title · Outlet (#12) https://…"."""
    title = (ref.title or "").strip() or outlet_name(ref)
    outlet = f" · {outlet_name(ref)}" if ref.publisher and ref.title else ""
    url = ref.url or ref.original_url
    return f"{title}{outlet} (#{ref.article_id})" + (f" {url}" if url else "")


def _role_lines(page: Layout) -> list[str]:
    if not page.roles:
        return []
    return ["", t("roles", page.lang) + ":"] + [line for role in page.roles for line in _role(role, page.lang)]


def _role(role: RoleLine, lang: str) -> list[str]:
    title = f"{t('former', lang)} {role.title}" if role.former else role.title
    text = ", ".join(part for part in (title, role.org) if part) + (f" ({role.date})" if role.date else "")
    head = f"- {role.person}: {text}" if role.person else f"- {text}"
    return [head] + [f"{_INDENT}↳ {_cite(source)}" for source in role.sources]


def _entry_lines(page: Layout) -> list[str]:
    if not page.entries:
        return []
    out = ["", t("key_facts", page.lang) + ":"] if page.facts_heading else [""]
    for entry in page.entries:
        out.extend(_entry(entry, page.lang))
    return out


def _entry(entry: Entry, lang: str) -> list[str]:
    if isinstance(entry, HelpLine):
        example = [f"{'':<22} {t('example', lang, example=entry.example)}"] if entry.example else []
        return [f"{entry.usage:<22} {entry.summary}", *example]
    if isinstance(entry, NameLine):
        return [f"{entry.number}. {entry.text}" + (f" ({entry.about})" if entry.about else "")]
    if isinstance(entry, StoryBlock):
        return _story_lines(entry, lang)
    return _item_lines(entry, lang)


def _item_lines(item: ItemBlock, lang: str) -> list[str]:
    head = f"{item.number}. "
    if item.date is not None:
        head += item.date.resolved + (f" ({item.date.written})" if item.date.written else "") + " — "
    if item.speaker:
        head += f"{item.speaker}: "
    if item.said == "direct":
        head += f"“{item.text}”"
    elif item.said == "refused":
        head += t("refused_comment", lang) + (f" — {item.text}" if item.text else "")
    else:
        head += item.text
    lines = [head + (f"  [{item.figure}]" if item.figure else "")]
    for variant in item.variants:
        cites = "; ".join(_cite(s) for s in variant.sources)
        lines.append(f"{_INDENT}{t('figures_differ', lang)}: {variant.text} — {cites}")
    if item.counted:
        lines.append(_INDENT + t("n_sources", lang, n=len(item.sources)) + ":")
    return lines + [f"{_INDENT}↳ {_cite(source)}" for source in item.sources]


def _story_lines(story: StoryBlock, lang: str) -> list[str]:
    """A story of /brief or a digest: its headline, then its new facts, or the outlets that only retold it."""
    head = f"{story.number}. {story.headline}" + (f" ({story.continues})" if story.continues else "")
    if not story.facts:
        cites = "; ".join(_cite(s) for s in story.sources)
        return [head] + ([f"{_INDENT}{story.retold}{cites}"] if cites else [])
    lines = [head] + ["   " + line for fact in story.facts for line in _item_lines(fact, lang)]
    return lines + (["   " + story.more] if story.more else [])


def _problem(problem: Problem, lang: str) -> str:
    if problem.status == "ambiguous":
        return problem.message + " " + ", ".join(problem.choices) + "?"
    lines = [problem.message] if problem.message else []
    if problem.nearest:
        lines.append(t("not_found_near", lang, names=", ".join(problem.nearest)))
    if problem.commands:  # after an unknown command, the commands there are, as Telegram and Slack list them
        lines.append(" ".join(problem.commands[:30]))
    if problem.usage:
        lines.append(t("usage", lang, usage=problem.usage))
        lines += [t("example", lang, example=problem.example)] if problem.example else []
    return "\n".join(lines)
