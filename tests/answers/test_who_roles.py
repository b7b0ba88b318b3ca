"""/who roles that hold whatever the articles: titles before names, acting holders, roles a later
departure ended."""

from __future__ import annotations

from tests.answers.scratch import ask_after_ingest

EARLIER = ("id-arkana-1.txt", "id", "2026-04-10",
           "Arkana tunda laporan keuangan\n\nDirektur Keuangan PT Arkana Susu Prima Tbk Maria Oktaviani mengatakan "
           "laporan keuangan akan terbit bulan depan. Presiden Direktur Darmawan Hadikusumo menolak berkomentar.\n")
LATER = ("en-arkana-2.txt", "en", "2026-04-20",
         "Arkana finance chief quits\n\nMaria Oktaviani resigned as finance director of PT Arkana Susu Prima on "
         "Friday. The board appointed Chief Operating Officer Wulan Sasmita as acting finance director, the company said.\n")


def _roles(person: str) -> list[tuple[str, str | None, bool]]:
    answer = ask_after_ingest([EARLIER, LATER], f"/who {person}")
    return [(r.title.lower(), r.org, r.former) for r in answer.roles]


def test_a_later_departure_ends_the_role():
    roles = _roles("Maria Oktaviani")
    assert roles and all(former for _t, _o, former in roles)


def test_a_title_before_a_name_is_a_role_of_the_article_s_company():
    assert ("president director", "Arkana Susu Prima", False) in _roles("Darmawan Hadikusumo")


def test_an_acting_holder_named_when_the_holder_leaves_stays_current():
    titles = {t: former for t, _o, former in _roles("Wulan Sasmita")}
    assert titles.get("interim finance director") is False and titles.get("coo") is False


def test_a_successor_named_with_the_departure_keeps_the_post():
    text = ("Sajiwa ganti CEO\n\nPerusahaan pesan-antar PT Sajiwa Rasa menunjuk Arief Baskoro sebagai CEO baru, Senin "
            "(4/8/2025). Arief menggantikan pendiri sekaligus CEO Rendra Aditama yang mengundurkan diri pada hari yang sama.\n")
    answer = ask_after_ingest([("id-sajiwa.txt", "id", "2025-08-05", text)], "/who Arief Baskoro")
    assert answer.roles and not any(r.former for r in answer.roles if r.title.lower() == "ceo")
    rendra = ask_after_ingest([("id-sajiwa.txt", "id", "2025-08-05", text)], "/who Rendra Aditama").roles
    assert any(r.former for r in rendra if r.title.lower() == "ceo")
    assert not any(r.former for r in rendra if "founder" in r.title.lower() or "pendiri" in r.title.lower())
