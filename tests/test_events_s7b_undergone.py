"""Events, session 7b: who undergoes criticism, threats or sanctions ("تعرض لانتقادات"، "يواجه
انتقادات"، "أثار انتقادات"، "تلقى تهديدات") is no party to them; the critic named after the noun is."""
from khabar.events import extract_events

from events_helpers import make


def _of(text, entities, type_):
    return [e for e in extract_events(make(text, entities)) if e.type == type_]


def test_the_criticised_subject_is_no_critic():
    evs = _of("وتعرضت رئيسة الوزراء النيوزيلندية جاسيندا أرديرن لانتقادات حادة بسبب قرارها الأخير.",
              {"ja": ("PER", ["جاسيندا أرديرن"])}, "DISAPPROVE")
    assert evs and all("ja" not in e.actors for e in evs)


def test_facing_criticism_without_the_lam():
    evs = _of("ويواجه الرئيس البرازيلي لولا دا سيلفا انتقادات متزايدة بشأن سياسته الاقتصادية.",
              {"lula": ("PER", ["لولا دا سيلفا"])}, "DISAPPROVE")
    assert all("lula" not in e.actors for e in evs)


def test_the_critic_named_after_the_noun_is_kept():
    evs = _of("وتعرض المدرب لانتقادات لاذعة من رئيس النادي فلورنتينو بيريز بعد الخسارة.",
              {"fp": ("PER", ["فلورنتينو بيريز"])}, "DISAPPROVE")
    assert evs and evs[0].actors == ["fp"]


def test_what_caused_the_criticism_is_no_critic():
    evs = _of("وأثار قرار وزارة الداخلية الفرنسية انتقادات واسعة من منظمات حقوقية.",
              {"moi": ("ORG", ["وزارة الداخلية الفرنسية"])}, "DISAPPROVE")
    assert evs and all("moi" not in e.actors for e in evs)


def test_who_received_threats_is_no_threatener():
    evs = _of("وقالت الصحفية المكسيكية ماريا لوبيز إنها تلقت تهديدات بالقتل خلال الأسابيع الماضية.",
              {"ml": ("PER", ["ماريا لوبيز"])}, "THREATEN")
    assert evs and all("ml" not in e.actors for e in evs)


def test_a_verbal_noun_of_undergoing_leaves_the_subject():
    # "أو التعرض لعقوبات": the council that sets the deadline would impose them
    evs = _of("وأمهل مجلس الأمن الدولي الطرفين شهرا للتوصل إلى اتفاق أو التعرض لعقوبات.",
              {"unsc": ("ORG", ["مجلس الأمن الدولي"])}, "SANCTION")
    assert all(e.actors == ["unsc"] for e in evs)


def test_a_plain_criticism_keeps_its_subject():
    evs = _of("ووجه وزير الخارجية الإيراني محمد جواد ظريف انتقادات حادة للسياسة الأمريكية.",
              {"zarif": ("PER", ["محمد جواد ظريف"])}, "DISAPPROVE")
    assert evs and evs[0].actors[:1] == ["zarif"]
