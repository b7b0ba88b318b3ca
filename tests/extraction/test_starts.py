"""``leads.Starts`` gives exactly ``lead_finder``'s positions (every start of a match, overlapping) while trying
at each position only the lead pruned to what can open with the character there: on the title and the event
triggers over every fixture sentence and generated ones, and on small patterns of every construct the pruning
reads (optional parts, alternatives that may match nothing, scoped case rules, look-arounds, groups and
back-references, repeats, atomic groups) over generated strings."""

from __future__ import annotations

import re
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.extraction import events, roles
from bot.extraction.leads import Starts, lead_finder
from tests.extraction.helpers import fixture_sentences
from tests.properties import examples

WORDS = ["CEO", "ceo", "Co-CEO", "mantan", "former", "acting", "Plt.", "Wakil", "wakil", "Direktur", "Utama", "Ketua",
         "KPK", "Menteri", "Keuangan", "head", "of", "Sales", "PHK", "laid", "off", "acquired", "mengakuisisinya",
         "akuisisi", "raised", "resigned", "stake", "saham", "recall", "the", "its", "after", "signed", "a", "deal",
         "-", ",", "(", ")", "2025", "\u212aetua", "ſpokesperſon", "dırektur", "İnterim", "x-mundur", "mundur"]
SMALL = [
    (r"(?i:ab|ac)?c", 0), (r"a?b|c", 0), (r"(?:x|)y", 0), (r"(?<![\w-])(?:ab|ba|c)(?:nya)?(?![\w-])", re.I),
    (r"(a)?\1?b", 0), (r"(?-i:A)b|a", re.I), (r"(?>a?)b", 0), (r"a*b", 0), (r"(?:ab)+c", 0), (r"\bca", 0),
    (r"(?=c)\w+", 0), (r"[^a]b", 0), (r".b", 0), (r"(?i:k)a", 0), (r"(?:a|b?)c", 0), (r"x{0}y", 0),
    (r"(?:a|b)?(?:c|a)?(?:b|ca)", re.I), (r"a??b|ab", 0), (r"(?:ab)?(?:b)?c", 0), (r"(?P<x>a|b)(?P=x)", 0),
    (r"(?:(?:a|bc)|(?:cb|))a", 0), (r"(?<=a)b|c", 0), (r"a{2,3}b", 0), (r"(?:a?)?b", 0), (r"[a-c](?:a|b)", re.I),
    (r"(?i:A)(?-i:b)|(?-i:B)", 0), (r"(a)?(?(1)b|c)", 0), (r"a*+b", 0), (r"(?:a|)b?", 0), (r"^ab|b", 0),
    (r"(?:ab|b)?a(?:ab)?|ax", re.I), (r"(?:b|a)??(?:ab|b)", 0), (r"x(?:ab)?b|(?:a-)?b\w", re.I),
    (r"(?:ab|x)?" + "(?:" + "|".join(f"{a}{b}{c}" for a in "ab" for b in "abk" for c in "ab-") + ")" * 1 + "(?:b|)", re.I),
]


@cache
def _starts(lead: str, flags: int) -> Starts:
    return Starts(lead, flags)


def _same(lead: str, flags: int, text: str) -> None:
    assert _starts(lead, flags).of(text) == [m.start() for m in lead_finder(lead, flags).finditer(text)], (lead, text)
    whole = re.compile(lead, flags)
    for part in {text, text[:6], text[1:8], text.strip(" ,")}:
        assert _starts(lead, flags).fullmatch(part) == (whole.fullmatch(part) is not None), (lead, part)


def _both(text: str) -> None:
    _same(roles.TITLE, re.UNICODE, text)
    _same(events._any_trigger().pattern, events._any_trigger().flags, text)


def test_fixture_sentences_start_where_lead_finder_says() -> None:
    sentences = list(fixture_sentences())
    assert len(sentences) > 3000
    for s in sentences[::3] + [s.upper() for s in sentences[:300]] + [s.lower() for s in sentences[300:600]]:
        _both(s)


