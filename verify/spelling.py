"""British and American spellings of the same English words, as data.

The matcher compares words in one spelling (American, the shorter list of
forms) so that "centre"/"center" or "organise"/"organize" in an article and
its source are the same word; the writer's own spelling is still what a diff
shows. :data:`SPELLINGS` maps every British form (with its inflections) to
the American one. It is built from families of base words, each with the
endings its inflections take, because a rule over all words ("-our" ->
"-or", "-ise" -> "-ize") would also rewrite "hour", "four", "advise",
"surprise" and "exercise": only listed words change.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType


def _family(words: str) -> list[str]:
    return words.split()


# colour -> color: base words ending in "our" in British spelling.
_OUR = _family(
    """ardour armour behaviour candour clamour colour demeanour endeavour favour fervour flavour harbour honour
    humour labour misbehaviour neighbour odour parlour rancour rigour rumour saviour savour splendour succour
    tumour valour vapour vigour"""
)
_OUR_ENDINGS: tuple[str, ...]  # extended below
_OUR_ENDINGS = ("", "s", "ed", "ing", "ful", "fully", "able", "ably", "ite", "ites", "hood", "hoods", "er", "ers")
_OUR_ENDINGS += ("al", "ally", "less", "ist", "ists", "ism", "y")

# organise -> organize: verbs in "-ise" that American spelling writes "-ize" (listed: "advise",
# "surprise", "exercise", "compromise" and "televise" are "-ise" in both).
_ISE = _family(
    """agonise antagonise apologise authorise baptise capitalise categorise centralise characterise civilise
    colonise criticise customise decentralise demilitarise democratise demoralise destabilise dramatise
    economise emphasise energise equalise evangelise familiarise fantasise fertilise finalise formalise
    galvanise generalise globalise harmonise hospitalise hypothesise idealise immunise industrialise
    internationalise itemise jeopardise legalise legitimise liberalise localise magnetise marginalise
    maximise mechanise memorise mesmerise militarise minimise mobilise modernise monopolise moralise
    nationalise naturalise neutralise normalise optimise organise ostracise patronise penalise personalise
    plagiarise polarise popularise prioritise privatise publicise radicalise randomise rationalise realise
    recognise regularise reorganise revitalise revolutionise romanticise sanitise satirise scrutinise
    secularise sensitise socialise specialise stabilise standardise sterilise stigmatise subsidise
    summarise symbolise sympathise synchronise synthesise terrorise theorise traumatise trivialise
    unionise urbanise utilise vandalise victimise visualise vocalise weaponise westernise commercialise computerise
    conceptualise contextualise crystallise decriminalise dehumanise demonise deputise digitise empathise epitomise
    externalise fictionalise fossilise humanise hypnotise idolise immobilise incentivise institutionalise
    internalise lionise metabolise miniaturise monetise motorise politicise pressurise proselytise scandalise
    sensationalise tantalise temporise tenderise tyrannise vaporise verbalise womanise"""
)
_ISE_ENDINGS = {"e": "e", "es": "es", "ed": "ed", "ing": "ing", "er": "er", "ers": "ers", "ation": "ation"}
_ISE_ENDINGS |= {"ations": "ations", "able": "able"}
# analyse -> analyze
_YSE = _family("analyse breathalyse catalyse dialyse electrolyse paralyse psychoanalyse")
_YSE_ENDINGS = ("e", "es", "ed", "ing", "er", "ers")

# centre -> center: "-re" nouns that American spelling writes "-er" (with their verb forms).
_RE = _family(
    """calibre centre centimetre fibre goitre kilometre litre lustre meagre metre millimetre mitre nitre ochre
    reconnoitre sabre saltpetre sceptre sepulchre sombre spectre theatre"""
)
_RE_ENDINGS = {"re": "er", "res": "ers", "red": "ered", "ring": "ering"}

# travelled -> traveled: verbs ending in one "l" after one vowel, whose "l" British spelling doubles.
_LL = _family(
    """cancel channel counsel dial duel enamel equal fuel funnel grovel initial jewel label level libel marshal
    model panel pedal pencil quarrel revel rival shovel signal snorkel spiral swivel total towel travel tunnel
    unravel yodel marvel parcel barrel carol chisel gravel pummel refuel remodel snivel stencil shrivel"""
)
_LL_ENDINGS = ("ed", "ing", "er", "ers", "or", "ors")

# catalogue -> catalog
_OGUE = _family("analogue catalogue dialogue epilogue monologue prologue travelogue")
_OGUE_ENDINGS = {"ue": "", "ues": "s", "ued": "ed", "uing": "ing"}

# defence -> defense
_ENCE = _family("defence licence offence pretence")

# Words that follow no family, British form first.
_PAIRS = """
aeroplane airplane  aeroplanes airplanes  ageing aging  aluminium aluminum  amongst among  anaemia anemia
anaesthetic anesthetic  anaesthesia anesthesia  behove behoove  cheque check  cheques checks  cosy cozy
diarrhoea diarrhea  distil distill  distils distills  draughty drafty  encyclopaedia encyclopedia  enrol enroll
enrolment enrollment  enrols enrolls  enthral enthrall  fulfil fulfill  fulfilment fulfillment  fulfils fulfills
foetus fetus  gaol jail  grey gray  greys grays  greyed grayed  haemorrhage hemorrhage  instil instill
instils instills  jewellery jewelry  judgement judgment  judgements judgments  acknowledgement acknowledgment
acknowledgements acknowledgments  leukaemia leukemia  learnt learned  manoeuvre maneuver  manoeuvres maneuvers
manoeuvred maneuvered  manoeuvring maneuvering  marvellous marvelous  mould mold  moulds molds  moult molt
moustache mustache  oestrogen estrogen  orthopaedic orthopedic  paediatric pediatric  paediatrician pediatrician
plough plow  ploughs plows  practise practice  practised practiced  practises practices  practising practicing
programme program  programmes programs  pyjamas pajamas  sceptic skeptic  sceptical skeptical  scepticism
skepticism  sceptics skeptics  skilful skillful  smoulder smolder  spelt spelled  towards toward  tyre tire
tyres tires  wilful willful  woollen woolen  burnt burned  dreamt dreamed  leapt leaped  storeys stories
kerb curb  kerbs curbs  storey story  whilst while  afterwards afterward  upwards upward  downwards downward
forwards forward  instalment installment  instalments installments  archaeology archeology
archaeologist archeologist  archaeologists archeologists  archaeological archeological  sulphur sulfur
sulphate sulfate  artefact artifact  artefacts artifacts  speciality specialty  specialities specialties
appal appall  appals appalls  mediaeval medieval  worshipped worshiped  worshipping worshiping
kidnapped kidnaped  kidnapping kidnaping  kidnapper kidnaper  kidnappers kidnapers  focussed focused
focussing focusing  benefitted benefited  benefitting benefiting  axe ax
"""


def _build() -> dict[str, str]:
    table: dict[str, str] = {}
    for word in _OUR:
        base = word[:-3]  # "col" of "colour"
        table.update({f"{base}our{end}": f"{base}or{end}" for end in _OUR_ENDINGS})
    for word in _ISE:
        base = word[:-3]
        table.update({f"{base}is{end}": f"{base}iz{american}" for end, american in _ISE_ENDINGS.items()})
    for word in _YSE:
        base = word[:-3]
        table.update({f"{base}ys{end}": f"{base}yz{end}" for end in _YSE_ENDINGS})
    for word in _RE:
        base = word[:-2]
        table.update({f"{base}{end}": f"{base}{american}" for end, american in _RE_ENDINGS.items()})
    for word in _LL:
        table.update({f"{word}l{end}": f"{word}{end}" for end in _LL_ENDINGS})
    for word in _OGUE:
        base = word[:-2]
        table.update({f"{base}{end}": f"{base}{american}" for end, american in _OGUE_ENDINGS.items()})
    for word in _ENCE:
        base = word[:-2]
        table.update({f"{base}ce": f"{base}se", f"{base}ces": f"{base}ses"})
    pairs = _PAIRS.split()
    table.update(zip(pairs[::2], pairs[1::2], strict=True))
    return table


def _checked(table: dict[str, str], american: Iterable[str]) -> Mapping[str, str]:
    # A British form that is itself an American word of another meaning would merge two words.
    clash = sorted(set(table) & set(american))
    assert not clash, f"British forms that are American words: {clash}"
    return MappingProxyType(table)


_TABLE = _build()
SPELLINGS: Mapping[str, str] = _checked(_TABLE, _TABLE.values())
_COMPOUND_MIN_HEAD = 4  # letters of the British word a compound opens with ("tyre" in "tyremaker")
_COMPOUND_MIN_TAIL = 3  # letters of the word it is joined to ("centre" + "piece")
# The first letters of every listed form a compound may open with.
_COMPOUND_HEADS = frozenset(form[:_COMPOUND_MIN_HEAD] for form in SPELLINGS if len(form) >= _COMPOUND_MIN_HEAD)


# Prefixes a listed British form takes in a word of its own ("unrecognised", "disorganised", "misspelt").
_PREFIXES = ("un", "dis", "non", "mis", "re", "de", "pre", "over", "under", "co", "anti", "counter", "sub", "super")
_PREFIX_MIN_REST = 4  # letters of the listed form after the prefix ("re" + "tyre"... never "de" + "gaol")


def american_compound(word: str) -> str | None:
    """A compound opening with a listed British form, in American spelling: "centrepiece" -> "centerpiece",
    "theatregoers" -> "theatergoers", "harbourside" -> "harborside"; a listed form after a prefix: "unrecognised"
    -> "unrecognized"; None when it has none."""
    # (most words the normaliser meets open on no prefix and on no listed form's first letters: passed over with
    # one test in C and a set look-up, where the loops would slice and look each prefix and each length up)
    if word.startswith(_PREFIXES):
        for prefix in _PREFIXES:
            rest = SPELLINGS.get(word[len(prefix) :]) if word.startswith(prefix) else None
            if rest is not None and len(word) - len(prefix) >= _PREFIX_MIN_REST:
                return prefix + rest
    if word[:_COMPOUND_MIN_HEAD] not in _COMPOUND_HEADS:
        return None  # (no listed form of _COMPOUND_MIN_HEAD letters or more opens the word)
    for end in range(len(word) - _COMPOUND_MIN_TAIL, _COMPOUND_MIN_HEAD - 1, -1):
        head = SPELLINGS.get(word[:end])
        if head is not None:
            joined = head + word[end:]
            # "enrollment", "distilled": an inflection of a word both spellings share, not a compound ("enrol" +
            # "lment" would write three l's).
            return None if _TRIPLED.search(joined) else joined
    return None


_TRIPLED = re.compile(r"([a-z])\1\1")


__all__ = ["SPELLINGS", "american_compound"]
