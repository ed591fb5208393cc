"""khabar: reads Arabic news the way an analyst does.

    >>> import khabar
    >>> article = khabar.read(text, published="2021-06-16")
    >>> article.to_dict()["quotes"]

The API is imported lazily so that ``import khabar.text`` stays light.
"""
from .article import Article, Entity, Event, Mention, Quantity, Quote, Removed, Timex
from .errors import InputError, KhabarError

__version__ = "0.1.0"
__all__ = ["Article", "Entity", "Event", "InputError", "KhabarError", "Mention", "Quantity", "Quote",
           "Removed", "Timex", "read", "read_jsonl", "read_record"]


def __getattr__(name):
    if name in ("read", "read_jsonl", "read_record"):
        from . import api
        return getattr(api, name)
    raise AttributeError(f"module 'khabar' has no attribute {name!r}")
