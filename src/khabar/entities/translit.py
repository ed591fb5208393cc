"""A readable Latin transliteration for names the knowledge base does not know.

Not a scholarly romanisation: a press-style rendering ("محمد العلي" → "Mhmd al-Ali") that lets an
English-reading analyst tell names apart. Short vowels are not written in Arabic, so they are
not guessed; long vowels and the article are rendered.
"""
from __future__ import annotations

from functools import cache

from ..resources import folded_words
from ..text import clitic_readings, fold

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


def unknown_name(text: str, typ: str) -> str:
    """The ``name`` of an entity the knowledge base does not know. An organisation or place named by
    Arabic common nouns ("محكمة استئناف ديالى", "قوات الأمن", "مجلس النواب") keeps its Arabic form,
    as the output contract allows: a letter-by-letter rendering of everyday words ("Mhkmh Ast'naf
    Dialy") reads as a name to an English reader and means nothing. Other names are transliterated."""
    words = fold(text).split()
    if typ in ("ORG", "LOC") and words and _common_head(words[0]):
        return " ".join(text.split())
    return transliterate(text)


@cache
def _heads() -> frozenset[str]:
    return folded_words("entity_context.toml", "org_heads", "words") | \
        folded_words("entity_context.toml", "org_patterns", "heads") | \
        folded_words("entity_context.toml", "common_heads", "words")


def _common_head(word: str) -> bool:
    heads = _heads()
    for _, stem in clitic_readings(word):
        if stem in heads or (stem.startswith("ال") and stem[2:] in heads):
            return True
    return False
