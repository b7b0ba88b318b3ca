"""What the first few characters of a match can be, read from a parsed pattern.

``Starts`` tries its lead at every position where the lead's first character can stand: under a long
case-blind lead (the event triggers, a job title) that is nearly every word start or every letter, and most
of those positions fail a character or two further on. ``opening_runs`` writes a look-ahead body that holds
wherever a match of the pattern can open: one of the runs of up to ``_DEPTH`` characters the pattern can open
with (a shorter one where a match may end sooner), merged as a trie. Positions it rejects cannot hold a
match, so they need no try.

A part this reading does not know (any character, a reference to a group) ends the run where it stands: the
body then asks less, never more, than the pattern. Zero-width parts (anchors, look-arounds) are read as
nothing, which asks less too.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

# characters read: at four, the trigger finder let through most Indonesian verbs ("meng", "memb", "ber" open
# many rows) and tried ~174k positions over the fixtures for ~14k trigger starts; six turns a third of them away. At
# seven the title opens more ways than _MAX_PATHS and is not read at all.
_DEPTH = 6
_MAX_PATHS = 4000  # a pattern opening more ways than this is not read (the body would cost more than it saves)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
              sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W"}

# A character a pattern reads: (the body of a class standing for it, whether it is read case-blind).
Char = tuple[str, bool]
# A way a match can open: the characters read, and whether it stops there (reached the depth, or a part not
# known follows) or goes on with what follows the part read.
Path = tuple[tuple[Char, ...], bool]
_NOTHING: frozenset[Path] = frozenset({((), False)})
_UNKNOWN: frozenset[Path] = frozenset({((), True)})


class _TooMany(Exception):
    """The pattern opens more ways than ``_MAX_PATHS``."""


def opening_runs(parsed: Any) -> str | None:
    """A look-ahead body (no flags needed: each character carries its case rule) that matches wherever a
    match of ``parsed`` can open; None when it would not narrow the first character (or would cost too much)."""
    try:
        paths = _paths(parsed, parsed.state.flags)
    except _TooMany:
        return None
    if any(not chars for chars, _stop in paths) or all(len(chars) < 2 for chars, _stop in paths):
        return None
    return _trie({chars for chars, _stop in paths})


def _trie(openings: set[tuple[Char, ...]]) -> str:
    """An alternation that matches where one of ``openings`` (each a non-empty run of characters) does,
    alternatives merged by their first character; where one of them is that character alone, it is enough."""
    rests: dict[Char, set[tuple[Char, ...]] | None] = {}
    for chars in sorted(openings):
        known = rests.setdefault(chars[0], set())
        if len(chars) == 1 or known is None:
            rests[chars[0]] = None
        else:
            known.add(chars[1:])
    alone = {first for first, rest in rests.items() if rest is None}
    parts = [_char(first) + _trie(rest) for first, rest in rests.items() if rest is not None]
    parts += _either(alone)
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def _either(chars: set[Char]) -> list[str]:
    """Alternatives that match one character of ``chars``: as few classes as they allow (negated ones stay
    apart)."""
    plain = {ci: "".join(body for body, c in sorted(chars) if c == ci and not body.startswith("^")) for ci in (False, True)}
    parts = [_char((body, ci)) for ci, body in plain.items() if body]
    return parts + [_char(c) for c in sorted(chars) if c[0].startswith("^")]


def _char(c: Char) -> str:
    body, ci = c
    return f"(?i:[{body}])" if ci else f"(?-i:[{body}])"


def _paths(seq: Any, flags: int) -> frozenset[Path]:
    """The ways a match of the parsed items ``seq`` can open."""
    out = _NOTHING
    for op, av in seq:
        out = _then(out, _item(op, av, flags))
    return out


def _then(before: frozenset[Path], after: frozenset[Path]) -> frozenset[Path]:
    """The ways to open a match of one part followed by another."""
    out: set[Path] = set()
    for chars, stop in before:
        if stop:
            out.add((chars, stop))
            continue
        for more, more_stop in after:
            joined = (chars + more)[:_DEPTH]
            out.add((joined, more_stop or len(joined) == _DEPTH))
    if len(out) > _MAX_PATHS:
        raise _TooMany
    return frozenset(out)


def _item(op: Any, av: Any, flags: int) -> frozenset[Path]:
    if op in _ZERO_WIDTH:
        return _NOTHING
    if op is sre.SUBPATTERN:
        _group, add, remove, sub = av
        return _paths(sub, (flags | add) & ~remove)
    if op is sre.BRANCH:
        return frozenset().union(*(_paths(alternative, flags) for alternative in av[1]))
    if op in _REPEATS:
        return _repeat(av, flags)
    if op is sre.ATOMIC_GROUP:
        return _paths(av, flags)
    c = _one(op, av, flags)
    return _UNKNOWN if c is None else frozenset({((c,), False)})


def _repeat(av: Any, flags: int) -> frozenset[Path]:
    """A part repeated ``low`` to ``high`` times: its ways taken that many times, read until they no longer change."""
    low, high, sub = av
    body = _paths(sub, flags)
    out: set[Path] = set()
    taken, times = _NOTHING, 0
    while True:
        if times >= low:
            out |= taken
        if times == high:
            return frozenset(out)
        more = _then(taken, body)
        if more == taken:  # as many times again opens the same ways
            return frozenset(out | taken)
        taken, times = more, times + 1


def _one(op: Any, av: Any, flags: int) -> Char | None:
    """One character read, or None when this reading does not know it."""
    if flags & (re.ASCII | re.LOCALE):
        return None
    ci = bool(flags & re.IGNORECASE)
    if op is sre.LITERAL:
        return re.escape(chr(av)), ci
    if op is sre.NOT_LITERAL:
        return "^" + re.escape(chr(av)), ci
    if op is sre.IN:
        body = class_body(av)
        return None if body is None else (body, ci)
    return None


def class_body(items: list) -> str | None:
    """The source between a parsed character class's brackets, or None for an item this writer does not know."""
    out = []
    for op, av in items:
        if op is sre.NEGATE:
            out.append("^")
        elif op is sre.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is sre.RANGE:
            out.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is sre.CATEGORY and av in CATEGORIES:
            out.append(CATEGORIES[av])
        else:
            return None
    return "".join(out)


def _check(source: str, flags: int = 0) -> str | None:
    """``opening_runs`` of a pattern's source (for tests and a look at what a lead opens with)."""
    return opening_runs(sre_parse.parse(source, flags))


# the longest text ``opening_keys`` gives: as many characters as a run reads
KEY_DEPTH = _DEPTH


def opening_keys(parsed: Any, depth: int = KEY_DEPTH) -> frozenset[str] | None:
    """The lower-cased ASCII texts, each up to ``depth`` characters long, one of which opens every match of
    ``parsed`` (a match opens with one of them, lower-cased); None when a match may open otherwise (with a
    class of characters, a character not ASCII, or nothing known)."""
    try:
        paths = _paths(parsed, parsed.state.flags)
    except _TooMany:
        return None
    keys = {"".join(_letters(chars))[:depth] for chars, _stop in paths}
    return None if "" in keys else frozenset(keys)


def _letters(chars: tuple[Char, ...]) -> list[str]:
    """The leading characters of ``chars`` that are each one ASCII character, lower-cased."""
    out = []
    for body, _ci in chars:
        one = body[1:] if body.startswith("\\") and len(body) == 2 and not body[1].isalnum() else body  # an escaped mark, not "\\s"
        if len(one) != 1 or not one.isascii():
            break
        out.append(one.lower())
    return out
