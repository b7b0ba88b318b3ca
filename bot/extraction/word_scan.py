"""Which of a set of words a text holds, read with one pattern.

``WordGate`` asks whether a lower-cased text holds one of a pattern's words, ``WordGates`` that for each of
several patterns: a substring search per word (up to ~280 words a sentence for the role patterns) costs more
than a search with every word in one alternation, written as a trie (the regex engine skips, in C, to the
characters a word can open with, and walks one branch of the trie there).
"""

from __future__ import annotations

import re
from collections.abc import Iterable


class WordScan:
    """``any_in(low)`` is ``any(w in low for w in words)``; ``found(low)`` is ``{w for w in words if w in low}``."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = sorted(set(words))
        self._rx: re.Pattern[str] | None = None
        self._inside: dict[str, frozenset[str]] = {}

    def _pattern(self) -> re.Pattern[str]:
        if self._rx is None:
            self._rx = re.compile(trie(self.words) if self.words else "(?!)")
        return self._rx

    def any_in(self, low: str) -> bool:
        return self._pattern().search(low) is not None

    def found(self, low: str) -> set[str]:
        """The words ``low`` holds. The trie reads the longest word at a position; every word starting there is
        a prefix of it, so the words inside those read, at every position where one starts, are all there are."""
        search = self._pattern().search
        out: set[str] = set()
        m = search(low)
        while m is not None:
            word = m.group()
            inside = self._inside.get(word)
            if inside is None:
                inside = self._inside[word] = frozenset(w for w in self.words if w in word)
            out |= inside
            m = search(low, m.start() + 1) if m.start() < len(low) else None  # an empty word matches at the end too
        return out


def trie(words: Iterable[str]) -> str:
    """A regex source matching any of ``words``, written as a trie: ``["mei", "meng", "menu"]`` is
    ``me(?:i|n(?:g|u))``. Where one word is a prefix of another the longer is tried first, so a match at a
    position is the longest word there."""
    branches: dict[str, list[str]] = {}
    ends = False
    for word in words:
        if word:
            branches.setdefault(word[0], []).append(word[1:])
        else:
            ends = True
    parts = [re.escape(first) + trie(rests) for first, rests in branches.items()]
    if ends:
        parts.append("")  # last: the longer words through this node first
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


class SharedScan:
    """Several word sets read over a text in one scan: ``found(text)`` is every word of every set added that the
    text, lower-cased, holds (``WordScan.found`` of their union), kept for the last ``keep`` texts. A sentence
    asked about by several stages' gates (dates, time anchors, titles, roles, speech verbs) is scanned once;
    each gate then reads its own words from the answer (``words & found`` is the set's own ``found``)."""

    def __init__(self, keep: int = 256) -> None:
        self._words: set[str] = set()
        self._scan = WordScan(())
        self._kept: dict[str, set[str]] = {}
        self._keep = keep

    def add(self, words: Iterable[str]) -> None:
        """Reads ``words`` too from now on (the texts kept are forgotten: they were read without them)."""
        new = set(words) - self._words
        if new:
            self._words |= new
            self._scan = WordScan(self._words)
            self._kept.clear()

    def found(self, text: str) -> set[str]:
        kept = self._kept.get(text)
        if kept is None:
            if len(self._kept) >= self._keep:
                del self._kept[next(iter(self._kept))]  # the oldest
            kept = self._kept[text] = self._scan.found(text.lower())
        return kept
