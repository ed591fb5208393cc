"""Bytes to text for Arabic news: BOMs, strict UTF-8, then the Arabic single-byte code pages.

charset-normalizer alone is not reliable on short Arabic text: windows-1256, ISO-8859-6 and
mac-arabic share byte ranges, and the wrong one still yields "Arabic-looking" letters. So every
candidate decoding is scored by what a reader would notice: real Arabic words (the most common
function words and the article ال), few replacement or control characters and no Latin letters
glued inside Arabic words (the signature of ISO-8859-6 read as windows-1256).
"""
from __future__ import annotations

import codecs
import re

from ..errors import InputError
from ..resources import load_toml

# File signatures of formats that are certainly not a text article.
_MAGIC = (
    (b"%PDF", "PDF document"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/XLSX/EPUB)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"Rar!", "RAR archive"),
    (b"\x7fELF", "executable"),
    (b"MZ", "executable"),
    (b"\xd0\xcf\x11\xe0", "MS Office document"),
    (b"RIFF", "media file"),
    (b"OggS", "media file"),
    (b"ID3", "MP3 audio"),
    (b"\x00\x00\x00\x18ftyp", "MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "MP4 video"),
    (b"SQLite format 3", "SQLite database"),
)

_ARABIC_LETTER = re.compile("[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\ufb50-\ufdff\ufe70-\ufefc]")
# Arabic letters written as numeric HTML entities (&#1605; or &#x645;): a page may hold no raw Arabic.
_ARABIC_ENTITY = re.compile(r"&#(?:1[5-7]\d\d|x0*6[0-9a-f]{2});", re.I)
_WORD = re.compile(r"[\w\u0600-\u06ff]+")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")

# Single-byte code pages tried after strict UTF-8, most common in Arabic news first.
_CANDIDATES = ("cp1256", "iso8859_6", "mac_arabic", "cp864")

_CANONICAL = {"utf_8": "utf-8", "utf_8_sig": "utf-8-sig", "utf_16": "utf-16", "utf_16_le": "utf-16-le",
              "utf_16_be": "utf-16-be", "utf_32": "utf-32", "cp1256": "windows-1256",
              "iso8859_6": "iso-8859-6", "mac_arabic": "mac-arabic", "cp864": "cp864"}


def _canonical(name: str) -> str:
    try:
        key = codecs.lookup(name).name.replace("-", "_")
    except LookupError:
        return name
    return _CANONICAL.get(key, key.replace("_", "-"))


def _common_words() -> frozenset[str]:
    return frozenset(load_toml("boilerplate.toml").get("decode", {}).get("common_words", ()))


def has_arabic(text: str) -> bool:
    return bool(_ARABIC_LETTER.search(text) or _ARABIC_ENTITY.search(text))


def arabic_score(text: str, max_words: int = 2000) -> float:
    """How much ``text`` reads like correctly decoded Arabic (higher is better).

    The share of Arabic words that are a common function word or carry the article ال, minus
    penalties for replacement/control characters and for words mixing Arabic and Latin letters.
    Scans until ``max_words`` Arabic words are seen, so a page's long ASCII head does not hide them.
    """
    common = _common_words()
    arabic_words = hits = mixed = 0
    end = len(text)
    for m in _WORD.finditer(text):
        w = m.group()
        if _ARABIC_LETTER.search(w):
            arabic_words += 1
            if _LATIN.search(w):
                mixed += 1
            elif w in common or (w.startswith("ال") and len(w) > 3):
                hits += 1
            if arabic_words >= max_words:
                end = m.end()
                break
    if not arabic_words:
        return -1.0
    scanned = text[:end]
    bad = scanned.count("\ufffd") + len(_CONTROL.findall(scanned))
    return hits / arabic_words - 2.0 * mixed / arabic_words - 5.0 * bad / max(len(scanned), 1)


def _check_binary(data: bytes) -> None:
    head = data[:32]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise InputError(f"binary input ({what}), not a text article")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM shows NUL bytes on every other position (Arabic: 0x06 bytes)."""
    if len(data) < 4 or len(data) % 2:
        return None
    even_nul = data[0::2].count(0) / (len(data) / 2)
    odd_nul = data[1::2].count(0) / (len(data) / 2)
    zeros_06 = max(data[0::2].count(6), data[1::2].count(6)) / (len(data) / 2)
    for enc, ok in (("utf-16-le", odd_nul + zeros_06 > 0.3), ("utf-16-be", even_nul + zeros_06 > 0.3)):
        if ok:
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if has_arabic(text) and not _CONTROL.search(text.replace("\x00", "")[:2000]):
                return enc
    return None


def _finish(text: str, encoding: str) -> tuple[str, str]:
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise InputError("empty input (only whitespace)")
    sample = text[:20000]
    controls = len(_CONTROL.findall(sample))
    if controls > max(8, 0.02 * len(sample)):
        raise InputError("binary input (too many control characters), not a text article")
    if not has_arabic(text):
        raise InputError("no Arabic text found")
    return text, _canonical(encoding)


def decode(data: bytes) -> tuple[str, str]:
    """Decode raw input to text; return ``(text, encoding name)``.

    Raises :class:`InputError` for empty input, binary files and text without any Arabic.
    """
    if isinstance(data, str):  # already text: only the sanity checks apply
        return _finish(data, "utf-8")
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise InputError(f"cannot read input of type {type(data).__name__}")
    data = bytes(data)
    if not data.strip():
        raise InputError("empty input")
    # BOMs first: they are unambiguous (UTF-32 before UTF-16, whose BOM is its prefix).
    if data.startswith(codecs.BOM_UTF8):
        return _finish(data[3:].decode("utf-8", errors="replace"), "utf-8-sig")
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        try:
            return _finish(data.decode("utf-32"), "utf-32")
        except UnicodeDecodeError:
            pass
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _finish(data.decode("utf-16", errors="replace"), "utf-16")
    _check_binary(data)
    if b"\x00" in data[:4096]:
        enc = _utf16_without_bom(data)
        if enc:
            return _finish(data.decode(enc), enc)
        raise InputError("binary input (NUL bytes), not a text article")
    try:
        return _finish(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    # UTF-8 with a few broken bytes (a truncated download, one bad character) is still UTF-8:
    # reading it as a code page would garble every Arabic letter instead of a handful.
    lenient = data.decode("utf-8", errors="replace")
    if lenient.count("\ufffd") <= max(4, len(lenient) // 100) and has_arabic(lenient):
        return _finish(lenient, "utf-8")
    return _finish(*_best_single_byte(data))


def _best_single_byte(data: bytes) -> tuple[str, str]:
    candidates: list[str] = list(_CANDIDATES)
    try:  # charset-normalizer's own guesses join the contest; they do not win by default
        from charset_normalizer import from_bytes

        for match in list(from_bytes(data[:65536]))[:3]:
            if match.encoding not in candidates:
                candidates.append(match.encoding)
    except Exception:  # noqa: BLE001 - detection is optional help, never a reason to fail
        pass
    best: tuple[float, int, str, str] | None = None
    for rank, enc in enumerate(candidates):
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        score = arabic_score(text)
        key = (score, -rank)
        if best is None or key > best[:2]:
            best = (score, -rank, text, enc)
    if best is None or best[0] <= -1.0:
        # Nothing reads as Arabic: decode leniently so the caller gets the right error message.
        return data.decode("utf-8", errors="replace"), "utf-8"
    return best[2], best[3]
