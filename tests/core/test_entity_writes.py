"""How an article's names become stored entities (db.queries.resolve_entities) and how its events are written
with their actors and anchors (db.queries.save_article), on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, text

from bot.app import BriefingApp
from bot.domain import Amount, Entity, Event, Extraction, Mention, Passage, Quote, Role, SourceDoc
from db import chats, queries
from db import models as m
from db.names import norm_name


def _resolve(app: BriefingApp, entities: list[Entity]) -> list[int]:
    with app.store.write() as session:
        return [row.id for row in queries.resolve_entities(session=session, entities=entities)]


def _aliases(app: BriefingApp) -> set[tuple[int, str]]:
    with app.store.session() as session:
        return {(row.entity_id, row.norm) for row in session.scalars(select(m.EntityAlias))}


def test_names_resolve_to_what_the_store_and_the_article_already_hold(app: BriefingApp) -> None:
    """In one article: a name's other name finds the entity, an organisation's longer name finds the shorter
    one named before it, a person's one-word alias is not kept; a later article finds them all again."""
    first = _resolve(app, [
        Entity("Selaras Nikel", "org"),
        Entity("Budi Santoso", "person", {"Pak Budi Santoso"}),
        Entity("Pak Budi Santoso", "person"),  # an alias of the one before
        Entity("Selaras Nikel Utama", "org"),  # a longer name of the first: found by the store query
        Entity("Wang Lei", "person", {"Wang"}),
        Entity("Wang", "person"),  # "Wang" is not kept as Wang Lei's alias: a new person
    ])
    nikel, budi, _, _, wang_lei, wang = first
    assert first == [nikel, budi, budi, nikel, wang_lei, wang] and len({nikel, budi, wang_lei, wang}) == 4
    # an organisation's names are kept spaced and unspaced as well ("Nusa Link" / "NusaLink"), with the opening words
    # initialled ("SN Utama"), and as its initials ("SNU")
    assert _aliases(app) == {(nikel, "selaras nikel"), (nikel, "selaras nikel utama"), (nikel, "selarasnikel"),
                             (nikel, "selarasnikelutama"), (nikel, "sn utama"), (nikel, "initials:snu"), (budi, "budi santoso"),
                             (budi, "pak budi santoso"), (wang_lei, "wang lei"), (wang, "wang"),
                             # a person's name of two words or more by its spelling keys too
                             (budi, "spelled:budi santoso"), (budi, "spelled:pak budi santoso"), (wang_lei, "spelled:wang lei"),
                             # and a name of three words by its last two (the article's name for it, "Pak Budi Santoso")
                             (budi, "tail:budi santoso/pak budi santoso")}
    again = _resolve(app, [Entity("Pak Budi Santoso", "person"), Entity("PT Selaras Nikel Utama Tbk", "org"),
                           Entity("Lintang Arta", "org")])
    assert again[:2] == [budi, nikel] and again[2] not in first
    assert (nikel, "pt selaras nikel utama tbk") in _aliases(app)


def test_an_organisation_written_spaced_and_unspaced_is_one_entity(app: BriefingApp) -> None:
    """Outlets space a company's name differently: either order of writing finds the one entity."""
    first = _resolve(app, [Entity("Nusa Link", "org"), Entity("Kopi Tepian", "org")])
    again = _resolve(app, [Entity("NusaLink", "org"), Entity("KopiTepian", "org"), Entity("Nusa", "org")])
    assert again[:2] == first and again[2] not in first


def test_a_company_whose_opening_words_are_written_as_their_initials_is_one_entity(app: BriefingApp) -> None:
    """"Koperasi Simpan Pinjam Sendangsari Makmur" and "KSP Sendangsari Makmur", "PT Asuransi Jiwa Bersama Kopitara"
    and "AJB Kopitara": one company, whichever is stored first; initials of other words find nothing."""
    full, short = _resolve(app, [Entity("Koperasi Simpan Pinjam Sendangsari Makmur", "org")]) + \
        _resolve(app, [Entity("KSP Sendangsari Makmur", "org")])
    assert short == full
    short, full = _resolve(app, [Entity("AJB Kopitara", "org")]) + \
        _resolve(app, [Entity("PT Asuransi Jiwa Bersama Kopitara", "org")])
    assert full == short
    other, = _resolve(app, [Entity("KS Pinjam Sendangsari Makmur Jaya", "org")])
    assert other != full


