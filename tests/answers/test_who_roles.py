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


OCT = ("en-merapi-1.txt", "en", "2025-10-02",
       "Bank Merapi profit falls\n\nBank Merapi president director Hendra Gunawan said profit fell 12% in the third "
       "quarter. Bank Merapi runs 80 branches.\n")
NOV = ("id-merapi-2.txt", "id", "2025-11-20",
       "Bank Merapi tutup cabang\n\nBank Merapi menutup 12 cabang. Presiden Direktur Bank Merapi Sari Anggraini "
       "mengatakan penutupan rampung bulan depan.\n")
ACTING = ("en-merapi-3.txt", "en", "2025-10-02",
          "Bank Merapi names acting head\n\nPT Bank Merapi Tbk is run by acting president director Sari Anggraini, "
          "the bank said on Thursday. Bank Merapi runs 80 branches.\n")


def test_a_post_told_later_with_another_holder_ends_the_first_holder_s():
    roles = {(r.person, r.former) for r in ask_after_ingest([OCT, NOV], "/who Bank Merapi").roles}
    assert ("Hendra Gunawan", True) in roles and ("Sari Anggraini", False) in roles


def test_an_acting_holder_of_the_post_ends_the_holder_s():
    roles = {(r.person, r.former) for r in ask_after_ingest([OCT, ACTING], "/who Hendra Gunawan").roles}
    assert roles == {("Hendra Gunawan", True)}


DEC = ("en-merapi-4.txt", "en", "2025-12-15",
       "Bank Merapi opens branches\n\nBank Merapi president director Hendra Gunawan said the bank opened 5 branches "
       "in December. Bank Merapi runs 73 branches.\n")


def test_a_holder_told_again_after_another_keeps_the_post_and_the_other_loses_it():
    """Hendra told in October and December, Sari in November: Sari's telling is not after Hendra's last one,
    Hendra's last is after hers."""
    roles = {(r.person, r.former) for r in ask_after_ingest([OCT, NOV, DEC], "/who Bank Merapi").roles}
    assert ("Hendra Gunawan", False) in roles and ("Sari Anggraini", True) in roles
    assert ("Hendra Gunawan", True) not in roles


def test_a_post_held_by_one_person_stays_current():
    assert all(not r.former for r in ask_after_ingest([OCT], "/who Bank Merapi").roles)


def test_the_company_shows_the_roles_and_amounts_of_its_country_arm():
    text = ("Nuvora Systems wins cloud deal\n\nNuvora Systems will run the ministry's servers, Nuvora said on Monday. "
            "Nuvora Indonesia country director Bagus Santoso said Nuvora Indonesia would invest $40 million.\n")
    article = [("en-nuvora.txt", "en", "2025-06-02", text)]
    assert [(r.person, r.org) for r in ask_after_ingest(article, "/who Nuvora Systems").roles] == \
        [("Bagus Santoso", "Nuvora Indonesia")]
    assert [i.amount.value for i in ask_after_ingest(article, "/numbers Nuvora Systems").items if i.amount] == [40e6]


def test_a_departure_told_as_to_come_leaves_the_holder_in_the_post():
    # told on a Monday that the holder will leave at the year's end: the decision is news, the post still held;
    # a second article that tells the departure done ends it
    told = ("en-kopitara-1.txt", "en", "2026-03-04",
            "Kopitara chief to leave\n\nKopitara CEO Budi Hartono will step down at the end of the year, the company "
            "said on Monday. Kopitara runs 40 coffee shops.\n")
    done = ("id-kopitara-2.txt", "id", "2026-12-30",
            "Budi Hartono mundur\n\nBudi Hartono resmi mengundurkan diri sebagai CEO PT Kopitara pada Selasa (29/12).\n")
    ceo = [r.former for r in ask_after_ingest([told], "/who Budi Hartono").roles if r.title.lower() == "ceo"]
    assert ceo == [False]
    later = ask_after_ingest([told, done], "/who Budi Hartono").roles
    assert [r.former for r in later if r.title.lower() == "ceo"] == [True]
