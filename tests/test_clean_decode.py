"""Decoding raw input: the same Arabic text in every common encoding gives the same string."""
import codecs

import pytest

from khabar.clean import decode
from khabar.errors import InputError

TEXT = ("أعلنت وزارة الزراعة في الأردن اليوم عن خطة جديدة لدعم المزارعين في وادي الأردن، "
        "وقال الوزير إن الخطة تشمل قروضا ميسرة وتوزيع بذور محسنة على أكثر من ثلاثة آلاف مزارع.\n"
        "وأضاف أن الحكومة ستراجع أسعار المياه بعد موسم الحصاد.")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1256",
                                      "iso-8859-6"])
def test_same_text_in_every_encoding(encoding):
    data = TEXT.encode(encoding)
    text, name = decode(data)
    assert text == TEXT
    assert name


def test_encoding_names():
    assert decode(TEXT.encode("utf-8"))[1] == "utf-8"
    assert decode(TEXT.encode("utf-8-sig"))[1] == "utf-8-sig"
    assert decode(TEXT.encode("utf-16"))[1] == "utf-16"
    assert decode(TEXT.encode("cp1256"))[1] == "windows-1256"
    assert decode(TEXT.encode("iso-8859-6"))[1] == "iso-8859-6"


def test_short_single_byte_text():
    # Short texts are where byte-statistics detectors go wrong between the Arabic code pages.
    short = "قال الرئيس إن المفاوضات مستمرة."
    assert decode(short.encode("cp1256"))[0] == short
    assert decode(short.encode("iso-8859-6"))[0] == short


def test_cp1256_with_latin_and_french_letters():
    text = "افتتح معرض «Expo 2030» في الرياض بحضور وزير الثقافة، وقالت الصحيفة إن café الموقع ممتلئ."
    assert decode(text.encode("cp1256"))[0] == text


def test_utf8_with_one_broken_byte_stays_utf8():
    data = TEXT.encode("utf-8")
    broken = data[:40] + b"\xff" + data[40:]
    text, name = decode(broken)
    assert name == "utf-8"
    assert "\ufffd" in text and "وادي الأردن" in text


def test_str_input_is_accepted():
    assert decode(TEXT) == (TEXT, "utf-8")


@pytest.mark.parametrize("data", [b"", b"   \n\t  ", "\ufeff".encode("utf-8")])
def test_empty_input(data):
    with pytest.raises(InputError) as err:
        decode(data)
    assert "empty" in err.value.message
    assert err.value.exit_code == InputError.exit_code


@pytest.mark.parametrize("data", [
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    b"\xff\xd8\xff\xe0\x00\x10JFIF",
    b"PK\x03\x04\x14\x00\x06\x00",
    b"\x1f\x8b\x08\x00\x00\x00\x00\x00",
    bytes(range(256)) * 4,
    b"abc\x00\x01\x02\x00\x00\x03def" * 50,
])
def test_binary_input(data):
    with pytest.raises(InputError) as err:
        decode(data)
    assert "binary" in err.value.message


def test_control_characters_are_binary():
    data = ("نص عربي قصير" + "\x01\x02\x03\x04\x05\x06" * 20).encode("utf-8")
    with pytest.raises(InputError):
        decode(data)


@pytest.mark.parametrize("data", [b"This is an English news story about the weather.",
                                  "Привет, это русский текст".encode("utf-8"),
                                  "Ceci est un texte français accentué.".encode("cp1252")])
def test_no_arabic(data):
    with pytest.raises(InputError) as err:
        decode(data)
    assert "no Arabic" in err.value.message


def test_html_with_only_entity_arabic_is_accepted():
    page = b"<html><body><p>&#1605;&#1585;&#1581;&#1576;&#1575;</p></body></html>"
    text, _ = decode(page)
    assert text.startswith("<html>")


def test_utf16_without_bom():
    data = TEXT.encode("utf-16-le")
    assert not data.startswith(codecs.BOM_UTF16_LE)
    assert decode(data)[0] == TEXT


def test_single_byte_page_with_long_ascii_head():
    head = "<html><head>" + "<script>var x = 1;</script>\n" * 2000 + "</head><body>"
    page = head + "<p>" + TEXT + "</p></body></html>"
    text, name = decode(page.encode("cp1256"))
    assert name == "windows-1256"
    assert TEXT in text
