"""Negations of the world's languages that no page lexicon holds: the words a quote in another language than its
page's may leave out of its source, or add, and so turn what the speaker said around.

A page lexicon (``en``, ``de``, ``fr``, ``es``) lists the negations of its language, its regions and the languages
its pages often quote (``negations``, ``regional_negations``, ``clause_negations``); each round's blind set quoted
another language none of them held (Khasi "ym", Navajo "doo … da", Qom "sa", Tének "ibaj", Shipibo "yama", Nauruan
"eko", Wymysorys "ny", Nawat "te", Kikongo "ve"). This table is language-independent data, read by the match only
(``match._world_negation``), never by the normaliser: a text is not changed, only a change is read. A word counts
where a quote leaves it out of its source, or adds it, alone, in a clause of at least three other words that is
not written in a language the word is another word of.

Each entry: the word in lower case as written (its accents and glottal marks kept), the languages it negates in,
and the codes of the four page languages it is another word of (space-separated, "" for none). Left out: words
that are a common word of English, German, French or Spanish in most of their uses (K'iche' "man", Frisian and
Luxembourgish "net", Korean "an", Samoan "le", Zarma "si", Mixtec "tu", Hebrew "lo" and "ein", Yucatec "mix", Arabic
"lan" and "lam"); words that are a common word of another language a page quotes, an article, a preposition or an
adjective there (Nawat "te" and Rarámuri "ke", the Polynesian articles; Greek "den", the Scandinavian article;
Basque "aita", father, of Tahitian "aita"; Quechua "apu" of Innu; Māori "moko" of Q'eqchi'; Slavic "nad" of Welsh;
Norwegian "mot" of Korean; Swahili "kaa" of Yaqui; Italian "nera" of Lithuanian; Komi "oz", an ounce); one- and
two-letter words of no clear single reading ("ka", "ta", "mi"). Kept though another language has them: Qom "sa"
(Tagalog's preposition), Wymysorys "ny" (Danish and Norwegian "new"), Khasi "ym" (Welsh "in"): a clause of those
languages rarely loses the word, and where it does the quote is altered all the same; only its flag is wrong.
"""

from __future__ import annotations

from types import MappingProxyType


def _table(lines: str) -> dict[str, tuple[str, str]]:
    """Rows of ``word[,word…] | languages | other codes`` (one per line; ``#`` starts a comment)."""
    table: dict[str, tuple[str, str]] = {}
    for line in lines.strip().splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        forms, languages, others = (part.strip() for part in (line + "|").split("|")[:3])
        for form in forms.split(","):
            table[form.strip()] = (languages, others)
    return table


