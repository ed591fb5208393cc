"""Session 7 teasers: a run of other stories' leads is not broken by a stray full stop before a
relative pronoun, by two sentences inside a quotation, or by a lead that fronts a long phrase."""
from khabar.clean import clean_text
from khabar.clean.teasers import _fronted_phrase_lead, _one_sentence, load_teaser_rules

TITLE = "افتتاح محطة لتحلية المياه في مدينة العقبة"
STORY = [
    "العقبة، الأردن (CNN)-- افتتحت الحكومة الأردنية، الأحد، محطة جديدة لتحلية مياه البحر في مدينة العقبة بطاقة "
    "تبلغ خمسين ألف متر مكعب يوميا.",
    "وقال وزير المياه خلال حفل الافتتاح إن المحطة ستغطي حاجة المدينة حتى عام 2030، مشيرا إلى أن كلفتها بلغت "
    "نحو مئتي مليون دينار.",
    "وأضاف أن العمل جار على مشروع أكبر لنقل المياه المحلاة إلى العاصمة عمان خلال السنوات المقبلة.",
]


def teasers(*paragraphs):
    cleaned = clean_text("\n".join([TITLE, "", *STORY, *paragraphs]))
    return cleaned, [r.text for r in cleaned.removed if r.reason == "teaser"]


def test_stop_before_relative_pronoun_is_not_a_sentence_break():
    rules = load_teaser_rules()
    assert _one_sentence("زار الوزير مدينة طنجة. التي شهدت فيضانات الأسبوع الماضي", rules.continuation)
    assert not _one_sentence("زار الوزير مدينة طنجة. وشهدت المدينة فيضانات", rules.continuation)
    run = ["أعلنت وزارة الزراعة المغربية، السبت، عن بدء موسم جني الزيتون في جهة فاس مكناس.",
           "قال رئيس بلدية مرسيليا إنه سيزور مدينة ليون. التي تستضيف معرضا دوليا للكتاب الخريف المقبل.",
           "كشف مسؤول في الاتحاد الأفريقي لكرة القدم، الجمعة، عن موعد قرعة البطولة القارية المقبلة."]
    cleaned, removed = teasers(*run)
    assert removed == run
    assert STORY[2] in cleaned.body


def test_two_sentences_inside_a_quotation_are_one():
    assert _one_sentence('قال المدرب إن الفوز "كان صعبا جدا. لكننا نستحقه" في نهاية المباراة.')
    assert not _one_sentence('قال المدرب إن الفوز كان صعبا. وأضاف أن الفريق يستحقه.')


def test_fronted_phrase_lead():
    rules = load_teaser_rules()
    assert _fronted_phrase_lead("في أول تصريح له منذ توليه منصبه الجديد، أكد الوزير أن الحكومة ماضية", rules)
    # a short connective before the verb belongs to the story
    assert not _fronted_phrase_lead("في المقابل، أعلن الجيش أنه أحبط محاولة تسلل", rules)
    run = ["أعلنت وزارة الزراعة المغربية، السبت، عن بدء موسم جني الزيتون في جهة فاس مكناس.",
           "في أول تصريح له منذ توليه منصبه الجديد، أكد وزير الصحة التونسي أن الحكومة ماضية في الإصلاح.",
           "كشف مسؤول في الاتحاد الأفريقي لكرة القدم، الجمعة، عن موعد قرعة البطولة القارية المقبلة."]
    cleaned, removed = teasers(*run)
    assert removed == run
