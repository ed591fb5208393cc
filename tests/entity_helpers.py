"""Shared by the entity tests: link a hand-written body, a stand-in tagger, find a mention's entity."""
from khabar.article import Article
from khabar.entities.linking import link_entities
from khabar.text import split_sentences


def entities(body, published=None, tagger=None):
    art = Article(body=body, published=published)
    art.sentences = split_sentences(body)
    return link_entities(art, tagger=tagger)


def spans_of(*words_types):
    """A stand-in tagger returning the given (surface, type) spans."""
    def tagger(text):
        out = []
        for word, typ in words_types:
            i = text.find(word)
            if i >= 0:
                out.append((i, i + len(word), typ))
        return out
    return tagger


def holder_of(ents, text):
    """The entity with a mention whose text is exactly ``text``."""
    return next((e for e in ents for m in e.mentions if m.text == text), None)
