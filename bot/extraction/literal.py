"""A name's occurrences in a text, found as ``re`` would find the escaped name between word boundaries.

The stages ask where each name of an article stands ("X" not joined to a word on either side). Compiling a
pattern for each name costs more than the search, and each such pattern pushes a fixed one out of ``re``'s
cache, to be compiled again. These read the text with ``str.find`` and test the characters around, with the
rules of ``re``'s ``\\w`` and ``\\s`` (``str.isalnum`` or "_", ``str.isspace``).
"""

from __future__ import annotations

from collections.abc import Iterator


def joins(ch: str, extra: str) -> bool:
    """``ch`` is in ``[\\w<extra>]``: a word character, or one of ``extra`` ("-" where a hyphen joins too)."""
    return ch.isalnum() or ch == "_" or ch in extra


def occurrences(text: str, name: str, *, before: str | None = None, after: str | None = None,
                overlapping: bool = False) -> Iterator[int]:
    """Starts of ``re.finditer(LEFT + re.escape(name) + RIGHT, text)``, with LEFT ``(?<![\\w<before>])`` (no
    test when ``before`` is None) and RIGHT ``(?![\\w<after>])`` likewise: non-overlapping, left to right;
    ``overlapping`` gives every start that holds (for a test of each, as ``re.search`` with more conditions
    after the name would try them). An empty ``name`` is at every position, as for ``re``."""
    size = len(text)
    i = text.find(name)
    while i >= 0:
        end = i + len(name)
        if (before is None or i == 0 or not joins(text[i - 1], before)) \
                and (after is None or end == size or not joins(text[end], after)):
            yield i
            i = text.find(name, i + 1 if overlapping or end == i else end)
        else:
            i = text.find(name, i + 1)


def capital_after_space(text: str, end: int) -> bool:
    """``(?=\\s+[A-Z])`` at ``end``: white space, then an ASCII capital."""
    j = end
    while j < len(text) and text[j].isspace():
        j += 1
    return j > end and j < len(text) and "A" <= text[j] <= "Z"


def first_of_names(text: str, names: list[str]) -> Iterator[tuple[int, str]]:
    """(start, name) of ``re.finditer(r"(?<![\\w])(?:" + "|".join(map(re.escape, names)) + r")(?![\\w])", text)``:
    left to right, not overlapping, and where several names stand at one start, the first of ``names`` (as
    the alternation tries them). No name may be empty."""
    found: dict[int, tuple[int, str]] = {}  # start -> (rank, name) of the first name standing there
    for rank, name in enumerate(names):
        for start in occurrences(text, name, before="", after="", overlapping=True):
            if start not in found or found[start][0] > rank:
                found[start] = (rank, name)
    end = 0
    for start in sorted(found):
        if start >= end:
            name = found[start][1]
            yield start, name
            end = start + len(name)


def last_runs_start(text: str, runs: int) -> int:
    """Where the last ``runs`` runs of ``text`` not holding whitespace (``str.isspace``, ``re``'s ``\\s``) begin, or 0
    when it has no more: a pattern whose every match ends the text and spans at most that many runs finds, with
    ``search(text, last_runs_start(text, runs))``, what ``search(text)`` finds."""
    head = text.rsplit(maxsplit=runs)
    return len(head[0]) if len(head) > runs else 0
