"""The default analysis stages, in pipeline order (see pipeline.py for the checks)."""
from __future__ import annotations


def default_stages() -> list:
    from .text.sentences import sentences_stage

    return [sentences_stage]
