"""Answers as Telegram HTML pages: escaped, balanced, only the tags Telegram allows, <= 4096 UTF-16 units.

What an answer shows is decided once, for every renderer, by ``bot.render.blocks.layout``; this module
formats that layout as a header plus a list of blocks (one per entry, a section heading glued to its first
entry).  Pages are packed from whole blocks, so a page break never falls inside a tag or a citation; a
single block that is too long on its own has its text shortened (never its markup).

Allowed tags used here: b, i, a href (http/https only), blockquote, code.  Nothing from an article or a
user reaches the output without ``html.escape``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable

from bot.domain import Answer, SourceRef
from bot.render.blocks import (
    DateLabel,
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

MAX_UNITS = 4096  # Telegram's limit for one message, in UTF-16 code units
_FOOTER_RESERVE = 64  # room kept for the "Page n/N" line
_MAX_QUERY = 120  # characters of a user's query echoed in a header
_MAX_OUTLET = 60  # characters of a publisher/title shown as a citation
_MAX_CITED = 3  # citation links shown per item; more are counted
_SEP = " · "

# C0/C1 controls (newline and tab survive), lone surrogates, bidi overrides/isolates, BOM.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069\ufeff]")


def units(text: str) -> int:
    """Length in UTF-16 code units, as Telegram counts it."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def clean(text: object) -> str:
    """Article/user text made safe to escape: no control, bidi-override or lone surrogate characters.

    Input is cut to 8000 characters first: no block shows more, and huge strings must stay cheap.
    """
    return _UNSAFE.sub("", str(text if text is not None else "")[:8000])


def esc(text: object, limit: int | None = None) -> str:
    """Clean, optionally shorten (to ``limit`` characters, with an ellipsis) and escape for HTML text."""
    value = clean(text)
    if limit is not None and len(value) > limit:
        value = value[: max(limit - 1, 0)].rstrip() + "…"
    return html.escape(value, quote=False)


def is_http_url(url: object) -> bool:
    """True for absolute http(s) URLs without whitespace or control characters."""
    if not isinstance(url, str) or len(url) > 2048:
        return False
    return bool(re.match(r"^https?://[^\s/?#<>\"']+[^\s<>\"]*$", url, re.I)) and not _UNSAFE.search(url)


def link(url: str, label_html: str) -> str:
    """An <a> element for an http(s) URL, else just the label."""
    if not is_http_url(url):
        return label_html
    return f'<a href="{html.escape(url, quote=True)}">{label_html}</a>'


def source_command(ref: SourceRef, *, deep: bool = True) -> str:
    """"/src_12_p3" (the cited passage in its article) or "/src_12" (the article)."""
    if deep and isinstance(ref.passage_index, int) and ref.passage_index >= 0:
        return f"/src_{int(ref.article_id)}_p{ref.passage_index}"
    return f"/src_{int(ref.article_id)}"


def citation(ref: SourceRef, *, deep: bool = True) -> str:
    """The outlet as a link to the cited passage, or the outlet and a tappable /src_ID_pN command."""
    label = esc(outlet_name(ref), _MAX_OUTLET)
    if is_http_url(ref.link):
        return link(ref.link, label)
    return f"{label} {source_command(ref, deep=deep)}"


def citations(sources: Iterable[SourceRef], lang: str, *, deep: bool = True) -> str:
    shown, seen = [], set()
    for ref in sources:
        key = (ref.article_id, ref.passage_id, ref.link)
        if key in seen:
            continue
        seen.add(key)
        shown.append(ref)
    if not shown:
        return ""
    text = ", ".join(citation(r, deep=deep) for r in shown[:_MAX_CITED])
    if len(shown) > _MAX_CITED:
        text += f" +{len(shown) - _MAX_CITED}"
    if len(shown) > 1:
        text += f" <i>({esc(t('n_sources', lang, n=len(shown)))})</i>"
    return text


# --------------------------------------------------------------------------- blocks

def _cited(text_html: str, sources: list[SourceRef], lang: str, *, deep: bool = True) -> str:
    cite = citations(sources, lang, deep=deep)
    return f"{text_html}{_SEP}{cite}" if cite else text_html


def _date_html(date: DateLabel | None) -> str:
    if date is None:
        return ""
    resolved = f"<b>{esc(date.resolved, 40)}</b>"
    return f"{resolved} <i>({esc(date.written, 60)})</i>" if clean(date.written).strip() else resolved


def _variants_html(item: ItemBlock, lang: str, text_limit: int) -> str:
    parts = []
    for variant in item.variants[:6]:  # six side by side fit one line of a phone's screen; the sources count
        cite = citations(variant.sources, lang)
        parts.append(esc(variant.text, min(text_limit, 80)) + (f" ({cite})" if cite else ""))
    if not parts:
        return ""
    return f"\n   ↳ <i>{esc(t('figures_differ', lang))}:</i> " + _SEP.join(parts)


