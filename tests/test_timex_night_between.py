"""The night between two days ("ليل الخميس الجمعة") is one time, the night of the first day. Sentences
written for these tests."""
from __future__ import annotations

import khabar


def _times(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in khabar.read(text, published="2022-11-16").times]


def test_the_night_between_two_days_is_the_first_night():
    assert _times("قصفت الطائرات مواقع في الريف ليل الأحد الاثنين.") == [("ليل الأحد الاثنين", "2022-11-13TNI")]
    assert _times("اندلع الحريق ليلة الاثنين إلى الثلاثاء في السوق القديم.") == \
        [("ليلة الاثنين إلى الثلاثاء", "2022-11-14TNI")]
    assert _times("وصل الوفد ليل السبت/الأحد إلى العاصمة.") == [("ليل السبت/الأحد", "2022-11-12TNI")]


def test_two_days_that_do_not_follow_each_other_stay_apart():
    assert len(_times("جرت الاشتباكات ليل الأحد والأربعاء في الريف.")) == 2
