"""Alternatives that open alike, merged: ``(?:mengumumkan|mengakuisisi|akuisisi)`` is read as
``(?:meng(?:umumkan|akuisisi)|akuisisi)``.

Under ``re.IGNORECASE`` the regex engine cannot skip an alternative by its first character: at a position
it enters every alternative of a long alternation, each failing a character or two in. Merged like a trie,
the alternatives that cannot match are left at their first differing character, once for all of them.

Merging changes the order in which alternatives are tried, so it may change which match ``re`` finds; it
never changes *whether* a pattern matches at a position (the strings a branch matches are the same), which
is all ``Starts`` asks of its pruned leads. Atomic groups and possessive repeats commit to the first way that
matches, so nothing inside them is touched; look-behinds (fixed width) are left as written.
"""

from __future__ import annotations

from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_NESTING = (sre.MAX_REPEAT, sre.MIN_REPEAT)


def merged(items: list, state: Any) -> list:
    """Parsed ``items`` with every alternation's alternatives merged by the parts they open with."""
    out: list = []
    for op, av in items:
        if op is sre.BRANCH:
            alternatives = _merged_branch(_flat([_items(a) for a in av[1]]), state)
            if len(alternatives) == 1:
                out += alternatives[0]
            else:
                out.append((sre.BRANCH, (None, [sre_parse.SubPattern(state, a) for a in alternatives])))
        elif op is sre.SUBPATTERN:
            group, add, remove, sub = av
            out.append((op, (group, add, remove, sre_parse.SubPattern(state, merged(_items(sub), state)))))
        elif op in _NESTING:
            low, high, sub = av
            out.append((op, (low, high, sre_parse.SubPattern(state, merged(_items(sub), state)))))
        elif op is sre.ASSERT or op is sre.ASSERT_NOT:
            direction, sub = av
            out.append((op, (direction, sre_parse.SubPattern(state, merged(_items(sub), state)))) if direction == 1
                       else (op, av))
        else:
            out.append((op, av))  # a character, a class, an anchor; or an atomic part, kept as written
    return out


def _items(seq: Any) -> list:
    return list(seq.data) if isinstance(seq, sre_parse.SubPattern) else list(seq)


def _flat(alternatives: list[list]) -> list[list]:
    """Alternatives that are alternations themselves (``(?:a|b)|c``), or groups with no flags of their own
    around one sequence, opened into their parts."""
    out: list[list] = []
    for alternative in alternatives:
        if len(alternative) == 1 and alternative[0][0] is sre.BRANCH:
            out += _flat([_items(a) for a in alternative[0][1][1]])
        elif len(alternative) == 1 and alternative[0][0] is sre.SUBPATTERN and _plain_group(alternative[0][1]):
            out += _flat([_items(alternative[0][1][3])])
        else:
            out.append(alternative)
    return out


def _plain_group(av: Any) -> bool:
    group, add, remove, _sub = av
    return group is None and not add and not remove


def _key(item: tuple) -> tuple | None:
    """What two alternatives' first parts must share to be merged: one character, or one class, written alike."""
    op, av = item
    if op is sre.LITERAL:
        return ("literal", av)
    if op is sre.IN:
        return ("in", tuple(av))
    return None


def _merged_branch(alternatives: list[list], state: Any) -> list[list]:
    """The alternatives (each a list of parsed items) merged by their first parts, recursively. Each is merged
    in its own parts first: an alternative that opens with an alternation of its own may open with one
    character once that is merged (``(?:sa|sb)c`` is ``s[ab]c``)."""
    return _grouped(_flat([merged(alternative, state) for alternative in alternatives]), state)


def _grouped(alternatives: list[list], state: Any) -> list[list]:
    """Alternatives, each merged in its own parts, merged by their first parts. Groups keep the order of their
    first alternative (the same source every build)."""
    groups: dict[object, list[list]] = {}
    for n, alternative in enumerate(alternatives):
        key = _key(alternative[0]) if alternative else None
        groups.setdefault(key if key is not None else ("alone", n), []).append(alternative)
    out: list[list] = []
    for members in groups.values():
        if len(members) == 1:
            out.append(members[0])
            continue
        rests = _grouped(_flat([m[1:] for m in members]), state)
        tail = rests[0] if len(rests) == 1 else \
            [(sre.BRANCH, (None, [sre_parse.SubPattern(state, r) for r in rests]))]
        out.append([members[0][0], *tail])
    return out
