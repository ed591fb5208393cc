"""Calendar arithmetic: anchoring relative expressions on the publication date, TIMEX3 values.

Values follow TIMEX3: ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, ``YYYY-Www``, ``YYYY-SU``, decades
``196``, centuries ``19``; times ``YYYY-MM-DDTHH:MM`` or ``YYYY-MM-DDTMO`` (part of day); durations
``PT93M``, ``P3D``, ``P2Y``, ``P1DE``, ``PXD`` (vague).
"""
from __future__ import annotations

import datetime as dt
import re
import warnings

try:  # hijridate is the maintained name of hijri-converter (same API); either will do.
    from hijridate import Gregorian, Hijri
except ImportError:  # pragma: no cover - depends on the environment
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        from hijri_converter import Gregorian, Hijri

_DATE_RE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def parse_dct(published: str | None) -> dt.date | None:
    """The publication date from "YYYY-MM-DD" or an ISO timestamp; None when absent or invalid."""
    if not published or not isinstance(published, str):
        return None
    m = _DATE_RE.search(published)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def make_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except (ValueError, OverflowError):
        return None


def iso_day(d: dt.date) -> str:
    return d.isoformat()


def iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def month_value(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def weekday_date(dct: dt.date, weekday: int, direction: int) -> dt.date:
    """The date of ISO ``weekday`` near ``dct``.

    direction -1: the last one strictly before; +1: the next one strictly after; 0: today if it
    is that day, else the last one in the past week (news mostly reports what happened); 2: today
    or the next one (used when the sentence points to the future).
    """
    delta = (weekday - dct.isoweekday()) % 7  # days ahead, 0..6
    if direction == -1:
        return dct - dt.timedelta(days=(7 - delta) if delta else 7)
    if direction == 1:
        return dct + dt.timedelta(days=delta or 7)
    if direction == 2:
        return dct + dt.timedelta(days=delta)
    return dct - dt.timedelta(days=(7 - delta) % 7)


def year_for_month(dct: dt.date, month: int, mod: int | None, day: int | None = None) -> int:
    """The year of a month named without one.

    With a modifier: الماضي (-1) the last such month before the current one, المقبل (+1) the next
    one after it, الجاري (0) this year. Without: the publication year, except across the year
    boundary when the month is within three months of the publication date ("يناير" written in
    November means next January).
    """
    y = dct.year
    if mod == -1:
        if day:
            return y if (month, day) < (dct.month, dct.day) else y - 1
        return y if month < dct.month else y - 1
    if mod == 1:
        if day:
            return y if (month, day) > (dct.month, dct.day) else y + 1
        return y if month > dct.month else y + 1
    if mod == 0:
        return y
    if mod == 2:  # today or later
        return y if (month, day or 31) >= (dct.month, dct.day) else y + 1
    ahead = (month - dct.month) % 12
    if month < dct.month and ahead <= 3:
        return y + 1
    behind = (dct.month - month) % 12
    if month > dct.month and behind <= 3:
        return y - 1
    return y


def hijri_to_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        g = Hijri(y, m, d).to_gregorian()
        return dt.date(g.year, g.month, g.day)
    except (ValueError, OverflowError, AttributeError):
        return None


def hijri_year_of(d: dt.date) -> int | None:
    try:
        return Gregorian(d.year, d.month, d.day).to_hijri().year
    except (ValueError, OverflowError, AttributeError):
        return None


_MINUTES = {"S": 1 / 60, "MIN": 1, "H": 60, "D": 1440, "W": 10080}
_SMALLER = {"H": ("MIN", 60), "D": ("H", 24), "Y": ("MO", 12), "MIN": ("S", 60), "W": ("D", 7),
            "DE": ("Y", 10), "CE": ("Y", 100)}


def _fmt(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def duration_value(unit: str, amount: float | None) -> tuple[str, float | None]:
    """TIMEX3 value and minutes of ``amount`` ``unit``s (amount None: vague, "PXD")."""
    if amount is None:
        letter = {"S": "TXS", "MIN": "TXM", "H": "TXH", "MO": "XM"}.get(unit, "X" + unit)
        return "P" + letter, None
    while not float(amount).is_integer() and unit in _SMALLER:
        smaller, factor = _SMALLER[unit]
        if not float(amount * factor).is_integer():
            break
        unit, amount = smaller, amount * factor
    n = _fmt(amount)
    if unit == "S":
        value = f"PT{n}S"
    elif unit == "MIN":
        value = f"PT{n}M"
    elif unit == "H":
        value = f"PT{n}H"
    elif unit == "MO":
        value = f"P{n}M"
    else:
        value = f"P{n}{unit}"
    minutes = amount * _MINUTES[unit] if unit in _MINUTES else None
    if minutes is not None and float(minutes).is_integer():
        minutes = int(minutes)
    return value, minutes


def shift(dct: dt.date, unit: str, amount: float, sign: int) -> str | None:
    """The date ``amount`` ``unit``s before (sign -1) or after (+1) ``dct``, at the unit's grain;
    weeks count as seven days and give the day ("قبل أسبوع" is the day of the same weekday a week
    earlier, the way news dates an event; a calendar week has no day for the record's date field)."""
    if not float(amount).is_integer():
        return None
    n = int(amount) * sign
    try:
        if unit == "D":
            return (dct + dt.timedelta(days=n)).isoformat()
        if unit == "W":
            return (dct + dt.timedelta(weeks=n)).isoformat()
        if unit == "MO":
            y, m = add_months(dct.year, dct.month, n)
            return month_value(y, m)
        if unit == "Y":
            return f"{dct.year + n:04d}"
        if unit == "DE":
            return f"{(dct.year + 10 * n) // 10:03d}"
        if unit == "CE":
            return f"{(dct.year + 100 * n) // 100:02d}"
    except (OverflowError, ValueError):
        return None
    return None
