"""Session 7 (quotesA): a cue verb with its subject written before it ("لكن الرئيس نفى صحة …")
whose verb-first window holds only an object phrase takes the subject before it, so that the
participle after it ("مؤكدا أن …") continues that subject, not the speaker quoted before."""
from khabar.api import read


def _speakers(text):
    a = read(text.encode())
    names = {e.id: e.name_ar for e in a.entities}
    return [(q.text, names.get(q.speaker)) for q in a.quotes]


def _of(qs, start):
    return [s for t, s in qs if t.startswith(start)]


def test_denial_then_participle_goes_to_the_denier():
    qs = _speakers("قال المحامي مايكل كوهين إن موكله دفع المبلغ قبل الانتخابات بأسابيع.\n\n"
                   "لكن الرئيس الأمريكي دونالد ترامب نفى صحة هذه المزاعم، مؤكدا أنه لم يطلب من أحد "
                   "دفع أي مبلغ.")
    assert _of(qs, "أنه لم يطلب") == ["دونالد ترامب"], qs


def test_spokesman_in_apposition_before_the_verb():
    qs = _speakers("قال وزير الخارجية الإثيوبي ورقنه جبيهو إن المفاوضات فشلت بسبب تعنت الطرف الآخر.\n\n"
                   "لكن المتحدث باسم الخارجية المصرية، أحمد أبو زيد، نفى الاتهامات الموجهة إلى بلاده، "
                   "مؤكدا أن مصر شاركت في الاجتماعات بكل إيجابية.")
    assert _of(qs, "مصر شاركت") == ["أحمد أبو زيد"], qs


def test_verb_first_name_unchanged():
    # the subject after the verb is a name: the reading is kept
    qs = _speakers("أعلن الرئيس الفرنسي إيمانويل ماكرون أن بلاده ستستقبل المزيد من اللاجئين.\n\n"
                   "وقال رئيس الوزراء إدوار فيليب إن الحكومة ستقدم مشروع القانون الشهر المقبل.")
    assert _of(qs, "الحكومة ستقدم") == ["إدوار فيليب"], qs


def test_new_clause_after_comma_keeps_its_own_subject():
    # "وأفادت الأنباء": the reports after the verb are its subject, not the person named before
    qs = _speakers("وكان مستشار الأمن القومي هربرت ماكماستر قد انتقد الخطة في اجتماع مغلق، "
                   "وأفادت الأنباء أن الرئيس قاطعه أكثر من مرة خلال الاجتماع.")
    assert _of(qs, "الرئيس قاطعه") != ["هربرت ماكماستر"], qs


def test_cited_sources_are_not_an_object():
    qs = _speakers("نشرت صحيفة وول ستريت جورنال تقريرا عن التحقيقات الجارية في نيويورك. "
                   "وأضافت الصحيفة نقلا عن مصادر مطلعة أن المحققين استجوبوا عددا من المصرفيين.")
    assert _of(qs, "المحققين") != ["وول ستريت جورنال"], qs
