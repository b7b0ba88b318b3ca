"""The names measure compares the entity a query resolves to with the key's name as a reader writes it."""

from bot.answer_eval import _bare


def test_legal_forms_articles_and_punctuation_do_not_make_another_name():
    assert _bare("PT Kereta Lintas Nusa Tbk") == _bare("Kereta Lintas Nusa")
    assert _bare("John Q. Marlow") == _bare("John Q Marlow")
    assert _bare("The Velvet Ferns") == _bare("Velvet Ferns")


def test_other_words_still_make_another_name():
    assert _bare("Kereta Lintas Nusa Daop") != _bare("PT Kereta Lintas Nusa")
    assert _bare("Dedi Kurnia") != _bare("Deddi Kurnia")


def test_a_role_counts_under_any_name_of_its_holder_and_its_organisation():
    from bot.answer_eval import _role_found
    from bot.domain import Answer, RoleItem

    answer = Answer("who", "Jamu Sentosa", roles=[RoleItem("Hendra Ong Wirawan", "president director", "Jamu Sentosa",
                                                             False, [])])
    fact = {"role": "Presiden Direktur", "person": "Hendra Wirawan", "org": "Jamu Sentosa"}
    assert _role_found(fact, answer, {"jamu sentosa"}, {"hendra wirawan", "hendra ong wirawan"})
    # the key's spelling alone, when the answer's name does not resolve to it, is another person
    assert not _role_found(fact, answer, {"jamu sentosa"}, {"hendra wirawan"})
    assert not _role_found(fact, answer, {"jamu sentosa"}, {"rudi hartono"})
