"""The pipeline checks stage order at construction; the Article serialises to the contract."""
import pytest

from khabar.article import Article, Entity, Mention, Quote
from khabar.pipeline import Pipeline, PipelineError, stage


@stage("a", requires=("body",), provides=("x",))
def stage_a(article):
    article.scratch["a"] = True


@stage("b", requires=("x",), provides=("y",))
def stage_b(article):
    article.scratch["b"] = article.scratch.get("a")


def test_pipeline_runs_in_order_and_records_layers():
    art = Pipeline([stage_a, stage_b])(Article(body="نص"))
    assert art.scratch == {"a": True, "b": True}
    assert {"x", "y"} <= art.layers


def test_pipeline_rejects_a_stage_before_its_requirement():
    with pytest.raises(PipelineError, match="needs \\['x'\\]"):
        Pipeline([stage_b, stage_a])


def test_default_pipeline_is_well_ordered():
    from khabar.stages import default_stages
    names = Pipeline(default_stages()).names
    assert names[0] == "sentences"


def test_article_to_dict_contract():
    body = "قال الوزير إن الاجتماع مثمر"
    art = Article(body=body, title="عنوان", published="2024-01-02")
    art.sentences = [(0, len(body))]
    art.entities = [Entity("e1", "PER", "Minister", "الوزير", None, [Mention(4, 10, body[4:10], "role")])]
    art.quotes = [Quote(body[15:], 15, len(body), "indirect", "e1", "قال", 0)]
    d = art.to_dict()
    for key in ("id", "title", "byline", "published", "body", "removed", "sentences", "entities", "quotes",
                "events", "times", "quantities", "summary"):
        assert key in d
    assert d["entities"][0]["mentions"][0] == {"start": 4, "end": 10, "text": "الوزير", "kind": "role"}
    assert d["quotes"][0]["speaker"] == "e1" and d["quotes"][0]["cue_start"] == 0
    assert d["id"] == Article(body=body).id and len(d["id"]) == 40
    assert art.sentence_of(5) == 0 and art.sentence_of(len(body)) is None
