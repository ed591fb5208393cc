"""Shared by the quantity tests: (text, value, unit) triples, each span checked against the text."""
from khabar.quantities import find_quantities


def q(text: str):
    out = []
    for x in find_quantities(text):
        assert text[x.start:x.end] == x.text
        out.append((x.text, x.value, x.unit))
    return out
