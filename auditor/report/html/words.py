"""Numbers in an editor's words: probabilities, languages, verdict headlines."""

from __future__ import annotations

from typing import Any

LANGUAGE_NAMES = {
    "ar": "Arabic", "de": "German", "en": "English", "es": "Spanish", "fa": "Persian",
    "fr": "French", "he": "Hebrew", "hi": "Hindi", "id": "Indonesian", "it": "Italian",
    "ja": "Japanese", "ko": "Korean", "nl": "Dutch", "pl": "Polish", "pt": "Portuguese",
    "ru": "Russian", "sv": "Swedish", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu",
    "zh": "Chinese", "und": "an unknown language",
}

CATEGORY_LABELS = {
    "origin-marker": "Origin marker",
    "foreign-fragment": "Foreign fragment",
    "entity-mistranslation": "Entity mistranslation",
    "agreement-artifact": "Agreement artifact",
    "source-convention": "Source convention",
    "calque": "Calque",
    "inconsistency": "Inconsistency",
    "garble": "Garble",
    "content-farm": "Content farm",
}
CATEGORY_HELP = {
    "origin-marker": "names or implies the original publisher or language",
    "foreign-fragment": "untranslated source-language words or script",
    "entity-mistranslation": "a common noun rendered as a name, or a name as a noun",
    "agreement-artifact": "gender or number agreement carried over from the source",
    "source-convention": "acronyms, transliterations, punctuation of the source language",
    "calque": "source-language syntax or word choice",
    "inconsistency": "one entity rendered two ways in one story",
    "garble": "mechanical damage",
    "content-farm": "republishing boilerplate",
}
SEVERITIES = ("error", "warning", "info")


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


def category_label(category: str) -> str:
    return CATEGORY_LABELS.get(category, category.replace("-", " ").capitalize())


def css_token(value: Any, allowed: set[str] | frozenset[str] | tuple[str, ...]) -> str:
    """A value safe and meaningful as a CSS class suffix: a known name or 'other'."""
    return value if isinstance(value, str) and value in allowed else "other"


def likelihood(p: float) -> str:
    if p >= 0.9:
        return "almost certainly"
    if p >= 0.7:
        return "probably"
    if p >= 0.5:
        return "possibly"
    if p >= 0.3:
        return "probably not"
    return "almost certainly not"


def yes_no(p: float) -> str:
    return "yes" if p >= 0.5 else "no"


def headline(verdict: dict[str, Any]) -> str:
    """One sentence: what the story is, from where, and through whom."""
    translated = float(verdict.get("translated", 0.0))
    machine = float(verdict.get("machine_translated", 0.0))
    lang = str(verdict.get("source_language", "und"))
    if translated < 0.5:
        return f"{likelihood(1 - translated).capitalize()} an English original."
    kind = "machine-translated" if machine >= 0.5 else "translated"
    p = machine if machine >= 0.5 else translated
    text = f"{likelihood(p).capitalize()} {kind}"
    if lang not in ("en", "und"):
        text += f" from {language_name(lang)}"
    outlet = verdict.get("origin_outlet")
    if outlet and outlet.get("name"):
        text += f", first published by {outlet['name']}"
    return text + "."


def short_verdict(verdict: dict[str, Any]) -> str:
    translated = float(verdict.get("translated", 0.0))
    if translated < 0.5:
        return "English original"
    if float(verdict.get("machine_translated", 0.0)) >= 0.5:
        return "Machine-translated"
    return "Translated"


def fmt_number(value: Any, digits: int = 2) -> str:
    if isinstance(value, bool) or value is None:
        return "—" if value is None else str(value).lower()
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)
