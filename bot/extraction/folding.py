"""An opening finder read over the lower-cased text, with no case-blind part left in it.

``Starts``'s opening finder (``leads._scanned``) asks at each letter of a sentence which of the lead's first few
characters stand there. Its alternatives are read case-blind ("(?i:c)"), and the regex engine tries every
case-blind alternative in turn: it skips an alternative by its first character only when that is a plain
literal. ``folded_source`` writes the finder again for an ASCII text lower-cased: every character it reads
becomes the lower-cased characters it could match in an ASCII text, a plain literal where that is one, so most
alternatives are turned away in one step (the title's finder, tried at every letter: a third of the time). It
holds wherever the finder holds (on the text lower-cased), and maybe elsewhere: the negative look-arounds that
tell case apart and the anchors, which it drops, and a match that a possessive or atomic part would refuse ask
less of it. ``Starts`` then asks the finder itself at each position found.
"""

from __future__ import annotations

import re
from re import _compiler as sre_compile  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_ASCII = [chr(code) for code in range(128)]
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


class _Unknown(Exception):
    """A part this writing does not know."""


def folded_source(source: str, flags: int) -> str | None:
    """The finder ``source`` (read with ``flags``) written for the lower-cased ASCII text; None when a part of it
    cannot be written so, or it may be wider than one character (then its matches are not one per position)."""
    parsed = sre_parse.parse(source, flags)
    if parsed.getwidth() != (1, 1):
        return None
    try:
        return _seq(parsed, parsed.state.flags)
    except _Unknown:
        return None


def _seq(seq: Any, flags: int, exact: bool = False) -> str:
    """``seq`` written for the lower-cased text; with ``exact``, only what matches there where it matches in the
    text (characters whose case it does not tell apart, and groups and alternatives of them)."""
    if exact:
        return "".join(_exact_item(op, av, flags) for op, av in seq)
    return "".join(_item(op, av, flags) for op, av in seq)


def _exact_item(op: Any, av: Any, flags: int) -> str:
    if op in (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY):
        return _char(op, av, flags, exact=True)
    if op is sre.SUBPATTERN and av[0] is None:
        _group, add, remove, sub = av
        return "(?:" + _seq(sub, (flags | add) & ~remove, exact=True) + ")"
    if op is sre.BRANCH:
        return "(?:" + "|".join(_seq(alternative, flags, exact=True) for alternative in av[1]) + ")"
    raise _Unknown(op)


def _item(op: Any, av: Any, flags: int) -> str:
    if op in (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY):
        return _char(op, av, flags)
    if op is sre.SUBPATTERN and av[0] is None:
        _group, add, remove, sub = av
        return "(?:" + _seq(sub, (flags | add) & ~remove) + ")"
    if op is sre.BRANCH:
        return "(?:" + "|".join(_seq(alternative, flags) for alternative in av[1]) + ")"
    if op in _REPEATS:  # read greedily: it finds a match wherever a lazy or possessive one does
        low, high, sub = av
        return f"(?:{_seq(sub, flags)}){{{low},{'' if high == sre.MAXREPEAT else high}}}"
    if op is sre.ATOMIC_GROUP:
        return "(?:" + _seq(av, flags) + ")"
    if op is sre.ASSERT:
        return ("(?=" if av[0] == 1 else "(?<=") + _seq(av[1], flags) + ")"
    if op is sre.ASSERT_NOT:
        return _kept_not(av, flags)
    if op is sre.AT:
        return ""  # not asked: the folded finder holds at more positions, never fewer
    raise _Unknown(op)


def _kept_not(av: Any, flags: int) -> str:
    """A negative look-around kept where it reads alike in both cases ("(?<![\\w\\-])": its matches in the text
    lower-cased are its matches in the text), else dropped (then it is not asked)."""
    direction, sub = av
    try:
        body = _seq(sub, flags, exact=True)
    except _Unknown:
        return ""
    return ("(?!" if direction == 1 else "(?<!") + body + ")"


def _char(op: Any, av: Any, flags: int, exact: bool = False) -> str:
    """One character read: the lower-cased ASCII characters it matches, as a literal or a class ("(?!)" for none).
    With ``exact``, a character that matches a letter in one case only is not known."""
    one = sre_compile.compile(sre_parse.SubPattern(sre_parse.State(), [(op, av)]), flags)
    matched = {c for c in _ASCII if one.fullmatch(c)}
    if exact and any(c.swapcase() not in matched for c in matched):
        raise _Unknown(op)
    found = sorted({c.lower() for c in matched})
    if not found:
        return "(?!)"
    if len(found) == 1:
        return re.escape(found[0])
    return "[" + "".join(re.escape(c) for c in found) + "]"
