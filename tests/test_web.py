"""The browse UI, called as a WSGI app (no server): pages, JSON endpoints, escaping."""
from __future__ import annotations

import json
import re
from urllib.parse import quote as urlquote
from wsgiref.util import setup_testing_defaults

import pytest

from khabar.store import StoreError, ingest, open_store, store_record
from khabar.web import make_app

TALKS = {
    "id": "w-1", "date": "2022-11-08", "url": "https://example.org/a",
    "title": "بلينكن يلتقي لافروف في جنيف",
    "text": "اجتمع وزير الخارجية الأمريكي أنتوني بلينكن مع وزير الخارجية الروسي سيرغي لافروف "
            "في جنيف اليوم الثلاثاء.\n"
            "وقال لافروف إن اللقاء كان \"صريحا ومفيدا\".\n"
            "وأكد بلينكن أن واشنطن تريد علاقة مستقرة مع موسكو.",
}
EVIL = "<script>alert('x')</script> خبر \"مزيف\" & <b>"
HOSTILE = {"id": "w-2", "date": "2022-11-09", "title": EVIL,
           "text": "قالت وزارة الخارجية الفرنسية إن الاجتماع المقبل سيعقد في باريس الشهر المقبل."}


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    d = tmp_path_factory.mktemp("web")
    news = d / "news.jsonl"
    news.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in (TALKS, HOSTILE)),
                    encoding="utf-8")
    db = d / "web.db"
    rep = ingest(db, [str(news)])
    assert rep.stored == 2
    # a record whose every field is hostile: entity names, quote text, event fields
    con = open_store(db)
    body = "قال فلان إن <img src=x onerror=alert(1)> كلام."
    store_record(con, {
        "id": "evil", "title": "<i>t</i>", "body": body, "published": "2022-11-10",
        "entities": [{"id": "e1", "type": "PER\"><script>", "name": "<svg onload=alert(2)>",
                      "name_ar": "فلان<script>", "kb": None,
                      "mentions": [{"start": 4, "end": 8, "text": "فلان", "kind": "name"}]}],
        "quotes": [{"text": body[12:38], "start": 12, "end": 38, "kind": "indirect\"onmouseover=x",
                    "speaker": "e1", "cue": "قال", "cue_start": 0}],
        "events": [{"type": "CONSULT<script>", "actors": ["e1"], "trigger": {"text": "<u>"}}],
    })
    con.close()
    return make_app(str(db))


def get(app, path, qs=""):
    env = {}
    setup_testing_defaults(env)
    env["PATH_INFO"], env["QUERY_STRING"] = path, qs
    seen = {}

    def start_response(status, headers):
        seen["status"], seen["headers"] = status, dict(headers)

    body = b"".join(app(env, start_response)).decode("utf-8")
    return seen["status"], seen["headers"], body


def _first_article_link(html):
    return re.findall(r'href="(/article/[0-9a-f]+)"', html)


def test_home_page_is_rtl_with_search_box(app):
    status, headers, body = get(app, "/")
    assert status == "200 OK" and headers["Content-Type"].startswith("text/html")
    assert '<html lang="ar" dir="rtl">' in body and 'action="/search"' in body
    assert "Sergey Lavrov" in body  # top speakers
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    assert get(app, "/style.css")[0] == "200 OK"


def test_search_and_article_page(app):
    status, _, body = get(app, "/search", "q=" + urlquote("اللقاء"))
    assert status == "200 OK" and "<mark>اللقاء</mark>" in body
    links = _first_article_link(body)
    assert links
    status, _, page = get(app, links[0])
    assert status == "200 OK"
    assert "بلينكن يلتقي لافروف" in page
    # mentions link to entity pages; quotes are marked with their kind
    assert 'href="/entity?key=per%3Asergey_lavrov"' in page
    assert re.search(r'<span class="q indirect" title="indirect: [^"]*لافروف', page)
    assert "CONSULT" in page


