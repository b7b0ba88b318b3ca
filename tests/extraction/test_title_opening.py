"""The role patterns look at the title's opening characters (``leads.opening_of``) before the title itself: a
position the look-ahead turns away is one where the title cannot match, so every pattern finds what it found
without it."""

from __future__ import annotations

import re

from bot.extraction import leads, roles
from tests.extraction.helpers import fixture_sentences

_PLAIN_T = rf"(?<!\w)(?P<title>{roles.TITLE})"


def _sentences() -> list[str]:
    return list(fixture_sentences())


def test_the_opening_holds_wherever_the_title_starts() -> None:
    opening = re.compile(leads.opening_of(roles.TITLE))
    finder = leads.lead_finder(roles.TITLE)
    sentences = _sentences()[::4]
    for s in sentences + [s.upper() for s in sentences[:200]] + ["\u212aetua", "ſpokesperſon CEO", "İnterim CEO"]:
        for m in finder.finditer(s):
            assert opening.match(s, m.start()), (s, m.start())


def test_role_patterns_match_as_with_the_bare_title() -> None:
    assert roles._T.startswith(r"(?<!\w)(?=") and roles._T.endswith(_PLAIN_T[len(r"(?<!\w)"):])
    sentences = [s for s in _sentences()[::3] if roles.TITLE_RX.search(s)]
    assert len(sentences) > 500
    for _kind, rx in roles._patterns():
        if roles._T not in rx.pattern:
            continue
        bare = re.compile(rx.pattern.replace(roles._T, _PLAIN_T), rx.flags)
        for s in sentences:
            assert [m.groupdict() | {"": m.span()} for m in rx.finditer(s)] == \
                [m.groupdict() | {"": m.span()} for m in bare.finditer(s)], (rx.pattern[:60], s)
