"""The Python API and the `khabar` command, end to end on inputs written for these tests."""
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import khabar
from khabar.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SEED = ROOT.parent / "shared" / "seed" / "article.txt"

STORY = ("الرياض - وكالات\n\n"
         "أعلن وزير الطاقة السعودي الأمير عبد العزيز بن سلمان، اليوم الأحد، أن المملكة ستخفض إنتاجها "
         "بمقدار مليون برميل يوميا.\n\n"
         "وقال الوزير للصحفيين: “القرار احترازي ويهدف إلى استقرار السوق”.\n\n"
         "جميع الحقوق محفوظة © 2023\n")


def test_read_text_gives_a_full_record():
    art = khabar.read(STORY, published="2023-04-02")
    rec = art.to_dict()
    assert "جميع الحقوق محفوظة" not in rec["body"]
    assert rec["published"] == "2023-04-02"
    assert any(r["reason"] == "copyright" for r in rec["removed"])
    for s, e in rec["sentences"]:
        assert rec["body"][s:e].strip()
    for ent in rec["entities"]:
        for m in ent["mentions"]:
            assert rec["body"][m["start"]:m["end"]] == m["text"]
    assert any(q["kind"] == "direct" for q in rec["quotes"])


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1256"])
def test_encodings_read_the_same(encoding):
    base = khabar.read(STORY.encode("utf-8")).to_dict()
    other = khabar.read(STORY.encode(encoding)).to_dict()
    assert other["body"] == base["body"] and other["quotes"] == base["quotes"]


@pytest.mark.skipif(not SEED.exists(), reason="shared seed not present")
def test_seed_in_windows_1256_reads_like_utf8():
    raw = SEED.read_text(encoding="utf-8")
    a = khabar.read(raw.encode("utf-8"), published="2021-06-16").to_dict()
    b = khabar.read(raw.encode("cp1256", errors="strict"), published="2021-06-16").to_dict()
    a.pop("encoding", None), b.pop("encoding", None)
    assert a == b


@pytest.mark.parametrize("data, message", [
    (b"", "empty"), (b"   \n\n", "empty"), (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary"),
    ("This text is English only.".encode(), "Arabic"),
])
def test_bad_input_is_a_clear_error(data, message):
    with pytest.raises(khabar.InputError, match=message):
        khabar.read(data)


@given(st.text(max_size=400))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_read_never_raises_on_arbitrary_text(text):
    try:
        art = khabar.read(text)
    except khabar.InputError:
        return
    rec = art.to_dict()
    for s, e in rec["sentences"]:
        assert 0 <= s < e <= len(rec["body"])


@given(st.binary(max_size=400))
@settings(max_examples=60, deadline=None)
def test_read_never_raises_on_arbitrary_bytes(data):
    try:
        khabar.read(data)
    except khabar.InputError:
        pass


def test_cli_json_and_text(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text(STORY, encoding="utf-8")
    assert main(["read", str(path), "--published", "2023-04-02"]) == 0
    rec = json.loads(capsys.readouterr().out)
    assert rec["published"] == "2023-04-02" and rec["body"]
    assert main(["read", str(path), "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert "Who appears" in out or "Who said what" in out


def test_cli_exit_codes(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["read", str(empty)]) == 3
    assert "empty" in capsys.readouterr().err
    assert main(["read", str(tmp_path / "missing.txt")]) == 4
    assert main(["read", str(empty), "--published", "16/6/2021"]) == 2


def test_cli_jsonl_every_line_is_a_record_or_an_error(capsys):
    assert main(["read", "--jsonl", str(EXAMPLES / "batch.jsonl")]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 4
    assert "body" in rows[0] and rows[0]["source_id"] == "ex-1"
    assert all("error" in r for r in rows[1:])


def test_python_dash_m_khabar_runs():
    out = subprocess.run([sys.executable, "-m", "khabar", "read", str(EXAMPLES / "oil_market.txt")],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["title"]


def test_html_example_is_detected():
    art = khabar.read((EXAMPLES / "ankara_visit.html").read_bytes())
    assert art.title and "لافروف" in art.title
    assert "اترك تعليقاً" not in art.body and "جميع الحقوق" not in art.body
    assert "ممر آمن" in art.body


def test_a_dated_dateline_gives_the_publication_date():
    text = ("عنوان تجريبي للخبر\n\nالرياض 3 مارس 2019 (واس) - أعلنت الهيئة أمس عن إطلاق برنامج جديد لدعم "
            "المشاريع الصغيرة في جميع مناطق المملكة بميزانية كبيرة.\n")
    art = khabar.read(text)
    assert art.published == "2019-03-03"
    assert any(t.value == "2019-03-02" for t in art.times)