def test_a_company_written_as_its_initials_in_capitals_is_one_entity(app: BriefingApp) -> None:
    """"Teluk Biru Energi" and "TBE": one company, whichever is stored first; a word that is not written in
    capitals (a given name "Sri") finds no company whose initials it spells."""
    full, = _resolve(app, [Entity("Teluk Biru Energi", "org")])
    assert _resolve(app, [Entity("TBE", "org")]) == [full]
    short, = _resolve(app, [Entity("KSM", "org")])
    assert _resolve(app, [Entity("PT Kopi Sendang Makmur", "org")]) == [short]
    other, = _resolve(app, [Entity("Sendang Ragam Indah", "org")])
    assert other not in _resolve(app, [Entity("Sri Wulandari", "person", {"Sri"}), Entity("Sri", "org")])


def test_a_foundation_s_short_name_finds_it_but_a_union_s_company_does_not(app: BriefingApp) -> None:
    """"Yayasan Teluk Biru Lestari Nusantara" is called "Teluk Biru Lestari"; "Serikat Pekerja Kopitara Nusa" is
    formed around the company "Kopitara Nusa" and stays apart from it."""
    foundation, = _resolve(app, [Entity("Yayasan Teluk Biru Lestari Nusantara", "org")])
    assert _resolve(app, [Entity("Teluk Biru Lestari", "org")]) == [foundation]
    union, = _resolve(app, [Entity("Serikat Pekerja Kopitara Nusa", "org")])
    assert _resolve(app, [Entity("Kopitara Nusa", "org")]) != [union]


def test_a_bank_named_with_bank_last_is_the_bank_named_with_it_first(app: BriefingApp) -> None:
    """"Sendang Bank" (English copy) and "PT Bank Sendang Tbk" (Indonesian): one bank, whichever is stored first."""
    english, = _resolve(app, [Entity("Sendang Bank", "org")])
    assert _resolve(app, [Entity("PT Bank Sendang Tbk", "org")]) == [english]
    indonesian, = _resolve(app, [Entity("Bank Kopitara", "org")])
    assert _resolve(app, [Entity("Kopitara Bank", "org")]) == [indonesian]
    assert _resolve(app, [Entity("Bank", "org")]) not in ([english], [indonesian])


def test_a_company_s_web_address_is_the_company(app: BriefingApp) -> None:
    """"Kopitara.net" (read as an outlet by its shape) is the site of the company "Kopitara"; another company whose name
    only opens with it stays apart."""
    company, other = _resolve(app, [Entity("Kopitara", "org"), Entity("Kopitara Nusa", "org")])
    site, = _resolve(app, [Entity("Kopitara.net", "media")])
    assert site == company != other


def test_a_company_written_with_its_legal_form_is_found_written_without_it(app: BriefingApp) -> None:
    """One outlet writes "Sinar Tekstil", a later one the brand with the legal name as its other name ("Sintex",
    "PT Sinar Tekstil Tbk"): one company, in either order."""
    first = _resolve(app, [Entity("Sinar Tekstil", "org")])
    again = _resolve(app, [Entity("Sintex", "org", {"PT Sinar Tekstil Tbk"}), Entity("Sinar", "org")])
    assert again[0] == first[0] and again[1] != first[0]
    assert _resolve(app, [Entity("Sintex", "org")]) == first
    brand = _resolve(app, [Entity("Lentex", "org", {"Lentera Tekstil Tbk"})])
    assert _resolve(app, [Entity("Lentera Tekstil", "org")]) == brand


def test_events_are_written_with_each_actor_once_and_their_anchors(app: BriefingApp) -> None:
    """An actor named twice (by two of its names) is one row at its first place; a name the article does not
    store is no actor; anchors are the stored actors of the event dated from; an event of a passage not
    stored is not written, and the amounts of the others are linked to their event."""
    body = "Nusantara Robotics raised $12 million weeks after Meta invested."
    fund = Amount("money", 12e6, "$12 million", 0, currency="USD", entity="Nusantara Robotics")
    extraction = Extraction(
        passages=[Passage(0, body, 0, len(body))],
        entities=[Entity("Nusantara Robotics", "org", {"Nusantara"}), Entity("Meta", "org")],
        events=[
            Event("funding", ["Unstored Fund", "Nusantara Robotics", "Meta", "Nusantara Robotics"], 0, body,
                  amounts=[fund], anchor=("investment", ("Meta", "Unstored Fund"))),
            Event("investment", ["Meta"], 0, "Meta invested."),
            Event("hiring", ["Meta"], 7, "a passage that is not stored"),
        ],
    )
    doc = SourceDoc(text=body, title="t", source_file="a.txt", language="en", published="2026-03", raw=body)
    with app.store.write() as session:
        queries.save_article(session=session, doc=doc, extraction=extraction, source_key="file:a.txt",
                             content_hash="h")
    with app.store.session() as session:
        ids = {row.name: row.id for row in session.scalars(select(m.Entity))}
        events = session.execute(select(m.Event.id, m.Event.type, m.Event.anchor_type).order_by(m.Event.id)).all()
        assert [(kind, anchor) for _, kind, anchor in events] == [("funding", "investment"), ("investment", None)]
        funding, investment = events[0][0], events[1][0]
        actors = session.execute(select(m.EventActor.event_id, m.EventActor.entity_id, m.EventActor.position)).all()
        assert sorted(tuple(row) for row in actors) == sorted([
            (funding, ids["Nusantara Robotics"], 1), (funding, ids["Meta"], 2), (investment, ids["Meta"], 0)])
        anchors = session.execute(select(m.EventAnchor.event_id, m.EventAnchor.entity_id)).all()
        assert [tuple(row) for row in anchors] == [(funding, ids["Meta"])]
        amounts = session.execute(select(m.Amount.text, m.Amount.event_id)).all()
        assert [tuple(row) for row in amounts] == [("$12 million", funding)]


