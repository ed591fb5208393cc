"""A title written right before a person's name makes one more mention of that person, title and
name together: "الرئيس أورتيغا", "الملا أختر منصور", "الشيخ محمد بن عبدالرحمن".

Runs last in the entity stage (linking.py). One definite title of roles_grammar.toml [titles]
("الرئيس", "الملا", "الأمير"; not the construct heads "رئيس", "وزير", which head an office phrase
of their own) right before a name mention, only spaces between, gives a mention of kind "role"
over both. The bare name mention stays: later stages read name mentions as names. A role mention
of the same person on the title alone ("الرئيس" resolved to the one president named) gives way to
it; a title that is a mention of someone else is left alone.
"""
from __future__ import annotations

from bisect import bisect_left

from ..article import Mention
from ..resources import folded_words
from ..text import Token, clitic_readings, fold, proclitic_length
from .cluster import Cluster


def absorb_titles(clusters: dict[str, Cluster], tokens: list[Token], body: str) -> None:
    titles = {t for t in folded_words("roles_grammar.toml", "titles", "words") if t.startswith("ال")}
    starts = [t.start for t in tokens]
    owner: dict[tuple[int, int], Cluster] = {(m.start, m.end): cl for cl in clusters.values()
                                             for m in cl.mentions}
    for cl in clusters.values():
        if cl.type != "PER" or cl.key.startswith("role:"):
            continue
        for m in list(cl.mentions):
            if m.kind != "name":
                continue
            k = bisect_left(starts, m.start)
            if k == 0 or k >= len(tokens) or tokens[k].start != m.start:
                continue  # a name after a proclitic ("وأورتيغا") has nothing right before it
            prev = tokens[k - 1]
            if prev.kind != "word" or body[prev.end:m.start].strip(" ") != "":
                continue
            prefix = next((p for p, st in clitic_readings(prev.norm) if st in titles), None)
            if prefix is None:
                continue
            start = prev.start + proclitic_length(prev.text, prefix)
            if fold(body[start:prev.end]) not in titles:
                continue  # "للجنرال" is ل + الجنرال with the alef dropped: no clean title span
            others = [(s, e) for (s, e), c in owner.items() if s < m.start and start < e]
            if any(owner[span] is not cl or span != (start, prev.end) for span in others):
                continue  # part of another mention, or of a longer phrase of this person
            for span in others:  # the title as a role mention of this very person
                cl.mentions[:] = [x for x in cl.mentions if (x.start, x.end) != span]
                del owner[span]
            # the name mention stays as it is (later stages read name mentions as bare names);
            # title and name together are one more mention, of kind "role"
            cl.mentions.append(Mention(start, m.end, body[start:m.end], "role"))
            owner[(start, m.end)] = cl
