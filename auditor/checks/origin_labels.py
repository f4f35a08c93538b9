"""Credit-line labels (data/origin_credits.tsv) and stock-photo sites, loaded once (no checks)."""

from __future__ import annotations

import re
from functools import cache

from auditor.checks.declarative import DATA_DIR, parse_languages, read_tsv
from auditor.outlets import name_key


@cache
def credit_labels() -> tuple[re.Pattern[str], dict[str, dict[str, float]], frozenset[str]]:
    rows = read_tsv(DATA_DIR / "origin_credits.tsv")
    langs = {r["label"].lower(): parse_languages(r["language"]) for r in rows}
    sources = frozenset(r["label"].lower() for r in rows if r["takes"] == "any")
    labels = sorted((r["label"] for r in rows), key=len, reverse=True)
    alternation = "|".join(re.escape(label) for label in labels)
    regex = re.compile(rf"^[(\[]?\s*(?P<label>{alternation})(?:\s*[:：—–-]\s*|\s+)"
                       rf"(?P<rest>[^()\[\]\n]{{2,80}}?)\s*[)\]]?\s*\.?$", re.IGNORECASE)
    return regex, langs, sources


@cache
def stock_sites() -> frozenset[str]:
    """Stock-photo libraries ("Source: Pixabay" is an image credit, not a news source)."""
    path = DATA_DIR / "farm_stock_sites.tsv"  # shared with the content-farm checks
    return frozenset(name_key(r["term"]) for r in read_tsv(path)) if path.is_file() else frozenset()
