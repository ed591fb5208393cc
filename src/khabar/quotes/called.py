"""Speakers introduced as "ROLE يدعى NAME": "وقال سائق، يدعى أحمد سليم، إن …".

"يدعى/تدعى" (is called) is no cue (cues.toml: homographs), so the cue's subject is a role phrase
whose name follows the passive verb: the named person is the speaker, not the role description.
"""
from __future__ import annotations

from ..text import Token
from .cues import folded_set, is_homograph
from .names import is_title
from .subject_parts import _COMMA, MentionIndex, Subject, after_mention, is_adjunct

_REACH = 9  # role phrases before the name are short: "مسؤول في الشرطة المحلية يدعى"
_STOPS = {":", "«", "\"", "“", "”", "»"}


def called_subject(tokens: list[Token], idx: MentionIndex, a: int, b: int) -> Subject | None:
    """The person named after "يدعى" inside the subject window [a, b), if the subject is a role
    description (not a name of its own, not an addressee "لشخص يدعى …")."""
    if a >= b or tokens[a].kind != "word" or is_adjunct(tokens[a]):
        return None
    named = [m for m in idx.within(tokens[a].start, tokens[a].end)
             if m[0] == tokens[a].start and m[3] == "PER" and m[4] == "name"]
    # "قال حقي بإدارة شخص يدعى …": a subject named already keeps its name, unless "يدعى" follows
    # that "name" at once ("طيار مارق، يدعى أوسكار بيريز": a role the tagger took for a name)
    named_end = after_mention(tokens, a, b, named[0]) if named else None
    comps = folded_set("complementizers", "bare")
    for c in range(a + 1, min(b, a + _REACH)):
        tok = tokens[c]
        if tok.text in _STOPS or tok.norm in comps:
            return None
        if tok.text in _COMMA or not is_homograph(tok):
            continue
        if named_end is not None and c not in (named_end, named_end + 1):
            return None
        before = tokens[c - 1] if tokens[c - 1].text not in _COMMA else tokens[c - 2]
        if before.norm.startswith("ل") and not before.norm.startswith("ال"):
            return None  # "قال لشخص يدعى حبيب": the one called so is spoken to, not speaking
        n = c + 1
        while n < b and n < c + 3 and tokens[n].kind == "word" and is_title(tokens[n].norm) and \
                not idx.starts_at(tokens[n].start):
            n += 1  # "ويدعى المهندس عبد الله"
        if n >= b:
            return None
        quoted = tokens[n].text in _STOPS  # "مغردة تدعى "جينان":"
        n += quoted
        z = n
        while z < b and z < n + 5 and tokens[z].kind == "word" and tokens[z].norm not in comps:
            z += 1
        if z == n:
            return None
        for m in idx.within(tokens[n].start, tokens[z - 1].end):
            # (a title the tagger left out of the name: "ويدعى المهندس عبد الله")
            if m[3] == "PER" and m[4] == "name" and m[0] >= tokens[n].start:
                return Subject(m[2], None, True, after_mention(tokens, a, b, m) + quoted)
        # a name the entity stage did not tag: the words up to the comma, as a name phrase
        if (2 <= z - n <= 4 or quoted and z - n >= 1) and \
                (z == b or tokens[z].text in _COMMA or tokens[z].text in _STOPS or tokens[z].text == "("):
            return Subject(None, None, True, z + quoted, (tokens[n].start, tokens[z - 1].end))
        return None
    return None


def called_before(tokens: list[Token], idx: MentionIndex, j: int, floor: int) -> str | None:
    """"لكن قياديا بالمعارضة، يدعى X، قال": the person named right before the comma at ``j``
    after "يدعى" is the subject of the cue that follows."""
    for m in idx.within(tokens[j - 1].start, tokens[j - 1].end):
        if m[3] != "PER" or m[4] != "name" or m[1] != tokens[j - 1].end:
            continue
        i = j - 1
        while i > floor and tokens[i].start > m[0]:
            i -= 1
        if i - 1 >= floor and tokens[i].start == m[0] and is_homograph(tokens[i - 1]):
            return m[2]
    return None
