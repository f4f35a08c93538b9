"""Ingest: formats, encodings, bad inputs, HTML metadata and credit lines, ninjs, stdin."""

from __future__ import annotations

import io
import json
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.document import Document
from auditor.errors import InputError, UnsupportedItem
from auditor.ingest import DEFAULT_MAX_BYTES, load_bytes, load_items, load_path
from auditor.ingest.sniff import Format, sniff
from tests.conftest import shared_dir

DATA = Path(__file__).parent / "data" / "ingest"
EN = (
    "Factions of the armed opposition entered several districts of Aleppo on Friday, "
    "according to two sources who spoke to reporters.\n"
    "The government made no comment on the reports by late evening.\n"
)
AR_FOOTER = "ظهرت في الأصل على www.alhurra.com"


def items(data: bytes, suffix: str = "", **kw) -> list[Document | InputError]:
    return list(load_bytes(data, "<test>", suffix=suffix, **kw))


def one(data: bytes, suffix: str = "") -> Document:
    (item,) = items(data, suffix)
    assert isinstance(item, Document), item
    return item


def error(data: bytes, suffix: str = "", **kw) -> InputError:
    (item,) = items(data, suffix, **kw)
    assert isinstance(item, InputError), item
    assert "\n" not in item.one_line()
    return item


def ninjs_item(**fields) -> dict:
    return {"uri": "urn:test:1", "type": "text", "language": "en", **fields}


# -- plain text and encodings --------------------------------------------------
def test_plain_text_file(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(EN, "utf-8")
    (doc,) = load_path(path)
    assert doc.text == EN and doc.source == str(path)
    assert doc.metadata["format"] == "text" and doc.metadata["encoding"] == "utf-8"


def test_text_is_nfc_and_newlines_normalised():
    doc = one("Cafe\u0301 owners said.\r\nSecond line.".encode())
    assert doc.text == unicodedata.normalize("NFC", "Café owners said.\nSecond line.")


def test_utf8_bom_is_dropped():
    doc = one(b"\xef\xbb\xbf" + EN.encode())
    assert doc.text == EN


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-32"])
def test_utf16_and_utf32(codec):
    doc = one((EN + AR_FOOTER).encode(codec))
    assert doc.text.endswith(AR_FOOTER)


def test_windows_1256_arabic_line_decodes_to_arabic():
    doc = one((EN + AR_FOOTER + "\n").encode("cp1256"))
    assert AR_FOOTER in doc.text
    assert doc.metadata["encoding"] == "cp1256"


def test_windows_1256_arabic_first():
    line = "قال المرصد السوري إن الفصائل دخلت المدينة"
    doc = one((line + "\n" + EN).encode("cp1256"))
    assert doc.text.startswith(line)


@pytest.mark.parametrize(
    "text", ["Le président a visité São Paulo et Bogotá.\n", "Señor Núñez said “no” — again.\n"]
)
def test_latin1_and_windows_1252(text):
    codec = "latin-1" if "“" not in text else "cp1252"
    doc = one((text + EN).encode(codec))
    assert doc.text.startswith(text)


def test_html_declared_charset_wins_over_guessing():
    page = f"<html><head><meta charset='windows-1256'></head><body><p>{EN}</p>"
    page += f"<footer><p>{AR_FOOTER}</p></footer></body></html>"
    doc = one(page.encode("cp1256"))
    assert doc.metadata["encoding"] == "cp1256"
    assert doc.text.endswith(AR_FOOTER)


# -- bad inputs ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t\r\n ", "empty"),
        (bytes(range(256)) * 8, "binary"),
        (b"abc\x00\x01\x02def" * 20, "binary"),
        (b"\x89PNG\r\n\x1a\n" + bytes(64), "PNG"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"\x01\x02\x03\x04\x05\x06\x07\x08text" * 10, "binary"),
    ],
)
def test_unreadable_input_is_one_clear_error(data, reason):
    err = error(data)
    assert reason in err.one_line() and err.one_line().startswith("<test>: ")


def test_oversize_input(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 3000)
    (err,) = load_items(path, max_bytes=10_000)
    assert isinstance(err, InputError) and "limit" in str(err) and str(path) in str(err)
    (doc,) = load_items(path, max_bytes=20_000)
    assert isinstance(doc, Document)
    assert error(b"x" * 101, max_bytes=100).why.startswith("the input is")
    assert DEFAULT_MAX_BYTES >= 1_000_000


