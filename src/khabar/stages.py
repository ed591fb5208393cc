"""The default analysis stages, in pipeline order (see pipeline.py for the checks)."""
from __future__ import annotations


def default_stages() -> list:
    from .entities import entities_stage
    from .entities.fragments import fragments_stage
    from .events import events_stage
    from .events.retold import event_coreference_stage
    from .quantities import quantities_stage
    from .quotes import quotes_stage
    from .summary import summary_stage
    from .text.sentences import sentences_stage
    from .timex import times_stage

    # times before entities: a name the tagger finds inside a date ("نيسان" in "13 نيسان") is dropped;
    # fragments after quotes: a speaker the quote stage made from part of a longer name joins that name
    return [sentences_stage, times_stage, quantities_stage, entities_stage, quotes_stage, fragments_stage,
            events_stage, event_coreference_stage, summary_stage]
