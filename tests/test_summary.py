"""Extractive summary: ranking signals, length limits and robustness, on hand-built Articles."""
from __future__ import annotations

from khabar.article import Article, Entity, Event, Mention, Quote
from khabar.pipeline import Pipeline
from khabar.summary import score_sentences, summarize, summary_stage
from khabar.text import split_sentences

TEXT = (
    "استقبل الرئيس التونسي قيس سعيد في قصر قرطاج اليوم وزير الخارجية الجزائري أحمد عطاف وبحث معه العلاقات الثنائية. "
    "وتناول اللقاء ملفات الطاقة والحدود والهجرة غير النظامية بين البلدين الجارين. "
    "صور. "
    "ويذكر أن الطقس كان معتدلا في العاصمة خلال الأسبوع الماضي حسب الأرصاد الجوية المحلية. "
    "وكانت الحكومة قد أعلنت في وقت سابق عن برنامج لترميم المباني القديمة في المدينة العتيقة. "
    "وقال عطاف إن البلدين سيوقعان اتفاقية جديدة للتعاون في مجال الطاقة قبل نهاية العام الجاري. "
    "ويشار إلى أن المعرض الدولي للكتاب يفتتح أبوابه الأسبوع المقبل بمشاركة واسعة من دور النشر. "
    "كما تشهد الأسواق المحلية ارتفاعا في أسعار الخضر والغلال مع حلول فصل الصيف الحار. "
    "وختم الوزير الجزائري زيارته بلقاء مع رئيسة الحكومة التونسية في قصر الحكومة بالقصبة."
)


def make() -> Article:
    art = Article(body=TEXT, title="قيس سعيد يستقبل وزير الخارجية الجزائري أحمد عطاف في قرطاج",
                  published="2024-04-01")
    art.sentences = split_sentences(TEXT)
    for eid, typ, names in (("e1", "PER", ["قيس سعيد"]), ("e2", "PER", ["أحمد عطاف", "عطاف"]),
                            ("e3", "LOC", ["قرطاج"])):
        mentions = []
        for name in names:
            start = 0
            while (i := TEXT.find(name, start)) != -1:
                if not any(m.start <= i < m.end for m in mentions):
                    mentions.append(Mention(i, i + len(name), name))
                start = i + len(name)
        art.entities.append(Entity(eid, typ, eid, names[0], mentions=mentions))
    for k, (s, e) in enumerate(art.sentences):
        for trig in ("استقبل", "سيوقعان", "بلقاء"):
            i = TEXT.find(trig, s, e)
            if i != -1:
                art.events.append(Event("CONSULT", i, i + len(trig), trig, sentence=k))
    q = TEXT.index("البلدين سيوقعان")
    art.quotes.append(Quote("…", q, q + 20, "indirect", speaker="e2"))
    return art


def test_sentences_split_as_expected():
    assert len(make().sentences) == 9


def test_lead_sentence_comes_first():
    assert summarize(make())[0] == 0


def test_event_and_quote_sentence_beats_filler():
    order = summarize(make(), limit=9)
    assert order.index(5) < order.index(3)  # the quoted agreement beats the weather
    assert order.index(5) < order.index(7)


def test_short_fragments_are_never_chosen():
    art = make()
    assert score_sentences(art)[2] < 0
    assert 2 not in summarize(art, limit=9)


def test_length_is_limited():
    art = make()
    out = summarize(art)
    assert 1 <= len(out) <= 5
    assert len(out) <= -(-len(art.sentences) // 3)  # a third of the sentences, rounded up
    assert len(set(out)) == len(out)


def test_title_overlap_counts():
    art = make()
    with_title = score_sentences(art)
    art.title = None
    without = score_sentences(art)
    assert with_title[0] > without[0]
    assert with_title[7] == without[7]  # nothing in common with the title


def test_empty_and_tiny_articles():
    assert summarize(Article(body="")) == []
    art = Article(body="عاجل.")
    art.sentences = split_sentences(art.body)
    assert summarize(art) == [0]


def test_stage_never_crashes_and_declares_layers():
    art = make()
    art.events.append(Event("CONSULT", 0, 1, "x", sentence=99))  # a broken layer
    summary_stage(art)
    assert art.summary and all(0 <= k < len(art.sentences) for k in art.summary)
    Pipeline([summary_stage], given=("body", "sentences", "entities", "quotes", "events"))
