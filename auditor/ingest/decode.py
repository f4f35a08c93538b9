"""Bytes -> str: BOMs, strict UTF-8 first, then charset-normalizer; binary input is refused."""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

import charset_normalizer

from auditor.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MAGIC = (
    (b"%PDF", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (a .docx or .xlsx file?)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"{\\rtf", "an RTF document"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
)
_EMPTY_FIX = "give it a story to audit"
_NOT_TEXT = "export the story as plain text, HTML or ninjs JSON"
_DECLARED = re.compile(
    rb"""(?:<meta[^>]{0,200}?charset|<\?xml[^>]{0,100}?encoding)\s*=\s*["']?([\w.:-]+)""", re.I
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# Code pages tried besides charset-normalizer's guess (the first is preferred on a tie):
# news copy in legacy encodings is mostly Western (windows-1252) or Arabic (windows-1256).
_PREFERRED = ("cp1252", "cp1256", "iso8859_6")
_WORD = re.compile(r"\S+")
_EDGE = "\"'()[]{}<>.,:;!?*«»“”‘’„‚–—…¿¡"
_SYMBOLS_OK = frozenset("’‘‚“”„«»–—‐…•®©™°€£¥¢'-.,/&%:+")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.4 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _plausible(word: str) -> bool:
    """Could this non-ASCII word be real text (one script, normal case, no stray symbols)?"""
    word = word.strip(_EDGE)
    letters = [c for c in word if c.isalpha()]
    if any(not c.isalnum() and c not in _SYMBOLS_OK for c in word):
        return False
    scripts = {unicodedata.name(c, "?").split(" ")[0] for c in letters}
    if len(scripts) > 1:
        return False
    if scripts == {"LATIN"} and len(letters) > 2:
        foreign = sum(not c.isascii() for c in letters)
        rest = "".join(letters[1:])
        if 2 * foreign > len(letters) or (rest != rest.lower() and rest != rest.upper()):
            return False
    return True


def plausibility(text: str) -> float:
    """Share of the non-ASCII words in ``text`` that look like real words (1.0 if none)."""
    words = [w for w in _WORD.findall(text[:200_000]) if not w.isascii()]
    return sum(map(_plausible, words)) / len(words) if words else 1.0


def _guess(data: bytes) -> tuple[str, str] | None:
    """The most plausible decoding among charset-normalizer's best and the preferred pages."""
    best = charset_normalizer.from_bytes(data).best()
    names = list(_PREFERRED) + ([best.encoding] if best and best.encoding not in _PREFERRED else [])
    scored = []
    for rank, name in enumerate(names):
        try:
            text = data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        scored.append((plausibility(text), -rank, name, text))
    if not scored:
        return None
    _, _, name, text = max(scored)
    return name, text


def _declared(data: bytes) -> str | None:
    """The charset an HTML/XML head declares, if the whole input decodes with it."""
    m = _DECLARED.search(data[:4096])
    if not m:
        return None
    try:
        name = codecs.lookup(m.group(1).decode("ascii")).name
        data.decode(name)
    except (LookupError, UnicodeDecodeError):
        return None
    return None if name in ("utf-8", "utf-16", "utf-32") else name


def _check_text(text: str, source: str, encoding: str) -> Decoded:
    if not text.strip():
        raise InputError(source, "the input is empty or only whitespace", _EMPTY_FIX)
    if len(_CONTROL.findall(text[:20000])) > max(2, len(text[:20000]) // 100):
        raise InputError(source, "binary data, not text (many control characters)", _NOT_TEXT)
    return Decoded(text, encoding)


def decode_bytes(data: bytes, source: str) -> Decoded:
    """Decode ``data`` or raise InputError saying why it is not readable text."""
    if not data.strip():
        raise InputError(source, "the input is empty or only whitespace", _EMPTY_FIX)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _check_text(data[len(bom) :].decode(encoding), source, encoding)
            except UnicodeDecodeError as exc:
                why = f"has a {encoding} byte-order mark but is not valid {encoding} ({exc})"
                raise InputError(source, why, "re-save the file in UTF-8") from None
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputError(source, f"this is {kind}, not text", _NOT_TEXT)
    if b"\x00" in data:
        encoding = _utf16_without_bom(data)
        if encoding is None:
            raise InputError(source, "binary data, not text (it contains NUL bytes)", _NOT_TEXT)
        try:
            return _check_text(data.decode(encoding), source, encoding)
        except UnicodeDecodeError:
            raise InputError(source, "binary data, not text", _NOT_TEXT) from None
    try:
        return _check_text(data.decode("utf-8"), source, "utf-8")
    except UnicodeDecodeError:
        pass
    declared = _declared(data)
    if declared:
        return _check_text(data.decode(declared), source, declared)
    guess = _guess(data)
    if guess is None:
        why = "not text in any encoding auditor recognises (binary data?)"
        raise InputError(source, why, "re-save the story as UTF-8 text")
    return _check_text(guess[1], source, guess[0])
