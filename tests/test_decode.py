"""Bytes to text: BOM, declarations a browser would believe, then detection (issues 15 and 16)."""

from __future__ import annotations

import pytest

from verify._decode import decode, decode_utf8
from verify.tree import parse
from verify.errors import InputError

# Own text, long enough to be an article paragraph or two.
RUSSIAN = (
    'Министр иностранных дел заявил журналистам в пятницу: "Мы никогда не откажемся от переговоров". '
    "По его словам, делегации встретятся в Женеве на следующей неделе, чтобы обсудить условия перемирия "
    "и гуманитарные коридоры. "
) * 3
FRENCH = "Le ministre a déclaré vendredi : « Nous ne céderons jamais sur l’essentiel », selon l’agence. " * 3
JAPANESE = (
    "外務大臣は金曜日、記者団に対し「交渉を決して諦めない」と述べた。代表団は来週ジュネーブで会合を開く予定だ。"
) * 3


def page(text: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body><p>{text}</p></body></html>"


@pytest.mark.parametrize(
    ("text", "encoding"), [(RUSSIAN, "cp1251"), (RUSSIAN, "koi8_r"), (FRENCH, "cp1252"), (JAPANESE, "shift_jis")]
)
def test_an_undeclared_legacy_page_is_detected(text: str, encoding: str) -> None:
    assert text in decode(page(text).encode(encoding), "a.html", html=True)


def test_a_declaration_wins_over_detection() -> None:
    data = page(RUSSIAN, '<meta charset="koi8-r">').encode("koi8_r")
    assert RUSSIAN in decode(data, "a.html", html=True)


@pytest.mark.parametrize(
    "label", ["base64", "rot13", "rot_13", "unicode_escape", "raw_unicode_escape", "hex", "zlib", "utf-7", "punycode"]
)
def test_a_codec_that_is_no_charset_is_ignored(label: str) -> None:
    text = "“We will never again attempt to attack,” Rutte said. \\u202e"
    data = page(text, f'<meta charset="{label}">').encode("utf-8")
    assert text in decode(data, "a.html", html=True)  # read as UTF-8; the escape stays six characters


def test_a_utf16_declaration_on_ascii_bytes_means_utf8() -> None:
    assert "café" in decode(page("café", '<meta charset="utf-16">').encode("utf-8"), "a.html", html=True)


def test_damaged_utf8_is_an_error_not_a_guess() -> None:
    with pytest.raises(InputError, match="invalid UTF-8"):
        decode("déjà vu ".encode() + b"\xff\xfe broken", "a.txt", html=False)


@pytest.mark.parametrize(
    ("data", "own"),
    [
        (page(FRENCH).encode("utf-8"), True),  # undeclared UTF-8
        (page(FRENCH, '<meta charset="UTF8">').encode("utf-8"), True),  # declared UTF-8
        (page(FRENCH, '<meta charset="utf-16">').encode("utf-8"), True),  # a UTF-16 label on ASCII bytes: UTF-8
        (b"\xef\xbb\xbf" + page(FRENCH).encode("utf-8"), False),  # the byte-order mark is no part of the text
        (page(FRENCH).encode("cp1252"), False),
        (page(FRENCH, '<meta charset="latin1">').encode("cp1252"), False),
    ],
)
def test_the_file_s_bytes_are_handed_to_the_parser_only_when_they_are_the_text_s_utf8(data: bytes, own: bool) -> None:
    text, utf8 = decode_utf8(data, "a.html", html=True)
    assert FRENCH in text and text == decode(data, "a.html", html=True)
    assert utf8 is own and (data == text.encode("utf-8")) is own
    assert etree_bytes(parse(text, data if utf8 else None)) == etree_bytes(parse(text))


def etree_bytes(root: object) -> bytes:
    from lxml import etree

    return etree.tostring(root)  # type: ignore[call-overload]


def test_the_tree_is_built_without_a_table_of_ids() -> None:
    """libxml2 files every ``id`` attribute of a page in a table only an XPath ``id()`` reads (nothing here does):
    the tree is made without it, and is the tree a parser with the table makes, duplicate ids and all."""
    from lxml import etree

    text = page('<span id="a">x</span> <b id="a">y</b> <i id="b">z</i>', '<meta id="b" charset="utf-8">')
    root = parse(text)
    assert root.xpath("id('a')") == [] and len(root.xpath("//*[@id='a']")) == 2
    assert etree_bytes(root) == etree_bytes(etree.fromstring(text.encode(), etree.HTMLParser(encoding="utf-8")))
