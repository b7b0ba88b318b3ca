"""Answers as Telegram HTML pages: escaped, balanced, only the tags Telegram allows, <= 4096 UTF-16 units.

An answer is built as a header plus a list of blocks (one per item, a section heading glued to its first
item).  Pages are packed from whole blocks, so a page break never falls inside a tag or a citation; a
single block that is too long on its own has its text shortened (never its markup).

Allowed tags used here: b, i, a href (http/https only), blockquote, code.  Nothing from an article or a
user reaches the output without ``html.escape``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable

from bot.domain import Answer, Item, MessageKey, RoleItem, SourceRef
from bot.render.chart import chart_summary
from bot.render.i18n import (
    STRINGS,
    answer_title,
    dated,
    ingest_counts,
    outlet_name,
    speech,
    story_texts,
    t,
    usage_shown,
)

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

def _cited(text_html: str, sources: Iterable[SourceRef], lang: str, *, deep: bool = True) -> str:
    cite = citations(sources, lang, deep=deep)
    return f"{text_html}{_SEP}{cite}" if cite else text_html


def _date_html(item: Item, lang: str) -> str:
    if not item.date and not item.date_text:
        return ""
    resolved = esc(dated(item.date, item.date_basis, lang) if item.date else t("undated", lang), 40)
    written = clean(item.date_text or "").strip()
    if written and written != (item.date or ""):
        return f"<b>{resolved}</b> <i>({esc(written, 60)})</i>"
    return f"<b>{resolved}</b>"


def _variants_html(item: Item, lang: str, text_limit: int) -> str:
    parts = []
    for variant in item.variants[:6]:
        cite = citations(variant.sources, lang)
        parts.append(esc(variant.text or variant.value or "", min(text_limit, 80)) + (f" ({cite})" if cite else ""))
    if not parts:
        return ""
    return f"\n   ↳ <i>{esc(t('figures_differ', lang))}:</i> " + _SEP.join(parts)


def _lead_html(item: Item, lang: str, command: str) -> str:
    """What comes before an item's text: its date, its speaker, its figure (on /numbers), then a dash."""
    lead = [part for part in (_date_html(item, lang), _speaker_html(item), _amount_html(item, command)) if part]
    head = " ".join(lead)
    return head + " —" if head and not head.endswith(":") else head


def _speaker_html(item: Item) -> str:
    return f"<b>{esc(item.speaker, 80)}</b>:" if item.speaker else ""


def _amount_html(item: Item, command: str) -> str:
    if command == "numbers" and item.amount is not None and item.amount.text:
        return f"<b>{esc(item.amount.text, 60)}</b>"
    return ""


def _speech_html(item: Item, lang: str, text_limit: int) -> str:
    """The item's text; a quote in quotation marks, a refusal to comment named."""
    body = esc(item.text, text_limit)
    direct, refused = speech(item)
    if direct:
        return f"“{body}”"
    if refused:
        return f"<i>{esc(t('refused_comment', lang))}</i>" + (f" — {body}" if body else "")
    return body


def _bare_block(item: Item, lang: str, command: str, body: str) -> str | None:
    """Items shown without date or citations: a /help line, a /who list's name, a /source passage."""
    if command == "help" and item.help is not None and item.help.usage:
        return f"• {esc(item.help.usage, 80)} — {body}"
    if command == "who" and item.kind and f"kind_{item.kind}" in STRINGS and not item.sources:
        return f"• <b>{body}</b>{_SEP}<i>{esc(t('kind_' + item.kind, lang))}</i>"
    if command != "source":
        return None
    if item.passage is not None and item.passage.cited:
        return f"<blockquote>{body}</blockquote>"
    return body


def _with_source_command(cited: str, item: Item) -> str:
    """A /sources line ends with its article's /src_ID when no citation gave it already."""
    article = item.article.id if item.article is not None else None
    if article is not None and not re.search(rf"/src_{article}(?![0-9_])", cited):
        return cited + f" /src_{article}"
    return cited


def item_block(item: Item, lang: str, *, text_limit: int = 1200, command: str = "") -> str:
    """One item: optional date, speaker or amount, the text, its citations and differing figures."""
    body = _speech_html(item, lang, text_limit)
    bare = _bare_block(item, lang, command, body)
    if bare is not None:
        return bare
    head = _lead_html(item, lang, command)
    line = f"{head} {body}".strip() if head else body
    cited = _cited(line, item.sources, lang, deep=command != "sources")
    if command == "sources":
        cited = _with_source_command(cited, item)
    return "• " + cited + _variants_html(item, lang, text_limit)


def story_block(item: Item, lang: str, *, text_limit: int = 1200) -> str:
    """A story of /brief or a digest: its headline, then its new facts indented, or one line naming the
    outlets that only retold it."""
    continues, retold, more = story_texts(item, lang)
    head = f"<b>{esc(item.text, min(text_limit, 300))}</b>" + (f" <i>({esc(continues, 160)})</i>" if continues else "")
    if retold or not item.facts:
        cite = citations(item.sources, lang)
        return f"• {head}" + (f"{_SEP}{esc(retold)}{cite}" if cite else "")
    lines = [f"• {head}"]
    lines += ["   ◦" + item_block(fact, lang, text_limit=text_limit, command="brief")[1:] for fact in item.facts]
    return "\n".join(lines + ([f"   <i>{esc(more)}</i>"] if more else []))


