"""``roles._COMMA`` (the role patterns not tried on a sentence with no comma, nor from a title after its last comma) is
every pattern each of whose matches holds a comma, and ``roles._TWO_TITLES`` (not tried from the last title start)
every pattern led by the title each of whose matches holds two, and ``roles._CAPITAL_LED`` (tried at capitals only)
every other one each of whose matches opens with a capital: read from the patterns' parse; and ``roles._RUN_THEN_TITLE``
(tried where an organisation's run before a title start can open) matches as ``finditer``."""

from __future__ import annotations

import re
from pathlib import Path
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from bot.extraction import leads, roles

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def _holds_comma(seq: Any, mark: str = ",") -> bool:
    """Whether every match of the parsed ``seq`` holds a comma, or ``mark`` (read in no optional part, and in every
    alternative)."""
    for op, av in seq:
        if op is sre.LITERAL and av == ord(mark):
            return True
        if op is sre.SUBPATTERN and _holds_comma(av[3], mark):
            return True
        if op is sre.BRANCH and all(_holds_comma(alternative, mark) for alternative in av[1]):
            return True
        if op in _REPEATS and av[0] >= 1 and _holds_comma(av[2], mark):
            return True
        if op is sre.ATOMIC_GROUP and _holds_comma(av, mark):
            return True
    return False


def _titles(seq: Any) -> int:
    """How many titles (``leads._SENTINEL`` standing for each) every match of the parsed ``seq`` holds at least."""
    n = 0
    for op, av in seq:
        if op is sre.LITERAL and av == ord(leads._SENTINEL):
            n += 1
        elif op is sre.SUBPATTERN:
            n += _titles(av[3])
        elif op is sre.BRANCH:
            n += min(_titles(alternative) for alternative in av[1])
        elif op in _REPEATS:
            n += av[0] * _titles(av[2])
        elif op is sre.ATOMIC_GROUP:
            n += _titles(av)
    return n


def test_the_two_title_patterns_are_those_led_by_a_title_whose_every_match_holds_two() -> None:
    two = set()
    for i, (kind, source) in enumerate(roles._PATTERN_SOURCES):
        written = leads._substituted(source, roles.TITLE)
        if written is not None and roles._scan(i).led and _titles(sre_parse.parse(written)) >= 2:
            two.add(kind)
    assert roles._TWO_TITLES == two


def test_the_comma_patterns_are_those_whose_every_match_holds_one() -> None:
    needing = {kind for kind, source in roles._PATTERN_SOURCES if _holds_comma(sre_parse.parse(source))}
    assert roles._COMMA == needing


def test_a_sentence_with_no_comma_tries_none_of_them() -> None:
    sentence = "Direktur Utama PT Maju Jaya Budi Santoso mengundurkan diri pada Senin"
    assert not {kind for _i, kind in roles._tried(sentence)} & roles._COMMA
    assert {kind for _i, kind in roles._tried(sentence + ", kata dia")} & roles._COMMA


def test_title_starts_after_the_last_comma_are_not_tried() -> None:
    assert roles._starts_for("t_comma_name", (3, 20, 40), 25, -1) == [3, 20]
    assert roles._starts_for("t_comma_name", (3, 20), 25, -1) == (3, 20)
    assert roles._starts_for("t_run", (3, 20, 40), 25, -1) == (3, 20, 40)
    assert roles._starts_for("t_and_t_name", (3, 20, 40), 25, -1) == (3, 20)
    assert roles._starts_for("t_and_t_name", (3,), 25, -1) == ()


def test_title_starts_after_the_last_of_or_at_are_not_tried() -> None:
    sentence = "CEO of the bank Budi Santoso at Jakarta, CFO Ani"
    last = roles._last_of_at(sentence)
    assert last == sentence.index(" at ")
    assert roles._starts_for("t_of_run", (0, 41), -1, last) == [0]
    assert roles._starts_for("t_name_of_org", (41,), -1, last) == []
    assert roles._starts_for("t_run", (0, 41), -1, last) == (0, 41)
    assert roles._last_of_at("Direktur Utama PT Maju Jaya Budi Santoso") == -1


def _holds_word(seq: Any, words: set[str], flags: int) -> bool:
    """Whether every match of the parsed ``seq`` holds one of ``words`` read case-sensitively with a space before and
    after it (spaces, then an alternation of the words, then spaces: in no optional part)."""
    items = list(seq)
    for k, (op, av) in enumerate(items):
        if op is sre.BRANCH and not flags & re.IGNORECASE and 0 < k < len(items) - 1 \
                and {"".join(chr(c) for o, c in alternative) if all(o is sre.LITERAL for o, _c in alternative) else None
                     for alternative in av[1]} == words and _spaces(items[k - 1]) and _spaces(items[k + 1]):
            return True
        if op is sre.SUBPATTERN and _holds_word(av[3], words, (flags | av[1]) & ~av[2]):
            return True
        if op in _REPEATS and av[0] >= 1 and _holds_word(av[2], words, flags):
            return True
    return False


def _spaces(item: Any) -> bool:
    op, av = item
    return op is sre.MAX_REPEAT and av[0] >= 1 and list(av[2]) == [(sre.IN, [(sre.CATEGORY, sre.CATEGORY_SPACE)])]


