"""The names measure compares the entity a query resolves to with the key's name as a reader writes it."""

from bot.answer_eval import _bare


def test_legal_forms_articles_and_punctuation_do_not_make_another_name():
    assert _bare("PT Kereta Lintas Nusa Tbk") == _bare("Kereta Lintas Nusa")
    assert _bare("John Q. Marlow") == _bare("John Q Marlow")
    assert _bare("The Velvet Ferns") == _bare("Velvet Ferns")


def test_other_words_still_make_another_name():
    assert _bare("Kereta Lintas Nusa Daop") != _bare("PT Kereta Lintas Nusa")
    assert _bare("Dedi Kurnia") != _bare("Deddi Kurnia")
