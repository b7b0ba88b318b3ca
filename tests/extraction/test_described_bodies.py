"""A public body called by its portfolio in lower case stands for the one body of that kind the article names."""

from __future__ import annotations

import pytest

from bot.extraction import extract

NAMED = ("The Ministry of Marine Affairs and Fisheries fined PT Teluk Biru Salvage on Monday, and the Financial "
         "Services Authority (OJK) opened a probe into Kopitara Holdings. ")


@pytest.mark.parametrize("sentence,body", [
    ("The fisheries ministry suspended the Teluk Biru fishing licence in May.", "Ministry of Marine Affairs and Fisheries"),
    ("Indonesia's financial services authority froze the Kopitara accounts in May.", "Financial Services Authority"),
])
def test_a_body_described_by_its_portfolio_is_the_one_named(sentence, body):
    got = extract(NAMED + sentence, language="en", published="2026-06-10")
    told = [e for e in got.events if e.text.startswith(sentence[:30])]
    assert told and told[0].actors[0] == body, got.events


@pytest.mark.parametrize("sentence", [
    # no body of the article answers the description: it stands for none
    "The health ministry suspended the Teluk Biru fishing licence in May.",
    # which one, not what it does
    "The same ministry suspended the Teluk Biru fishing licence in May.",
])
def test_a_description_no_named_body_fits_stands_for_none(sentence):
    got = extract(NAMED + sentence, language="en", published="2026-06-10")
    told = [e for e in got.events if e.text.startswith(sentence[:30])]
    assert all("Ministry of Marine Affairs and Fisheries" not in e.actors[:1] for e in told), got.events
