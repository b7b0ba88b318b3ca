"""Name matching decisions on a small hand-made index (no store needed)."""

from __future__ import annotations

from bot.answers.matching import NameIndex
from db.names import compact_name, norm_name


def _index(*entities: tuple[int, str, str, list[str], int]) -> NameIndex:
    rows = []
    for entity_id, name, kind, aliases, mentions in entities:
        for alias in [name, *aliases]:
            rows.append((entity_id, name, kind, alias, norm_name(alias), mentions))
    return NameIndex(rows)


INDEX = _index(
    (1, "Jonathan Siddharth", "person", [], 3),
    (2, "Jonathan Sidharta", "person", [], 3),
    (3, "Scale AI", "org", ["ScaleAI", "Scale"], 50),
    (4, "OpenAI", "org", ["Open AI"], 20),
    (5, "Alexandr Wang", "person", [], 9),
)


def test_norm_and_compact() -> None:
    assert norm_name("  Méta Platforms, Inc. ") == "meta platforms inc"
    assert compact_name("Open AI") == compact_name("OpenAI") == "openai"


def test_close_candidates_ask_instead_of_guessing() -> None:
    match = INDEX.lookup("Jonathan Sidharth")
    assert match.status == "ambiguous"
    assert {c.name for c in match.candidates} >= {"Jonathan Siddharth", "Jonathan Sidharta"}


def test_clear_matches_resolve() -> None:
    assert INDEX.lookup("scale ai").entity.name == "Scale AI"
    assert INDEX.lookup("SCALEAI").entity.name == "Scale AI"
    assert INDEX.lookup("open ai").entity.name == "OpenAI"
    assert INDEX.lookup("alex wang").entity.name == "Alexandr Wang"
    assert INDEX.lookup("Wang").entity.name == "Alexandr Wang"


def test_nothing_close_is_not_found() -> None:
    match = INDEX.lookup("Qwertyuiop")
    assert match.status == "not_found" and match.entity is None
    assert INDEX.lookup("").status == "not_found"
    assert INDEX.lookup("!!!").status == "not_found"


def test_a_two_letter_word_tells_one_company_from_another() -> None:
    """"KB Studios" is not "Kopitara Layar Studios": a two-letter word counts like any other unless it is a
    particle or a legal form ("PT Kopitara Layar Studios" is the company)."""
    index = _index((1, "Kopitara Layar Studios", "org", [], 12), (2, "Budi Hartono", "person", [], 4))
    assert index.lookup("KB Studios").status != "ok"
    assert index.lookup("PT Kopitara Layar Studios").entity.name == "Kopitara Layar Studios"


def test_a_body_typed_with_the_body_it_belongs_to_or_its_office_word_is_the_body() -> None:
    index = _index(
        (1, "Bareskrim", "org", [], 6),
        (2, "Polri", "org", ["Kepolisian Negara Republik Indonesia"], 30),
        (3, "SAR Sendangsari", "org", [], 4),
        (4, "Budi Hartono", "person", [], 5),
    )
    assert index.lookup("Bareskrim Polri").entity.name == "Bareskrim"
    assert index.lookup("Kantor SAR Sendangsari").entity.name == "SAR Sendangsari"
    # a parent's name alone after a word that names nothing stored finds nothing
    assert index.lookup("Kopitara Polri").status != "ok"
