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
