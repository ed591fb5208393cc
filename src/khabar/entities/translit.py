"""A readable Latin transliteration for names the knowledge base does not know.

Not a scholarly romanisation: a press-style rendering ("محمد العلي" → "Mhmd al-Ali") that lets an
English-reading analyst tell names apart. Short vowels are not written in Arabic, so they are
not guessed; long vowels and the article are rendered.
"""
from __future__ import annotations

from .. text import fold

_MAP = {
    "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "'",
    "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w",
    "ي": "y", "ء": "'", "ئ": "'", "ؤ": "'", "پ": "p", "چ": "ch", "ڤ": "v", "گ": "g",
}


def _word(word: str) -> str:
    prefix = ""
    if word.startswith("ال") and len(word) > 3:
        prefix, word = "al-", word[2:]
    out = []
    for i, ch in enumerate(word):
        if ch == "و" and 0 < i:
            out.append("u" if i < len(word) - 1 else "w")
        elif ch == "ي" and 0 < i:
            out.append("i" if i < len(word) - 1 else "y")
        elif ch == "ا" and i == 0:
            out.append("a")
        else:
            out.append(_MAP.get(ch, ch))
    text = "".join(out).strip("'")
    return prefix + (text[:1].upper() + text[1:] if text else "")


def transliterate(text: str) -> str:
    words = fold(text).split()
    return " ".join(_word(w) for w in words if w)