@settings(max_examples=examples(300))
@given(st.lists(st.sampled_from(WORDS), max_size=14), st.sampled_from([" ", "", ", "]))
def test_generated_sentences_start_where_lead_finder_says(words: list[str], sep: str) -> None:
    _both(sep.join(words))


@settings(max_examples=examples(300))
@given(st.text(alphabet="abcABKxy- \u212a", max_size=12))
def test_small_patterns_start_where_lead_finder_says(text: str) -> None:
    for lead, flags in SMALL:
        _same(lead, flags, text)


def test_whole_phrases_fullmatch_as_the_lead_does() -> None:
    for phrase in ["Pemutusan Hubungan Kerja", "Initial Public Offering", "PHK", "laid off", "Laid", "CEO", "akuisisi",
                   "Kepala Badan", "mantan Direktur Utama", "acting CEO", "", " ", "Budi Santoso"]:
        _both(phrase)


def test_what_cannot_be_written_out_is_pruned_from_the_parse() -> None:
    """A lead with a group or a back-reference is pruned from its parse for every ASCII character at once (its
    pruned parts are not written out as sources); the positions are the same."""
    for lead in [r"(?P<x>a|b)(?P=x)", r"(a|b)c", r"x(a)?(?(1)b|c)"]:
        finder = Starts(lead, 0)
        assert not finder._sources and len(finder._pruned) == 128
        for text in ["aa", "ab", "bb", "xac", "ac", "xabxc"]:
            assert finder.of(text) == [m.start() for m in lead_finder(lead, 0).finditer(text)], (lead, text)
    assert Starts(r"(?:ab|cd)e", re.I)._sources and not Starts(r"(?:ab|cd)e", re.I)._pruned  # written out, compiled as met


def test_what_cannot_be_read_is_the_plain_scan() -> None:
    assert _starts(r"a?", 0)._openings is None  # may match nothing
    assert _starts(r".b", 0)._openings is None  # opens with any character
    assert _starts(r"(?a:\w)b", 0)._openings is None  # ASCII-only classes are not read
    assert _starts(r"(?:ab|cd)e", re.I)._openings is not None


def test_pruning_drops_what_cannot_open() -> None:
    finder = Starts(r"(?:chief\s+)?(?:ceo|chief|cfo|director)", re.I)
    assert finder.of("the CFO and a Chief Director") == [4, 14, 20]
    assert all(finder._tries(c) == (None, None) for c in "thean r")  # no match opens with them
    assert "\u212a" not in finder._pruned and finder.of("\u212aFO x CFO") == [6]  # the Kelvin sign: the whole lead
    main, guard = finder._tries("D")
    assert main is not None and main.match("director") and not main.match("ceo")
    assert guard is None  # "D" opens no optional part
    main, guard = finder._tries("C")  # a short rest: the matches that take "chief " and those that skip it
    assert main is not None and main.match("cfo") and main.fullmatch("chief ceo") and not main.match("director")
    assert guard is None
    assert all(a is b for a, b in zip(finder._tries("C"), finder._tries("c"), strict=True))  # pruned alike: compiled once


def test_an_optional_part_before_a_long_rest_is_a_guard() -> None:
    """After a long rest ("mantan" before the title's ~150 words) the matches that take the optional part are left
    to the whole lead where the part matches, not copied into each character's pruned lead."""
    posts = [f"post{k}" for k in range(120)]
    lead = r"(?:chief\s+)?(?:ceo|chief|cfo|" + "|".join(posts) + ")"
    finder = Starts(lead, re.I)
    main, guard = finder._tries("C")  # the matches that skip "chief ", and "chief " sending to the whole lead
    assert main is not None and main.match("cfo") and not main.fullmatch("chief ceo") and not main.match("post1")
    assert guard is not None and guard.match("Chief ") and not guard.match("CFO")
    for text in ["chief ceo", "Chief post7 and cfo", "chief chief", "a chief", "chiefpost3"]:
        assert finder.of(text) == [m.start() for m in lead_finder(lead, re.I).finditer(text)], text
