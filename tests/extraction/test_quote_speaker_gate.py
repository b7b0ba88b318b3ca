"""``quotes._before_en`` is ``quotes._BEFORE_EN.search``, skipped on a text that does not end with a speech verb
and holds no verb of naming; ``roles.first_title`` (the title a described speaker is read from) is
``roles.TITLE_RX.search``."""

from __future__ import annotations

import pytest

from bot.extraction import quotes, roles

TEXTS = [
    "Budi Santoso, the company's chief executive, said", "Budi said: ", "Budi said :\n", "The minister told",
    "He called the plan", "Ia menyebutnya", "Analysts described the deal as", "nothing here at all", "Budi SAID",
    "Menurut Budi, ia mengatakan :", "the said company", "Budi said it. Later", "Budi; said", "Siti wrote\t",
]


@pytest.mark.parametrize("text", TEXTS)
def test_it_finds_what_the_pattern_finds(text: str) -> None:
    found, expected = quotes._before_en(text), quotes._BEFORE_EN.search(text)
    assert (found and found.span("who")) == (expected and expected.span("who"))


@pytest.mark.parametrize("text", ["kata Direktur Utama PT Maju", "said the company's chief executive officer", "the subdirektur",
                                  "no post here", "ex-CEO of X and CEO of Y", "Wakil Ketua DPR"])
def test_the_first_title_is_the_search_s(text: str) -> None:
    found, expected = roles.first_title(text), roles.TITLE_RX.search(text)
    assert (found and found.span()) == (expected and expected.span())
