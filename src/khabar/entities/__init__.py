"""Who appears: knowledge-base matching, the trained tagger, linking and in-document coreference."""
from __future__ import annotations

from functools import cache
from typing import Callable

from ..pipeline import stage


@cache
def _tagger() -> Callable[[str], list] | None:
    """The trained tagger's span function, or None when no model is installed (a source checkout
    before `scripts/train_ner.py` has run); the KB and title cues still find entities then."""
    try:
        from .tagger import model_available, spans
    except ImportError:
        return None
    return spans if model_available() else None


@stage("entities", requires=("sentences",), provides=("entities",))
def entities_stage(article) -> None:
    from .linking import link_entities
    article.entities = link_entities(article, tagger=_tagger())