def test_missing_file_and_directory(tmp_path):
    (err,) = load_items(tmp_path / "nope.txt")
    assert isinstance(err, InputError) and "no such file" in str(err)
    (err,) = load_items(tmp_path)
    assert isinstance(err, InputError) and "directory" in str(err)
    with pytest.raises(InputError):
        load_path(tmp_path / "nope.txt")


@pytest.mark.parametrize(
    ("data", "suffix", "reason"),
    [
        (b'{"uri": "x", "body_text": "abc",}', "", "malformed JSON at line 1"),
        (b'{"uri": "x",\n "body_text": ', ".json", "malformed JSON at line 2"),
        (b"not json at all", ".json", "malformed JSON"),
        (b"[]", "", "array is empty"),
        (b'{"weather": "sunny"}', "", "not a ninjs news item"),
        (b"42", ".json", "not a ninjs item"),
    ],
)
def test_malformed_or_foreign_json(data, suffix, reason):
    assert reason in str(error(data, suffix))


@pytest.mark.parametrize(
    "page",
    [
        b"<html></html>",
        b"<html><head><title>Only a title</title></head><body>  </body></html>",
        b"<html><body><script>var x = 1;</script><nav><a>Home</a></nav></body></html>",
        b"<!-- nothing but a comment -->",
    ],
)
def test_empty_html(page):
    err = error(page, ".html")
    assert "HTML page" in str(err) and "<test>" in str(err)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_any_bytes_give_documents_or_errors_never_exceptions(data):
    for item in load_bytes(data, "<fuzz>"):
        assert isinstance(item, Document | InputError)


# -- sniffing --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "suffix", "fmt"),
    [
        ("Plain story.\nSecond paragraph.", "", Format.TEXT),
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", "", Format.HTML),
        ("  <div class='story'><p>x</p></div>", ".txt", Format.HTML),
        ("Plain words", ".html", Format.HTML),
        ('{"uri": "a"}', "", Format.JSON),
        ('{\n  "uri": "a"\n}\n', "", Format.JSON),
        ('[{"uri": "a"}]', ".txt", Format.JSON),
        ('{"uri": "a"}\n{"uri": "b"}\n', "", Format.JSONL),
        ('{"uri": "a"}', ".jsonl", Format.JSONL),
        ("[Photo: Reuters] Troops moved north.", ".txt", Format.TEXT),
        ('<?xml version="1.0"?>\n<nitf><body/></nitf>', "", Format.NITF),
    ],
)
def test_sniff(text, suffix, fmt):
    assert sniff(text, suffix) is fmt


def test_text_file_opening_with_a_bracket_is_text():
    doc = one(b"[Photo: Reuters] Troops moved north on Sunday.", ".txt")
    assert doc.metadata["format"] == "text"


def test_nitf_document():
    nitf = (
        '<?xml version="1.0" encoding="UTF-8"?><nitf><head><title>T</title></head><body>'
        "<body.head><hedline><hl1>Headline</hl1></hedline></body.head><body.content>"
        "<p>First paragraph.</p><p>Second paragraph.</p></body.content></body></nitf>"
    )
    assert one(nitf.encode()).text == "First paragraph.\nSecond paragraph."


# -- HTML ------------------------------------------------------------------------
def test_html_metadata_and_appended_credit_lines():
    (doc,) = load_path(DATA / "article_footer.html")
    meta = doc.metadata
    assert meta["format"] == "html"
    assert meta["html_lang"] == "en-GB"
    assert meta["site_name"] == "Example Outlet"
    assert meta["canonical_url"] == "https://www.example-outlet.com/news/harbour-cranes-return"
    assert meta["author"] == "Megan Pryce"
    assert meta["title"] == "Harbour cranes return to Port Talbot"
    assert "Two container cranes idle since the spring" in doc.body
    assert "Privacy policy" not in doc.text and "Most read" not in doc.text
    tail = doc.text[doc.body_end :]
    assert doc.text[doc.body_end - 2 : doc.body_end] == "\n\n"
    assert tail.split("\n") == list(meta["appended_lines"])
    for line in (
        "This article originally appeared on www.example-outlet.com",
        "© 2024 Example Outlet Ltd. All rights reserved.",
        "Source: Harbour Authority of South Wales",
        "By Megan Pryce, Wales correspondent",
    ):
        assert line in tail and line not in doc.body
    assert len(set(meta["appended_lines"])) == len(meta["appended_lines"])


