"""Posts: compound titles, a holder marked former by "last" or by moving to another post, and a
company's country arm kept apart from its bare name."""

import pytest

from bot.extraction import extract


def roles(text: str, lang: str) -> set[tuple]:
    return {(r.person, r.title, r.org, r.former) for r in extract(text, language=lang, published="2025-06").roles}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Dewi Lestari, Bank Merapi's last president director, left the bank in May.", "en",
         ("Dewi Lestari", "president director", "Bank Merapi", True)),
        ("Nuvora Indonesia country director Bagus Santoso said the tender had closed.", "en",
         ("Bagus Santoso", "country director", "Nuvora Indonesia", False)),
        ("Country Director Nuvora Indonesia, Bagus Santoso, mengatakan uji coba dihentikan.", "id",
         ("Bagus Santoso", "country director", "Nuvora Indonesia", False)),
        # a permanent appointment ends the post the appointee is named by
        ("Edtech startup Kelasku said on Monday it had named chief operating officer Sinta Maharani as its new CEO. "
         "Kelasku was founded in 2019.", "en",
         ("Sinta Maharani", "COO", "Kelasku", True)),
        ("Shareholders of Bank Merapi named Bayu Prasetyo, deputy president director of Bank Merapi, as president "
         "director on Wednesday.", "en", ("Bayu Prasetyo", "deputy president director", "Bank Merapi", True)),
        # an acting one does not: the acting head keeps their own post
        ("Dewan komisaris PT Tirta Sejuk menunjuk Direktur Operasional Wulan Sari sebagai pelaksana tugas (Plt) "
         "Presiden Direktur.", "id", ("Wulan Sari", "direktur operasional", "Tirta Sejuk", False)),
    ],
)
def test_posts(text: str, lang: str, expected: tuple) -> None:
    assert expected in roles(text, lang)


def test_a_bare_name_is_the_company_not_its_country_arm() -> None:
    text = ("Nuvora Systems wins cloud deal\n\nNuvora Systems will run the ministry's servers. Nuvora said the work "
            "starts in May. Nuvora Indonesia country director Bagus Santoso said prices would fall.\n")
    entities = {e.name: e.aliases for e in extract(text, language="en", published="2025-06").entities}
    assert "Nuvora" in entities["Nuvora Systems"] and "Nuvora Indonesia" in entities