def test_a_person_written_at_another_length_is_the_person_stored(app: BriefingApp) -> None:
    """Outlets write one person with or without a middle name or initial: later articles find the stored person,
    and a fuller name becomes the shown one. A short name that fits two stored people finds neither."""
    short, = _resolve(app, [Entity("Hendra Kusuma", "person")])
    full, initial, other = _resolve(app, [Entity("Hendra Wijaya Kusuma", "person")]) + \
        _resolve(app, [Entity("Hendra W. Kusuma", "person")]) + _resolve(app, [Entity("Hendra Pratama Kusuma", "person")])
    assert full == short == initial and other != short
    with app.store.session() as session:
        assert session.get(m.Entity, short).name == "Hendra Wijaya Kusuma"
    # the initial written first, the full middle name later, in a name as long
    initial_first, = _resolve(app, [Entity("Johan R. Siregar", "person")])
    spelled_later, = _resolve(app, [Entity("Johan Rahmat Siregar", "person")])
    assert spelled_later == initial_first
    rudi = _resolve(app, [Entity("Rudi Santoso Halim", "person")]) + _resolve(app, [Entity("Rudi Hartono Halim", "person")])
    ambiguous, = _resolve(app, [Entity("Rudi Halim", "person")])
    assert len(set(rudi)) == 2 and ambiguous not in rudi


def test_a_long_family_name_misspelt_by_one_letter_is_the_person_stored(app: BriefingApp) -> None:
    """One outlet drops a letter of a long family name ("Soewardjno"): the same person; a short family name one
    letter off ("Santosa" / "Santoso") after a given name two stored people have is someone else."""
    spelled, = _resolve(app, [Entity("Hendra Soewardjono", "person")])
    slipped, = _resolve(app, [Entity("Hendra Soewardjno", "person")])
    assert slipped == spelled
    _resolve(app, [Entity("Budi Hartono", "person")])
    santoso, = _resolve(app, [Entity("Budi Santoso", "person")])
    santosa, = _resolve(app, [Entity("Budi Santosa", "person")])
    assert santosa != santoso


def test_a_given_name_with_or_without_its_silent_final_h_is_the_person_stored(app: BriefingApp) -> None:
    """Outlets write "Sofiah" or "Sofia", "Fatimah" or "Fatima": one person; "Sofian" is another name."""
    spelled, = _resolve(app, [Entity("Sofiah Wardhani", "person")])
    without_h, = _resolve(app, [Entity("Sofia Wardhani", "person")])
    other, = _resolve(app, [Entity("Sofian Wardhani", "person")])
    assert without_h == spelled and other != spelled


def test_a_three_word_name_with_its_last_word_one_letter_off_is_the_person_stored(app: BriefingApp) -> None:
    """"Tony Budianto Sihite" / "Toni Budianto Sihige": all alike but a slip in the family name, one person; two
    words alike but a short family name one letter off ("Budi Sihite" / "Budi Sihige") are two."""
    spelled, = _resolve(app, [Entity("Tony Budianto Sihite", "person")])
    slipped, = _resolve(app, [Entity("Toni Budianto Sihige", "person")])
    assert slipped == spelled
    two = _resolve(app, [Entity("Rudi Sihite", "person")]) + _resolve(app, [Entity("Rudi Sihige", "person")])
    assert len(set(two)) == 2


def test_a_person_written_with_or_without_a_leading_initial_or_title_is_the_person_stored(app: BriefingApp) -> None:
    """Outlets keep or drop an initial or a title before a name ("M Arif Santoso", "Raja Arif Santoso", "Arif
    Santoso"): one person, in any order. A two-word name keeps its first word ("Raja Santoso" is no "Santoso")."""
    initial, = _resolve(app, [Entity("M Arif Santoso", "person")])
    bare, titled = _resolve(app, [Entity("Arif Santoso", "person")]) + _resolve(app, [Entity("Raja Arif Santoso", "person")])
    assert bare == titled == initial
    plain, = _resolve(app, [Entity("Wulan Dewi Kartika", "person")])
    haji, = _resolve(app, [Entity("H. Wulan Dewi Kartika", "person")])
    assert haji == plain
    two_words = _resolve(app, [Entity("Raja Santoso", "person")]) + _resolve(app, [Entity("Budi Santoso", "person")])
    assert len(set(two_words)) == 2


