"""Every fixed UI string, in English and Indonesian, and how every renderer names a cited article.
Renderers for every platform share these, so they cannot drift apart; the other wordings they must say
the same way (an answer's title, /ingest's counts, a story's lines, how a quote was said) are decided
once, in ``bot.render.blocks``.

Platform modules add their own keys with ``register_strings`` instead of editing this table.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from bot.domain import SourceRef

LANGS = ("en", "id")

STRINGS: dict[str, dict[str, str]] = {
    # statuses and errors
    "not_found": {"en": "Nothing found for “{query}”.", "id": "Tidak ditemukan apa pun untuk “{query}”."},
    "not_found_near": {"en": "Nearest names: {names}", "id": "Nama terdekat: {names}"},
    "ambiguous": {"en": "Did you mean …", "id": "Maksud Anda …"},
    "invalid": {"en": "That did not work.", "id": "Perintah itu tidak bisa dijalankan."},
    "usage": {"en": "Usage: {usage}", "id": "Cara pakai: {usage}"},
    "example": {"en": "Example: {example}", "id": "Contoh: {example}"},
    "too_long": {"en": "That is too long; please ask in fewer words.", "id": "Terlalu panjang; coba dengan kata yang lebih sedikit."},
    "unknown_command": {"en": "Unknown command. Try /help.", "id": "Perintah tidak dikenal. Coba /help."},
    "admin_only": {"en": "Only admins can do that.", "id": "Hanya admin yang bisa melakukan itu."},
    "internal_error": {"en": "Sorry, something went wrong on our side. Please try again.", "id": "Maaf, ada masalah di pihak kami. Silakan coba lagi."},
    "not_allowed": {"en": "Sorry, this bot is not available here.", "id": "Maaf, bot ini tidak tersedia di sini."},
    "empty_store": {"en": "No articles yet. An admin can add some with /ingest.", "id": "Belum ada artikel. Admin dapat menambahkannya dengan /ingest."},
    "bad_search": {"en": "Please give some words to search for.", "id": "Tuliskan kata yang ingin dicari."},
    # section headings
    "roles": {"en": "Roles", "id": "Jabatan"},
    "key_facts": {"en": "Key facts", "id": "Fakta utama"},
    "related": {"en": "Related", "id": "Terkait"},
    "aliases": {"en": "Also called", "id": "Disebut juga"},
    "timeline": {"en": "Timeline", "id": "Linimasa"},
    "timeline_of": {"en": "Timeline: {name}", "id": "Linimasa: {name}"},
    "search_results": {"en": "Search: {query}", "id": "Pencarian: {query}"},
    "sources": {"en": "Sources", "id": "Sumber"},
    "source": {"en": "Source", "id": "Sumber"},
    "numbers_of": {"en": "Numbers: {name}", "id": "Angka: {name}"},
    "quotes_of": {"en": "Quotes: {name}", "id": "Kutipan: {name}"},
    "people_orgs": {"en": "People and organisations", "id": "Tokoh dan organisasi"},
    "brief": {"en": "What is new", "id": "Yang baru"},
    "brief_since": {"en": "“{query}” is not a period. Use 24h, 7d, 2w, a month (2025-06), a day (2025-06-10), all, "
                          "or nothing for what is new since your last brief.",
                    "id": "“{query}” bukan periode. Pakai 24h, 7d, 2w, sebulan (2025-06), sehari (2025-06-10), all, "
                          "atau kosongkan untuk yang baru sejak ringkasan terakhir Anda."},
    "brief_nothing": {"en": "Nothing new since your last brief.", "id": "Tidak ada yang baru sejak ringkasan terakhir Anda."},
    "brief_nothing_in": {"en": "Nothing new for “{query}”.", "id": "Tidak ada yang baru untuk “{query}”."},
    "also_reported": {"en": "also reported by", "id": "juga diberitakan oleh"},
    "story_continues": {"en": "continues “{headline}”", "id": "lanjutan “{headline}”"},
    "help_title": {"en": "Ask me about the news I have read.", "id": "Tanyakan tentang berita yang sudah saya baca."},
    "n_sources": {"en": "{n} sources", "id": "{n} sumber"},
    # how a timeline date was found (bot.domain.DateBasis); "stated" and "anchored" show the date alone,
    # with the phrase as written beside it
    "basis_reported": {"en": "reported {date}", "id": "dilaporkan {date}"},
    "basis_planned": {"en": "planned {date}", "id": "rencana {date}"},
    "former": {"en": "former", "id": "mantan"},
    "undated": {"en": "undated", "id": "tanpa tanggal"},
    "page": {"en": "Page {page}/{pages}", "id": "Halaman {page}/{pages}"},
    "more_items": {"en": "… and {n} more", "id": "… dan {n} lainnya"},
    "figures_differ": {"en": "Figures differ", "id": "Angka berbeda"},
    "refused_comment": {"en": "declined to comment", "id": "menolak berkomentar"},
    "lang_set": {"en": "Language set to English.", "id": "Bahasa diatur ke Bahasa Indonesia."},
    "following": {"en": "Following {name}. You will get new facts about it.", "id": "Mengikuti {name}. Anda akan menerima fakta baru tentangnya."},
    "unfollowed": {"en": "No longer following {name}.", "id": "Berhenti mengikuti {name}."},
    "new_facts": {"en": "New about {name}", "id": "Kabar baru tentang {name}"},
    "follows": {"en": "Following", "id": "Diikuti"},
    "kind_person": {"en": "person", "id": "tokoh"},
    "kind_org": {"en": "organisation", "id": "organisasi"},
    "kind_product": {"en": "product", "id": "produk"},
    "kind_place": {"en": "place", "id": "tempat"},
    "kind_media": {"en": "media", "id": "media"},
    "kind_author": {"en": "author", "id": "penulis"},
    "digest_title": {"en": "Your digest: what is new", "id": "Ringkasan Anda: yang baru"},
    "digest_set": {"en": "Digest scheduled", "id": "Ringkasan dijadwalkan"},
    "digest_off": {"en": "Digest stopped.", "id": "Ringkasan dihentikan."},
    "digest_none": {"en": "No digest is scheduled. Try /digest daily 08:00 Asia/Jakarta.", "id": "Belum ada ringkasan terjadwal. Coba /digest daily 08:00 Asia/Jakarta."},
    "digest_next": {"en": "next: {when} UTC", "id": "berikutnya: {when} UTC"},
    "feeds_title": {"en": "Feeds", "id": "Feed"},
    "feeds_none": {"en": "No feeds yet. Add one with /addfeed URL.", "id": "Belum ada feed. Tambahkan dengan /addfeed URL."},
    "feed_added": {"en": "Feed added", "id": "Feed ditambahkan"},
    "feed_exists": {"en": "Already watching that feed", "id": "Feed itu sudah dipantau"},
    "feed_removed": {"en": "Feed removed", "id": "Feed dihapus"},
    "feed_not_found": {"en": "No feed with that ID. See /feeds.", "id": "Tidak ada feed dengan ID itu. Lihat /feeds."},
    "ingested": {"en": "Ingested: {new} new, {updated} updated, {unchanged} unchanged, {failed} failed.", "id": "Dimuat: {new} baru, {updated} diperbarui, {unchanged} tidak berubah, {failed} gagal."},
}


# Control, bidi-override, zero-width and BOM characters: a name made only of these shows as nothing.
_INVISIBLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def outlet_name(ref: SourceRef) -> str:
    """How every renderer names a cited article: its publisher, else its title, else its web site's host
    name (without "www."), else its file name, else "#ID"."""
    for name in (ref.publisher, ref.title):
        shown = _INVISIBLE.sub("", name or "").strip()
        if shown:
            return shown
    for url in (ref.url, ref.original_url, ref.link):
        host = _host(url or "")
        if host:
            return host
    return _INVISIBLE.sub("", ref.file or "").strip() or f"#{ref.article_id}"


def _host(url: str) -> str:
    """The host name of an http(s) URL without "www.", or ''."""
    if not re.match(r"^https?://", url, re.I) or _INVISIBLE.search(url) or any(c.isspace() for c in url):
        return ""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:  # e.g. an invalid port or IPv6 literal
        return ""
    return host.removeprefix("www.")


def register_strings(extra: dict[str, dict[str, str]]) -> None:
    """Add platform-specific strings (each with "en" and "id")."""
    for key, texts in extra.items():
        if "en" not in texts or "id" not in texts:
            raise ValueError(f"string {key!r} needs both en and id")
        STRINGS[key] = texts


def normalise_lang(lang: str | None) -> str:
    """Map a Telegram/Slack language code ("id", "in", "id-ID", "en-GB") to "en" or "id"."""
    code = (lang or "").lower().replace("_", "-").split("-")[0]
    return "id" if code in ("id", "in", "ms") else "en"


def t(key: str, lang: str = "en", **values: object) -> str:
    """The UI string ``key`` in ``lang`` with ``values`` filled in (values are not escaped here)."""
    texts = STRINGS.get(key)
    if texts is None:
        return key
    template = texts.get(normalise_lang(lang), texts["en"])
    try:
        return template.format(**values)
    except (KeyError, IndexError):
        return template