def test_html_credit_line_already_in_main_text_is_not_repeated():
    para = f"<p>{EN.strip()} This paragraph adds detail on the fighting.</p>"
    paras = para * 6
    page = (
        "<html lang='en'><body><article>" + paras + "<p>Source: Terra</p></article>"
        "<footer><p>Source: Terra</p><p>First published on Example News.</p></footer></body></html>"
    )
    doc = one(page.encode())
    assert doc.text.count("Source: Terra") == 1
    assert doc.metadata["appended_lines"] == ["First published on Example News."]


def test_html_without_credit_lines_has_no_body_end():
    page = "<html><body><article>" + "".join(f"<p>{EN}</p>" for _ in range(3)) + "</article>"
    doc = one(page.encode())
    assert doc.body_end is None and "appended_lines" not in doc.metadata
    assert doc.body == doc.text


def test_html_body_end_survives_nfc_normalisation():
    decomposed = "Cafe\u0301 owners in Aleppo said the shelling stopped at dawn. " * 3
    page = f"<html><body><p>{decomposed}</p><footer><p>© Example Press</p></footer></body></html>"
    doc = one(page.encode())
    assert doc.text[doc.body_end :] == "© Example Press"


def test_short_html_fragment_falls_back_to_page_text():
    doc = one(b"<p>Officials said the bridge would reopen next week.</p>")
    assert doc.text == "Officials said the bridge would reopen next week."


# -- ninjs -------------------------------------------------------------------------
def test_ninjs_1x_item_fields_and_paragraphs():
    item = ninjs_item(
        headline="Bridge reopens",
        byline="Jane Doe",
        copyrightholder="Example Agency",
        version="3",
        body_text="Flattened first. Flattened second.",
        body_xhtml="<p>Officials said on Monday the bridge would reopen.</p>"
        "<p>Traffic resumed.</p>",
    )
    doc = one(json.dumps(item).encode(), ".json")
    assert doc.text == "Officials said on Monday the bridge would reopen.\nTraffic resumed."
    assert doc.source == "<test>#urn:test:1"
    meta = doc.metadata
    assert (meta["headline"], meta["byline"]) == ("Bridge reopens", "Jane Doe")
    assert meta["language"] == "en"
    assert (meta["copyrightholder"], meta["type"], meta["ninjs_version"]) == (
        "Example Agency", "text", "1.x",
    )  # fmt: skip
    assert "Bridge reopens" not in doc.text


def test_ninjs_3_bodies_headlines_and_camel_case():
    item = {
        "standard": {"name": "ninjs", "version": "3.0"},
        "uri": "urn:test:3",
        "type": "text",
        "language": "en-US",
        "copyrightHolder": "Example Wire",
        "by": "Sam Lee",
        "headlines": [{"role": "sub", "value": "Sub"}, {"role": "main", "value": "Main head"}],
        "bodies": [
            {"role": "html", "contentType": "text/html", "value": "<p>One.</p><p>Two words.</p>"},
            {"role": "text", "contentType": "text/plain", "value": "One.\nTwo words."},
        ],
    }
    doc = one(json.dumps(item).encode())
    assert doc.text == "One.\nTwo words."
    meta = doc.metadata
    assert (meta["ninjs_version"], meta["headline"]) == ("3.0", "Main head")
    assert meta["byline"] == "Sam Lee"
    assert meta["copyrightholder"] == "Example Wire" and meta["body_format"] == "text"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"type": "picture", "description_text": "A caption."}, "ninjs picture item has no text"),
        ({"type": "video"}, "ninjs video item"),
        ({"type": None, "eventDetails": {}}, "ninjs event item"),
        ({"headline": "Only a headline"}, "has no text body to audit"),
        ({"language": "de", "body_text": "Die Brücke wird bald eröffnet."}, "German (de)"),
        ({"language": "nb-NO", "body_text": "Broen åpner snart igjen."}, "Norwegian (nb-NO)"),
    ],
)
def test_ninjs_unsupported_items(fields, message):
    err = error(json.dumps(ninjs_item(**fields)).encode())
    assert isinstance(err, UnsupportedItem)
    assert message in str(err) and str(err).startswith("<test>#urn:test:1: ")
    assert "English" in str(err)


