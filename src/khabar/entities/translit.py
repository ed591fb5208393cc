"""A readable Latin transliteration for names the knowledge base does not know.

Not a scholarly romanisation: a press-style rendering that lets an English-reading analyst tell
names apart. Name parts listed in kb/name_latin.tsv take their usual press spelling ("محمد" →
"Mohammed", "عبد الستار" → "Abd al-Sattar", "ريتشارد" → "Richard"); other words are rendered
letter by letter ("المشنوق" → "al-Mshnuq"): short vowels are not written in Arabic, so they are
not guessed; long vowels and the article are rendered.
"""
from __future__ import annotations

from functools import cache

from ..resources import folded_words, load_lines
from ..text import clitic_readings, fold
from .institutions import definite_heads, site_heads

_MAP = {
    "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "'",
    "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w",
    "ي": "y", "ء": "'", "ئ": "'", "ؤ": "'", "پ": "p", "چ": "ch", "ڤ": "v", "گ": "g",
}


def _word(word: str, article: bool = True) -> str:
    prefix = ""
    if article and word.startswith("ال") and len(word) > 3:
        prefix, word = "al-", word[2:]
    out = []
    for i, ch in enumerate(word):
        if ch == "و" and 0 < i:
            out.append("u" if i < len(word) - 1 else "w")
        elif ch == "ي" and 0 < i:
            out.append("i" if i < len(word) - 1 or i > 1 else "y")  # "الحامدي" → "al-Hamdi"
        elif ch == "ا" and i == 0:
            out.append("a")
        elif ch == "ع" and i == 0:
            out.append("a")  # "عبد" → "Abd", not "Bd": a leading ain is heard as a vowel
        else:
            out.append(_MAP.get(ch, ch))
    text = "".join(out).strip("'")
    return prefix + (text[:1].upper() + text[1:] if text else "")


@cache
def _latin() -> dict[str, tuple[str, str]]:
    """Folded name part → (Latin spelling, class) from kb/name_latin.tsv."""
    out: dict[str, tuple[str, str]] = {}
    for line in load_lines("kb/name_latin.tsv"):
        cols = line.split("\t")
        if len(cols) >= 3 and not line.startswith("arabic"):
            out.setdefault(fold(cols[0]), (cols[1], cols[2]))
    return out


@cache
def given_names() -> frozenset[str]:
    """Folded words kb/name_latin.tsv knows as given names (Arabic or foreign)."""
    return frozenset(w for w, (_, cls) in _latin().items() if cls in ("given", "foreign"))


def transliterate(text: str) -> str:
    """Press-style Latin for an Arabic name: known name parts take their usual spelling
    ("عبد الستار" → "Abd al-Sattar", "ريتشارد" → "Richard"), other words are rendered letter by
    letter. "ال" is the article only as written with a bare alef: "ألتومار" keeps its "Al"."""
    if "-" in text:
        # "جان-كلود أرنو" → "Jean-Claude Arnw": each part of a hyphenated name on its own
        return " ".join("-".join(transliterate(p) for p in w.split("-") if p) for w in text.split())
    latin = _latin()
    raw = text.split()
    out: list[str] = []
    for k, word in enumerate(raw):
        folded = fold(word)
        if not folded:
            continue
        hit = latin.get(folded)
        if hit is None and folded.startswith("عبد") and len(folded) > 5 and \
                latin.get("ال" + folded[5:], ("", ""))[1] == "divine" and folded[3:5] == "ال":
            # "عبدالرحمن" written as one word
            hit = ("Abd " + latin["ال" + folded[5:]][0], "given")
        if hit is not None:
            out.append(hit[0])
        else:
            out.append(_word(folded, article=word.startswith("ال")))
    return " ".join(out)


def unknown_name(text: str, typ: str) -> str:
    """The ``name`` of an entity the knowledge base does not know. An organisation or place named by
    Arabic common nouns ("محكمة استئناف ديالى", "قوات الأمن", "مجلس النواب") keeps its Arabic form,
    as the output contract allows: a letter-by-letter rendering of everyday words ("Mhkmh Ast'naf
    Dialy") reads as a name to an English reader and means nothing. Other names are transliterated."""
    words = fold(text).split()
    if typ in ("ORG", "LOC") and words and (_common_head(words[0]) or _site_head(words[0])):
        return " ".join(text.split())
    return transliterate(text)


@cache
def institution_heads() -> frozenset[str]:
    """Folded head nouns of institutions (entity_context.toml org_heads, org_patterns heads,
    common_heads)."""
    return folded_words("entity_context.toml", "org_heads", "words") | \
        folded_words("entity_context.toml", "org_patterns", "heads") | \
        folded_words("entity_context.toml", "common_heads", "words")


def _common_head(word: str) -> bool:
    heads = institution_heads()
    for _, stem in clitic_readings(word):
        if stem in heads or (stem.startswith("ال") and stem[2:] in heads):
            return True
    return False


def _site_head(word: str) -> bool:
    """"مطار عدن", "النقابات المهنية": a site or body keeps its Arabic name (entity_context.toml
    [sites], [definite_orgs])."""
    heads = _site_and_body_heads()
    return any(stem in heads for _, stem in clitic_readings(word))


@cache
def _site_and_body_heads() -> frozenset[str]:
    return site_heads() | definite_heads()
