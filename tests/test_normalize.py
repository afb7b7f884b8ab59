"""Normalisation: spellings journalists treat as the same words compare equal."""

from __future__ import annotations

import pytest

from verify.normalize import content_stems, index_terms, is_number, url_key, words


def norms(text: str) -> list[str]:
    return [w.norm for w in words(text)]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("We can’t — and won’t — stop", "we cannot - and will not - stop"),
        ("the U.S. economy", "the US economy"),
        ("up 5 per cent", "up 5%"),
        ("up 5 percent", "up 5 per cent"),
        ("three ships", "3 ships"),
        ("“It’s ours,” he said", '"it is ours," he said'),
        ("1,000 troops", "1000 troops"),
        ("the third time", "the 3rd time"),
    ],
)
def test_same_words(one: str, other: str) -> None:
    assert norms(one) == norms(other)


def test_us_the_country_is_not_us_the_pronoun() -> None:
    assert norms("Let us go") != norms("Let US go")


def test_missing_space_after_a_full_stop_still_splits_words() -> None:
    assert norms("Republicans.The only way") == ["republicans", "the", "only", "way"]
    assert norms("3.5 billion") == ["3.5", "billion"]


def test_each_word_keeps_its_original_span() -> None:
    text = "They can’t pay"
    (they, can, not_, pay) = words(text)
    assert text[can.start : can.end] == "can’t" and can.original == not_.original == "can’t"
    assert (they.norm, pay.norm) == ("they", "pay")


def test_numbers_dates_and_amounts() -> None:
    assert all(is_number(n) for n in ("5", "3.5", "million", "january", "tuesday", "2016"))
    assert not is_number("budget")


def test_content_stems_leave_out_function_and_light_words() -> None:
    assert content_stems(words("I think the participants are participating")) == {"partic"}


def test_index_terms_are_letters_and_digits() -> None:
    assert index_terms("The U.S. paid $3.5m; can't") == ["the", "us", "paid", "35m", "can", "not"]


def test_url_key_ignores_scheme_query_www_and_twitter_domain() -> None:
    assert url_key("https://www.twitter.com/a/status/1?s=20") == url_key("http://x.com/a/status/1/")