def test_a_long_name_split_in_two_words_and_one_letter_off_is_the_person_stored(app: BriefingApp) -> None:
    """"Rina Sekarwulan Hapsari" / "Rina Sekar Wulan Hapsary": one word of a long name written as two, and one slip of
    the keys; the words after a shared given name that differ more are someone else ("Rina Sekar Wulan Hartati")."""
    spelled, = _resolve(app, [Entity("Rina Sekarwulan Hapsari", "person")])
    split, = _resolve(app, [Entity("Rina Sekar Wulan Hapsary", "person")])
    other, = _resolve(app, [Entity("Rina Sekar Wulan Hartati", "person")])
    assert split == spelled and other != spelled


def test_a_full_name_found_by_a_bare_given_name_stored_alone_is_the_person_it_writes_otherwise(app: BriefingApp) -> None:
    """One article names "Budi" alone; a later one "Budi Hartono Wirjadi" and calls him "Budi": the store's "Budi
    Hartono Wiryadi" (the same name in today's spelling) is the person, and the bare "Budi" joins him."""
    full, = _resolve(app, [Entity("Budi Hartono Wiryadi", "person")])
    bare, = _resolve(app, [Entity("Budi", "person")])
    assert bare != full
    later, = _resolve(app, [Entity("Budi Hartono Wirjadi", "person", {"Budi"})])
    assert later == full
    with app.store.session() as session:
        assert session.get(m.Entity, bare) is None
    again, = _resolve(app, [Entity("Budi", "person")])
    assert again == full


def test_a_person_written_with_given_names_swapped_or_dh_for_d_is_the_person_stored(app: BriefingApp) -> None:
    """"Sakti Wahyu Nugroho" / "Wahyu Sakti Nugroho", "Handhika Rahardjo Putro" / "Handika Rahardjo Putro": one
    person; two words swapped ("Wahyu Sakti" / "Sakti Wahyu") are two, as nothing ends both alike."""
    first, = _resolve(app, [Entity("Sakti Wahyu Nugroho", "person")])
    swapped, = _resolve(app, [Entity("Wahyu Sakti Nugroho", "person")])
    assert swapped == first
    spelled, = _resolve(app, [Entity("Handika Rahardjo Putro", "person")])
    with_h, = _resolve(app, [Entity("Handhika Rahardjo Putro", "person")])
    assert with_h == spelled
    two = _resolve(app, [Entity("Dewi Sartika", "person")]) + _resolve(app, [Entity("Sartika Dewi", "person")])
    assert len(set(two)) == 2


# (stored first, written later as the same person, another person): a first name with a letter doubled or not
# ("Jefri" / "Jeffry", "Ferry" / "Feri"), in the old spelling or today's ("Soedjatmiko" / "Sujatmiko", "Tjandra" /
# "Candra"; the first name is what stored names are read by), whichever outlet wrote first
@pytest.mark.parametrize(("first", "same", "other"), [
    ("Jefri Tanuwijaya", "Jeffry Tanuwidjaja", "Jefri Santoso"),
    ("Ferry Santosa", "Feri Santosa", "Fery Susanto"),
    ("Soedjatmiko Liem Oetomo", "Sujatmiko Utomo", "Sujatmiko Hartono"),
    ("Candra Wirawan", "Tjandra Wirawan", "Candra Wibowo"),
    # the family name in the old spelling, its "j" today's "y"
    ("Felix Hartanto Wirjadi", "Felix Wiryadi", "Felix Wirawan"),
    # every word spelled another way: "ch" said "h", "dj" (by ``spelled_person_key``), a silent "h", a soft "c", "ck",
    # a final "d" after "n", "th", "sh"
    ("Rachmat Sangadji", "Rahmat Sangaji", "Rahmat Sanjaya"),
    ("Bernhard Halimun", "Bernard Halimun", "Bernard Halim"),
    ("Bonifacius Frederick Lado", "Bonifasius Frederik Lado", "Bonifasius Lado Wera"),
    ("Ferdinand Marthen Kopitara", "Ferdinan Marten Kopitara", "Ferdinan Kusuma"),
    ("Arshad Wirawan", "Arsyad Wirawan", "Asad Wirawan"),
    # the first name spelled otherwise and a middle name by its initial: found by the spelling keys' first word
    ("Rachmat Utama Djangkar", "Rahmat U. Djangkar", "Rahmat U. Halim"),
])
def test_a_person_whose_first_name_is_spelled_another_way_is_the_person_stored(app: BriefingApp, first: str, same: str,
                                                                               other: str) -> None:
    stored, = _resolve(app, [Entity(first, "person")])
    again, = _resolve(app, [Entity(same, "person")])
    assert again == stored
    elsewhere, = _resolve(app, [Entity(other, "person")])
    assert elsewhere != stored


