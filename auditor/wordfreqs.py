"""Word frequencies: English zipf values and a table of words that belong to another language.

Built once per process from wordfreq's *small* lists (read directly, so wordfreq's
own caches do not keep every list alive), with English's large list read only
while building (so a rare English word is not mistaken for a foreign one) and then
dropped. Cost on first use is reported in the module's tests; afterwards it is a
dict lookup per word. Keep the large lists out of the steady state: the memory
budget of the whole process is 300 MB.
"""

from __future__ import annotations

import contextlib
import marshal
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType

# Source languages whose words we look for in English copy.
FOREIGN_LANGS: tuple[str, ...] = ("es", "fr", "pt", "it", "de", "nl", "tr", "id")
MIN_ZIPF = 3.0  # the word is ordinary in the other language
MIN_GAP = 2.0  # ... and at least 100 times more frequent there than in English
# Rarer words (the language's large list) count too when English's large list lacks them:
# machine translation leaves exactly such words untranslated ("cepo", "cartulina").
RARE_ZIPF = 2.8
CLOSE = 0.8  # other languages within this many zipf of the best also get evidence


@dataclass(frozen=True)
class ForeignWord:
    """A word far more frequent in another language than in English."""

    lang: str
    zipf: float
    zipf_en: float
    langs: tuple[tuple[str, float], ...]  # (language, zipf) of every close language, best first


def _buckets(lang: str, wordlist: str = "small") -> list[list[str]]:
    from wordfreq import available_languages, read_cBpack

    return read_cBpack(available_languages(wordlist)[lang])


@cache
def english() -> MappingProxyType[str, float]:
    """Zipf frequency of every English word in the small list (absent: below ~3)."""
    return MappingProxyType(
        {w: (900 - i) / 100 for i, words in enumerate(_buckets("en")) for w in words})


def zipf_en(word: str) -> float:
    return english().get(word.lower(), 0.0)


def _english_large() -> dict[str, float]:
    buckets = _buckets("en", "large")
    return {w: (900 - i) / 100 for i, words in enumerate(buckets) for w in words}


def _cache_file() -> Path:
    from importlib.metadata import version

    key = f"{version('wordfreq')}-{'-'.join(FOREIGN_LANGS)}-{MIN_ZIPF}-{MIN_GAP}-{RARE_ZIPF}"
    base = os.environ.get("AUDITOR_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME")
    root = Path(base) if base else Path.home() / ".cache"
    return root / "auditor" / f"foreign-words-{key}.marshal"


@cache
def _packed() -> dict[str, str]:
    """The foreign-word table, from the on-disk cache when it is there (~30 ms)
    rather than built from the word lists (~1.5 s)."""
    path = _cache_file()
    with contextlib.suppress(OSError, ValueError, EOFError, TypeError):
        table = marshal.loads(path.read_bytes())
        if isinstance(table, dict):
            return table
    table = _build()
    with contextlib.suppress(OSError):  # a read-only home only costs speed
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(table))
        os.replace(tmp, path)
    return table


def _build() -> dict[str, str]:
    """word -> "123es374it302": English zipf, then every language where the word
    qualifies, all as zipf x 100 (a compact string: ~200k entries stay small)."""
    en = _english_large()  # temporary: small-list absence only means "below ~3"
    out: dict[str, str] = {}
    limit = int(900 - MIN_ZIPF * 100)
    for lang in FOREIGN_LANGS:
        for i, words in enumerate(_buckets(lang)[: limit + 1]):
            tag, z = f"{lang}{900 - i}", (900 - i) / 100 - MIN_GAP
            for w in words:
                if (e := en.get(w, 0.0)) <= z and len(w) > 2 and w.isalpha():
                    out[w] = out.get(w) or f"{round(e * 100):03d}"
                    out[w] += tag
    _add_rare(out, en)
    return out


def _add_rare(out: dict[str, str], en: dict[str, float]) -> None:
    from wordfreq import available_languages

    large = available_languages("large")
    first, last = int(900 - MIN_ZIPF * 100) + 1, int(900 - RARE_ZIPF * 100)
    for lang in FOREIGN_LANGS:
        if lang not in large:
            continue
        for i, words in enumerate(_buckets(lang, "large")[first : last + 1], start=first):
            for w in words:
                if len(w) > 3 and w.isalpha() and w not in en and f"{lang}" not in out.get(w, ""):
                    out[w] = (out.get(w) or "000") + f"{lang}{900 - i}"


def is_foreign(word: str) -> bool:
    """Fast membership test on a lower-case word."""
    return word in _packed()


def foreign_word(word: str) -> ForeignWord | None:
    """The foreign profile of a lower-case word, or None when it is English or unknown."""
    packed = _packed().get(word)
    if packed is None:
        return None
    found = sorted(((int(packed[i + 2 : i + 5]) / 100, packed[i : i + 2])
                    for i in range(3, len(packed), 5)), reverse=True)
    langs = tuple((lang, z) for z, lang in found if z >= found[0][0] - CLOSE)
    return ForeignWord(langs[0][0], langs[0][1], int(packed[:3]) / 100, langs)