def role_block(role: RoleItem, lang: str, *, entity: str | None, entity_kind: str | None) -> str:
    """"Brendan Foody — CEO" on an organisation, "former CEO, Scale AI" on a person."""
    title = esc(role.title, 120)
    if role.former:
        title = f"<i>{esc(t('former', lang))}</i> {title}"
    person, org = clean(role.person), clean(role.org or "")
    if entity_kind == "person" and person == entity:
        text = f"{title}, {esc(org, 120)}" if org else title
    elif org and org == entity:
        text = f"<b>{esc(person, 120)}</b> — {title}"
    else:
        text = f"<b>{esc(person, 120)}</b> — {title}" + (f", {esc(org, 120)}" if org else "")
    if role.date:
        text += f" <i>({esc(role.date, 20)})</i>"
    return "• " + _cited(text, role.sources, lang)


# --------------------------------------------------------------------------- answers

def _values(answer: Answer) -> dict[str, object]:
    """Values a message template may need: query, name, usage, example, /ingest's counts."""
    values: dict[str, object] = {}
    if answer.command == "ingest":
        values.update(ingest_counts(answer))
    values.update(
        query=clean(answer.query)[:_MAX_QUERY],
        name=clean(answer.entity.name if answer.entity else answer.query)[:_MAX_QUERY],
        usage=answer.usage or "",
        example=answer.example or "",
    )
    return values


def message_text(answer: Answer, lang: str) -> str:
    """answer.message as escaped HTML, its values filled in."""
    if not answer.message:
        return ""
    return esc(t(answer.message, lang, **_values(answer)), 1000)


def _who_header(answer: Answer, lang: str) -> str:
    """A profile's name and kind."""
    assert answer.entity is not None
    kind = t("kind_" + clean(answer.entity.kind), lang) if answer.entity.kind else ""
    line = f"<b>{esc(answer.entity.name, _MAX_QUERY)}</b>"
    return line + (f"{_SEP}<i>{esc(kind, 40)}</i>" if kind else "")


def _source_header(ref: SourceRef, lang: str) -> str:
    """"Source: <title as a link> · outlet (#12)" above a passage read in its article."""
    title = esc(clean(ref.title or "").strip() or outlet_name(ref), 200)
    outlet = esc(outlet_name(ref), _MAX_OUTLET) if ref.publisher and ref.title else ""
    url = (ref.url if is_http_url(ref.url) else ref.original_url) or ""
    line = f"<b>{esc(t('source', lang))}:</b> {link(url, title)}"
    return line + (f"{_SEP}<i>{outlet}</i>" if outlet else "") + f" <i>(#{int(ref.article_id)})</i>"


def _first_source(answer: Answer) -> SourceRef | None:
    if answer.command == "source" and answer.status == "ok" and answer.items and answer.items[0].sources:
        return answer.items[0].sources[0]
    return None


def header(answer: Answer, lang: str) -> str:
    """The bold first line; for /who the entity's name and kind."""
    cmd = answer.command
    if cmd == "who" and answer.entity and answer.status == "ok":
        return _who_header(answer, lang)
    ref = _first_source(answer)
    if ref is not None:
        return _source_header(ref, lang)
    title = answer_title(answer, lang) or (t("source", lang) if cmd == "source" else "")
    if title and answer.status == "ok":
        return f"<b>{esc(title, 300)}</b>"
    if answer.status in ("ok", "error") and answer.message and answer.message != MessageKey.INTERNAL_ERROR:
        return f"<b>{message_text(answer, lang)}</b>"
    return ""


_REPLACES_NOT_FOUND = ("empty_store", "bad_search", "unknown_command", "brief_nothing", "brief_nothing_in")


def _ambiguous_blocks(answer: Answer, lang: str) -> list[str]:
    return [f"<b>{esc(t('ambiguous', lang))}</b>", *(f"• {esc(s, 120)}" for s in answer.suggestions[:10])]


def _not_found_blocks(answer: Answer, lang: str) -> list[str]:
    """"Not found" (or the answer's own message instead or below it), then the nearest names."""
    text = esc(t("not_found", lang, query=_values(answer)["query"]))
    extra = message_text(answer, lang) if answer.message != "not_found" else ""
    if extra and extra != text:
        text = extra if answer.message in _REPLACES_NOT_FOUND else text + "\n" + extra
    if answer.suggestions:
        names = ", ".join(clean(s)[:80] for s in answer.suggestions[:8])
        text += "\n" + esc(t("not_found_near", lang, names=names))
    return [text]


def _usage_lines(answer: Answer, lang: str) -> list[str]:
    """The commands there are (after an unknown command), or the usage and example when shown."""
    if answer.message == "unknown_command" and answer.suggestions:
        return [" ".join(esc(s, 40) for s in answer.suggestions[:30])]
    if not usage_shown(answer):
        return []
    lines = [esc(t("usage", lang, usage=answer.usage))]
    return lines + ([esc(t("example", lang, example=answer.example))] if answer.example else [])