# By family and region (from the grammars of each language; the particle as its standard or most common spelling
# writes it, with an ASCII spelling where writers drop the diacritics)
WORLD_NEGATIONS = MappingProxyType(
    _table(
        """
        # Austroasiatic and the languages of North-East India, Myanmar and Indochina
        ym, ym'               | Khasi (pre-verbal)
        không, khong, chẳng, chang, chưa | Vietnamese
        # (round 61) Sinitic in its romanisations: Hokkien (Min Nan) in Pe̍h-ōe-jī and Tâi-lô, as Taiwan's Ministry of
        # Education dictionary of Taiwanese Hokkien writes 毋 m̄, 無 bô, 袂 bē (bōe, buē); Hakka in Pha̍k-fa-sṳ, as its
        # dictionary of Taiwanese Hakka writes 毋 m̀ and 冇 mò. The syllabic nasal's tone mark is a combining mark
        # the words are read without: the match reads it after the letter (``match._world_negation``)
        m̄, bô, bē, bōe, buē   | Hokkien, Min Nan (Taiwanese, Penang, Singapore, Philippine Hokkien), Teochew (m̄)
        m̀, mò               | Hakka
        # Korean, Japanese, Mongolic, Turkic
        aniyo, anieyo, aniya  | Korean
        iie                   | Japanese
        ügüi, ugui, bish, biş | Mongolian
        değil, degil, yok, hayır, hayir | Turkish
        joq, emes, jok        | Kazakh, Kyrgyz
        yo'q, yoq             | Uzbek
        yox, deyil            | Azerbaijani
        tügel, tugel          | Tatar, Bashkir
        suox                  | Sakha
        # Uralic
        ei, eivät, emme, ette | Finnish, Estonian, Karelian              | de
        nem, nincs, sincs, sem | Hungarian
        ii                    | Northern Sami
        # Balto-Slavic, Albanian, Greek
        nyet, nemá, nema, nije | Russian, Serbian, Croatian, Bosnian
        nėra, nav             | Lithuanian, Latvian                      | en
        nuk, s'ka             | Albanian
        dhen                  | Greek
        óchi, ochi            | Greek
        # Celtic, Basque, Germanic of the North and the minorities
        nid                   | Welsh                                    | fr
        ket, nyns             | Breton, Cornish
        ezin                  | Basque
        ikke, ikkje, inte, icke, ekki, ikki, eigi | Danish, Norwegian, Swedish, Icelandic, Faroese
        niet, geen, nooit     | Dutch, Flemish
        gjin                  | West Frisian
        nisht, nit, keyn      | Yiddish, Walser, Alemannic               | en
        nich, nix             | Low German
        ny                    | Wymysorys (Vilamovian)
        nèt                   | Cimbrian
        # Semitic, Berber, Iranian, Indic
        mish, mush, msh, mafish, laysa | Arabic (Egypt, Levant; Standard)  | en
        lā                    | Arabic
        yelem                 | Amharic
        ula, ulac             | Kabyle, Tamazight
        nîye                  | Kurdish (Sorani)
        nahin, nahī, nahīn, nahiṃ | Hindi, Urdu, Punjabi, Marathi
        # Austronesian and the Pacific
        ina, ʻina, 'ina       | Rapa Nui
        ʻaita, ʻaʻita         | Tahitian
        eko, ekö              | Nauruan
        ese, esapw            | Chuukese                                 | es
        hēai, heai            | Tokelauan
        leʻai, le'ai          | Futunan
        lē                    | Samoan
        thaa                  | Drehu
        lae                   | Tetum
        caay                  | Amis
        # (round 63) the Philippines' languages (from their grammars: Rubino's *Ilocano Dictionary and Grammar*,
        # Schachter and Otanes' *Tagalog Reference Grammar*, Wolff's *Dictionary of Cebuano Visayan*): the negation of
        # a verb or a predicate ("Ti kalsada ket saan a para …": "is not for"); "wala"/"awan", "there is none", left
        # out (Malay "awan", a cloud)
        saan, haan, saan a, haan a | Ilocano (with its linker "a" before the predicate)
        hindi                 | Tagalog, Filipino
        dili                  | Cebuano
        indi                  | Hiligaynon
        # Australia
        lawa                  | Warlpiri
        wiya                  | Pitjantjatjara, Yankunytjatjara
        yaka                  | Yolŋu Matha
        # Africa
        ve                    | Kikongo (ve after the verb)             | es
        pëpe, pepe            | Sango                                    | es
        alaa                  | Fula
        acie                  | Dinka
        yayi                  | Tumbuka
        # The Americas: the North
        doo, dooda            | Navajo, Western Apache (doo … da)
        šni, sni, śni, hiyá   | Lakota, Dakota
        tla, tlà              | Cherokee
        máát                  | Blackfoot
        qa, qa'e              | Hopi
        ka'a                  | Yaqui
        tléil, tleil          | Tlingit
        # Mexico and Central America
        ahmo, axcanah         | Nahuatl
        tesu                  | Nawat (Pipil)
        ma'                   | Yucatec Maya
        ink'a'                | Q'eqchi'
        ibaj, yab             | Tének (Huastec)
        ña, ñá                | Mixtec
        nombe                 | Purépecha
        # South America
        jani, janiw           | Aymara
        sa, qaica             | Qom (Toba)                               | fr
        yama, yamai           | Shipibo-Konibo
        eiro                  | Asháninka
        atsa                  | Awajún
        """
    )
)
