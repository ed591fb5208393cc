"""An entity being built inside one article: its mentions and what it is linked to."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..article import Mention


@dataclass(slots=True)
class Cluster:
    key: str
    type: str
    name: str
    name_ar: str
    kb: str | None
    source: str
    mentions: list[Mention] = field(default_factory=list)
