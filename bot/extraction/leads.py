"""Trying a costly pattern only where it can start.

A pattern that opens with a long case-blind alternation (a job title: ~150 words in either language) is
tried by the regex engine at every character of a sentence, and each try walks the whole alternation.
Several role patterns open with the same title; ``LeadScan`` finds where the title matches once per
sentence (``lead_positions``) and tries each such pattern only there, and at the characters that can
open the pattern some other way. The matches are those of ``finditer``: a match's first character is
one of these positions, and they are tried left to right from where the last match ended.

Where the pattern's start cannot be told (it may match an empty string, or open with any character),
``LeadScan`` is plain ``finditer``. Which characters can open a pattern is read from the pattern
itself when it is built, so editing a rule needs no change here.

``Starts`` finds where a long lead matches (the title, the event triggers) by trying at each position the
lead pruned to what can open with the character there; ``WordGate`` and ``WordGates`` skip a pattern on
a text that holds none of the words one of which its every match contains.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import lru_cache
from re import _compiler as sre_compile  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any, ClassVar, TypeVar

from . import leads_table, prefixes
from .factoring import merged
from .folding import folded_source
from .prefixes import opening_runs
from .word_scan import SharedScan, WordScan

T = TypeVar("T")
U = TypeVar("U")
# stands for the lead in a pattern's source while its first characters are read
_SENTINEL = "\ue000"
_QUANTIFIER = frozenset("*+?{")
_LEAD_FLAGS = re.UNICODE  # what a str pattern compiled without flags has
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


class _Unknown(Exception):
    """The pattern may open with any character, or with something this reading does not know."""


def _one_char(fragment: str, flags: int) -> str:
    if flags & (re.ASCII | re.LOCALE):
        raise _Unknown
    return f"(?i:{fragment})" if flags & re.IGNORECASE else fragment


def _class(items: list, flags: int) -> str:
    body = prefixes.class_body(items)
    if body is None:
        raise _Unknown
    return _one_char("[" + body + "]", flags)


def _firsts(seq, flags: int, base: int) -> tuple[set[str], bool]:  # type: ignore[no-untyped-def]
    """(one-character regexes that can open a match of ``seq``, whether ``seq`` can match nothing); the
    lead counts as the fragment ``_SENTINEL``."""
    out: set[str] = set()
    for op, av in seq:
        found, empty = _first_of(op, av, flags, base)
        out |= found
        if not empty:
            return out, False
    return out, True


def _first_of(op, av, flags: int, base: int) -> tuple[set[str], bool]:  # type: ignore[no-untyped-def]
    if op is sre.LITERAL and chr(av) == _SENTINEL:
        if flags != base:
            raise _Unknown  # the lead under other flags than where its positions are found
        return {_SENTINEL}, False
    if op is sre.LITERAL:
        return {_one_char(re.escape(chr(av)), flags)}, False
    if op is sre.IN:
        return {_class(av, flags)}, False
    if op in _ZERO_WIDTH:
        return set(), True
    if op is sre.SUBPATTERN:
        _group, add, remove, sub = av
        return _firsts(sub, (flags | add) & ~remove, base)
    if op is sre.BRANCH:
        found: set[str] = set()
        empty = False
        for alternative in av[1]:
            f, e = _firsts(alternative, flags, base)
            found |= f
            empty = empty or e
        return found, empty
    if op in _REPEATS:
        low, high, sub = av
        if high == 0:
            return set(), True
        f, e = _firsts(sub, flags, base)
        return f, e or low == 0
    if op is sre.ATOMIC_GROUP:
        return _firsts(av, flags, base)
    raise _Unknown


def _alone(lead: str) -> bool:
    """Whether ``lead`` is one unit wherever its text is written: no "|" outside its brackets."""
    depth, i = 0, 0
    while i < len(lead):
        c = lead[i]
        if c == "\\":
            i += 1
        elif c == "[":  # to the class's closing bracket
            i += 2 if lead.startswith("[^", i) else 1
            i += 1 if lead.startswith("]", i) else 0
            while lead[i] != "]":
                i += 2 if lead[i] == "\\" else 1
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            return False
        i += 1
    return True


def _substituted(source: str, lead: str) -> str | None:
    """``source`` with each place it writes ``lead`` as a unit replaced by ``_SENTINEL``; None when the lead's
    text is not written there as a unit (an escape before it, a quantifier after it: that repeats its
    last part only)."""
    if lead not in source or _SENTINEL in source or not _alone(lead):
        return None
    at = source.find(lead)
    while at >= 0:
        end = at + len(lead)
        backslashes = len(source[:at]) - len(source[:at].rstrip("\\"))
        if backslashes % 2 or source[end:end + 1] in _QUANTIFIER and end < len(source):
            return None
        at = source.find(lead, end)
    return source.replace(lead, _SENTINEL)


def _opening(pattern: str, flags: int, lead: str, lead_flags: int) -> tuple[bool, re.Pattern[str] | None] | None:
    """(whether a match of ``pattern`` can open with ``lead``, the characters it can open with otherwise) or None when
    that cannot be told. ``lead_flags``: the flags the lead's positions are found with."""
    source = _substituted(pattern, lead)
    if source is None:
        return None
    try:
        parsed = sre_parse.parse(source, flags)
        found, empty = _firsts(parsed, parsed.state.flags, lead_flags)
    except _Unknown:
        return None
    if empty or _SENTINEL not in found:
        return None
    others = sorted(found - {_SENTINEL})
    return True, re.compile("|".join(others)) if others else None