def test_a_person_written_without_the_first_of_three_names_is_the_person_stored(app: BriefingApp) -> None:
    """Outlets drop the first of three names as they drop a middle one: "Rina Wulandari" is the one stored person whose
    name ends so, either order of storing; a two-word name two stored people's names end with joins neither."""
    full, = _resolve(app, [Entity("Dewi Rina Wulandari", "person")])
    assert _resolve(app, [Entity("Rina Wulandari", "person")]) == [full]
    short, = _resolve(app, [Entity("Budi Hartono", "person")])
    longer, = _resolve(app, [Entity("Agus Budi Hartono", "person")])
    assert longer == short
    with app.store.session() as session:
        assert session.get(m.Entity, short).name == "Agus Budi Hartono"  # shown by the fuller name
    one, two = _resolve(app, [Entity("Sri Arkandi Halimun", "person"), Entity("Joko Arkandi Halimun", "person")])
    assert one != two and _resolve(app, [Entity("Arkandi Halimun", "person")])[0] not in (one, two)


def test_a_person_written_by_the_first_words_of_the_name_is_the_person_stored(app: BriefingApp) -> None:
    """Many names have no family name to end them: outlets drop the last word ("Yohanes Adi" for
    "Yohanes Adi Gerungan"). Both orders find one person; one word is not enough, nor a name that opens
    two stored people."""
    full, = _resolve(app, [Entity("Yohanes Adi Gerungan", "person")])
    short, = _resolve(app, [Entity("Yohanes Adi", "person")])
    assert short == full
    first, = _resolve(app, [Entity("Sinta Maharani", "person")])
    longer, = _resolve(app, [Entity("Sinta Maharani Putri", "person")])
    assert longer == first
    with app.store.session() as session:
        assert session.get(m.Entity, first).name == "Sinta Maharani Putri"
    two = _resolve(app, [Entity("Dewi Lestari Hakim", "person")]) + _resolve(app, [Entity("Dewi Lestari Nasution", "person")])
    neither, = _resolve(app, [Entity("Dewi Lestari", "person")])
    assert len(set(two)) == 2 and neither not in two


def test_names_known_as_two_stored_entities_take_the_one_of_their_kind_most_of_them_name(app: BriefingApp) -> None:
    """One article misread a company's legal name as a person's; a later article names the company by both
    names: it is the stored company, not the misread person, whichever name comes first; of two stored
    companies, the one most of the names find."""
    person, = _resolve(app, [Entity("Sinar Rejeki Abadi", "person")])
    company, = _resolve(app, [Entity("Sinarex", "org")])
    later, = _resolve(app, [Entity("Pabrik Sinarex", "org", {"Sinar Rejeki Abadi", "Sinarex"})])
    assert later == company != person
    # two stored companies each known by some of the names: the one most of them name
    legal, = _resolve(app, [Entity("Lentera Tekstil", "org")])
    brand, = _resolve(app, [Entity("Lentex", "org", {"Lentex Indo Tbk"})])
    both, = _resolve(app, [Entity("Pabrik Lentex", "org", {"Lentera Tekstil", "Lentex Indo Tbk", "Lentex"})])
    assert legal != brand and both == brand
    assert _resolve(app, [Entity("Lentera Tekstil", "org")]) == [brand]  # the other one was merged into it


def test_a_person_s_nickname_is_kept_and_finds_the_person_later(app: BriefingApp) -> None:
    """A one-word nickname made of the name's openings ("Zulhas") is kept and names the person in a later
    article; a word of the name itself ("Hasan") or initials ("ZH") are not kept."""
    first, = _resolve(app, [Entity("Zulkifli Hasan", "person", {"Zulhas", "Hasan", "ZH"})])
    assert {key for owner, key in _aliases(app) if owner == first} == {"zulkifli hasan", "zulhas", "spelled:zulkifli hasan"}
    later, = _resolve(app, [Entity("Zulhas", "person")])
    assert later == first