def _lead_html(item: ItemBlock) -> str:
    """What comes before an item's text: its date, its speaker, its figure (on /numbers), then a dash."""
    speaker = f"<b>{esc(item.speaker, 80)}</b>:" if item.speaker else ""
    figure = f"<b>{esc(item.figure, 60)}</b>" if item.figure else ""
    head = " ".join(part for part in (_date_html(item.date), speaker, figure) if part)
    return head + " —" if head and not head.endswith(":") else head


def _speech_html(item: ItemBlock, lang: str, text_limit: int) -> str:
    """The item's text; a quote in quotation marks, a refusal to comment named."""
    body = esc(item.text, text_limit)
    if item.said == "direct":
        return f"“{body}”"
    if item.said == "refused":
        return f"<i>{esc(t('refused_comment', lang))}</i>" + (f" — {body}" if body else "")
    return body


def _with_source_command(cited: str, item: ItemBlock) -> str:
    """A /sources line ends with its article's /src_ID when no citation gave it already."""
    if item.article is not None and not re.search(rf"/src_{item.article}(?![0-9_])", cited):
        return cited + f" /src_{item.article}"
    return cited


def item_block(item: ItemBlock, lang: str, *, text_limit: int = 1200, command: str = "") -> str:
    """One item: optional date, speaker or figure, the text, its citations and differing figures."""
    body = _speech_html(item, lang, text_limit)
    if item.passage:  # a /source passage: the header names the article once, so no citation under each
        return f"<blockquote>{body}</blockquote>" if item.passage == "cited" else body
    head = _lead_html(item)
    line = f"{head} {body}".strip() if head else body
    cited = _cited(line, item.sources, lang, deep=command != "sources")
    if command == "sources":
        cited = _with_source_command(cited, item)
    return "• " + cited + _variants_html(item, lang, text_limit)


def story_block(story: StoryBlock, lang: str, *, text_limit: int = 1200) -> str:
    """A story of /brief or a digest: its headline, then its new facts indented, or one line naming the
    outlets that only retold it."""
    head = f"<b>{esc(story.headline, min(text_limit, 300))}</b>"
    head += f" <i>({esc(story.continues, 160)})</i>" if story.continues else ""
    if not story.facts:
        cite = citations(story.sources, lang)
        return f"• {head}" + (f"{_SEP}{esc(story.retold)}{cite}" if cite else "")
    lines = [f"• {head}"]
    lines += ["   ◦" + item_block(fact, lang, text_limit=text_limit, command="brief")[1:] for fact in story.facts]
    return "\n".join(lines + ([f"   <i>{esc(story.more)}</i>"] if story.more else []))


def line_block(entry: NameLine | HelpLine, lang: str) -> str:
    """A /help line and its example, or a name of a list (/who alone, /follow alone, /feeds, /ingest's outcomes)."""
    if isinstance(entry, HelpLine):
        example = f"\n   <i>{esc(t('example', lang, example=entry.example), 200)}</i>" if entry.example else ""
        return f"• {esc(entry.usage, 80)} — {esc(entry.summary, 1200)}{example}"
    if entry.about:
        return f"• <b>{esc(entry.text, 1200)}</b>{_SEP}<i>{esc(entry.about)}</i>"
    return f"• {esc(entry.text, 1200)}"


def role_block(role: RoleLine, lang: str) -> str:
    """"Brendan Foody — CEO" on an organisation, "former CEO, Scale AI" on a person."""
    title = esc(role.title, 120)
    if role.former:
        title = f"<i>{esc(t('former', lang))}</i> {title}"
    text = f"{title}, {esc(role.org, 120)}" if role.org else title
    if role.person:
        text = f"<b>{esc(role.person, 120)}</b> — {text}"
    if role.date:
        text += f" <i>({esc(role.date, 20)})</i>"
    return "• " + _cited(text, role.sources, lang)


# --------------------------------------------------------------------------- answers

def _source_header(ref: SourceRef, lang: str) -> str:
    """"Source: <title as a link> · outlet (#12)" above a passage read in its article."""
    title = esc(clean(ref.title or "").strip() or outlet_name(ref), 200)
    outlet = esc(outlet_name(ref), _MAX_OUTLET) if ref.publisher and ref.title else ""
    url = (ref.url if is_http_url(ref.url) else ref.original_url) or ""
    line = f"<b>{esc(t('source', lang))}:</b> {link(url, title)}"
    return line + (f"{_SEP}<i>{outlet}</i>" if outlet else "") + f" <i>(#{int(ref.article_id)})</i>"


def header(answer: Answer, lang: str) -> str:
    """The bold first line; for /who the entity's name and kind."""
    return _header(layout(answer, lang))


def _header(page: Layout) -> str:
    if page.profile is not None:
        kind = f"{_SEP}<i>{esc(page.profile.kind, 40)}</i>" if page.profile.kind else ""
        return f"<b>{esc(page.title, _MAX_QUERY)}</b>{kind}"
    if page.article is not None:
        return _source_header(page.article, page.lang)
    return f"<b>{esc(page.title, 300)}</b>" if page.title else ""


