"""The stage list, checked once: each stage says what it needs and what it provides.

A stage is any callable ``stage(article) -> None`` that fills its layer of the Article in place,
with three attributes: ``name``, ``requires`` and ``provides`` (tuples of layer names). The
Pipeline checks at construction that every requirement is provided by an earlier stage (as
Stanza's processors do), so a mis-ordered pipeline fails at start-up, not on the thousandth
article. Layers: body, sentences, tokens, entities, quotes, times, quantities, events, summary.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Protocol

from .article import Article


class Stage(Protocol):
    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]

    def __call__(self, article: Article) -> None: ...


@dataclass(slots=True)
class FunctionStage:
    """Wrap a plain function as a stage."""

    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]
    func: Callable[[Article], None]

    def __call__(self, article: Article) -> None:
        self.func(article)


def stage(name: str, requires: Iterable[str] = (), provides: Iterable[str] = ()):
    """Decorator: ``@stage("quotes", requires=("entities",), provides=("quotes",))``."""
    def wrap(func: Callable[[Article], None]) -> FunctionStage:
        return FunctionStage(name, tuple(requires), tuple(provides), func)
    return wrap


class PipelineError(ValueError):
    pass


class Pipeline:
    def __init__(self, stages: list[Stage], given: Iterable[str] = ("body",)):
        have = set(given)
        for st in stages:
            missing = [r for r in st.requires if r not in have]
            if missing:
                raise PipelineError(f"stage {st.name!r} needs {missing}, which no earlier stage provides")
            have.update(st.provides)
        self.stages = list(stages)
        self.provides = have

    def __call__(self, article: Article) -> Article:
        for st in self.stages:
            st(article)
            article.layers.update(st.provides)
        return article

    @property
    def names(self) -> list[str]:
        return [st.name for st in self.stages]