def test_speaker_page_lists_quotes(app):
    status, _, body = get(app, "/speaker", "name=" + urlquote("لافروف"))
    assert status == "200 OK" and "صريحا ومفيدا" in body
    status, _, body = get(app, "/speaker", "key=per:sergey_lavrov")
    assert status == "200 OK" and "صريحا ومفيدا" in body
    assert get(app, "/speaker", "name=" + urlquote("لا أحد بهذا الاسم"))[0] == "404 Not Found"
    assert get(app, "/speaker")[0] == "400 Bad Request"


def test_entity_and_events_pages(app):
    status, _, body = get(app, "/entity", "key=loc:RU")
    assert status == "200 OK" and "روسيا" in body
    status, _, body = get(app, "/events", "type=CONSULT&a=Russia&b=" + urlquote("الولايات المتحدة"))
    assert status == "200 OK" and "Antony Blinken" in body and "<option value=\"CONSULT\" selected" in body
    status, _, body = get(app, "/events", "type=CONSULT&a=Russia&b=France")
    assert status == "200 OK" and "لا نتائج" in body


def test_json_endpoints(app):
    status, headers, body = get(app, "/api/quotes", "speaker=Lavrov")
    data = json.loads(body)
    assert status == "200 OK" and headers["Content-Type"].startswith("application/json")
    assert data["keys"] == ["per:sergey_lavrov"] and data["quotes"][0]["text"]
    data = json.loads(get(app, "/api/events", "type=CONSULT&a=Russia&b=United%20States")[2])
    assert len(data["events"]) == 1 and data["events"][0]["location"]["key"] == "loc:city:geneva"
    data = json.loads(get(app, "/api/search", "q=" + urlquote("صريحا"))[2])
    assert len(data["articles"]) == 1 and len(data["quotes"]) == 1
    aid = data["articles"][0]["id"]
    record = json.loads(get(app, "/api/article/" + aid)[2])
    assert record["id"] == aid and record["body"].startswith("اجتمع")
    status, _, body = get(app, "/api/quotes")
    assert status == "400 Bad Request" and "error" in json.loads(body)
    assert get(app, "/api/nothing")[0] == "404 Not Found"
    assert get(app, "/api/events", "limit=many")[0] == "400 Bad Request"


def test_everything_is_escaped(app):
    status, _, body = get(app, "/search", "q=" + urlquote("خبر"))
    assert status == "200 OK"
    assert "<script>" not in body and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in body
    # the hostile hand-made record: body, names, kinds, event fields
    status, _, page = get(app, "/article/evil")
    assert status == "200 OK"
    for raw in ("<script>", "<img", "<svg", "<i>", "<u>", '"onmouseover', '"><script'):
        assert raw not in page, raw
    assert "&lt;img src=x onerror=alert(1" in page
    for path, qs in (("/", ""), ("/events", ""), ("/speaker", "name=" + urlquote("فلان<script>")),
                     ("/search", "q=" + urlquote("<script>alert(1)</script>"))):
        status, _, html = get(app, path, qs)
        assert "<script" not in html and "<svg" not in html, path


def test_bad_requests_never_crash(app):
    assert get(app, "/nope")[0] == "404 Not Found"
    assert get(app, "/article/" + "f" * 40)[0] == "404 Not Found"
    assert get(app, "/article/%00%ff")[0] == "404 Not Found"
    assert get(app, "/search", "q=%22&limit=0")[0] == "200 OK"
    assert get(app, "/events", "type=&a=&b=")[0] == "200 OK"
    env = {}
    setup_testing_defaults(env)
    env["REQUEST_METHOD"] = "POST"
    statuses = []
    app(env, lambda s, h: statuses.append(s))
    assert statuses == ["405 Method Not Allowed"]


def test_app_needs_a_store(tmp_path):
    with pytest.raises(StoreError):
        make_app(str(tmp_path / "none.db"))


def test_raw_utf8_query_string_as_wsgi_carries_it(app):
    # PEP 3333: servers hand undecoded bytes over as latin-1 characters
    raw = "speaker=لافروف".encode("utf-8").decode("latin-1")
    data = json.loads(get(app, "/api/quotes", raw)[2])
    assert data["keys"] == ["per:sergey_lavrov"]