def test_a_name_finds_the_forms_added_before_it_in_the_same_article(app: BriefingApp) -> None:
    """The look-ups of a person's or organisation's other forms see the names the article added before them
    (written first only when one of them could be found); names they could not find change nothing."""
    ids = _resolve(app, [
        Entity("Agus Salim", "person"), Entity("Kirana Logistik", "org"),  # nothing below could find these
        Entity("Hendra Kusuma", "person"), Entity("Hendra Wijaya Kusuma", "person"),  # a fuller form of the one before
        Entity("Bank Kencana", "org"), Entity("PT Bank Kencana Tbk", "org"),  # a longer form of the one before
        Entity("Hendra Pratama", "person"),  # the same first name, another person
    ])
    agus, kirana, hendra, fuller, bank, longer, pratama = ids
    assert (fuller, longer) == (hendra, bank) and len({agus, kirana, hendra, bank, pratama}) == 5
    with app.store.session() as session:
        assert session.get(m.Entity, hendra).name == "Hendra Wijaya Kusuma"


def test_a_look_up_sees_what_the_article_changed_in_a_stored_entity(app: BriefingApp) -> None:
    """A byline's name that an article shows to be a person's becomes a person at once: a later form of it
    in the same article finds it."""
    author, = _resolve(app, [Entity("Dian Sastro", "author")])
    person, shorter_form = _resolve(app, [Entity("Dian Sastro", "person"), Entity("Dian S. Sastro", "person")])
    assert person == shorter_form == author


def test_planner_statistics_are_refreshed_on_postgresql_only(app: BriefingApp) -> None:
    """The bench refreshes PostgreSQL's statistics after its ingest, as autovacuum would; SQLite keeps its plans."""
    _resolve(app, [Entity("Selaras Nikel", "org")])
    with app.store.write() as session:
        ran = queries.refresh_planner_statistics(session=session)
    assert ran is (app.store.dialect == "postgresql")
    if ran:
        with app.store.session() as session:
            analyzed = session.execute(text("select last_analyze from pg_stat_user_tables where relname = 'entities'")).scalar()
        assert analyzed is not None


def _orgs(app: BriefingApp) -> list[int]:
    with app.store.session() as session:
        return sorted(session.scalars(select(m.Entity.id).where(m.Entity.kind == "org")))


def test_one_company_stored_apart_under_two_names_is_merged_when_an_article_names_it_by_both(app: BriefingApp) -> None:
    """"Sinar Tekstil" and "Sintex" were stored by two articles; a third names "Sintex" with "PT Sinar Tekstil
    Tbk" as its other name: one company remains (the one its own name finds), found by every name, whichever
    form the third article writes the legal name in."""
    for other_name in ("PT Sinar Tekstil Tbk", "Sinar Tekstil"):
        legal, = _resolve(app, [Entity("Sinar Tekstil", "org")])
        brand, = _resolve(app, [Entity("Sintex", "org")])
        assert legal != brand
        both, = _resolve(app, [Entity("Sintex", "org", {other_name})])
        assert both == brand and _orgs(app) == [brand]
        assert _resolve(app, [Entity("Sinar Tekstil", "org")]) == _resolve(app, [Entity("Sintex", "org")]) == [brand]
        assert {"sinar tekstil", "sintex", norm_name(other_name)} <= {key for owner, key in _aliases(app) if owner == brand}
        with app.store.write() as session:  # the next round starts from an empty store
            session.execute(m.Entity.__table__.delete())


def test_a_company_added_earlier_by_the_same_article_is_merged_too(app: BriefingApp) -> None:
    """The twin may have been added by the same article, before the name that finds both: what the article
    resolved to it is the kept entity."""
    legal, = _resolve(app, [Entity("Sinar Tekstil", "org")])
    first, second = _resolve(app, [Entity("Sintex", "org"), Entity("Sinar Tekstil", "org", {"Sintex"})])
    assert first == second == legal and _orgs(app) == [legal]
    assert _resolve(app, [Entity("Sintex", "org")]) == [legal]


def _article(session, name: str, extraction: Extraction) -> None:  # type: ignore[no-untyped-def]
    text = extraction.passages[0].text
    doc = SourceDoc(text=text, title=name, source_file=name, language="en", published="2025-03", raw=text)
    queries.save_article(session=session, doc=doc, extraction=extraction, source_key=f"file:{name}", content_hash=name)


def _both_named(body: str) -> Extraction:
    """One article naming the company by both its names as two entities (as an extractor might), with an event
    both act in, an amount about both, a role at one and a quote about the other."""
    loss = Amount("money", 9e10, "Rp 90 billion", 0, currency="IDR", entity="Sintex", about=["Sintex", "Sinar Tekstil"])
    return Extraction(
        passages=[Passage(0, body, 0, len(body))],
        entities=[Entity("Sinar Tekstil", "org"), Entity("Sintex", "org"), Entity("Hadi Wirawan", "person")],
        mentions=[Mention("Sinar Tekstil", 0, 0, 13, "Sinar Tekstil"), Mention("Sintex", 0, 15, 21, "Sintex"),
                  Mention("Sintex", 0, 100, 106, "Sintex"), Mention("Hadi Wirawan", 0, 70, 82, "Hadi Wirawan")],
        events=[Event("results", ["Sintex", "Sinar Tekstil"], 0, body)],
        amounts=[loss],
        roles=[Role("Hadi Wirawan", "director", "Sinar Tekstil", 0)],
        quotes=[Quote("Hadi Wirawan", "orders fell", 0, about="Sinar Tekstil")],
    )


