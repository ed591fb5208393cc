"""Events, session 7c: an event noun told as the cause or occasion of the main clause («إثر هجوم»،
«على خلفية اعتداء»، «جراء القصف»، «ردا على تهديدات») does not take the main clause's subject as its actor;
names after the noun (its genitive or the subject of «شنه») are kept, and fighting between two sides
(«بعد معارك مع») still counts the subject among the fighters."""
from khabar.events import extract_events

from events_helpers import make


def _of(text, entities, type_):
    return [e for e in extract_events(make(text, entities)) if e.type == type_]


def test_who_reacted_to_an_attack_is_not_its_attacker():
    evs = _of("وأغلقت وزارة الخارجية النرويجية سفارتها في كابول إثر هجوم استهدف حيا دبلوماسيا.",
              {"mfa": ("ORG", ["وزارة الخارجية النرويجية"])}, "ASSAULT")
    assert evs and all("mfa" not in e.actors for e in evs)


def test_who_was_evacuated_because_of_threats_is_no_threatener():
    evs = _of("وأخلت شرطة مدينة ملبورن مبنى البلدية بسبب تهديدات بوجود قنبلة.",
              {"pol": ("ORG", ["شرطة مدينة ملبورن"])}, "THREATEN")
    assert evs and all("pol" not in e.actors for e in evs)


def test_a_two_word_connective():
    evs = _of("واستدعت الحكومة البلجيكية السفير على خلفية اعتداء على صحفيين في العاصمة.",
              {"gov": ("ORG", ["الحكومة البلجيكية"])}, "ASSAULT")
    assert evs and all("gov" not in e.actors for e in evs)


def test_the_attacker_named_after_the_noun_is_kept():
    evs = _of("وقتل ثلاثة جنود جراء غارات نفذها الطيران الروسي على ريف إدلب.",
              {"raf": ("ORG", ["الطيران الروسي"]), "idlib": ("LOC", ["إدلب"])}, "ASSAULT")
    assert evs and "raf" in evs[0].actors


def test_the_genitive_agent_is_kept():
    evs = _of("وعلقت بلغاريا رحلاتها إلى المنطقة ردا على تهديدات حركة الشباب.",
              {"bg": ("LOC", ["بلغاريا"]), "sh": ("ORG", ["حركة الشباب"])}, "THREATEN")
    assert evs and evs[0].actors == ["sh"]


def test_fighting_keeps_the_subject_as_a_side():
    evs = _of("وسيطرت قوات الجيش الوطني على التلال بعد معارك عنيفة مع مسلحي حركة الشباب.",
              {"army": ("ORG", ["قوات الجيش الوطني"]), "sh": ("ORG", ["حركة الشباب"])}, "ASSAULT")
    assert evs and "army" in evs[0].actors


def test_a_possessive_pronoun_points_back_to_the_subject():
    # «بعد اعتقاله»: the one named before is the detainee, whom the general reading handles as before
    base = _of("وأفرجت السلطات التركية عن الصحفي بعد اعتقاله يومين.",
               {"tr": ("ORG", ["السلطات التركية"])}, "COERCE")
    assert base and "tr" in base[0].actors


def test_with_several_raids_is_no_connective():
    evs = _of("واستهدف طيران التحالف الدولي بعدة غارات مواقع للتنظيم في الرقة.",
              {"coal": ("ORG", ["التحالف الدولي"])}, "ASSAULT")
    assert evs and "coal" in evs[0].actors
