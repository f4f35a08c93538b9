"""Monotonic sentence alignment by dynamic programming over beads.

The English copy (left) and the English translation of the original (right)
are aligned in order. A bead joins 1-1, 1-2 (one English sentence renders two
original ones: a merge) or 2-1 (a split) sentences, or leaves one sentence
unmatched: 1-0 is an addition, 0-1 an omission. A matching bead earns its
similarity minus a threshold (minus a small extra for 1-2 and 2-1), an
unmatched sentence earns nothing, and the alignment with the highest total
wins: pairs less similar than the threshold are better left unmatched.

Similarity is the Dice coefficient of character-trigram multisets, cheap
enough to try every bead (sacrebleu's chrF is kept for the scores of the beads
chosen). Long documents are aligned within a band around the diagonal.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

THRESHOLD = 0.25     # a 1-1 pair needs this Dice similarity to beat leaving both unmatched
MERGE_COST = 0.05    # extra a 1-2 or 2-1 bead must earn over a 1-1 bead
BAND_MIN = 30        # half-width of the band of candidate pairs, in sentences
BEADS = ((1, 1), (1, 0), (0, 1), (1, 2), (2, 1))


@dataclass(frozen=True)
class Bead:
    left: tuple[int, ...]     # indices of English sentences
    right: tuple[int, ...]    # indices of original sentences
    similarity: float

    @property
    def kind(self) -> str:
        return f"{len(self.left)}-{len(self.right)}"


def trigrams(text: str) -> Counter[str]:
    norm = f" {' '.join(text.casefold().split())} "
    return Counter(norm[i : i + 3] for i in range(len(norm) - 2))


def _group(grams: list[Counter[str]], indices: Sequence[int]) -> Counter[str]:
    if len(indices) == 1:
        return grams[indices[0]]
    return sum((grams[i] for i in indices), Counter())


class TrigramDice:
    """Dice similarity of sentence groups, with each sentence's trigrams counted once."""

    def __init__(self, left: Sequence[str], right: Sequence[str]) -> None:
        self._left = [trigrams(s) for s in left]
        self._right = [trigrams(s) for s in right]

    def __call__(self, left: Sequence[int], right: Sequence[int]) -> float:
        a = _group(self._left, left)
        b = _group(self._right, right)
        total = a.total() + b.total()
        return 2 * (a & b).total() / total if total else 0.0


def align(
    left: Sequence[str],
    right: Sequence[str],
    similarity: Callable[[Sequence[int], Sequence[int]], float] | None = None,
    threshold: float = THRESHOLD,
) -> list[Bead]:
    """Beads covering every sentence of both sides once, in order."""
    n, m = len(left), len(right)
    sim = similarity or TrigramDice(left, right)
    band = max(BAND_MIN, 2 * abs(n - m))
    NEG = float("-inf")
    best = [[NEG] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int, float] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n + 1):
        centre = i * m / n if n else 0
        for j in range(m + 1):
            if best[i][j] == NEG or (abs(j - centre) > band and (i, j) != (0, 0)):
                continue
            for di, dj in BEADS:
                ni, nj = i + di, j + dj
                if ni > n or nj > m:
                    continue
                s = 0.0
                gain = 0.0
                if di and dj:
                    s = sim(range(i, ni), range(j, nj))
                    gain = s - threshold - (MERGE_COST if di + dj == 3 else 0.0)
                if best[i][j] + gain > best[ni][nj]:
                    best[ni][nj] = best[i][j] + gain
                    back[ni][nj] = (di, dj, s)
    beads: list[Bead] = []
    i, j = n, m
    while i or j:
        step = back[i][j]
        if step is None:   # outside the band: fall back to leaving sentences unmatched
            step = (1, 0, 0.0) if i else (0, 1, 0.0)
        di, dj, s = step
        beads.append(Bead(tuple(range(i - di, i)), tuple(range(j - dj, j)), s))
        i, j = i - di, j - dj
    beads.reverse()
    return beads
