"""How an article's names become stored entities (db.queries.resolve_entities) and how its events are written
with their actors and anchors (db.queries.save_article), on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import select, text

from bot.app import BriefingApp
from bot.domain import Amount, Entity, Event, Extraction, Passage, SourceDoc
from db import models as m
from db import queries


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
    # an organisation's names are kept spaced and unspaced as well ("Nusa Link" / "NusaLink")
    assert _aliases(app) == {(nikel, "selaras nikel"), (nikel, "selaras nikel utama"), (nikel, "selarasnikel"),
                             (nikel, "selarasnikelutama"), (budi, "budi santoso"), (budi, "pak budi santoso"),
                             (wang_lei, "wang lei"), (wang, "wang")}
    again = _resolve(app, [Entity("Pak Budi Santoso", "person"), Entity("PT Selaras Nikel Utama Tbk", "org"),
                           Entity("Lintang Arta", "org")])
    assert again[:2] == [budi, nikel] and again[2] not in first
    assert (nikel, "pt selaras nikel utama tbk") in _aliases(app)


def test_an_organisation_written_spaced_and_unspaced_is_one_entity(app: BriefingApp) -> None:
    """Outlets space a company's name differently: either order of writing finds the one entity."""
    first = _resolve(app, [Entity("Nusa Link", "org"), Entity("Kopi Tepian", "org")])
    again = _resolve(app, [Entity("NusaLink", "org"), Entity("KopiTepian", "org"), Entity("Nusa", "org")])
    assert again[:2] == first and again[2] not in first


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


def test_a_person_s_nickname_is_kept_and_finds_the_person_later(app: BriefingApp) -> None:
    """A one-word nickname made of the name's openings ("Zulhas") is kept and names the person in a later
    article; a word of the name itself ("Hasan") or initials ("ZH") are not kept."""
    first, = _resolve(app, [Entity("Zulkifli Hasan", "person", {"Zulhas", "Hasan", "ZH"})])
    assert {key for owner, key in _aliases(app) if owner == first} == {"zulkifli hasan", "zulhas"}
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
