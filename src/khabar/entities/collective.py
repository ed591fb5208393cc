"""Collective security bodies named by a plural common noun: "أجهزة الأمن الروسية", "الأجهزة الأمنية".

The tagger never takes them for names (a plural of "device" heads them) and "أجهزة" cannot be an
org_patterns head: "أجهزة الكمبيوتر", "أجهزة الطرد المركزي" are things. So the head counts only with
a security word right after it (entity_context.toml [collective_bodies]); the nisba adjectives that
follow ("الروسية", "الأمنية المختصة") stay in the name, any other word ends it ("أجهزة الأمن الكثيرين").
"""
from __future__ import annotations

from ..resources import folded_words
from ..text import clitic_readings, fold, proclitic_length

_MAX_ADJECTIVES = 3


def _nisba(norm: str) -> bool:
    """A definite relational adjective (folded): "الروسيه", "الداخلي", "المختصه"."""
    return norm.startswith("ال") and len(norm) > 4 and norm.endswith(("يه", "ي", "ه"))


def collective_bodies(tokens) -> list[tuple[int, int, str]]:
    """ORG spans (start, end, "ORG") of security bodies in ``tokens`` (khabar.text Tokens)."""
    heads = folded_words("entity_context.toml", "collective_bodies", "heads")
    nexts = folded_words("entity_context.toml", "collective_bodies", "next")
    stop = folded_words("entity_context.toml", "org_patterns", "stop") | \
        folded_words("entity_context.toml", "collective_bodies", "stop")
    out = []
    for i, tok in enumerate(tokens):
        if tok.kind != "word" or i + 1 >= len(tokens) or tokens[i + 1].norm not in nexts:
            continue
        reading = next(((p, st) for p, st in clitic_readings(tok.norm) if st in heads), None)
        if reading is None:
            continue
        j = i + 2
        while j < len(tokens) and j - i - 2 < _MAX_ADJECTIVES and tokens[j].kind == "word" and \
                _nisba(tokens[j].norm) and tokens[j].norm not in stop:
            j += 1
        cut = proclitic_length(tok.text, reading[0])
        if reading[1].startswith("ال") and not fold(tok.text[cut:]).startswith("ال"):
            cut += 1  # "للأجهزة": the article's alif is not written after ل; the name is "أجهزة …"
        out.append((tok.start + cut, tokens[j - 1].end, "ORG"))
    return out


def _body_key(text: str) -> tuple[str, ...] | None:
    """(head, kind) of a collective body's folded words, the head without its article and the kind
    without a nisba ending ("الأجهزة الأمنية" and "أجهزة الأمن" are one kind); None for others."""
    words = fold(text).split()
    heads = folded_words("entity_context.toml", "collective_bodies", "heads")
    if len(words) < 2 or words[0] not in heads or \
            words[1] not in folded_words("entity_context.toml", "collective_bodies", "next"):
        return None
    head = words[0][2:] if words[0].startswith("ال") else words[0]
    kind = words[1][:-2] if words[1].endswith("يه") else words[1]
    return head, kind


def merge_collective(clusters: dict) -> None:
    """"الأجهزة الأمنية" said after "الأجهزة الأمنية الأردنية" is that body: a bare collective body
    joins the one qualified body of the same kind the article names (never when two could fit)."""
    bare, full = [], []
    for cl in clusters.values():
        if cl.kb or cl.type != "ORG":
            continue
        keys = {_body_key(m.text) for m in cl.mentions if m.kind == "name"}
        if len(keys) != 1 or None in keys:
            continue
        key = keys.pop()
        qualified = any(len(m.text.split()) > 2 for m in cl.mentions if m.kind == "name")
        (full if qualified else bare).append((key, cl))
    for key, cl in bare:
        fits = [f for k, f in full if k == key]
        if len(fits) != 1:
            continue
        target = fits[0]
        for m in cl.mentions:
            if not any(t.start == m.start and t.end == m.end for t in target.mentions):
                target.mentions.append(m)
        del clusters[cl.key]