def test_a_merge_points_every_fact_at_the_entity_kept_and_drops_the_rows_it_would_repeat(app: BriefingApp) -> None:
    """Mentions, actors, amounts, roles, quotes, aliases and follows of the entity merged away are the kept
    one's; where both had a row (actors of one event, an amount about both, one chat following both) one stays,
    an actor at the first of their places; its counts are its mentions and the articles naming it; the store
    version and merge stamp change, so caches of names and ids rebuild."""
    body = "Sinar Tekstil (Sintex) lost Rp 90 billion, its director Hadi Wirawan said; Sintex blamed orders."
    with app.store.write() as session:
        _article(session, "a.txt", _both_named(body))
    with app.store.write() as session:
        ids = {row.name: row.id for row in session.scalars(select(m.Entity))}
        legal, brand = ids["Sinar Tekstil"], ids["Sintex"]
        for chat, entity in (("t:1", legal), ("t:1", brand), ("t:2", legal)):
            chats.follow_entity(session=session, chat_key=chat, entity_id=entity)
        before = queries.store_version(session=session), queries.entity_merges(session=session)
    assert _resolve(app, [Entity("Sintex", "org", {"PT Sinar Tekstil Tbk"})]) == [brand]
    with app.store.session() as session:
        assert session.get(m.Entity, legal) is None
        kept = session.get(m.Entity, brand)
        assert kept is not None and (kept.mention_count, kept.article_count) == (3, 1)
        assert [tuple(r) for r in session.execute(select(m.EventActor.entity_id, m.EventActor.position))] == [(brand, 0)]
        assert list(session.scalars(select(m.AmountEntity.entity_id))) == [brand]
        assert list(session.scalars(select(m.Role.org_id))) == list(session.scalars(select(m.Quote.about_id))) == [brand]
        assert set(session.scalars(select(m.Mention.entity_id))) == {brand, ids["Hadi Wirawan"]}
        assert sorted(tuple(r) for r in session.execute(select(m.Follow.chat_key, m.Follow.entity_id))) == [
            ("t:1", brand), ("t:2", brand)]
        after = queries.store_version(session=session), queries.entity_merges(session=session)
    assert {owner for owner, key in _aliases(app) if "sin" in key} == {brand}
    assert after[0] != before[0] and after[1] != before[1] == ""


def test_an_article_stored_again_after_a_merge_leaves_the_kept_entity_counted_right(app: BriefingApp) -> None:
    """An article stored again removes what it named before by the ids of then, one of them merged since."""
    body = "Sinar Tekstil (Sintex) lost Rp 90 billion, its director Hadi Wirawan said; Sintex blamed orders."
    with app.store.write() as session:
        _article(session, "a.txt", _both_named(body))
    merged = _both_named(body)
    merged.entities[1] = Entity("Sintex", "org", {"PT Sinar Tekstil Tbk"})
    with app.store.write() as session:
        existing = queries.find_article(session=session, source_key="file:a.txt")
        doc = SourceDoc(text=body, title="a", source_file="a.txt", language="en", published="2025-03", raw=body)
        queries.save_article(session=session, doc=doc, extraction=merged, source_key="file:a.txt",
                             content_hash="changed", existing=existing)
    with app.store.session() as session:
        counts = {row.name: (row.mention_count, row.article_count) for row in session.scalars(select(m.Entity))}
    assert counts == {"Sintex": (3, 1), "Hadi Wirawan": (1, 1)}


def test_two_stored_people_are_merged_only_when_an_article_names_one_with_the_other_s_name(app: BriefingApp) -> None:
    """Budi Santoso and Rina Lestari stay two people when an organisation's names find them, when another name's
    other names find them (its own name finding neither); an article that names Budi Santoso with the name Rina
    Lestari as his other name makes them one."""
    budi, rina = _resolve(app, [Entity("Budi Santoso", "person")]) + _resolve(app, [Entity("Rina Lestari", "person")])
    _resolve(app, [Entity("Yayasan Budi Santoso", "org", {"Budi Santoso", "Rina Lestari"})])
    _resolve(app, [Entity("Budi Santoso", "org", {"Rina Lestari"})])
    _resolve(app, [Entity("Pak Budi", "person", {"Budi Santoso", "Rina Lestari"})])
    _resolve(app, [Entity("Rina Santoso", "person", {"Rina", "Budi Santoso"})])
    with app.store.session() as session:
        people = set(session.scalars(select(m.Entity.id).where(m.Entity.kind == "person")))
    assert {budi, rina} <= people
    assert _resolve(app, [Entity("Budi Santoso", "person", {"Rina Lestari"})]) == [budi]
    with app.store.session() as session:
        assert session.get(m.Entity, rina) is None