def _problem_blocks(problem: Problem, lang: str) -> list[str]:
    """A not_found, ambiguous, invalid or error answer: its message, then the names, commands or usage."""
    if problem.status == "ambiguous":
        return [f"<b>{esc(problem.message)}</b>", *(f"• {esc(s, 120)}" for s in problem.choices[:10])]
    lines = [esc(problem.message, 1000)] if problem.message else []
    if problem.nearest:
        names = ", ".join(clean(s)[:80] for s in problem.nearest[:8])
        lines.append(esc(t("not_found_near", lang, names=names)))
    if problem.commands:
        lines.append(" ".join(esc(s, 40) for s in problem.commands[:30]))
    if problem.usage:
        lines.append(esc(t("usage", lang, usage=problem.usage)))
        lines += [esc(t("example", lang, example=problem.example))] if problem.example else []
    return ["\n".join(lines or [esc(t("invalid", lang))])]


Maker = Callable[[int], str]  # renders one block given a text length limit


def _fixed(text: str) -> Maker:
    return lambda _limit: text


def _section(title_key: str, makers: list[Maker], lang: str) -> list[Maker]:
    """Glue a section heading to its first block so a heading never ends a page alone."""
    if not makers:
        return []
    heading, first = f"\n<b>{esc(t(title_key, lang))}</b>\n", makers[0]
    return [lambda limit: heading + first(limit), *makers[1:]]


def _entry_maker(entry: Entry, lang: str, command: str) -> Maker:
    if isinstance(entry, StoryBlock):
        return lambda limit: story_block(entry, lang, text_limit=limit)
    if isinstance(entry, ItemBlock):
        return lambda limit: item_block(entry, lang, text_limit=limit, command=command)
    return _fixed(line_block(entry, lang))


def _tail_makers(page: Layout) -> list[Maker]:
    """Related names, and how many items were left off."""
    makers: list[Maker] = []
    if page.related:
        related = _SEP.join(esc(r, 80) for r in page.related[:20])
        makers.append(_fixed(f"\n<b>{esc(t('related', page.lang))}</b>\n{related}"))
    if page.more:
        makers.append(_fixed(f"<i>{esc(t('more_items', page.lang, n=page.more))}</i>"))
    return makers


def body_blocks(page: Layout) -> list[Maker]:
    """The blocks of the answer below its header, each as a function of the text length limit."""
    if page.problem is not None:
        return [_fixed(b) for b in _problem_blocks(page.problem, page.lang)]
    if page.caption is not None:  # sent as a photo: this is its caption
        return [_fixed(esc(page.caption))]
    makers: list[Maker] = [_fixed(esc(page.message, 1000))] if page.message else []
    profile = page.profile
    aliases = [a for a in profile.aliases if clean(a) and clean(a) != clean(profile.name)] if profile else []
    if aliases:
        names = ", ".join(esc(a, 80) for a in aliases[:12])
        makers.append(_fixed(f"<i>{esc(t('aliases', page.lang))}:</i> {names}"))
    makers += _section("roles", [_fixed(role_block(r, page.lang)) for r in page.roles], page.lang)
    entries = [_entry_maker(entry, page.lang, page.command) for entry in page.entries]
    makers += _section("key_facts", entries, page.lang) if page.facts_heading else entries
    return makers + _tail_makers(page)


def _fit(render: Maker, budget: int, start: int = 1200) -> str:
    """Render a block with the longest text limit (``start`` characters down to 20) that fits ``budget``."""
    limit = start
    while True:
        block = render(limit)
        if units(block) <= budget:
            return block
        if limit <= 20:
            return ""
        limit //= 2


def render_pages(answer: Answer, *, lang: str | None = None, max_units: int = MAX_UNITS) -> list[str]:
    """The answer as one or more Telegram HTML messages, each at most ``max_units`` UTF-16 units.

    Pages after the first repeat the header; with several pages each ends with "Page n/N".
    """
    page_layout = layout(answer, lang)
    lang = page_layout.lang
    head = _header(page_layout)
    budget = max_units - units(head) - _FOOTER_RESERVE - 4
    # A block too long on its own is re-rendered with shorter texts (its markup stays whole).
    start = 3500 if answer.command == "source" else 1200  # a passage read in its article is shown whole
    blocks = [_fit(make, budget, start) or esc(t("more_items", lang, n=1)) for make in body_blocks(page_layout)]
    pages: list[list[str]] = [[]]
    used = 0
    for block in blocks:
        size = units(block) + 1
        if pages[-1] and used + size > budget:
            pages.append([])
            used = 0
        pages[-1].append(block)
        used += size
    rendered = []
    for number, page in enumerate(pages, start=1):
        parts = [head] if head else []
        if page:
            parts.append("\n".join(page).lstrip("\n"))
        text = "\n\n".join(parts)
        if len(pages) > 1:
            text += f"\n\n<i>{esc(t('page', lang, page=number, pages=len(pages)))}</i>"
        rendered.append(text if text.strip() else esc(t("invalid", lang)))  # Telegram refuses blank messages
    return rendered


def candidates(answer: Answer) -> list[str]:
    """Names to offer as "did you mean" buttons (entity names, never commands)."""
    if answer.status not in ("ambiguous", "not_found"):
        return []
    return [clean(s) for s in answer.suggestions if clean(s).strip() and not clean(s).startswith("/")][:8]
