"""Round 52 (pages52): each cheap test put before a costly reading never rejects what the reading accepts, and each
reading rewritten to run in C gives the answers of the code it replaced (round 51's, kept here as the reference)."""

from __future__ import annotations

import random
from dataclasses import replace

from verify import normalize
from verify.extract import quotes
from verify.extract.blocks import Block, Place
from verify.extract.cast import Cast, common_words
from verify.lexicon import LEXICONS
from verify.normalize import Word


def _round51_text_languages(found: list[Word], regional: bool) -> frozenset[str]:
    counts = {
        lex.code: sum(
            (w.norm in lex.stopwords or (regional and w.norm in normalize._REGIONAL_STOPWORDS[lex.code]))
            and w.norm not in normalize._OWN_LANGUAGE_NUMBERS
            for w in found
        )
        for lex in normalize._LANGUAGES
    }
    most = max(counts.values())
    return frozenset(code for code, n in counts.items() if n == most) if most else frozenset()


def _round51_regional_negations(found: list[Word], language: list[frozenset[str]], text: str) -> list[Word]:
    out: list[Word] = []
    for i, word in enumerate(found):
        regional = normalize._REGIONAL_NEGATIONS.get(word.norm)
        if regional is not None:
            plain, others = regional
            lower = word.original.islower()
            # (round 54: a function word opening a sentence is none, a word with a glottal mark inside is one)
            opens = not lower and normalize._opens_as_negation(word.norm, others)
            opens = opens and normalize._opens_sentence(found, i, text)
            if lower or opens:
                if others and not language:
                    language.append(_round51_text_languages(found, True))
                # (round 55: the text's language weighed without its regional negations of two letters that are no
                # function word, "nu", "ei")
                rest = [w for w in found if not _shared_letters(w)]
                weighed = _round51_text_languages(rest, True)
                told = bool(weighed) if others else opens
                if (not others or not weighed or not weighed <= others) and (lower or told):
                    word = replace(word, norm=plain)
        out.append(word)
    return out


def _shared_letters(word: Word) -> bool:
    norm = word.norm
    return norm in normalize._REGIONAL_NEGATIONS and len(norm) <= 2 and norm not in normalize._FUNCTION_WORDS


def _vocabulary() -> list[str]:
    """Words of every class the counts read: each language's stopwords, its regional function words, number words of
    two languages, regional negations (in lower case and capitalised), and plain words of no class."""
    words: set[str] = set()
    for lex in LEXICONS.values():
        words |= set(sorted(lex.stopwords)[:60]) | set(sorted(lex.regional_stopwords)[:30])
    words |= set(normalize._OWN_LANGUAGE_NUMBERS)
    negations = sorted(normalize._REGIONAL_NEGATIONS)
    words |= set(negations) | {w.capitalize() for w in negations}
    words |= {"Napa", "winery", "Lindi", "robine", "Kestrel", "harbour", "Ostwind", "pluie", "lluvia"}
    return sorted(words)


def _texts(seed: int, count: int) -> list[tuple[str, list[Word]]]:
    """Random texts of the vocabulary, some words after a sentence's stop, each with its words as ``_words`` reads
    them (the norm in lower case, the span and the original)."""
    rng = random.Random(seed)
    vocabulary = _vocabulary()
    texts = []
    for _ in range(count):
        parts, found, at = [], [], 0
        for _ in range(rng.randint(1, 40)):
            gap = rng.choice([" ", " ", " ", ". ", "! ", ", "]) if parts else ""
            word = rng.choice(vocabulary)
            parts.append(gap + word)
            at += len(gap)
            found.append(Word(word.lower(), at, at + len(word), word))
            at += len(word)
        texts.append(("".join(parts), found))
    return texts


def test_regional_negations_read_in_c_as_round_51_read_them_word_by_word() -> None:
    changed = 0
    for text, found in _texts(52, 3000):
        language: list[frozenset[str]] = []
        expected_language: list[frozenset[str]] = []
        got = normalize._regional_negations(found, language, text)
        expected = _round51_regional_negations(found, expected_language, text)
        assert got == expected, text
        assert language == expected_language, text  # (the languages told, shared with the fillers' reading after)
        changed += got != found
    assert changed > 300  # (the texts do hold regional negations read as plain ones)


def test_text_languages_counted_in_c_as_round_51_counted_them() -> None:
    for text, found in _texts(5252, 2000):
        for regional in (False, True):
            assert normalize._text_languages(found, regional=regional) == _round51_text_languages(found, regional), text


def _round51_spoken_line_starts(text: str) -> list[int]:
    first = quotes._SPOKEN_FIRST_LINE.match(text) if not quotes._SPOKEN_DASHES.isdisjoint(text[:4]) else None
    lines = [line.end() for line in quotes._SPOKEN_LINE.finditer(text)] if "\n" in text else []
    any_dash = any(map(text.__contains__, quotes._REPLY_DASHES))
    turns = [turn.end() for turn in quotes._INLINE_REPLY.finditer(text)] if any_dash else []
    return sorted({*([first.end()] if first else []), *lines, *turns})


def test_a_paragraph_of_no_dash_holds_no_line_of_dialogue() -> None:
    rng = random.Random(520)
    pieces = ["— ", "– ", "― ", "—", "-", " ", "\n", ". ", "? ", "¿", "Sí", "dit-il", "Anna", "x", "\t"]
    seen = 0
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert quotes._spoken_line_starts(text) == _round51_spoken_line_starts(text), repr(text)
        seen += bool(quotes._spoken_line_starts(text))
    assert seen > 500
    assert quotes._spoken_line_starts("— Ça tient ? demande Anna. — Toujours pas, répond Marc.") == [2, 29]


def test_a_block_not_writing_a_surname_writes_no_whole_name_of_it() -> None:
    rng = random.Random(5200)
    pieces = ["Hélène ", "Mbembe", "-Ekotto", " ", "Orías ", "Lazcano", "a ", "Germán ", ". ", "Mbemb", "Maria "]
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        for surname in ("Mbembe-Ekotto", "Orías Lazcano", "Lazcano", "Mbembe"):
            if " " + surname not in text:
                assert list(quotes._whole_names_written(text, surname)) == [], (text, surname)


def _block(text: str) -> Block:
    return Block(text=text, place=Place.BODY, located=())


def test_the_credits_after_the_cast_is_read_give_no_speaker_to_a_quote_that_has_none() -> None:
    """The cast is read whole only when some quote has a speaker: neither credit run after it gives one to a quote
    that has none, however the cast would retitle or write whole the names around it."""
    texts = [
        "Ouma Lettie Swartbooi sorgte sich. „Das Wasser kommt nicht“, hieß es.",
        "«Se condena a Germán Orías Lazcano a ocho años», decía el cartel.",
    ]
    blocks = [_block(text) for text in texts]
    cast = Cast(lexicon=LEXICONS["de"], common=common_words(texts), writer=None)
    person = cast.introduce("Lettie Swartbooi")
    assert person is not None
    cast.retitled["Ouma Lettie Swartbooi"] = person
    found = [quotes._Found([quotes._Span(0, 36, 60)], "Das Wasser kommt nicht", None)]
    quotes._credit_retitled(found, cast)
    quotes._credit_surnames_written_whole(blocks, found, cast)
    assert found[0].speaker is None
    credited = [quotes._Found([quotes._Span(1, 0, 50)], "Se condena", "Lazcano")]
    credited[0].speaker = "Ouma Lettie Swartbooi"
    quotes._credit_retitled(credited, cast)
    assert credited[0].speaker == "Lettie Swartbooi"  # (the credit itself still reads the cast)