def test_ninjs_without_language_is_detected():
    english = "Officials said on Monday that the bridge would reopen to traffic next week."
    german = "Die Behörden teilten am Montag mit, dass die Brücke nächste Woche wieder öffnet."
    doc = one(json.dumps({"uri": "u", "body_text": english}).encode())
    assert doc.metadata["language_detected"] == "en"
    err = error(json.dumps({"uri": "u", "body_text": german}).encode())
    assert isinstance(err, UnsupportedItem) and "German (de)" in str(err)


def test_jsonl_feed_bad_line_does_not_hide_the_rest(tmp_path):
    good = json.dumps(ninjs_item(uri="a", body_text="The council met on Monday."))
    lines = [good, "{broken", "", json.dumps({"uri": "p", "type": "picture"}), "[1, 2]",
             json.dumps({"body_text": "The mayor resigned on Tuesday after a vote."})]  # fmt: skip
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    out = list(load_items(path))
    assert [type(x).__name__ for x in out] == [
        "Document", "InputError", "UnsupportedItem", "InputError", "Document",
    ]  # fmt: skip
    assert out[0].source == f"{path}#a" and out[4].source == f"{path}#6"
    assert "line 2 is not valid JSON" in str(out[1]) and str(out[1]).startswith(f"{path}#2: ")
    assert "line 4: ninjs picture item" in str(out[2])
    assert "line 5: a JSON list" in str(out[3])
    with pytest.raises(InputError, match="line 2"):
        load_path(path)


def test_json_array_of_items():
    data = json.dumps([ninjs_item(uri="a", body_text="The council met."), {"type": "audio"}])
    doc, err = items(data.encode())
    assert isinstance(doc, Document) and doc.source == "<test>#a"
    assert isinstance(err, UnsupportedItem) and str(err).startswith("<test>#2: item 2: ")


def test_big_jsonl_feed_is_streamed_with_a_per_line_limit(tmp_path):
    line = json.dumps(ninjs_item(body_text="The council met on Monday to vote on the budget."))
    huge = json.dumps(ninjs_item(uri="huge", body_text="word " * 400))
    path = tmp_path / "feed.ndjson"
    path.write_text("\n".join([line] * 30 + [huge, line]) + "\n", "utf-8")
    out = list(load_items(path, max_bytes=1000))
    assert sum(isinstance(x, Document) for x in out) == 31
    (err,) = [x for x in out if isinstance(x, InputError)]
    assert "line 31 is" in str(err) and "limit" in str(err)


def test_empty_jsonl_feed(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text("\n\n", "utf-8")
    (err,) = load_items(path)
    assert "empty" in str(err)


# -- stdin -------------------------------------------------------------------------------
def test_load_bytes_defaults_to_stdin_source():
    (doc,) = load_bytes(EN.encode())
    assert doc.source == "<stdin>"


def test_dash_reads_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(EN.encode("cp1252"))))
    (doc,) = load_items("-")
    assert doc.source == "<stdin>" and doc.text == EN


# -- every real ninjs example ---------------------------------------------------------------
EXPECTED_AUDITED = {
    "1.4/businesswire-newsml-20130515006361.json",
    "1.4/businesswire-newsml-20130731006140.json",
    "1.4/ninjsExComplex1.json",
    "1.4/ninjsExComplex2.json",
    "1.4/ninjsExMediumText1.json",
    "1.4/ninjsExSimpleText1.json",
    "2.1/businesswire-newsml-20130731006140.json",
    "2.1/ninjsExSimpleText_2.json",
    "3.0/20231008-anti-doping-measures-at-the-tour-down-under-will-be-the-toughest-ever"
    "-addb-ninjs-nitf.json",
    "3.0/businesswire-newsml-20130731006140.json",
    "3.0/ninjsExSimpleText_3.json",
}


def test_every_shared_ninjs_file():
    root = shared_dir("ninjs")
    table, audited = [], set()
    for path in sorted(root.glob("*/*.json")):
        name = path.relative_to(root).as_posix()
        for item in load_items(path):
            assert isinstance(item, Document | InputError)
            if isinstance(item, Document):
                assert item.text.strip() and item.metadata["format"] == "ninjs"
                assert item.source.startswith(f"{path}#")
                audited.add(name)
                table.append(f"audited      {name} ({len(item.text.split())} words)")
            else:
                assert isinstance(item, UnsupportedItem), item
                assert "\n" not in str(item)
                table.append(f"unsupported  {name}: {item.why} ({item.fix})")
    print("\n".join(table))
    present = {p.relative_to(root).as_posix() for p in root.glob("*/*.json")}
    assert audited == EXPECTED_AUDITED & present