def test_the_of_at_patterns_are_those_whose_every_match_holds_the_word() -> None:
    needing = {kind for i, (kind, source) in enumerate(roles._PATTERN_SOURCES)
               if roles._scan(i).led and _holds_word(sre_parse.parse(source), {"of", "at"}, 0)}
    assert roles._OF_AT == needing


def test_every_listed_holders_match_holds_the_and_of_its_list() -> None:
    assert _holds_word(sre_parse.parse(roles._HOLDERS_LISTED), {"and", "dan", "serta"}, 0)
    sentence = "Direktur PT Maju Jaya yakni Budi Santoso dan Ani Lestari"
    assert roles._listed_holders(sentence, (0,))
    assert roles._last(roles._LIST_AND, sentence) == sentence.index(" dan ")


def _capital_led(source: str) -> bool:
    """Whether every match of ``source`` opens with an ASCII capital: each character it can open with (``leads._firsts``)
    read case-sensitively, "[A-Z]" or one capital."""
    parsed = sre_parse.parse(source)
    try:
        firsts, empty = leads._firsts(parsed, parsed.state.flags, parsed.state.flags)
    except leads._Unknown:
        return False
    return not empty and all(f == "[A-Z]" or len(f) == 1 and "A" <= f <= "Z" for f in firsts)


def test_the_capital_led_patterns_are_those_not_led_by_a_title_whose_every_match_opens_with_a_capital() -> None:
    led = {kind for i, (kind, source) in enumerate(roles._PATTERN_SOURCES)
           if not roles._scan(i).led and _capital_led(source)}
    assert roles._CAPITAL_LED == led


def test_each_held_mark_is_held_by_every_match_of_its_capital_led_pattern() -> None:
    sources = dict(roles._PATTERN_SOURCES)
    assert roles._HELD_MARK
    for kind, mark in roles._HELD_MARK.items():
        assert kind in roles._CAPITAL_LED
        assert _holds_comma(sre_parse.parse(sources[kind]), mark), kind
    assert {kind for kind in roles._CAPITAL_LED if _holds_comma(sre_parse.parse(sources[kind]), "(")} <= set(roles._HELD_MARK)


def test_capitals_after_the_last_mark_are_not_tried() -> None:
    sentence = "Budi (CEO PT Maju), Ani Lestari, Dirut PT X"
    capitals = roles._capitals(sentence)
    assert len(capitals) == sum(c.isupper() for c in sentence)
    assert roles._capitals(sentence, ",") == tuple(at for at in capitals if at < sentence.rindex(","))
    assert sentence.index("Dirut") not in roles._capitals(sentence, ",")
    assert roles._capitals(sentence, "(") == (0,)


def test_the_run_then_title_patterns_open_with_an_organisations_run_then_a_title() -> None:
    """What ``roles._run_openings`` relies on: each match opens with ``_ORGR_RUN`` (after an assertion only), then
    whitespace, then ``_T`` (whose title starts ``_title_starts`` finds, with the flags the patterns have)."""
    sources = dict(roles._PATTERN_SOURCES)
    assert roles._RUN_THEN_TITLE
    for kind in roles._RUN_THEN_TITLE:
        assert sources[kind].startswith(rf"(?!(?-i:The|A|An)\s)(?P<org>{roles._ORGR_RUN})\s+{roles._T}"), kind
        assert re.compile(sources[kind]).flags == leads._LEAD_FLAGS
    assert roles._ORGR_RUN == roles._ORGR.replace(roles._CAPW, roles._CAPW.replace(r"[\w&'’-]*", r"[\w&'’-]*+", 1))
    assert roles._ORGR == rf"{roles._CAPW}(?:\s+(?:{roles._CAPW}|\d{{1,2}}|&\s+{roles._CAPW}))*"
    assert roles._CAPW.startswith(r"(?:[A-Z]|[a-z]{1,2}[A-Z])[\w&'’-]*(?:\.(?i:com|id|io|ai|net|org|co)\b)?(?:")


def _run_sentences() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(FIXTURES.rglob("*.txt"))]
    found = [s for text in texts for s in re.split(r"(?<=[.!?])\s+|\n", text) if roles._title_starts(s)]
    made = ["PT Maju Jaya CEO Budi Santoso said", "3M CEO Mike Roman said", "x-Ray Tbk & Co CEO Budi Santoso",
            "Acme Inc. CEO Jane Doe", "eBay 12 CEO\u00a0Jane Doe", "The CEO Jane Doe", "A CEO Jane said", "Dirut Budi"]
    return found + made + [s.upper() for s in found[::7]]


def test_run_then_title_patterns_tried_at_their_openings_match_as_finditer() -> None:
    sentences = _run_sentences()
    assert len(sentences) > 1000
    for kind in roles._RUN_THEN_TITLE:
        rx = roles._scan(next(i for i, k in roles._KINDS if k == kind)).rx
        for sentence in sentences:
            titles = roles._title_starts(sentence)
            want = [(m.span(), m.groupdict()) for m in rx.finditer(sentence)]
            got = [(m.span(), m.groupdict()) for m in leads.matches_from(rx, sentence, roles._run_openings(sentence, titles))]
            assert got == want, (kind, sentence)
