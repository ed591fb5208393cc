"""The cue lexicon: generated inflections, proclitics, and words that only look like cues."""
from __future__ import annotations

import pytest

from khabar.quotes.cues import find_cues, lexicon, lookup
from khabar.resources import load_toml
from khabar.text import tokenize


def cue_of(word: str):
    return lookup(tokenize(word)[0])


def test_lexicon_has_at_least_sixty_verbs():
    verbs = load_toml("cues.toml")["verb"]
    assert len(verbs) >= 60
    folded, _ = lexicon()
    assert len({f.lemma for f in folded.values()}) >= 60


@pytest.mark.parametrize("word", ["قال", "قالت", "قالوا", "قالا", "قالتا", "يقول", "تقول", "يقولون",
                                  "سيقول", "وقال", "فقالت", "قائلا", "قائلةً", "قائلين"])
def test_inflections_of_qaal(word):
    form = cue_of(word)
    assert form is not None and form.lemma == "qaal"


@pytest.mark.parametrize("word,lemma", [
    ("وأضاف", "adaf"), ("مضيفًا", "adaf"), ("مضيفة", "adaf"), ("وتابع", "tabaa"), ("وأكدت", "akkad"),
    ("مؤكدين", "akkad"), ("أوضحوا", "awdah"), ("وأشارت", "ashar"), ("مشيرا", "ashar"), ("صرح", "sarrah"),
    ("وأعلنت", "alan"), ("معلنًا", "alan"), ("كشفت", "kashaf"), ("ونفت", "nafa"), ("نافيا", "nafa"),
    ("ينفون", "nafa"), ("شددت", "shaddad"), ("لافتا", "lafat"), ("ورأى", "raa"), ("اعتبرت", "itabar"),
    ("معتبرا", "itabar"), ("طالبوا", "talab"), ("دعت", "daa"), ("داعيا", "daa"), ("تدعو", "daa"),
    ("حذرت", "haddhar"), ("أبلغه", "ablagh"), ("وصفت", "wasaf"), ("واصفا", "wasaf"), ("وصفته", "wasaf"),
])
def test_inflections_and_participles(word, lemma):
    form = cue_of(word)
    assert form is not None and form.lemma == lemma


@pytest.mark.parametrize("word", ["رأي", "الرأي", "بين", "مقرا", "تابعة", "قول", "قالب", "القول"])
def test_words_that_only_look_like_cues(word):
    assert cue_of(word) is None


def test_find_cues_gives_offsets_into_the_text():
    text = "وقالت الوزيرة إن الخطة جاهزة، مضيفة أن التنفيذ يبدأ غدا."
    cues = find_cues(tokenize(text))
    assert [(c.text, c.kind) for c in cues] == [("وقالت", "verb"), ("مضيفة", "participle")]
    assert all(text[c.start:c.end] == c.text for c in cues)