def _invalid_blocks(answer: Answer, lang: str) -> list[str]:
    lines = [message_text(answer, lang)] if answer.message and answer.message not in ("usage", "invalid") else []
    lines += _usage_lines(answer, lang)
    return ["\n".join(lines or [esc(t("invalid", lang))])]


def _error_blocks(_answer: Answer, lang: str) -> list[str]:
    return [esc(t("internal_error", lang))]


_STATUS_BLOCKS: dict[str, Callable[[Answer, str], list[str]]] = {
    "error": _error_blocks,
    "ambiguous": _ambiguous_blocks,
    "not_found": _not_found_blocks,
}


def _status_blocks(answer: Answer, lang: str) -> list[str]:
    """Blocks for not_found / ambiguous / invalid / error answers."""
    return _STATUS_BLOCKS.get(answer.status, _invalid_blocks)(answer, lang)


Maker = Callable[[int], str]  # renders one block given a text length limit


def _fixed(text: str) -> Maker:
    return lambda _limit: text


def _section(title_key: str, makers: list[Maker], lang: str) -> list[Maker]:
    """Glue a section heading to its first block so a heading never ends a page alone."""
    if not makers:
        return []
    heading, first = f"\n<b>{esc(t(title_key, lang))}</b>\n", makers[0]
    return [lambda limit: heading + first(limit), *makers[1:]]


def _item_makers(items: list[Item], lang: str, command: str) -> list[Maker]:
    def maker(item: Item) -> Maker:
        if item.kind == "story":
            return lambda limit: story_block(item, lang, text_limit=limit)
        return lambda limit: item_block(item, lang, text_limit=limit, command=command)

    return [maker(item) for item in items]


def _reports_failure(answer: Answer) -> bool:
    """A failed /ingest still reports what it did; other errors only apologise."""
    return answer.status == "error" and bool(answer.items) and answer.message != "internal_error"


def _profile_makers(answer: Answer, lang: str) -> list[Maker]:
    """A /who profile: other names, roles as seen from the entity, then its key facts."""
    entity = answer.entity
    assert entity is not None
    makers: list[Maker] = []
    aliases = [a for a in entity.aliases if clean(a) and clean(a) != clean(entity.name)]
    if aliases:
        names = ", ".join(esc(a, 80) for a in aliases[:12])
        makers.append(_fixed(f"<i>{esc(t('aliases', lang))}:</i> {names}"))
    name = clean(entity.name)
    roles = [_fixed(role_block(r, lang, entity=name, entity_kind=entity.kind)) for r in answer.roles]
    makers += _section("roles", roles, lang)
    return makers + _section("key_facts", _item_makers(answer.items, lang, answer.command), lang)


def _list_makers(answer: Answer, lang: str) -> list[Maker]:
    """Any other answer: its roles under a heading, then its items."""
    roles = [_fixed(role_block(r, lang, entity=None, entity_kind=None)) for r in answer.roles]
    return _section("roles", roles, lang) + _item_makers(answer.items, lang, answer.command)


def _tail_makers(answer: Answer, lang: str) -> list[Maker]:
    """Related names, and how many items were left off."""
    makers: list[Maker] = []
    if answer.related:
        related = _SEP.join(esc(r, 80) for r in answer.related[:20])
        makers.append(_fixed(f"\n<b>{esc(t('related', lang))}</b>\n{related}"))
    shown = len(answer.items)
    if answer.total is not None and answer.total > shown:
        makers.append(_fixed(f"<i>{esc(t('more_items', lang, n=answer.total - shown))}</i>"))
    return makers


def body_blocks(answer: Answer, lang: str) -> list[Maker]:
    """The blocks of the answer below its header, each as a function of the text length limit."""
    if answer.status != "ok" and not _reports_failure(answer):
        return [_fixed(b) for b in _status_blocks(answer, lang)]
    if answer.chart is not None:  # sent as a photo: this is its caption
        return [_fixed(esc(chart_summary(answer.chart, lang)))]
    makers: list[Maker] = []
    intro = message_text(answer, lang)
    if intro and intro not in header(answer, lang):
        makers.append(_fixed(intro))
    is_profile = answer.command == "who" and answer.entity is not None
    makers += _profile_makers(answer, lang) if is_profile else _list_makers(answer, lang)
    makers += _tail_makers(answer, lang)
    if not makers and not header(answer, lang):
        makers.append(_fixed(esc(t("not_found", lang, query=clean(answer.query)[:_MAX_QUERY]))))
    return makers


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
    lang = lang or answer.lang or "en"
    head = header(answer, lang)
    budget = max_units - units(head) - _FOOTER_RESERVE - 4
    # A block too long on its own is re-rendered with shorter texts (its markup stays whole).
    start = 3500 if answer.command == "source" else 1200  # a passage read in its article is shown whole
    blocks = [_fit(make, budget, start) or esc(t("more_items", lang, n=1)) for make in body_blocks(answer, lang)]
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