def case_blind_throughout(source: str) -> bool:
    """Whether compiling ``source`` with ``re.IGNORECASE`` changes nothing: every character it reads is
    inside a group that sets the case rule itself ("(?i:...)", "(?-i:...)")."""
    try:
        return _scoped(sre_parse.parse(source))
    except _Unknown:
        return False


def _scoped(seq) -> bool:  # type: ignore[no-untyped-def]
    for op, av in seq:
        if op is sre.SUBPATTERN:
            _group, add, remove, sub = av
            if not (add | remove) & re.IGNORECASE and not _scoped(sub):
                return False
        elif op is sre.BRANCH:
            if not all(_scoped(alternative) for alternative in av[1]):
                return False
        elif op in _REPEATS:
            if not _scoped(av[2]):
                return False
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            if not _scoped(av[1]):
                return False
        elif op is sre.ATOMIC_GROUP:
            if not _scoped(av):
                return False
        elif op is not sre.AT:
            return False
    return True


def lead_finder(lead: str, flags: int = _LEAD_FLAGS) -> re.Pattern[str]:
    """The pattern whose ``finditer`` gives every position where ``lead`` matches (overlapping)."""
    return re.compile(f"(?=(?:{lead}))", flags)


class Starts:
    """Every position where ``lead`` matches (overlapping): ``[m.start() for m in lead_finder(lead,
    flags).finditer(text)]``, found without trying the whole of a long alternation at every position.

    Under IGNORECASE the regex engine skips no alternative by its first character: a ~100-word title or
    the ~1,000 alternatives of the event triggers are all walked wherever the lead's assertions hold. Here a
    position is tried only with the lead *pruned* to what can open with the character standing there: the
    alternatives that cannot open with it dropped, the optional parts that cannot skipped. Pruned patterns
    are built from the lead's own parse for each ASCII character when the ``Starts`` is built; a position
    holding another character is tried with the whole lead. The positions tried are those where the lead's
    leading assertions hold and its first character can stand. What cannot be read (the lead may match
    nothing, or opens with something this reading does not know) is ``lead_finder``'s scan.
    """

    def __init__(self, lead: str, flags: int = _LEAD_FLAGS) -> None:
        self._lead, self._lead_flags = lead, flags
        self._whole_rx: re.Pattern[str] | None = None
        self._lead_compiled: re.Pattern[str] | None = None
        # for each ASCII character met, the pruned lead and the guard (``_tries``)
        self._pruned: dict[str, tuple[re.Pattern[str] | None, re.Pattern[str] | None]] = {}
        # the pruned leads' and guards' sources, compiled as their characters are met (``_starts_entry``)
        self._flags = 0
        self._sources: tuple[str, ...] = ()
        self._chosen: tuple[tuple[int, int], ...] = ()
        self._built: dict[int, re.Pattern[str] | None] = {-1: None}
        # the opening finder read over the lower-cased text (``folding``), where it is written out
        self._folded: re.Pattern[str] | None = None
        entry = tabled(leads_table.STARTS, lead, flags, _starts_entry)
        if entry is not None:
            self._flags, _opening, self._sources, self._chosen, scanned = entry
            self._openings = None if scanned is None else re.compile(scanned, self._flags)
            folded = None if scanned is None else tabled(leads_table.FOLDED, scanned, self._flags, folded_source)
            self._folded = None if folded is None else re.compile(folded)
            return
        # a part that cannot be written out: the parse pruned for every ASCII character here (and then let go
        # rather than kept for the cyclic collector to walk: tens of thousands of objects for the triggers)
        parsed = sre_parse.parse(lead, flags)
        self._openings = _opening_finder(parsed)
        if self._openings is not None:
            pruner = _Pruner(parsed, guarded=not _refers(parsed))
            self._pruned = {chr(code): pruner.tries(chr(code)) for code in range(128)}

    def of(self, text: str) -> list[int]:
        if self._openings is None:
            return [m.start() for m in self._whole().finditer(text)]
        out: list[int] = []
        pruned = self._pruned
        for at in self._opened(text):
            tries = pruned.get(text[at])
            main, guard = self._tries(text[at]) if tries is None else tries
            if main is not None and main.match(text, at) is not None or \
                    guard is not None and guard.match(text, at) is not None and self._whole().match(text, at) is not None:
                out.append(at)
        return out

    def _opened(self, text: str) -> list[int]:
        """Where the opening finder holds. On an ASCII text it is asked only where its folded form (``folding``) holds
        on the text lower-cased: the title's finder, walked case-blind at every letter, cost more than the tries."""
        openings = self._openings
        assert openings is not None
        if self._folded is None or not text.isascii():
            return [m.start() for m in openings.finditer(text)]
        holds = openings.match
        return [at for m in self._folded.finditer(text.lower()) if holds(text, at := m.start())]

    def fullmatch(self, text: str) -> bool:
        """Whether the lead matches the whole of ``text`` (``re.fullmatch``), tried with the lead pruned for
        its first character."""
        if self._openings is None:
            return self._lead_rx().fullmatch(text) is not None
        if not text or self._openings.match(text) is None:  # no match opens there (nor an empty one)
            return False
        main, guard = self._pruned.get(text[0]) or self._tries(text[0])
        return main is not None and main.fullmatch(text) is not None or \
            guard is not None and guard.match(text) is not None and self._lead_rx().fullmatch(text) is not None

    def _tries(self, char: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
        """The pruned lead and the guard for ``char``, compiled when first met (characters pruned alike share
        them); for a character the lead was not pruned for, the whole lead (``_TO_WHOLE``)."""
        code = ord(char)
        if code >= len(self._chosen):
            return _TO_WHOLE
        for i in self._chosen[code]:
            if i not in self._built:
                self._built[i] = re.compile(self._sources[i], self._flags)
        main, guard = self._chosen[code]
        self._pruned[char] = (self._built[main], self._built[guard])
        return self._pruned[char]

    def _lead_rx(self) -> re.Pattern[str]:
        """The lead itself, built once."""
        if self._lead_compiled is None:
            self._lead_compiled = re.compile(self._lead, self._lead_flags)
        return self._lead_compiled

    def _whole(self) -> re.Pattern[str]:
        """``lead_finder``'s scan (its ``match`` at a position: whether the lead matches there), built once."""
        if self._whole_rx is None:
            self._whole_rx = lead_finder(self._lead, self._lead_flags)
        return self._whole_rx


def opening_of(lead: str, flags: int = _LEAD_FLAGS) -> str:
    """A zero-width source that holds wherever ``lead`` can match: ``Starts``'s opening finder (the lead's leading
    assertions, then a look-ahead for the few characters it can open with), or "" when that is not known. Written
    just before the lead in a longer pattern read under the same flags, it turns a position away in a few steps
    where the lead itself (the title's ~150 case-blind words) would be walked whole before failing."""
    entry = tabled(leads_table.STARTS, lead, flags, _starts_entry)
    return entry[1] or "" if entry is not None else ""


class OpenedScan:
    """``rx.finditer`` and ``rx.search``, trying ``rx`` only where its opening finder (``opening_finder``) holds: under
    IGNORECASE the regex engine walks every alternative a pattern opens with at every word start, the finder turns
    most of them away in a few steps. With ``folded``, on an ASCII text the finder is asked only where its folded
    form (``folding``) holds on the text lower-cased, as ``Starts`` asks its own: for a finder of many case-blind
    alternatives ("will", "akan", "tidak", ...) that scan costs a fraction of the finder's."""

    def __init__(self, rx: re.Pattern[str], folded: bool = False) -> None:
        self.rx, self.finder = rx, opening_finder(rx)
        self._folded = None if self.finder is None or not folded else folded_finder(self.finder)

    def finditer(self, text: str) -> list[re.Match[str]]:
        if self.finder is None:
            return list(self.rx.finditer(text))
        return matches_from(self.rx, text, self.starts(text))

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``rx.search(text, pos, endpos)``: the first position where a match opens is the leftmost match."""
        if self.finder is None:
            return self.rx.search(text, pos, endpos)
        for at in self.starts(text, pos, endpos):
            m = self.rx.match(text, at, endpos)
            if m is not None:
                return m
        return None

    def starts(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[int]:
        """Where the finder holds in ``text[pos:endpos]`` (read as ``finditer`` reads that span)."""
        assert self.finder is not None
        if self._folded is None or not text.isascii():
            return [m.start() for m in self.finder.finditer(text, pos, endpos)]
        holds = self.finder.match
        return [at for m in self._folded.finditer(text.lower(), pos, endpos) if holds(text, at := m.start(), endpos)]


def folded_finder(finder: re.Pattern[str]) -> re.Pattern[str] | None:
    """``finder`` (an opening finder as scanned) written for the lower-cased ASCII text (``folding``), or None when it
    cannot be; read from ``leads_table`` where it is there."""
    source = tabled(leads_table.FOLDED, finder.pattern, finder.flags, folded_source)
    return None if source is None else re.compile(source)


class Opened:
    """A case-blind pattern a stage reads with ``search`` and ``finditer`` through a folded ``OpenedScan``, built when
    first asked (compiling its finders is left to a process that extracts). Each one made is listed in ``made``, for
    ``leads_build`` to write their finders into ``leads_table``."""

    made: ClassVar[list[re.Pattern[str]]] = []

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        self._built: OpenedScan | None = None
        Opened.made.append(rx)

    @property
    def pattern(self) -> str:
        return self.rx.pattern

    def _scan(self) -> OpenedScan:
        if self._built is None:
            self._built = OpenedScan(self.rx, folded=True)
        return self._built

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._scan().search(text, pos, endpos)

    def finditer(self, text: str) -> list[re.Match[str]]:
        return self._scan().finditer(text)


def opening_finder(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern whose matches start wherever a match of ``rx`` can open (``opening_of`` for a whole pattern: its
    leading assertions, then a look-ahead for the few characters it can open with; as scanned, ``_scanned``), or
    None when that is not known; read from ``leads_table`` where it is there."""
    source = tabled(leads_table.OPENINGS, rx.pattern, rx.flags, opening_source)
    return None if source is None else re.compile(source, rx.flags)


def opening_source(source: str, flags: int) -> str | None:
    """What ``leads_table`` keeps of ``opening_finder``: the finder's source as scanned (``_scanned``), or None."""
    parsed = sre_parse.parse(source, flags)
    try:
        finder = _opening_finder(parsed, _written)
        return None if finder is None else _scanned(finder, parsed)
    except _Unknown:
        return None


_TO_WHOLE = (None, re.compile(""))  # a character the lead was not pruned for: the whole lead is tried

# What a fresh process would otherwise build from the parse of the big leads and gated patterns before its
# first extraction (about half a second): ``leads_table`` holds, keyed by ``table_key`` of a pattern's source
# and flags, a gate's words and a ``Starts``'s patterns as sources. ``python -m bot.extraction.leads_build``
# writes it; a test checks it is current. A pattern missing there (a rule edited, the table not rewritten) is
# read from its parse as before, and noted in ``misses``.
misses: list[str] = []


def tabled(section: Mapping[str, T], source: str, flags: int, build: Callable[[str, int], U]) -> T | U:
    """The pattern's entry in a ``leads_table`` section (what ``build`` gives, written out by ``leads_build``);
    else ``build``'s, the pattern noted in ``misses``."""
    key = table_key(source, flags)
    if key in section:
        return section[key]
    misses.append(source)
    return build(source, flags)


def table_key(source: str, flags: int) -> str:
    return hashlib.blake2b(f"{int(flags)}:{source}".encode(), digest_size=16).hexdigest()  # the same for an int and a RegexFlag


def _written(data: list, parsed, flags: int) -> str:  # type: ignore[no-untyped-def]
    """The source of a pattern of parsed items (``_compiled``'s pattern, written out: what ``leads_table`` keeps)."""
    return _source_of(sre_parse.SubPattern(parsed.state, data))


def _starts_entry(lead: str, flags: int) -> tuple[Any, ...] | None:
    """What a ``Starts`` is built from (flags, the opening finder's source or None, the distinct sources of the pruned
    leads and guards, for each ASCII character the indices of its pruned lead and guard, -1 for none, the opening
    finder as scanned: ``_scanned``); None when a part of the lead cannot be written out (a
    group, a reference to one: the parse is then compiled as it is)."""
    parsed = sre_parse.parse(lead, flags)
    try:
        opening = _opening_finder(parsed, _written)
        if opening is None:
            return (int(parsed.state.flags), None, (), (), None)
        pruner = _Pruner(parsed, guarded=not _refers(parsed), build=_written)
        tries = [pruner.tries(chr(code)) for code in range(128)]
    except _Unknown:
        return None
    sources = list(dict.fromkeys(source for pair in tries for source in pair if source is not None))
    at = {source: i for i, source in enumerate(sources)}
    chosen = tuple((at.get(main, -1), at.get(guard, -1)) for main, guard in tries)  # type: ignore[arg-type]
    return (int(parsed.state.flags), opening, tuple(sources), chosen, _scanned(opening, parsed))


def _scanned(finder: str, parsed) -> str:  # type: ignore[no-untyped-def]
    """An opening finder written to be scanned with ``finditer``: the character a match opens with, read from a class
    of every ASCII character one can open with and every other character, then the finder, looked back at from
    after that character. It holds at the same positions, but the class comes first, so the regex engine skips in
    C to the next position holding one of its characters; a finder that opens with an assertion is entered at every
    position."""
    flags = parsed.state.flags
    found, _empty = _firsts(parsed, flags, flags)
    one = re.compile("|".join(sorted(found)), flags)
    ascii_firsts = "".join(re.escape(chr(code)) for code in range(128) if one.fullmatch(chr(code)))
    return f"(?-i:[{ascii_firsts}\x80-\U0010ffff])(?<=(?:{finder})(?s:.))"


_AT = {sre.AT_BEGINNING: "^", sre.AT_BEGINNING_STRING: r"\A", sre.AT_END: "$", sre.AT_END_STRING: r"\Z",
       sre.AT_BOUNDARY: r"\b", sre.AT_NON_BOUNDARY: r"\B"}
_LETTERS = ((re.IGNORECASE, "i"), (re.MULTILINE, "m"), (re.DOTALL, "s"), (re.VERBOSE, "x"), (re.ASCII, "a"),
            (re.UNICODE, "u"), (re.LOCALE, "L"))
_LOOK = {(sre.ASSERT, 1): "?=", (sre.ASSERT, -1): "?<=", (sre.ASSERT_NOT, 1): "?!", (sre.ASSERT_NOT, -1): "?<!"}


def _source_of(seq: Any) -> str:
    """A regex source for parsed items, each part written as a unit (``re`` parses it back to the same
    matches: it may move a first part all alternatives share out of them, or make single characters a class)."""
    return "".join(_item(op, av) for op, av in seq)


def _item(op: Any, av: Any) -> str:
    if op is sre.LITERAL:
        return re.escape(chr(av))
    if op is sre.NOT_LITERAL:
        return f"[^{re.escape(chr(av))}]"
    if op is sre.ANY:
        return "."
    if op is sre.IN:
        body = prefixes.class_body(av)
        if body is None:
            raise _Unknown(op)
        return f"[{body}]"
    if op is sre.AT and av in _AT:
        return _AT[av]
    return _group_item(op, av)


def _group_item(op: Any, av: Any) -> str:
    """``_item`` for the parts that hold parts: groups (not capturing), alternatives, repeats, look-arounds."""
    if op is sre.SUBPATTERN and av[0] is None:
        _group, add, remove, sub = av
        scope = _letters(add) + ("-" + _letters(remove) if remove else "")
        return f"(?{scope}:{_source_of(sub)})"
    if op is sre.BRANCH:
        return "(?:" + "|".join(_source_of(alternative) for alternative in av[1]) + ")"
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, sub = av
        lazy = {sre.MIN_REPEAT: "?", sre.POSSESSIVE_REPEAT: "+"}.get(op, "")
        return f"(?:{_source_of(sub)}){{{low},{'' if high == sre.MAXREPEAT else high}}}{lazy}"
    if (op, av[0] if op in (sre.ASSERT, sre.ASSERT_NOT) else None) in _LOOK:
        return f"({_LOOK[op, av[0]]}{_source_of(av[1])})"
    if op is sre.ATOMIC_GROUP:
        return f"(?>{_source_of(av)})"
    raise _Unknown(op)


def _letters(flags: int) -> str:
    return "".join(letter for flag, letter in _LETTERS if flags & flag)


def _opening_finder(parsed, build: Callable[..., Any] | None = None) -> Any:  # type: ignore[no-untyped-def]
    """The lead's leading assertions, then a look-ahead for the characters it can open with (the first few
    where ``opening_runs`` reads them, else the first); None when that cannot be told (the lead may match nothing, or open with what ``_firsts`` does not read)."""
    flags = parsed.state.flags
    try:
        found, empty = _firsts(parsed, flags, flags)
    except _Unknown:
        return None
    if empty or not found:
        return None
    data = list(parsed.data)
    asserted = data[:next(i for i, (op, _av) in enumerate(data) if not _zero_width(op))]
    opening = sre_parse.parse(opening_runs(parsed) or "|".join(sorted(found)), flags & ~re.IGNORECASE)
    return (build or _compiled)([*asserted, (sre.ASSERT, (1, opening))], parsed, flags)


def _items(seq) -> list:  # type: ignore[no-untyped-def]
    """A parsed sequence's items as a list (a ``SubPattern``'s own, read without its item-by-item access)."""
    return seq.data if isinstance(seq, sre_parse.SubPattern) else list(seq)


def _refers(seq) -> bool:  # type: ignore[no-untyped-def]
    """Whether a parsed pattern refers to a group (a back-reference, a conditional)."""
    for op, av in seq:
        if op in (sre.GROUPREF, sre.GROUPREF_EXISTS):
            return True
        nested = av if isinstance(av, (tuple, list)) else (av,)
        for part in nested:
            if isinstance(part, sre_parse.SubPattern) and _refers(part):
                return True
            if isinstance(part, list) and any(isinstance(x, sre_parse.SubPattern) and _refers(x) for x in part):
                return True
    return False


def _zero_width(op) -> bool:  # type: ignore[no-untyped-def]
    return op in _ZERO_WIDTH


def _compiled(data: list, parsed, flags: int) -> re.Pattern[str]:  # type: ignore[no-untyped-def]
    """A pattern from parsed items (``re``'s own compiler, as ``re.compile`` does after parsing)."""
    return sre_compile.compile(sre_parse.SubPattern(parsed.state, data), flags)  # type: ignore[no-any-return]


_SKIPPED = object()  # a part that can only match nothing where the match opens


class _Pruner:
    """Prunes one parsed lead for a character (``prune``). What does not depend on the character, whether a
    part can match nothing and which characters it can open with, is read once a part (parts are keyed by
    identity: the parse they belong to is kept by the ``Starts``)."""

    def __init__(self, parsed, guarded: bool, build: Callable[..., Any] | None = None) -> None:  # type: ignore[no-untyped-def]
        self.parsed, self.state, self.flags = parsed, parsed.state, parsed.state.flags
        self.build = build or _compiled  # parsed items -> a pattern (``leads_build``: its source)
        self.guarded = guarded  # optional parts may stand alone as guards (no part refers to a group)
        # characters whose pruning takes the same decisions share the compiled patterns
        self._compiled: dict[tuple[tuple[int, bool], ...], tuple[re.Pattern[str] | None, re.Pattern[str] | None]] = {}
        self._empty: dict[int, bool] = {}
        self._openers: dict[tuple[int, int], re.Pattern[str] | None] = {}

    def tries(self, char: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
        """For ``char``: the lead pruned, and the optional parts it opens as one pattern (a guard: where it
        matches, the position is sent to the whole lead, as the match may take the part)."""
        trace: list[tuple[int, bool]] = []
        guards: list[tuple[object, int]] = []
        if not self.opens(self.parsed, self.parsed, char, self.flags, trace):
            return None, None  # no match opens with it
        data = self.prune(self.parsed, char, self.flags, trace, guards)
        key = tuple(trace)
        if key not in self._compiled:
            # each guard under the case rule it is read with
            either = [sre_parse.SubPattern(self.state, [(sre.SUBPATTERN, (None, flags & ~self.flags, ~flags & self.flags,
                                                                          sre_parse.SubPattern(self.state, [item])))])
                      for item, flags in guards]
            self._compiled[key] = (None if data is None else self.build(self._merged(data), self.parsed, self.flags),
                                   self.build(self._merged([(sre.BRANCH, (None, either))]), self.parsed, self.flags)
                                   if guards else None)
        return self._compiled[key]

    def _merged(self, data: list) -> list:
        """``data`` with its alternations merged by what they open with (``factoring``): a pruned lead and a guard
        are only asked whether they match, which merging leaves alone, unless a part refers to a group."""
        return merged(data, self.state) if self.guarded else data

    def empty_ok(self, items) -> bool:  # type: ignore[no-untyped-def]
        """Whether parsed ``items`` can match an empty string (each of them can)."""
        for item in _items(items):
            known = self._empty.get(id(item))
            if known is None:
                known = self._empty[id(item)] = sre_parse.SubPattern(self.state, [item]).getwidth()[0] == 0
            if not known:
                return False
        return True

    def opens(self, part, seq, char: str, flags: int, trace: list[tuple[int, bool]]) -> bool:  # type: ignore[no-untyped-def]
        """Whether a match of ``seq`` (``part``'s items, which cannot match nothing) can open with ``char``; True
        when not known. Each answer is added to ``trace``: the answers for a character decide its pruning."""
        key = (id(part), flags)
        if key not in self._openers:
            try:
                found, _empty = _firsts(seq, flags, flags)
                self._openers[key] = re.compile("|".join(sorted(found))) if found else re.compile("(?!)")
            except _Unknown:
                self._openers[key] = None
        opener = self._openers[key]
        answer = opener is None or opener.fullmatch(char) is not None
        trace.append((id(part), answer))
        return answer

    def prune(self, seq, char: str, flags: int, trace: list[tuple[int, bool]],  # type: ignore[no-untyped-def]
              guards: list[tuple[object, int]]) -> list | None:
        """The items of ``seq`` (which cannot match an empty string) with what cannot take part in a match opening
        with ``char`` left out: the same matches from a position holding ``char``, but for those that take an
        optional part opening with it, which is added to ``guards`` (with its flags) instead; None when none
        is left."""
        out: list = []
        items = _items(seq)
        for i, item in enumerate(items):
            op, av = item
            if op in _ZERO_WIDTH:
                out.append(item)
                continue
            if op is sre.BRANCH:
                return self._branch(out, av, items[i + 1:], char, flags, trace, guards)
            if op is sre.SUBPATTERN:
                group, add, remove, sub = av
                if self.empty_ok(sub):
                    return out + items[i:]
                kept = self.prune(sub, char, (flags | add) & ~remove, trace, guards)
                if kept is None:
                    return None
                return [*out, (op, (group, add, remove, sre_parse.SubPattern(sub.state, kept))), *items[i + 1:]]
            if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
                pruned = self._repeat(out, items, i, char, flags, trace, guards)
                if pruned is not _SKIPPED:
                    return pruned  # type: ignore[return-value]
                continue  # can only match nothing here: the match opens after it
            if self.empty_ok([item]) or self.opens(item, [item], char, flags, trace):
                return out + items[i:]
            return None
        return list(items)  # nothing left that must open with the character: kept whole

    def _repeat(self, out: list, items: list, i: int, char: str, flags: int,  # type: ignore[no-untyped-def]
                trace: list[tuple[int, bool]], guards: list[tuple[object, int]]) -> list | None | object:
        """``prune`` at a repeated part ``items[i]``: the pruned items, None, or ``_SKIPPED`` when the part
        can only match nothing here."""
        low, high, sub = items[i][1]
        if self.empty_ok(sub) or high == 0:
            return out + items[i:]
        kept = self.prune(sub, char, flags, trace, guards) if self.opens(sub, sub, char, flags, trace) else None
        if kept is None:
            return _SKIPPED if low == 0 else None
        if high != 1:
            return out + items[i:]  # later repeats open elsewhere: the body stays whole
        return self._optional(out, items[i], sre_parse.SubPattern(sub.state, kept), items[i + 1:], char, flags, trace, guards)

    def _branch(self, out: list, av, rest: list, char: str, flags: int,  # type: ignore[no-untyped-def]
                trace: list[tuple[int, bool]], guards: list[tuple[object, int]]) -> list | None:
        alternatives = []
        for alternative in av[1]:
            if self.empty_ok(alternative):
                alternatives.append(alternative)
                continue
            kept = self.prune(alternative, char, flags, trace, guards)
            if kept is not None:
                alternatives.append(sre_parse.SubPattern(alternative.state, kept))
        if not alternatives:
            return None
        if len(alternatives) == 1:  # no longer a choice (and what ``re`` parses from its source)
            return [*out, *_items(alternatives[0]), *rest]
        return [*out, (sre.BRANCH, (av[0], alternatives)), *rest]

    def _optional(self, out: list, item, kept, rest: list, char: str, flags: int,  # type: ignore[no-untyped-def]
                  trace: list[tuple[int, bool]], guards: list[tuple[object, int]]) -> list | None:
        """A part repeated at most once, ``kept`` its body pruned. The matches that skip it open with the rest
        (pruned in turn). Those that take it: where the rest is short ("(?:men|di)?jadi..."), the part then the
        rest, as one more alternative; after a long rest, left to the whole lead wherever the part matches (a
        guard: copying a long rest into both ways would compile a long lead twice over for each character)."""
        op, (low, high, _sub) = item
        if low == 1 or not rest or self.empty_ok(rest) or not self.guarded:
            return [*out, (op, (low, high, kept)), *rest]
        taken = (op, (1, 1, kept))
        copied = _size(rest) <= _COPIED
        if not copied:
            guards.append((taken, flags))
        skipped = self.prune(sre_parse.SubPattern(self.state, rest), char, flags, trace, guards)
        if not copied:
            return None if skipped is None else out + skipped
        if skipped is None:
            return [*out, taken, *rest]
        ways = [sre_parse.SubPattern(self.state, [taken, *rest]), sre_parse.SubPattern(self.state, skipped)]
        return [*out, (sre.BRANCH, (None, ways))]


# the largest rest after an optional part (in parsed parts, ``_size``) copied into the way that takes the part: a
# trigger row's rest is at most a few hundred parts, the title after its optional openings thousands
_COPIED = 300


def _size(items) -> int:  # type: ignore[no-untyped-def]
    """How many parsed parts ``items`` holds, counted down into groups, alternatives, repeats and look-arounds."""
    n = 0
    for _op, av in _items(items):
        n += 1
        for part in av if isinstance(av, (tuple, list)) else ():
            if isinstance(part, sre_parse.SubPattern):
                n += _size(part)
            elif isinstance(part, list):
                n += sum(_size(x) for x in part if isinstance(x, sre_parse.SubPattern))
    return n


class LeadScan:
    """``rx.finditer``, trying ``rx`` only where its ``lead`` (a sub-pattern written verbatim in its
    source, found by ``lead_finder(lead)``) matches or at a character that can open it otherwise."""

    def __init__(self, rx: re.Pattern[str], lead: str) -> None:
        self.rx = rx
        # read from ``leads_table``: ``_opening`` parses the whole pattern (the role patterns hold the title's
        # alternation twice), which cost a fresh process about a third of a second over the role patterns
        others = tabled(leads_table.LEADS, lead_key(rx.pattern, lead), rx.flags, lead_source)
        self.led = others is not None
        self.others = re.compile(others) if others else None

    def finditer(self, text: str, leads: Sequence[int]) -> list[re.Match[str]]:
        """The matches of ``rx.finditer(text)``; ``leads`` are the positions where the lead matches, in order."""
        if not self.led:
            return list(self.rx.finditer(text))
        starts: Sequence[int] = leads
        others = [m.start() for m in self.others.finditer(text)] if self.others is not None else []
        if others:  # ``leads`` are ascending and distinct already
            starts = sorted({*leads, *others})
        return matches_from(self.rx, text, starts)


def lead_key(source: str, lead: str) -> str:
    """What ``leads_table.LEADS`` is keyed by (with the flags): the pattern's source and its lead's."""
    return f"{lead}{_SENTINEL}{source}"


def lead_source(key: str, flags: int) -> str | None:
    """What ``leads_table`` keeps of ``_opening`` for the pattern and lead of ``lead_key``: None when the pattern is
    not led by the lead, else the source of the characters it can open with otherwise ("" for none)."""
    lead, _, source = key.partition(_SENTINEL)
    opening = _opening(source, flags, lead, _LEAD_FLAGS)
    if opening is None:
        return None
    return "" if opening[1] is None else opening[1].pattern


def matches_from(rx: re.Pattern[str], text: str, starts: Sequence[int]) -> list[re.Match[str]]:
    """``rx.finditer(text)``, for a pattern each of whose matches in ``text`` starts at one of ``starts``
    (ascending): ``rx`` is tried only there, left to right from where the last match ended."""
    found: list[re.Match[str]] = []
    end = 0
    for at in starts:
        if at < end:
            continue
        m = rx.match(text, at)
        if m is not None:
            if m.end() == at:
                return list(rx.finditer(text))  # an empty match: finditer's rules for what follows it apply
            found.append(m)
            end = m.end()
    return found


# Words a pattern cannot match without. ``WordGate(source).may_match(text)`` is False only when the text,
# lower-cased, contains none of the words one of which every match of ``source`` contains: a test in a few
# microseconds that lets a costly case-blind scan skip most sentences. The words are read from the
# pattern's parse: a run of literal characters, and alternatives (each alternative must need a word), joined
# where each part matches exactly one of its words ("[Mm]en(?:dag|keu)" needs "mendag" or "menkeu").
_MAX_WORDS = 200  # a join of alternatives that would give more words is not made
# the only characters that match an ASCII letter case-blind besides ASCII ones (İ, ı, ſ, the Kelvin sign):
# a text with one of them is always scanned
_ASCII_FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")


# the gates asked of an article's sentences by several stages (dates, time anchors, titles, roles, speech verbs):
# their words are read over a sentence in one scan, kept for the sentences of an article
SENTENCE_WORDS = SharedScan()


class WordGate:
    """A cheap necessary test for a pattern: ``may_match(text)`` is True wherever the pattern matches. With
    ``shared``, the words are read from that scan (shared with other gates asked of the same texts)."""

    def __init__(self, source: str, flags: int = 0, shared: SharedScan | None = None) -> None:
        words = tabled(leads_table.WORDS, source, flags, gate_words)
        self.words = frozenset(words) if words else None
        self._scan = WordScan(self.words) if self.words else None
        self._shared = shared
        if shared is not None and self.words:
            shared.add(self.words)

    def may_match(self, text: str) -> bool:
        if self._scan is None or not text.isascii() and _ASCII_FOLDS.search(text):
            return True
        if self._shared is not None:
            return not self.words.isdisjoint(self._shared.found(text))  # type: ignore[union-attr]
        return self._scan.any_in(text.lower())


def opening_keys(rx: re.Pattern[str]) -> frozenset[str] | None:
    """``prefixes.opening_keys`` of a pattern: the lower-cased texts of up to ``prefixes.KEY_DEPTH`` characters one
    of which opens each of its matches, or None; read from ``leads_table`` where it is there."""
    found = tabled(leads_table.KEYS, rx.pattern, rx.flags, keys_of)
    return None if found is None else frozenset(found)


def keys_of(source: str, flags: int) -> tuple[str, ...] | None:
    """What ``leads_table`` keeps of ``prefixes.opening_keys``: the texts sorted, or None."""
    found = prefixes.opening_keys(sre_parse.parse(source, flags))
    return None if found is None else tuple(sorted(found))


def gate_words(source: str, flags: int = 0) -> tuple[str, ...] | None:
    """The words one of which every match of ``source`` contains, sorted; None when none is known."""
    parsed = sre_parse.parse(source, flags)
    found = None if parsed.state.flags & re.LOCALE else _needed(parsed)[0]
    return tuple(sorted(found)) if found else None


class WordGates:
    """Several patterns' ``WordGate``s read over one text: the text lower-cased once, and each distinct set
    of words tested once (several date patterns need the same month names). With ``shared``, the words are read
    from that scan (shared with other gates asked of the same texts)."""

    def __init__(self, gates: Sequence[WordGate], shared: SharedScan | None = None) -> None:
        self.gates = list(gates)
        words = [w for gate in self.gates for w in gate.words or ()]
        self._scan = WordScan(words)
        self._shared = shared
        if shared is not None:
            shared.add(words)
        # each distinct set of words, and for each gate the index of its set (None: no words known, always True)
        self._sets = list(dict.fromkeys(gate.words for gate in self.gates if gate.words is not None))
        self._set_of = [None if gate.words is None else self._sets.index(gate.words) for gate in self.gates]

    def passing(self, items: Sequence[T], text: str) -> list[T]:
        """Those of ``items`` (one for each gate, in order) whose gate lets ``text`` through."""
        return [item for item, may in zip(items, self.may_match(text), strict=True) if may]

    def may_match(self, text: str) -> list[bool]:
        """``[gate.may_match(text) for gate in self.gates]``."""
        if not text.isascii() and _ASCII_FOLDS.search(text):
            return [True] * len(self.gates)
        # every gate's words read in one scan
        found = self._scan.found(text.lower()) if self._shared is None else self._shared.found(text)
        held = [not words.isdisjoint(found) for words in self._sets]
        return [True if i is None else held[i] for i in self._set_of]


class Gated:
    """A pattern behind its ``WordGate``: ``finditer`` and ``search`` find nothing, without trying the pattern, in
    a text that holds none of the words one of which its every match contains."""

    def __init__(self, rx: re.Pattern[str], shared: SharedScan | None = None) -> None:
        self.rx, self.gate = rx, WordGate(rx.pattern, rx.flags, shared)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.rx.finditer(text) if self.gate.may_match(text) else iter(())

    def search(self, text: str) -> re.Match[str] | None:
        return self.rx.search(text) if self.gate.may_match(text) else None


class TextGates:
    """Patterns read over a whole article, each skipped on an article that holds none of the words one of which
    its every match contains: ``finditer(rx, text)`` is ``rx.finditer(text)``, and every pattern's ``WordGate``
    is read in one scan of the text (``WordGates``), kept for the last few texts."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self._index = {id(rx): i for i, rx in enumerate(patterns)}
        self._gates = WordGates([WordGate(rx.pattern, rx.flags) for rx in patterns])
        self._may_match = lru_cache(maxsize=4)(self._gates.may_match)

    def finditer(self, rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
        return rx.finditer(text) if self._may_match(text)[self._index[id(rx)]] else iter(())


def _needed(seq) -> tuple[set[str] | None, bool]:  # type: ignore[no-untyped-def]
    """(lower-case ASCII words one of which every match of ``seq`` contains, or None when none is known;
    whether every match is exactly one of them)."""
    options: list[set[str]] = []  # each: a set of words one of which every match contains
    chain: set[str] | None = None  # the words the exact parts read so far make, joined
    whole = True
    for op, av in seq:
        if op is sre.AT:
            continue  # reads no character: the parts around it are joined
        words, exact = _needed_item(op, av)
        if words is not None and exact:
            joined = {a + b for a in chain for b in words} if chain is not None else words
            if chain is not None and len(joined) > _MAX_WORDS:
                options.append(chain)
                joined = words
            chain = joined
            continue
        whole = False
        if chain is not None:
            options.append(chain)
            chain = None
        if words is not None:
            options.append(words)
    if chain is not None:
        options.append(chain)
    if not options:
        return None, False
    best = max(options, key=lambda ws: (min(map(len, ws)), -len(ws)))  # the longest shortest word, then fewest
    return best, whole and len(options) == 1


def _needed_item(op, av) -> tuple[set[str] | None, bool]:  # type: ignore[no-untyped-def]
    if op is sre.LITERAL:
        c = chr(av)
        return ({c.lower()}, True) if c.isascii() else (None, False)
    if op is sre.IN:
        return _one_letter(av)
    if op is sre.SUBPATTERN:
        return _needed(av[3])
    if op is sre.BRANCH:
        return _needed_branch(av[1])
    if op in _REPEATS and av[0] >= 1:
        words, exact = _needed(av[2])
        return words, exact and av[0] == av[1] == 1
    return None, False


def _one_letter(items: list) -> tuple[set[str] | None, bool]:
    """A class of one ASCII letter in either case ("[Mm]") reads as that letter; another class as nothing."""
    chars = {chr(a).lower() for o, a in items if o is sre.LITERAL}
    single = len(chars) == 1 and all(o is sre.LITERAL for o, _a in items) and next(iter(chars)).isascii()
    return (chars, True) if single else (None, False)


def _needed_branch(alternatives: list) -> tuple[set[str] | None, bool]:
    """Every alternative must need a word: then one of all their words is needed."""
    found: set[str] = set()
    exact = True
    for alternative in alternatives:
        words, e = _needed(alternative)
        if words is None:
            return None, False
        found |= words
        exact = exact and e
    return found, exact
