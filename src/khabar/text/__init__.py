"""The Arabic text layer: normalisation with offset maps, tokens, sentences."""
from .normalize import Normalized, clitic_readings, fold, normalize, proclitic_length, strip_article
from .sentences import clauses, paragraphs, split_sentences
from .tokenize import Token, split_proclitics, tokenize, words

__all__ = ["Normalized", "Token", "clauses", "clitic_readings", "fold", "normalize", "paragraphs", "proclitic_length",
           "split_proclitics", "split_sentences", "strip_article", "tokenize", "words"]