# Three invented articles: the legal name alone, the brand alone, then both as one company.
SINAR_TEKSTIL = {
    "one.txt": "Sinar Tekstil lays off 1,200 workers\n\nSEMARANG – Sinar Tekstil laid off 1,200 workers at its spinning "
               "mill in March 2025, the company said on Monday.\n\nSinar Tekstil's director Hadi Wirawan said the cuts "
               "followed a fall in export orders.\n",
    "two.txt": "Sintex opens a weaving plant\n\nSEMARANG – Textile maker Sintex opened a weaving plant in June 2025, Sintex "
               "said on Tuesday.\n\nSintex invested Rp 350 billion in the plant, company director Hadi Wirawan said.\n",
    "three.txt": "Sintex posts a loss and seeks a debt restructuring\n\nJAKARTA – Textile maker Sintex (PT Sinar Tekstil "
                 "Tbk) posted a net loss of Rp 90 billion in 2025, the company said on Wednesday.\n\nSintex filed for "
                 "debt restructuring in September 2025, Sintex said.\n",
}


def test_an_article_naming_a_company_by_both_its_stored_names_joins_what_each_told(app: BriefingApp, tmp_path: Path) -> None:
    """After the third article, /who by either name is one company, whose timeline holds the layoffs the first
    article told (as "Sinar Tekstil"), the plant the second told (as "Sintex") and the third's loss."""
    for name, body in SINAR_TEKSTIL.items():
        (tmp_path / name).write_text(body, encoding="utf-8")
        assert app.ingest([str(tmp_path / name)]).new
    legal, brand = app.ask("/who Sinar Tekstil"), app.ask("/who Sintex")
    assert legal.entity is not None and brand.entity is not None
    assert (legal.entity.id, legal.entity.name) == (brand.entity.id, "Sintex")
    assert {"Sinar Tekstil", "Sinar Tekstil Tbk"} <= set(brand.entity.aliases)
    assert [item.text for item in legal.items] == [item.text for item in brand.items]
    told = " ".join(item.text for item in brand.items)
    assert "laid off 1,200 workers" in told and "invested Rp 350 billion" in told
    timeline = app.ask("/timeline Sintex")
    assert [(item.kind, item.date) for item in timeline.items] == [
        ("results", "2025"), ("layoffs", "2025-03"), ("opening", "2025-06"), ("other", "2025-09")]


def test_a_company_s_shorter_name_does_not_merge_a_stored_parent_into_its_subsidiary(app: BriefingApp) -> None:
    """"Kalinda" and "Kalinda Hulu Energi" stored apart may be a parent and its subsidiary: an article that writes
    the one as a short form of the other does not make them one."""
    parent, subsidiary = _resolve(app, [Entity("Kalinda", "org")]) + _resolve(app, [Entity("Kalinda Hulu Energi", "org")])
    again = _resolve(app, [Entity("Kalinda Hulu Energi", "org", {"Kalinda"})])
    assert again == [subsidiary] and parent != subsidiary
    assert _resolve(app, [Entity("Kalinda", "org")]) == [parent]


def test_courts_of_one_kind_spelled_out_with_their_short_form_stay_apart_in_the_store(app: BriefingApp) -> None:
    """"Pengadilan Negeri (PN) Surabaya" and "Pengadilan Negeri (PN) Jakarta Pusat" are two courts: neither the kind
    nor its bare short form joins them; a later "Pengadilan Negeri Jakarta Pusat" is the second."""
    from bot.extraction.pipeline import extract

    def court(text: str) -> int:
        entities = extract(text, language="id", published="2026-05-12").entities
        ids = dict(zip([e.name for e in entities], _resolve(app, entities), strict=True))
        return next(i for name, i in ids.items() if "Pengadilan" in name)

    surabaya = court("Kurator menggugat PT Sinar Abadi di Pengadilan Negeri (PN) Surabaya, Selasa (12/5/2026). "
                     "Juru bicara PN Surabaya Agus Salim membenarkan gugatan itu.")
    jakarta = court("Warga menggugat PT Sinar Abadi di Pengadilan Negeri (PN) Jakarta Pusat, Senin (4/5/2026). "
                    "Ketua PN Jakarta Pusat Budi Santoso mengatakan sidang digelar pekan depan.")
    again = court("Sidang gugatan terhadap PT Sinar Abadi digelar di Pengadilan Negeri Jakarta Pusat, Senin (11/5/2026).")
    assert surabaya != jakarta and again == jakarta
