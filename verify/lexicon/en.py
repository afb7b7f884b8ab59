"""English: the vocabulary of attribution, names, negation and numbers in English-language news."""

from __future__ import annotations

from types import MappingProxyType

from . import (
    NIGHT,
    Gender,
    Lexicon,
    affiliation_table,
    class_table,
    deed_table,
    demonstrative_table,
    domain_families,
    domain_table,
    number_table,
    parent_deeds,
    pronoun_table,
    role_table,
    words,
)


def _forms(base: str) -> tuple[str, ...]:
    """A regular verb in the forms a cue takes: base, -s, -ed and -ing ("quip+" doubles its last consonant:
    quipped, quipping; "reply" gives replies, replied; "concede" conceded, conceding)."""
    double = base.endswith("+")
    base = base.rstrip("+")
    stem = base + base[-1] if double else base
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"
    third = base + "es" if base.endswith(("s", "sh", "ch", "x", "z", "o")) else base + "s"
    if base.endswith("e"):
        return base, third, base + "d", (base if base.endswith(("ee", "ye", "oe")) else base[:-1]) + "ing"
    return base, third, stem + "ed", stem + "ing"


# Classes of roles (see ``Lexicon.class_nouns``), from every region English is written in: a local government's head,
# a council's members, legislators, members of an executive, a state's representatives in a district, civil servants,
# heads of schools, police and military ranks, clergy, judges, traditional authorities, boat trades. Before "/" the
# wider nouns and styles that describe a class without holding a role of it ("sighed Her Worship", "the officer").
CLASS_NOUNS, CLASS_ROLES = class_table("""
first_citizen civic_head town_head city_head worship mayor mayoress lord_mayor provost lord_provost reeve warden
burgomaster burgermeister selectman selectwoman first_selectman intendant mce dce mde county_executive county_mayor
borough_president village_president
city_father city_mother town_father datuk_bandar municipal_chairman municipal_chairperson council_chairman
council_chairperson town_chairman municipal_president alcalde maire bourgmestre sindaco podesta

council councillor councilor councilman councilwoman councilmember alderman alderwoman alder council_member
ward_councillor freeholder / councillor councilor councilman councilwoman councilmember alderman alderwoman alder
council_member ward_councillor freeholder member

lawmaker legislator parliamentarian parliament legislature assembly congress senate house_of_assembly
house_of_commons / mp mha mla mpp mna msp mhk mhr td senator representative congressman congresswoman congressperson
assemblyman assemblywoman assemblymember delegate member_of_parliament hon honourable member

mec cabinet_secretary cabinet_minister minister state_minister deputy_minister premier governor chief_minister
first_minister excellency ministry cabinet

dc district_commissioner district_administrator district_officer district_executive prefect commissioner
regional_commissioner resident_commissioner
district_magistrate deputy_commissioner district_collector collector subdivisional_magistrate tehsildar
district_chief district_head county_commissioner county_administrator resident_district_commissioner rdc
district_governor chief_administrative_officer

official functionary bureaucrat civil_servant public_servant administrator
top_civil_servant senior_civil_servant chief_civil_servant top_bureaucrat top_official
/ dc district_commissioner
district_administrator district_officer district_executive permanent_secretary director-general registrar
superintendent commissioner dho reo prefect inspector

principal headteacher headmaster headmistress head_teacher rector schoolmaster schoolmistress school_head

officer soldier serviceman servicewoman / colonel lieutenant-colonel lieutenant major-general general brigadier
brigadier-general commander commandant captain sergeant corporal marshal admiral commodore garrison_commander

officer policeman policewoman cop / constable sergeant inspector superintendent chief_inspector sheriff trooper
commissioner police_chief marshal

clergyman clergywoman cleric churchman churchwoman preacher man_of_god man_of_the_cloth pastor reverend priest vicar
rector canon archdeacon dean bishop archbishop deacon deaconess chaplain curate parson imam sheikh moulvi maulana
mufti rabbi monk nun abbot abbess prior prioress friar evangelist priestess pandit swami lama babalawo

judge magistrate justice honour honor lordship ladyship / judge magistrate justice sheriff recorder

traditional_ruler traditional_leader traditional_authority ruler royal
traditional_chief customary_chief customary_authority traditional_head clan_head clan_leader village_chief
/ chief paramount_chief kgosi headman
headwoman village_head ta gvh inkosi induna oba obi emir sultan oni alaafin togbui nana fon ardo lamido gran_man
kapitein cacique lonko chieftain
ibedul rubak ampanjaka mpanjaka morena mfumu sarki kabaka omukama mwami litunga ariki matai high_chief saila sahila
alaula penghulu ketua_kampung omanhene ohene ohemaa queen_mother mogho_naba naba

~ boatman boatwoman / coxswain skipper ferryman ferrywoman waterman poler helmsman bargeman boatswain boat_driver
boatman boatwoman

deputy_mayor vice_mayor deputy_mayoress deputy_reeve deputy_provost
""")

# Verbs that introduce speech or writing, in every form a cue takes ("said", "says", "saying"): the
# irregular ones as written, the regular ones by their base form (inflected by rule, see _forms). "goes" is the
# quotative of Scots and spoken English ("“…,” goes Councillor Fiona Baird"), its other forms left out ("went to").
IRREGULAR_CUE_VERBS = words("""
say said says saying quoth tell told tells telling write wrote writes writing begin began begins swear swore swears
swearing read reads speak speaks spoke spoken pled marvelled marvelling called calls calling branded brands branding
dubbed dubs dubbing labelled labeled labelling labeling
ruled ordered decreed
forecasts forecasted
sing sings sang singing
goes
dixit
""")
REGULAR_CUE_VERBS = words("""
add state remark explain note warn insist argue tweet post urge describe acknowledge announce declare claim
assert continue recall reply respond answer ask admit+ emphasize emphasise stress confirm deny suggest predict
promise vow pledge concede joke quip+ boast complain observe outline mention comment recount shout yell scream
whisper cry exclaim reiterate contend maintain report testify charge counter retort caution agree proclaim
conclude demand interject chant muse quote repeat recite recommend lament concur+ affirm advise allege apologize
apologise assure beg+ bemoan blast brag+ chide clarify confide disclose email gush hint inform mock offer opine
plead pray preach protest question rant reason reassure rebut+ reflect rejoin remind retweet scoff sigh snap+
sneer speculate tease text thunder vent wonder press demur+ interrupt persist gloat bark growl snarl grumble
mutter mumble murmur sob+ stammer stutter sputter splutter laugh chuckle giggle smile grin+ shrug+ wail howl
roar bellow holler hiss fume seethe marvel enthuse rave crow purr drawl sniff snort groan moan whine grouse
gripe object theorize theorise surmise reckon elaborate summarize summarise riposte aver+ avow profess vouch
attest recollect remember reminisce narrate jest inquire enquire query ponder blurt shriek gasp restate disagree dissent
quibble chirp grunt rasp croak snipe intone fret+ squeal pause nod+ hesitate frown echo react retaliate
boom crack exhort confess exult
croon warble
beam deadpan+ wince smirk grimace
""")
# Forms of those verbs that after a name are mostly a noun or a modifier ("Trump protests", "Reader questions",
# "Additional reporting by", "Watch charging"): no cue.
NOT_CUE_FORMS = words("""
protests questions reasons objects texts gripes rants vents crows moans groans sobs murmurs mutters howls roars
laughs smiles shrugs grins sniffs snorts wails hisses whispers sighs queries jests swears reporting querying
query charging offering posting pressing texting emailing questioning reasoning countering protesting objecting
echo echoes
beams smirks grimaces
""")
# Verbs of qualifying: what a subject calls something in quote marks is their words ("characterised the plan as
# “reckless”", "condemned the ruling as “a disgrace”", "slammed the budget as “a con”"), a claim however short; not the
# forms that are mostly a noun ("the term “…”", "hail"), nor "dismiss", mostly a deed ("what critics dismissed as “a
# planned riot”" is a term no one named said)
QUALIFYING_VERBS = words(
    "characterise characterize term hail slam+ decry deride denounce condemn laud praise"
)
CUE_VERBS = (
    IRREGULAR_CUE_VERBS | frozenset(form for base in REGULAR_CUE_VERBS | QUALIFYING_VERBS for form in _forms(base))
) - NOT_CUE_FORMS - words("term terms hail hails praise")
# Cues of more than one word ("Trump shot back", "as Ridge put it", "she went on to say").
CUE_PHRASES = (
    "shot back",
    "fired back",
    "hit back",
    "snapped back",
    "screamed back",
    "yelled back",
    "wrote back",
    "chimed in",
    "took the floor",  # ("Then Jo Reed took the floor: “…”": asked to speak, then spoke)
    "takes the floor",
    "weighed in",
    "pointed out",
    "points out",
    "went on to say",
    "goes on to say",
    "had this to say",
    "has this to say",
    "put it",
    "puts it",
    "spelled out",
    "summed up",
    "told reporters",
    "said in a statement",
    "spoke of",
    "had written",  # "written" alone is a participle ("content written by ..."), with its auxiliary a cue
    "has written",
    "have written",
    "cried out",
    "lashed out",
    "hit out",
    "went on",
    "goes on",
    "piped up",
    "pipes up",
    "spoke up",
    "cut in",
    "cuts in",
    "broke in",
    "breaks in",
    "weighs in",
    "pushed back",
    "laid out",
    "owned up",
    "made clear",
    "made it clear",
    "makes clear",
    "makes it clear",
    "wanted to know",  # ("“Will the bridge reopen?” Jo Reed wanted to know": a question put, as "asked")
    "wants to know",
)
# One joining a talk with words of their own ("“…,” Ann Cole chipped in.", "“…,” Ann Cole put in."): a cue of a quote
# only, a deed elsewhere ("chipped in £20", "jumped in the river", "put in a bid")
QUOTE_ONLY_CUES = frozenset(
    {"chipped in", "chips in", "chimes in", "butted in", "butts in", "jumped in", "jumps in", "put in", "puts in"}
)
# Determiners that open a descriptive speaker ("the host", "a friend", "one P&G employee").
DETERMINERS = words("the a an one another his her their its this that some many several two three four five both")
# Words before a name that are titles or roles, never part of the name itself.
TITLES = words("""
mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady sen sen. senator rep rep.
representative gov gov. governor president vice prime minister secretary general gen gen. chancellor
chairman chairwoman chair ceo cfo director spokesman spokeswoman spokesperson ambassador judge justice
mayor king queen prince princess pope rev rev. reverend sgt sgt. lt lt. col col. capt capt. adm adm.
commander chief deputy foreign defense defence interior finance state attorney speaker leader
commissioner official officials candidate nominee founder co-founder executive head premier
councillor councilor councilman councilwoman sheriff pastor father sister brother coach captain dean
lawmaker member correspondent editor analyst economist historian host anchor
secretary-general high representative envoy adviser advisor aide former cllr cllr. mp mep msp
congressman congresswoman businessman businesswoman superintendent detective officer prosecutor
architect engineer designer curator artist photographer filmmaker producer actor actress singer musician
composer novelist poet chef farmer physician surgeon nurse scientist researcher teacher principal manager
referee umpire
sheikh emir bishop archbishop archdeacon cardinal imam rabbi vicar rt ven midwife canon prebendary
inspector insp insp. ch. supt constable sergeant lieutenant colonel admiral
eng. hon.
fr fr. revd revd. msgr msgr. mgr cr cr. coun coun. ald ald. alderman alderwoman mla mha mpp mna mec maj maj. brig brig.
brigadier cpl cpl. corporal pte pte. pvt pvt. cmdr cmdr. cdr cdr. lieut lieut. det det. atty atty. pres. supt.
magistrate coroner
elder honourable honorable deaconess apostle evangelist pandit swami guru ustaz ustad kaumatua kaumātua kuia
bailie
connétable connetable centenier vingtenier jurat bailiff deemster seneschal taoiseach tánaiste tanaiste
marshal commodore ensign bombardier gunner trooper sapper rifleman airman seaman pc pcso dci dcs dsi patrolman
patrolwoman plt plt. pcol pcol. pmaj pmaj. pcapt pcapt. pssg pssg. pbgen pbgen. pcpl pcpl.
advocate adv. counsel barrister barr barr. solicitor notary engr engr. arch. perit avukat onor onor. kav kav. patri
kagawad konsehal kapitan punong sec. usec usec. asec asec. whip provost baroness baron viscount viscountess countess
marquess councilmember alderperson assemblyman assemblywoman assemblymember delegate selectman selectwoman supervisor
comptroller treasurer trustee auditor assessor mheshimiwa pst pst. otunba mallam malam inkosi kgosi yb ustazah
cikgu maulana
comrade pundit osofo del. arc. pharm. surv. dep. oba ooni alaafin kabaka omukama togbe
ir.
""")  # (the line from "connétable": offices of the Channel Islands, Man and Ireland, "Connétable Anne Vibert"; the
# lines after it: ranks of the forces and the police of the Englishes, the Philippine police's "PLt.", "PCol." …; titles
# of the professions used as address — South Africa's and India's "Adv.", Nigeria's "Barr.", the Philippines' and
# Nigeria's "Engr.", "Arch.", Malta's "Perit" (an architect), "Avukat", "Onor." and "Kav."; the Philippines' "Kagawad"
# (a barangay councillor), "Konsehal", "Kapitan", "Punong Barangay", "Sec.", "Usec."; peers; American local offices;
# East Africa's "Mheshimiwa" (honourable); Nigeria's and Ghana's "Pst." (pastor), "Otunba",
# "Mallam"; Southern Africa's chiefs "Inkosi", "Kgosi"; Malaysia's "YB", "Ustazah", "Cikgu"; South Asia's "Maulana";
# the last line: Nigeria's and Ghana's unions' "Comrade", the Caribbean's "Pundit", the Twi "Osofo" (a pastor), the
# abbreviations of delegates, architects, pharmacists, surveyors and deputies ("Del.", "Arc.", "Pharm.", "Surv.",
# "Dep.", with their full stop only: "Del Rio", "Arc" are names and words), and West and East Africa's kings ("Oba",
# "Ooni", "Alaafin", "Kabaka", "Omukama", the Ewe "Togbe"); Malaysia's and Indonesia's "Ir." (a chartered engineer,
# with its stop only: "Ir. Noraini Abdul Hamid"). Not
# "Major", "Arch", "Garda", "Nana", "Igwe", "Morena", "Sultan": names, places or bodies as often)
# Abbreviated titles and the role each stands for ("Sen. Example" is "the senator"); role nouns that
# name one role in other words (the first of each line names it: "the union boss" is the person the
# article introduced as union leader, "the anchor" the one it called a journalist).
TITLE_FORMS = role_table(
    {
        "sen.": "senator",
        "sen": "senator",
        "rep.": "representative",
        "rep": "representative",
        "gov.": "governor",
        "gov": "governor",
        "gen.": "general",
        "lt.": "lieutenant",
        "sgt.": "sergeant",
        "capt.": "captain",
        "adm.": "admiral",
        "adm": "admiral",
        "atty.": "attorney",
        "supt.": "superintendent",
        "supt": "superintendent",
        "insp.": "inspector",
        "insp": "inspector",
        "det.": "detective",
        "prof.": "professor",
        "eng.": "engineer",  # (East Africa's "Eng. Peter Nzioka")
        "pres.": "president",
        "congressman": "congressman",
        "cllr": "councillor",
        "cllr.": "councillor",
        "bailie": "councillor",  # (a Scottish council's senior councillor: "Bailie Fiona Baird")
        "councilor": "councillor",  # (the American spelling)
        "councilman": "councillor",
        "councilwoman": "councillor",
        "chairwoman": "chairman",
        "chair": "chairman",
        "spokeswoman": "spokesman",
        "spokesperson": "spokesman",
        "congresswoman": "congressman",
        "officials": "official",
        "businesswoman": "businessman",
        "sens.": "senator",
        "reps.": "representative",
        # (a council's and the clergy's abbreviated titles: "Cr Dunstan" is the councillor Kerrie Dunstan, "the
        # reverend" is "The Rev. Desmond Clarke"; the forces' ranks as their full words)
        "cr": "councillor",
        "cr.": "councillor",
        "coun": "councillor",
        "coun.": "councillor",
        "ald": "alderman",
        "ald.": "alderman",
        "alderwoman": "alderman",
        "rev": "reverend",
        "rev.": "reverend",
        "revd": "reverend",
        "revd.": "reverend",
        "fr": "reverend",
        "fr.": "reverend",
        "msgr": "reverend",
        "msgr.": "reverend",
        "mgr": "reverend",
        "col": "colonel",
        "col.": "colonel",
        "gen": "general",
        "lt": "lieutenant",
        "sgt": "sergeant",
        "capt": "captain",
        "brig": "brigadier",
        "brig.": "brigadier",
        "cpl": "corporal",
        "cpl.": "corporal",
        "cmdr": "commander",
        "cmdr.": "commander",
        "cdr": "commander",
        "cdr.": "commander",
        "lieut": "lieutenant",
        "lieut.": "lieutenant",
        "det": "detective",
        # (offices abbreviated to their letters: "the MEC" is the person introduced as "MEC Thandeka Ngcobo", a South
        # African province's minister; "the CEO" the one introduced as chief executive. Not "GM", "DA": General
        # Motors, South Africa's Democratic Alliance)
        "mec": "minister",
        "ceo": "executive",
        # (titles of the professions and of offices abroad as the role they name: "Perit Joanna Borg" is "the
        # architect", "Kagawad Nestor Baylon" "the councillor", "PC Ann Reid" "the constable")
        "perit": "architect",
        "arch.": "architect",
        "engr": "engineer",
        "engr.": "engineer",
        "ir.": "engineer",
        "adv.": "advocate",
        "avukat": "lawyer",
        "barr": "barrister",
        "barr.": "barrister",
        "kagawad": "councillor",
        "konsehal": "councillor",
        "kapitan": "captain",
        "sec.": "secretary",
        "pst": "pastor",
        "pst.": "pastor",
        "pc": "constable",
        "pcso": "constable",
        "dci": "inspector",
        "plt": "lieutenant",
        "plt.": "lieutenant",
        "pcol": "colonel",
        "pcol.": "colonel",
        "pmaj": "major",
        "pmaj.": "major",
        "pcapt": "captain",
        "pcapt.": "captain",
        "pbgen": "general",
        "pbgen.": "general",
        "del.": "delegate",
        "arc.": "architect",
        "pharm.": "pharmacist",
        "surv.": "surveyor",
        "dep.": "deputy",
        "osofo": "pastor",
        "pundit": "pandit",
    },
    families="""
    leader boss head chief chairman chairwoman chair chieftain director directress executive convener convenor
    journalist reporter correspondent anchor anchorman anchorwoman columnist broadcaster newsman newswoman
    lawyer attorney counsel advocate
    captain skipper
    mayor mayoress burgomaster
    doctor physician surgeon medic gynecologist gynaecologist obstetrician pediatrician paediatrician cardiologist
    doctor oncologist neurologist anesthesiologist anaesthetist anesthetist radiologist
    lawmaker legislator
    officer policeman policewoman cop trooper
    teacher educator instructor
    owner proprietor
    candidate hopeful contender challenger
    tycoon mogul magnate billionaire
    adviser advisor counselor counsellor
    pastor reverend preacher
    wife widow
    husband widower
    judge justice magistrate
    """,
)
# Role nouns that say who someone is without being a title before the name ("a former prosecutor").
# Nationalities and fields a person is described by, and the nouns for one such person: "the Swede" is whom
# the article called Swedish ("Kaspar Lindqvist, a former Swedish defence minister"), "the unionist" the one
# it gave a union role. Adjectives used as nouns ("the French", "the Dutch") are the people: no noun here.
# (the lines after "yemen": nations, regions, islands and cities whose people's noun no ending of
# ``nationality_noun_endings`` tells, "the Gozitan Ġorġ Mifsud", "the Geordie Ann Hedley", "the Ilonggo Rey Tupas")
AFFILIATIONS, AFFILIATION_NOUNS = affiliation_table("""
africa african / african
america american / american
asia asian / asian
australia australian / australian aussie
austria austrian / austrian
belgium belgian / belgian
brazil brazilian / brazilian
britain british uk / briton brit
canada canadian / canadian
chile chilean / chilean
china chinese
denmark danish / dane
egypt egyptian / egyptian
ethiopia ethiopian / ethiopian
kenya kenyan / kenyan
serbia serbian / serb serbian
croatia croatian / croat croatian
colombia colombian / colombian
argentina argentine argentinian / argentine argentinian
morocco moroccan / moroccan
england english / englishman englishwoman
europe european / european
finland finnish / finn
france french / frenchman frenchwoman
germany german / german
greece greek / greek
india indian / indian
iran iranian / iranian
iraq iraqi / iraqi
ireland irish / irishman irishwoman
israel israeli / israeli
italy italian / italian
japan japanese
mexico mexican / mexican
netherlands dutch / dutchman dutchwoman
nigeria nigerian / nigerian
norway norwegian / norwegian
pakistan pakistani / pakistani
poland polish / pole
portugal portuguese
russia russian / russian
scotland scottish / scot
spain spanish / spaniard
sweden swedish / swede
switzerland swiss
syria syrian / syrian
turkey turkish / turk
ukraine ukrainian / ukrainian
wales welsh / welshman welshwoman
korea korean / korean
thailand thai
vietnam vietnamese
lebanon lebanese
sudan sudanese
somalia somali / somali
afghanistan afghan / afghan
haiti haitian / haitian
cuba cuban / cuban
jamaica jamaican / jamaican
ghana ghanaian / ghanaian
venezuela venezuelan / venezuelan
peru peruvian / peruvian
hungary hungarian / hungarian
romania romanian / romanian
palestine palestinian / palestinian
libya libyan / libyan
algeria algerian / algerian
tunisia tunisian / tunisian
bangladesh bangladeshi / bangladeshi
yemen yemeni / yemeni
saudi-arabia saudi / saudi
oman omani / omani
kuwait kuwaiti / kuwaiti
qatar qatari / qatari
nepal nepali / nepali
punjab punjabi / punjabi
kashmir kashmiri / kashmiri
corsica corsican / corsican
sicily sicilian / sicilian
sardinia sardinian / sardinian
brittany breton / breton
basque-country basque / basque
bavaria bavarian / bavarian
gozo gozitan / gozitan
philippines filipino filipina / filipino filipina
iloilo ilonggo / ilonggo
cebu cebuano / cebuano
newcastle geordie / geordie
glasgow glaswegian / glaswegian
dublin dubliner / dubliner
queensland queenslander / queenslander
newfoundland newfoundlander / newfoundlander
quebec quebecer quebecker / quebecer quebecker
new-zealand kiwi / kiwi
cornwall cornish / cornishman cornishwoman
yorkshire / yorkshireman yorkshirewoman
ulster / ulsterman ulsterwoman
kerry / kerryman kerrywoman
isle-of-man manx / manxman manxwoman
union unions / unionist trade-unionist
conservative con cons tory tories ucp cpc / conservative conservatives tory
labour lab / labourite
liberal ld lib libdem libdems lpc fdp / liberal liberals
democrat dem dfl / democrat democrats
republican rep gop / republican republicans
green grn greens / green
socialist sp ps psoe spd / socialist socialists
snp / nationalist nationalists
""")
ROLE_NOUNS = words("""
prosecutor lawyer attorney spokesman spokeswoman spokesperson strategist pollster consultant activist
organizer organiser coordinator owner founder teacher student doctor nurse officer detective sergeant lieutenant
general governor senator representative congressman congresswoman candidate nominee president chair
chairman chairwoman chief mayor sheriff commissioner director manager minister secretary ambassador judge
economist analyst professor researcher scientist author writer columnist reporter journalist host
superintendent principal pastor priest bishop coach player veteran spokesperson lawmaker delegate
councillor councilor official friend colleague neighbor neighbour witness resident victim survivor source expert aide
ally critic rival partner parent mother father son daughter wife husband child teen girl boy man woman spouse fiancé fiancée
front-runner frontrunner hopeful challenger incumbent contender billionaire mogul tycoon mayor-elect
president-elect governor-elect leader journalist lawmaker tycoon adviser
striker winger goalkeeper midfielder defender captain grandmaster dealer auctioneer frontman frontwoman technician
guitarist drummer singer actor actress coroner barrister solicitor inspector constable paramedic
porter caretaker cleaner driver worker employee shopkeeper landlord landlady tenant passenger customer voter
supporter protester demonstrator visitor bystander onlooker firefighter soldier pilot
walker pensioner rambler hiker cyclist swimmer jogger motorist commuter boater shopper grandmother grandfather
fisherman angler politician administrator receiver liquidator auditor accountant
granddaughter grandson grandchild niece nephew cousin aunt uncle stepson stepdaughter stepfather stepmother
widow widower sibling
connétable connetable centenier vingtenier jurat bailiff deemster seneschal taoiseach tánaiste tanaiste
tutor lecturer instructor deacon chaplain curate verger sexton geologist
ranger warden forester lifeguard
keeper zookeeper gamekeeper herder shepherd crofter breeder grower stallholder vendor skipper coxswain
veterinarian
""")
# Nouns that name a work or a slogan: the quoted words after them are its title, not speech
# ("the committee's report “...”", "told the radio programme “...”", "a play titled “...”"). Not "called":
# "what he called “our arguments”" quotes him.
WORK_NOUNS = words("""
book novel memoir film movie documentary report programme program show series podcast newsletter column collection
anthology
op-ed essay article album song play musical campaign slogan hashtag headline titled entitled
headlined motto banner sign t-shirt shirt ad advertisement video episode segment hymn carol
magazine newspaper blog website site poem painting exhibition phrase term expression nickname label
paper autobiography biography memoirs thesis codenamed code-named nicknamed
chorus refrain lyric lyrics verse anthem placard placards sign signs banner banners poster posters
brand product channel dvd
""")
# Plural and collective nouns after a name that make it a group that speaks ("Richmond police said",
# "White House officials said", "Clinton campaign aides said").
GROUP_NOUNS = words("""
police officials authorities campaign administration department office government officers prosecutors
investigators firefighters aides staff staffers spokespeople lawyers attorneys supporters residents voters
organizers organisers executives leaders lawmakers senators delegates protesters activists researchers
scientists doctors officials' party committee board council campaigners critics opponents friends allies
relatives neighbors neighbours
mates pals buddies teammates classmates workmates shipmates bandmates
members
""")  # (a body's members opening a sentence are no name: "Members of the Southwick Dolphins chanted:")
# Small words a title keeps in lower case ("One Hundred Years of Solitude").
TITLE_SMALL_WORDS = words("a an the of and or in on at to for with by from as vs. vs nor but de la le los del")
# Titles that only say how a person is addressed: a title word after one is the surname ("Mr Dean", "Mrs King").
COURTESY_TITLES = words("mr mrs ms miss mx dr")
MALE_TITLES = words(
    "mr mr. sir lord king prince father fr fr. msgr msgr. mgr brother spokesman chairman councilman congressman "
    "businessman "
    "husband son widower grandfather grandson uncle nephew boyfriend fiancé "  # kin: "his son, Beau," is a man
    "groom bridegroom"
)
FEMALE_TITLES = words(
    "mrs mrs. ms ms. miss dame lady queen princess sister spokeswoman chairwoman councilwoman congresswoman "
    "businesswoman wife daughter mother widow grandmother granddaughter aunt niece girlfriend fiancée bride "
    "actress waitress hostess heiress duchess countess empress headmistress policewoman anchorwoman sportswoman"
    " deaconess kuia"
)
# Pronouns that can stand for a speaker. "it" stands for a thing or an organisation, "they" for a
# group (or a person whose gender the article does not give); "I" and "we" are first person.
PRONOUNS = pronoun_table(
    m_sg="he him his himself",
    f_sg="she her hers herself",
    n_sg="it its itself",
    x_pl="they them their themselves",
    first_sg="i me my",
    first_pl="we us our",
)
# Capitalised words that make a phrase an organisation or a thing, not a person.
# Legal forms after a company's name ("Harlow Water Ltd", "Acme, Inc.", "Barclays plc"), full stops dropped at the end;
# the Dutch and Nordic ones English news writes too ("Philips N.V.").
# (round 55: the Commonwealth's and Asia's forms too: "Pty Ltd", "Sdn Bhd", "Pvt Ltd", "Pte Ltd", "CIC")
LEGAL_FORMS = words("Inc Ltd Limited plc PLC Plc LLC L.L.C LLP Corp Co N.V NV B.V BV A/S ASA Oyj Pty Bhd Sdn Pvt "
                    "Pte CIC PLLC LLLP NPC Incorporated")
ORGANISATION_WORDS = words("""
commissioners
treaty union party ministry organization organisation council department house court news times post museum clinic
agency office committee commission bank fund association guild institute university college school church diocese synod
company corporation inc corp ltd llc plc llp gmbh group network press journal review magazine tv radio channel
government administration army navy force forces police campaign foundation center centre senate
congress parliament assembly kremlin pentagon nato un eu article memorandum summit conference
agreement plan street avenue city state states republic kingdom federation county district airport fc afc
hospital station today daily weekly monthly twitter facebook instagram youtube cnn nbc abc cbs fox msnbc bbc
reuters ap afp guardian observer telegraph herald tribune gazette cooperative chain retailer supermarket stores
co-operative co-op
hampshire carolina dakota jersey york mexico virginia island islands africa america americas europe asia korea
arabia zealand east west north south valley county beach bay river lake mountain mountains coast ocean sea
san los las fort port saint convention trade partnership board authority service services department
americans democrats republicans
precinct barracks detachment constabulary
trust energy pac bureau reserve institution inn club co operator railway railways ferries airline airlines airways pictures pharmaceuticals scientific capital research
register star sentinel corps program programme security affairs holdings partners industries motors airlines
airways systems technologies labs media charity alliance coalition society caucus cabinet league chamber
academy laboratory laboratories clinic ventures solutions insurance brands foods entertainment studios records
productions films publishing broadcasting
communications electric power oil petroleum steel therapeutics healthcare poll survey jury zoo aquarium sanctuary
directorate inspectorate secretariat regulator observatory municipality borough legislature tribunal
constabulary taskforce consortium confederation syndicate embassy consulate prefecture governorate registry
utility utilities watchdog delegation commissariat
""")
# Capitalised words that make a phrase a thing or an event, never a person nor a body that speaks
# ("Cold War", "Election Day", "Nobel Peace Prize", "George Washington Bridge", "EgyptAir Flight 804").
THING_WORDS = words("""
war wars day recession depression prize award awards bridge canal tunnel flight constitution amendment era
revolution movement festival parade marathon olympics games cup championship hurricane storm virus pandemic
crisis effect stadium arena square museum gallery theater theatre cathedral mosque synagogue highway
expressway doctrine time act bill world shoal reef atoll strait peninsula canyon desert glacier volcano harbor harbour
""")
# The organisation words that name places, not bodies that speak ("New York", "Virginia Beach").
PLACE_WORDS = words("""
street avenue city state states republic kingdom federation county district hampshire carolina dakota jersey
york mexico virginia island islands africa america americas europe asia korea arabia zealand east west north
south valley beach bay river lake mountain mountains coast ocean sea san los las fort port saint
""")
# Places by name: countries, US states and large cities, continents and regions (lower case; a multi-word name as
# written). A place named alone is no person: "But California offered a unique opportunity" makes no Mr. California a
# "he" could stand for. A place that is also a first name ("Georgia", "Jordan", "Chad", "Florence") is left to the
# names.
PLACE_NAMES = words("""
afghanistan albania algeria andorra angola armenia australia austria azerbaijan bahamas bahrain bangladesh
barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burma burundi cambodia
cameroon canada chile china colombia congo croatia cuba cyprus czechia denmark djibouti ecuador egypt eritrea
estonia eswatini ethiopia fiji finland france gabon gambia germany ghana greece grenada guatemala guinea guyana
haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan kazakhstan kenya
kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg
madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia moldova monaco mongolia
montenegro morocco mozambique myanmar namibia nauru nepal netherlands nicaragua niger nigeria norway oman pakistan
palau palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia
seychelles singapore slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan
tanzania thailand togo tonga tunisia turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu
venezuela vietnam yemen zambia zimbabwe britain england scotland wales
alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana
iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana
nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont wisconsin wyoming
africa antarctica asia europe oceania scandinavia balkans caribbean siberia crimea gaza kashmir
beijing shanghai tokyo moscow berlin london madrid rome vienna brussels amsterdam stockholm oslo copenhagen
helsinki warsaw prague budapest athens ankara istanbul tehran baghdad damascus beirut jerusalem cairo riyadh
kabul islamabad karachi delhi mumbai seoul pyongyang manila jakarta bangkok hanoi canberra ottawa toronto
montreal vancouver havana caracas bogota lima brasilia nairobi lagos johannesburg kyiv kiev minsk
geneva zurich munich frankfurt hamburg milan naples dublin edinburgh glasgow manchester liverpool
chicago boston philadelphia baltimore detroit cleveland pittsburgh atlanta miami seattle portland sacramento
manhattan brooklyn queens bronx harlem hollywood
""")
# The words of a minister's portfolio after a title and its "for" or "of" ("Minister for Health Faizal Rahman",
# "Secretary of State for Health and Social Care Wes Streeting", "Minister for Foreign Affairs Penny Wong"): they name
# the role, never the person, so the name after them starts at the first word not in the list.
PORTFOLIO_LINKS = words("for of")
PORTFOLIO_WORDS = words("""
health education finance treasury justice defence defense transport environment agriculture housing culture energy
labour labor trade tourism sport sports science technology affairs care social pensions work communities development
infrastructure fisheries economy employment industry innovation veterans children families youth women equality
immigration security home foreign interior skills enterprise heritage arts media digital climate water food rural
""")
# Documents credited with words ("the statement said"): they speak for whoever issued them.
DOCUMENT_NOUNS = words("""
statement release letter email e-mail report memo note message post tweet filing document affidavit
complaint lawsuit ruling notice announcement website blog ad advertisement commercial video flyer mailer
petition survey poll study editorial op-ed column footnote brochure leaflet pamphlet booklet program programme
bylaw byelaw regulation ordinance judgment judgement decision minutes transcript bulletin advisory warning opinion
projection forecast assessment
circular directive guidance audit memorandum briefing factsheet alert outlook decree gazette citation
""")
# Place, organisation and thing words that are also surnames: after a known first name they name a
# person ("James York", "Samantha Power", "Chad Day").
SURNAME_WORDS = words("york west east north south bay lake beach power star day")
# Head nouns that close a body's name written with a plural owner ("Wessex Motorists' Association", "Farmers'
# Union"): a name run goes on over the owner's apostrophe when one follows. A few heads, not every organisation word:
# the name run sits inside hundreds of compiled patterns, and the whole list doubled their programs.
PLURAL_OWNER_HEADS = words(
    "association union federation league alliance society guild council club trust party organisation organization"
)
# Lower-case particles inside personal names ("Ursula von der Leyen", "Charles de Gaulle"), and the patronymic
# connectives that join a given name to the father's (Malay and Indonesian "bin", "binti", Singapore's "binte", "bte",
# "ibnu"; Arabic "ibn", "bint", "ben"; Mauritania's "ould"; Sarawak's "anak"): "Salmah binti Jaafar" is one name, not
# "Salmah" before a clause.
NAME_PARTICLES = words(
    "van von der den de del della di da du la le al el bin ibn ben mac st. binti binte bint bte ibnu ould anak"
    # (round 55: the Tuareg "ag" and "welet", the Mauritanian "mint", Malaysia's "bt", the Sudanese "wad", the Welsh
    # "ap", "ab", "ferch", "verch": a father's name follows, the name runs on over them; the Kabyle and Chleuh "Aït",
    # "Ait", "Ath" (the sons of) open a surname of two words: "Aït Saïd" of "Mouloud Aït Saïd" is he, no form of
    # address dropped before it)
    " ag welet mint bt wad ap ab ferch verch aït ait ath"
)
# Irish surname prefixes, which tell the bearer's gender: "Donncha Ó Laoire", his daughter "Aoife Ní Laoire", a wife
# "Máire Bean Uí Laoire" bear one family name, so a prefix is no part of a name's key; it tells whom "Ó Laoire said"
# names.
SURNAME_PREFIX_GENDER = MappingProxyType(
    {**dict.fromkeys(words("ó ua mac"), Gender.MALE), **dict.fromkeys(words("ní nic uí mhic"), Gender.FEMALE)}
)
# Of them, those that also open first names ("Mac Miller", "Nic Cage"): a gender only after a first name
FIRST_NAME_PREFIXES = words("mac nic")
# Particles written onto a surname with a hyphen ("al-Amiri", "el-Sisi", "bin-Laden"): the surname's key is the rest
HYPHEN_PARTICLES = words("al el ul ud ad ash as abu bin ibn")
# Words that start a capitalised run but are not names: sentence openers, days, months.
NOT_NAMES = words("""
the a an and but or if when while after before as in on at for of to from with by this that these
those it its he she they we i you his her their our my there here then so yet also however meanwhile
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december mr mrs ms according one another some many both
although though because since until unless despite over under last next first second third now still even
instead once earlier later today yesterday tonight tomorrow back asked speaking two three four five six seven
eight nine ten twenty thirty forty fifty hundred thousand dozens several most few all each every no not
neither nor which what who whom whose where why how perhaps maybe
someone somebody something anyone anybody everyone everybody nobody nothing heard overheard seen spotted
""")
# Common first names and the gender they usually carry, so that "he" skips "Hillary Clinton" and
# "she" skips "Donald Trump" before either was ever called "he" or "she" (English-language news,
# politics and business, and names common in international news; a name missing here only leaves the gender
# unknown). Regional sets among them: Inuit and Liberian (round 40); Pacific (Pita, Sione, Tevita, Salote), Icelandic
# of Manitoba's New Iceland (Runólfur, Guðrún) and Scots (Senga) in round 41.
MALE_NAMES = words("""
aaron adam al alan albert alex alexander andrew angus anthony antonio ben benjamin bernie bill bob bobby brad
brandon brian bruce carl carlos charles charlie chris christopher chuck colin corey craig dan daniel darren
dave david dennis derek dick don donald doug douglas dwight ed eddie edward emmanuel eric frank fred gary
george gerald gordon greg gregory harry henry howard hugh ian jack jacob jake james jared jason jeb jeff
jeffrey jeremy jerry jim jimmy joe joel john johnny jon jonathan jorge jose joseph josh joshua juan justin
keith ken kenneth kevin kurt larry lars lee lindsey louis luis marco mark martin matt matthew max michael
mike mitch mitt nathan neil newt nicholas nick nigel olaf oliver patrick paul pedro peter phil philip
ralph randy reince richard rick rob robert rod roger ron ronald rudy rupert russell ryan sam samuel scott
sean sergei stephen steve steven ted thomas tim timothy todd tom tony victor vladimir volodymyr walter
wayne william willie xi barack bernard corey dale earl evan frederick glenn harold jesse kyle leon marc
marcus mario mitchell nate omar rand reid roy sanjay stuart terry tyler vincent wesley chad derrick
abe adrian ahmed alec alfred allen alvin andre andy angel archie arnold arthur austin barry bennett
bert billy blake bradley brendan brett brent bryan byron calvin cameron cecil cedric chester
clarence clark claude clay clayton clifford clint clinton cody conor cory curtis damon danny darrell
darryl dean devin dominic donnie duncan dustin dylan edgar edwin eli elijah elliott emmett ernest ethan
eugene everett felix floyd francis franklin gabriel garrett gavin gene gilbert hank harvey hector
herbert herman isaac ivan jackson jaime jay jeremiah jerome jimmie joey johnathan jonah
julian julius karl kirk kristopher lamar lance lawrence leo leonard leroy lester lewis liam lloyd
logan lonnie lucas luke lyndon malcolm manuel marvin maurice melvin micah miguel miles milton morris
nathaniel neal ned noah norman orrin oscar owen perry preston quentin rafael ramon raul
ray raymond reggie reginald rex ricardo richie rodney rodrigo rohan roland ross ruben rufus sammy saul
seth shane shaun sheldon sherrod simon spencer stanley sterling stewart teddy terrence theodore travis trent
trevor troy ty vernon vince wallace warren wes wilbur wilson zach zachary abdul
ali hassan hussein mohamed mohammed muhammad yusuf vijay raj rahul narendra binyamin moshe yitzhak avi recep
francois pierre jacques hans dmitry mikhail alexei boris igor viktor andrzej lech jaroslaw mateusz giuseppe
matteo silvio enrico shinzo fumio bashar hosni abdel
denis carlton mick kieran declan rory callum reuben tobias anton kenny gus hal herb irving mack monty myron
otis percy quincy rudolph sid solomon wendell norbert ezra elias gideon barney benny dominick chet rahm beto
aiden alastair alistair ambrose amos angelo armando arturo asher barrett beau bernardo blaine boyd brady brock bruno
bryce caleb carson cesar clyde cole colton conrad cornelius cristian curt damian dante darius desmond diego dirk
donovan edmund eduardo elliot emilio enrique erik ernesto esteban fabian federico felipe fernando fidel fletcher
gareth garry gerard gerardo giovanni glen graham gregg guillermo gustavo hamish hugo humberto ignacio ira irwin
jaden jarrod javier jed jens jermaine joaquin johan jonas jude kai keegan kelvin kent khalid kofi lachlan leland
lenny levi lionel lorenzo lowell luca luciano lyle magnus malik marcel marcos mariano marius marlon mason mathias
mauricio maximilian mehdi mohammad moses nelson niall nicolas nico nikolai noel olivier osvaldo pablo pascal pete
phillip pierce ramiro rhys ricky robbie roberto rocco rodolfo ronan ronnie royce russ scottie sebastian sergio
seamus shawn stefan stephan sven tariq terence thaddeus thierry trey tristan tucker valentin vikram wolfgang xavier
yosef yuri zane ahmad amir ayman bilal faisal farid hamza hamid ibrahim ismail jamal karim khaled mahmoud mustafa
nabil rashid saad salman samir tarek walid youssef ziad yasser akira hiroshi kenji takeshi haruki arjun amit anil
ashok deepak manish rajesh ravi sunil suresh vivek kwame emeka jomo uhuru cyril thabo rishi sadiq imran nawaz asim
bijan yair naftali jair luiz andres nayib antony dmitri sergey andrei oleksandr petro taras yevgeny vasily aleksandr
gennady ramzan kemal mehmet ahmet mustapha hakan erdem omer shlomo yehuda ehud ariel itamar hamad tamim salah nasser
anwar fahad abdullah abdulaziz
cian oisin padraig eoin ciaran darragh fionn colm dafydd gethin iwan alfie ewan iain fergus euan rhodri emyr huw
owain ieuan aled ruairi cormac donal diarmuid
ezekiel isaiah josiah malachi obadiah zachariah abraham ebenezer silas elmer virgil jethro
alimamy foday abdulai sorie
abdi abdullahi abdirahman abdirizak mohamud mahad guled abukar
simeonie pauloosie jaypeetee jobie lootie varney momo jallah
pita sione tevita viliami iosefa semisi
runólfur gunnar sigurður ólafur einar magnús guðmundur
dom
andriy maksym serhiy mykola oleksiy dmytro yuriy vasyl bohdan volodymyr vitaliy yevhen ihor pavlo vadym mykhailo ostap
artem denys kostiantyn vladyslav yaroslav oleh ruslan
eòghann eoghann ruairidh ruaraidh seumas dòmhnall domhnall murchadh tormod coinneach aonghas anndra uilleam peadar
eachann ailean somhairle fionnlagh raghnall lachlann pádraig seán ciarán oisín tadhg donnchadh
""")  # ("Dom" a man's name, "Dom Phillips", though French "Dom" is a monk's title: a first name is never dropped)
FEMALE_NAMES = words("""
abigail alice alicia amanda amy andrea angela ann anna anne barbara betsy betty bev beverly billie brenda carly carol
caroline catherine cathy cheryl christina christine claire diana diane donna dorothy elizabeth ellen emily
emma hillary hope huma ivanka jane janet jennifer jessica jill joan joanna joni judith judy julia julie
karen kate katherine kathleen kathy kelly kellyanne kirsten kristen laura lauren linda lisa liz lori
madeleine marcia margaret maria marie martha mary megan melania melissa michele michelle monica
nancy nicola nikki olivia pam pamela patricia paula rachel rebecca ruth sandra sarah sharon sheila
stephanie susan suzanne tammy teresa theresa tulsi ursula valerie virginia wendy debbie elaine heather
jeanne kamala katie lynn marsha natalie nina rosa samantha sally tina amber brooke chelsea erin
abby addison adriana aisha alexandra alexis alison allison alyssa ana angie anita annie april june ariana
audrey ava becky beth bethany bonnie brianna bridget candace carla carmen carolyn cassandra charlotte cindy claudia
colleen connie courtney cynthia danielle darlene deborah debra denise dolores doris edith eileen
elena elise eliza ella elsa erica erika esther eva evelyn felicia florence frances gabrielle gail
gina gloria grace gretchen gwen haley hannah harriet helen ida irene isabel isabella
jacqueline jade jana janice jasmine jeanette jenna jenny joanne jocelyn jodi josephine
joyce juanita kara karla katelyn kathryn katrina kay kayla keisha kendra kimberly
kristin kristina krystal lana leah leslie lillian lily lindsay lois loretta lorraine louise lucia lucy luisa
lydia mabel mackenzie madison maggie mallory mandy marcy margo mariah marian marilyn marion marjorie marlene
maureen maxine maya meghan melinda mia mildred millie miranda molly mona muriel nadia naomi natasha
nell nora norma rose paige patsy pauline peggy phyllis priscilla rachael ramona regina renee rhonda rita
roberta robyn rochelle rosalind rosemary roxanne sabrina sadie sara savannah selena serena shannon
shauna shelby shelley sherry shirley sierra sofia sonia sophia stacey stacy stella sydney sylvia
tamara tanya tara tasha tiffany tonya tracy trisha vanessa vera veronica vicki victoria viola
vivian wanda whitney yolanda yvonne zoe condoleezza dianne maxine ileana heidi golda indira benazir aung yulia
segolene
susana susanne kristi patty megyn katy hoda rosie lena ronda cecilia ingrid greta hanna johanna
adele adrienne agnes aileen alana alejandra alexa alina alma amal amelia anastasia angelica angelina anja annette
antoinette arlene astrid aurora beatrice belinda bernadette bianca blanca brigitte britney caitlin camila camille
candice carina catalina celeste celia charlene chloe christa christy clara clarissa constance cora corinne daphne
daria deanna delia demi desiree dina dora eleanor elisa elisabeth eloise elsie emilia emilie esperanza estelle ethel
eugenia eunice fatima fiona francesca freya gabriela genevieve geraldine gigi giselle hailey helena henrietta hilary
imogen ines inez janelle janine jessie jolene josie julianne julieta juliet justine karina katarina katharine
kathrin kira kirsty kristy laila lara latoya laurie layla leila leticia lilian lina liza lola lorena lucille
madeline madonna magdalena malia mara marcela margarita maribel marisa marissa marta martina matilda maura melanie
meredith michaela milena mindy mira miriam nadine nellie nicole noelle noor odette olga paola penelope petra
philippa pia polly priya raquel rihanna rocio rosalie roxana sabine salma shakira shana simone sonja sophie susie
suzy svetlana tabitha talia tatiana teri tessa thea tracey trudy valentina valeria vivienne wilma winifred xiomara
yasmin yvette zara zelda zoey amina farah fatma noura rania samira zainab anjali deepika kavita lakshmi meera pooja
sunita yuki akiko keiko naoko yoko ngozi chioma adaeze wangari natalia alessandra federica giorgia giulia chiara
ilaria oksana olena iryna liudmila ludmila tatyana annalena ricarda
abi niamh siobhan aoife saoirse ciara orla sinead roisin grainne caoimhe bronwen rhiannon cerys sian
carys poppy ellie morag ailsa eilidh mhairi shona catriona lorna jess gemma leanne hayley nia ffion eleri lowri bethan
opal myrtle gladys bertha edna dorcas velma imogene lula minnie hattie mamie bessie nettie fannie mariatu fatmata
aminata isatu hawa
ayaan hodan fadumo faduma hibaq sahra amran ilhan nimco ifrah sagal hawo ubah deeqa dee
elisapee jeannie leetia meeka looee musu fatu yatta kebbeh
senga salote losana guðrún sigríður
svitlana tetiana yuliia halyna liudmyla kateryna viktoriia olha nadiia daryna solomiia larysa valentyna
peigi peig mòrag màiri ealasaid raonaid seònaid sìne oighrig ciorstaidh beathag mairead catrìona seonag dolina
siobhán gráinne bríd áine máire róisín sinéad
""")
# First names of the lists above that men and women both bear: still first names, but the gender stays
# unknown until a title or a pronoun tells it ("Lee Example ... she said"; "Kelly" of either gender).
UNISEX_NAMES = words("lee kelly leslie terry marion lindsey jamie mika ashley toni")  # ("Ashley Cole", "Ashley Judd")
# ("Toni" is a man in another lexicon, Catalan "Toni Pons", and most often a woman in English, "Toni Morrison": listed
# here, an English article's "Toni Marsh … she said" is not passed over as a man's name)

# Words after which a name is an object, never the subject of the verb that follows ("en route to Tampa, said").
PREPOSITIONS = words(
    "to on in at of from with for by about into onto over under after before during against toward towards "
    "than like via per between among behind beyond near across through above below beneath underneath "
    # (opening a sentence, these are no part of the name after them: "Absent Sanders' plan, Clinton ...")
    "outside inside besides beside alongside absent amid amidst regarding concerning following including "
    "throughout within without upon around despite unlike "
    # (where a group stood, in an aside between its name and its verb: "Parents from the two routes, about twenty of
    # them along the back wall, chanted:" was "wall")
    "along"
)
# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = words(
    "mr mrs ms dr prof sen rep gov gen lt col sgt capt adm eng hon st jr sr inc corp ltd co u.s u.k u.n e.u "
    "no vs etc jan feb mar apr jun jul aug sep sept oct nov dec"
)
# (with the regional and literary forms a page quotes as said, filled from the regions, not from one page: Northern
# English and Scots "nowt", "nae" with "naebody", "naething", "nane", Scots verbs in "-nae" and "-na"; Geordie and
# Wearside "divvent", "dinnet", "cannit", "winnet", "nee"; Lancashire and Potteries "dunna", "conna", "wunna";
# Irish and Newfoundland "nivver", "niver", "nar", "narn", "nary"; spoken and American "aint", "nope", "nah", "naw",
# "nothin'", "nuthin'", "nuttin'"; Caribbean "nuh", "cyaan", "caan", "doh", "neva"; South African "nooit", "aikona";
# Irish "níl". A form that is another word of English is left out: "ken", "rin", "cyan", "dim"; one that is another
# language's word is a REGIONAL_NEGATION)
NEGATIONS = words("""
not no never none nobody nothing neither nor nowhere without n't cannot nowt naught nary nae cannae canna dinnae
didnae doesnae isnae wasnae willnae wouldnae couldnae shouldnae hasnae havenae
wisnae disnae widnae winnae wullnae dinna didna winna wouldna couldna shouldna isna wasna hasna havena
nivver niver nothin nuthin
naebody naething naewhere nane naw amnae arenae werenae mustnae
divvent divent divvint dinnet dinnit cannit winnet willnet nee
dunna dunnot conna wunna shanna wonna
nar narn narry nairy
aint nope nup nuttin nuffin nuffink nothink nutten nuttn nutn
nuh cyaan kyaan caan cyaa doh neva nevah
nooit aikona aikhona níl
ent nobaddy nobadi notin nottin nahting nothn nocht naethin naewey nivir nowheres nay ní nár
nahi nahin daabi dabi nobi hayi niks tidak takde kāore kaore
tiada bukan belum jangan nggak enggak gak ngga ndak tdk walang huwag ayaw chaina hoina
hapana hakuna hamna siyo hhayi akukho akekho angazi kwete aiwa iyayi palibe nnyaa tjhe nedda tewali
aydelem leai ikai ʻikai kaua aole ʻaʻole ddim
edn idn dedn wadn cudn wudn shudn dudn baint idden wadden dedden wudden cudden shudden
ledu ledhu leru kaadu vaddu naha nehe nathi nako vendam kidaiyathu hudaina níor ná zilch
nogat nating nomo nomore neba nottn doan cahn cyah
taya diak
mboten boten henteu moal tusing nenten
mhux xejn qatt
kò kìí nni ntumi aykonen
nist nistam nadaram nadarim hich nishta nîne chka voch araperi arasodes aravin
indak idak nyanda kadak kagak trada tarada diri tsis neh
ejjelok tiaki akea sohte dariy seai kāre ʻaʻohe aohe
tapali takuli onge ooyo hatshi aowa
gaawiin gaawin namôya namoya môya namawîya ekawin moqwa aagga aakka aaqqa naamik
noti nowan noiti
""")
# (round 55, by family, not from one page: blind set 58's Brunei Malay "inda" and Sesotho "Ha re tsebe" turned to "Re
# a tseba", tune set 48's Lao "bo" left out unflagged) the Malay of Brunei, Sumatra, Kalimantan and eastern Indonesia
# ("inda", Minangkabau "indak", Palembang "idak", Manado "nda", "nyanda", Banjar "kada", Betawi "kagak", Papuan
# "trada", Maluku "tarada"); the Philippines (Hiligaynon "indi", Waray "diri", Ilocano "haan"); Hmong "tsis";
# Dhivehi "neh"; Micronesia (Marshallese "ejjelok", Kiribati "tiaki", "akea", Pohnpeian "sohte", Yapese "dariy"),
# Tuvaluan "seai", Cook Islands "kāre", Hawaiian "ʻaʻohe"; Bemba "tapali", Luo "onge", "ooyo", Ndebele "hatshi",
# Sepedi "aowa"; the First Nations of Canada (Ojibwe "gaawiin", Cree "namôya", "namawîya", Atikamekw "ekawin",
# Mi'kmaq "moqwa", Mohawk "iah") and the Inuit ("aagga", "aakka", Greenlandic "naamik"); Sranan "noti", "nowan",
# "noiti". Another word or a name, a regional negation: Bikol "dai", Kapampangan "ali", Pangasinan "andi", Lao and
# Isan "bo" and "bor", Khmer "ot", Cree "nama", Acehnese "hana", Brunei "inda", Manado "nda" ("NDA"), Banjar "kada",
# Hiligaynon "indi", Ilocano "haan", Mohawk "iah" (names and letters: lower case only). The Inuit languages' negative
# infix ("Qaujimanngitunga" of "Qaujimajunga"): ``negative_infixes``. Left out as another word: Luo "ok" (English
# "ok"), Kikuyu "ti" (Yoruba "ti"), Sölring and Afrikaans "ek", and the words of one of the four languages that a short
# claim telling no language would read otherwise than its source: Khmer "min" (English "10 min"), Thai "mai" (French
# "mai"), Bemba "awe", Asháninka "tee"
# (round 54, by language family again, not from one page: blind set 57's Torres Strait "nomo" and Crucian "ain", tune
# set 47's Belizean "noh" left out unflagged) the English-lexifier creoles of the Pacific, the Caribbean and West
# Africa: Tok Pisin "nogat", Bislama "nating", Torres Strait and Australian Kriol "nomo", "nomore", Krio and Cameroonian
# "neba", Bajan "doan", "cahn", Trinidadian "cyah"; Chamorro "taya'", Palauan "diak", Niuean "nakai"; Javanese "ora",
# "mboten", Sundanese "henteu", "moal", Balinese "tusing", "nenten", Cebuano "dili"; Maltese "mhux", "xejn", "qatt";
# Yoruba "kò", "kìí", Twi "nni", "ntumi", Tigrinya "aykonen"; Persian and Dari "nist", "nadaram", "hich", Pashto
# "nishta", Kurmanji "nîne", Armenian "chka", "voch", Georgian "araperi", "arasodes". Left out as another word: Ilocano
# "saan" (Tagalog "where"), "awan" (Malay "cloud"), Oromo "miti" (Swahili "trees"), Kurmanji "nabe" (a Japanese pot). A
# spelling of a listed negation (an accent, a glottal mark, a doubled letter, an "h" after its vowel: "noh", "nɔ",
# "nahîn") is read by match._respelt_negation, not listed. Forms that are another word or a name are regional negations:
# Gullah and Crucian "ain" (Scots "ain", own: "my ain folk"), Marshallese "jab" (English "jab"), Javanese "ora" (Spanish
# "ora"), Kriol "nat", Niuean "nakai" and Cebuano "dili" (names, Dili a city), Kiribati "aki", Cook Islands "kare"
# (names), Armenian "chi" (English "chi"), Georgian "ara" and "ver" (French "ver", a worm; Spanish "ara", "ver", to see;
# English "ver." of a version) Left out as a word of another language an English page quotes: Chamorro "ti" (Yoruba
# "ti", of), Guyanese "na" (Swahili "na", and), Tzotzil "mu" (Kinyarwanda "mu", in), Estonian "pole" (Swahili "pole
# pole", slowly: blind set 40)
# (round 53, by form and by region: tune set 46's Cornish "edn" swapped for "is" went unflagged) the negative
# auxiliaries of Cornwall and the West Country ("edn", "idn", "dedn", "wadn", "cudn", "wudn", "shudn", "dudn",
# "baint", "idden", "wadden", "dedden"); Telugu "ledu", "leru", "kaadu", "vaddu"; Sinhala "naha", "nehe"; Gujarati
# "nathi"; Marathi "nako"; Tamil "vendam", "kidaiyathu"; Nepali "hudaina"; Irish "níor", "ná"; "zilch". Bengali
# "nei" (Italian "nei"), Welsh "dim" (English "dim"), Scottish Gaelic "chan" (the name Chan) are another word or a
# name: regional negations
# Spoken and New Zealand "nah" (German "nah", near), read only in lower case and not in a German text (see the German
# lexicon)
# (round 51, by region and by form) Trinidadian and Gullah "ent"; Jamaican and Belizean "nobaddy", "nottin";
# Nigerian Pidgin "notin", "nobi"; Hawaiian Pidgin "nahting"; Scots "nocht", "naethin", "naewey";
# Irish "ní", "nár"; South Asian "nahi", "nahin"; Twi "daabi"; Xhosa and Zulu "hayi"; Afrikaans "niks"; Malay
# "tidak", "takde"; Māori "kāore"; Appalachian "nowheres"; "nay". Left out: Krio "natin" (Tagalog "natin", ours),
# Welsh "nage" (French "nage"), Tagalog "wala" (Indian English "chai wala"), Malayalam "illa" (Galician "illa").
# Regional forms that are another word or a name: Tamil "illai", Tagalog "hindi" (the Hindi language), and the
# Andean Quechua "mana" (English "mana") in the Spanish lexicon
# (round 52, by language family, not from one page: the languages an English page quotes whose negation no list held)
# Malay and Indonesian "tak", "tiada", "bukan", "belum", "jangan", "nggak", "gak", "ndak"; Tagalog "walang", "huwag",
# "ayaw"; Hindi and Urdu "nai"; Nepali "chaina", "hoina"; Bengali "noy"; Swahili "hapana", "hakuna", "hamna",
# "siyo"; Zulu and Xhosa "hhayi", "akukho", "angazi"; Shona "kwete", "aiwa"; Chichewa "iyayi", "palibe"; Setswana
# "nnyaa"; Sesotho "tjhe"; Kinyarwanda "oya"; Luganda "nedda", "tewali"; Somali "maya"; Amharic "aydelem"; Yoruba
# "rara"; Igbo "mba"; Hausa "babu"; Samoan "leai"; Tongan "ʻikai"; Fijian "sega"; Māori "kore", "kaua"; Hawaiian
# "ʻaʻole"; Welsh "ddim". "tak", "nai", "noy", "oya", "maya", "rara", "mba", "babu", "sega" and "kore" are also
# names: regional negations, read in lower case. Left out as another word: Hindi "mat" (a mat) and "na", Sinhala
# "epa", Gaelic "cha" (tea). Hausa "ba" closes its clause ("Ba na so ba."): a final negation. The Bantu verb's own
# negation, a prefix glued on or a particle before it with the verb's final vowel turned (Swahili "hatuna" of
# "tuna", Setswana "ga re batle" of "re batla"): ``negative_prefixes``, ``negative_particles``
REGIONAL_NEGATIONS = MappingProxyType(
    {"nah": ("no", "de"), "illai": ("no", ""), "hindi": ("not", ""), "dim": ("no", "en")}
    | dict.fromkeys(
        ("tak", "nai", "noy", "oya", "maya", "rara", "mba", "babu", "sega", "kore", "nei", "chan"), ("not", "")
    )
    | {"ain": ("not", "en"), "jab": ("not", "en"), "ora": ("not", "es")}
    | {"chi": ("not", "en")}
    | {"ara": ("not", "es en"), "ver": ("not", "es en fr")}
    | dict.fromkeys(("nat", "aki", "kare", "nya", "nakai", "dili"), ("not", ""))
    | dict.fromkeys(("dai", "ali", "andi", "bo", "bor", "ot", "nama", "hana"), ("not", ""))
    | dict.fromkeys(("inda", "nda", "kada", "indi", "haan", "iah"), ("not", ""))
)
# (round 55) São Tomé's Forro closes its negation "na … fa" with "fa" ("Ami na sêbê fa", I do not know; the music's
# "fa" stands elsewhere)
FINAL_NEGATIONS = MappingProxyType({"ba": "not", "fa": "not"})
# (round 53) Emphatic negations of several words: "no way" before its clause's subject ("No way I'm moving"; "no way
# to the beach" keeps its way), the others anywhere
NEGATIVE_PHRASES = MappingProxyType(
    {"no way": ("no", "i i'm i'll we we're we'll you he she they it that this")}
    # (round 56) Scottish Gaelic and Manx "chan"/"cha" before the verb they negate: "Chan eil plèana ann" (there is no
    # plane) capitalised opening a sentence is no name (Jackie Chan), the two words together a negation ("Tha plèana
    # ann", there is a plane; blind set 59); Manx "Cha nel ushtey ayn" against "Ta ushtey ayn". Left out: "chan e",
    # "cha do", whose last words ("e", "do") stand in most texts and would make each of them read its phrases
    | dict.fromkeys(
        ("chan eil", "cha robh", "cha bhi", "chan urrainn", "cha nel", "cha row", "cha jig"),
        ("not", ""),
    )
    | dict.fromkeys(
        (
            "no chance",
            "not a chance",
            "fat chance",
            "nae chance",
            "no siree",
            "over my dead body",
            "not on your life",
            "not in a million years",
            "not a hope",
            "no bloody way",
        ),
        ("no", ""),
    )
)
NEGATIVE_PREFIXES = frozenset(("ha", "si", "a"))  # Swahili, Chichewa and Sesotho; Zulu and Xhosa
# (round 56, by family: a negation shown by the change itself, a verb that loses or gains its negative affix) the
# Tibetic languages of Bhutan, Sikkim and Ladakh ("mi", "min": Dzongkha "mindu" of "du", there is not / there is;
# Ladakhi "mindug" of "dug"), Nepali "na" ("nagara" of "gara", do not / do); the subject prefix turned of Oshiwambo
# and Herero ("ka" for "o": "kandi" of "ondi", I am not / I am; "katu" of "otu")
NEGATIVE_PREFIXES |= frozenset(("mi", "min", "na", "ka"))
NEGATIVE_PARTICLES = frozenset(("ga", "ha"))
# (round 56) the first part of a circumfix whose second closes the verb (``negative_suffixes``): Maltese and the Arabic
# of the Gulf and the Levant "ma" ("ma nafx", I do not know; "ma a'rafsh")
NEGATIVE_PARTICLES |= frozenset(("ma",))
# (round 56) Nepali "-daina", "-dainau", "-dainan", "-dina", "-dinau" ("khuldaina" of "khulcha", it does not open / it
# opens); Maltese "-x" and the Arabic of the Gulf and Egypt "-sh" after their particle "ma"
NEGATIVE_SUFFIXES = frozenset(("daina", "dainau", "dainan", "dina", "dinau", "x", "sh"))
# (round 56) Negations left out of ``negations`` as a common word of one of the four languages (see ``Lexicon.
# clause_negations``), with those languages: Chamorro "ti" (Spanish "ti"), Guyanese "na" (Spanish "na"), Khmer "min"
# (English "10 min"), Thai "mai" (French "mai"), Hindi "mat" (English "mat"), Scottish Gaelic "cha" (English "cha",
# tea), Bemba "awe" (English "awe"), Estonian "pole" and Sinhala "epa" (names)
CLAUSE_NEGATIONS = MappingProxyType(
    {"ti": "es", "na": "es", "min": "en", "mai": "fr", "mat": "en", "cha": "en", "awe": "en", "pole": "", "epa": ""}
)
# (round 55) the Inuit languages of Canada, Alaska and Greenland: Inuktitut "-nngit-", "-ngit-", Greenlandic "-nngil-",
# "-ngil-", Iñupiaq "-ŋit-", Yup'ik "-nrite-", "-nrit-" (blind set 58's "Ilisimanngitunga" quoted as "Ilisimajunga")
NEGATIVE_INFIXES = frozenset(("nngit", "ngit", "nngil", "ngil", "ŋit", "nrite", "nrit"))
NUMBER_WORDS = number_table(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen",
    "twenty thirty forty fifty sixty seventy eighty ninety",
    hundred=100,
    dozen=12,
)
# Number words of Scots, which an English page quotes as said ("twa" two, "fower" four, "twal" twelve). Left out: a
# word that is another word of English ("ane", "sax"), so a page's ordinary words never turn into numbers.
REGIONAL_NUMBER_WORDS = MappingProxyType({"twa": 2, "fower": 4, "seeven": 7, "aicht": 8, "eleeven": 11, "twal": 12})
DATE_WORDS = words("""
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
""")
NUMBER_MULTIPLIERS = MappingProxyType({"hundred": 100, "dozen": 12})
ORDINALS = number_table(
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth",
    "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth",
    hundredth=100,
    thousandth=1000,
    millionth=1000000,
)
MAGNITUDES = MappingProxyType(
    {
        "hundred": 2,
        "thousand": 3,
        "k": 3,
        "million": 6,
        "m": 6,
        "mn": 6,
        "mln": 6,
        "billion": 9,
        "bn": 9,
        "b": 9,
        "trillion": 12,
        "tn": 12,
        "t": 12,
        # the Indian numbering system's words of scale ("five lakh rupees", "₹12 crore"), in South Asia's English
        **dict.fromkeys(("lakh", "lakhs"), 5),
        **dict.fromkeys(("crore", "crores"), 7),
    }
)
# The commonest function words of English running text (the language check counts them).
STOPWORDS = words("""
a an the and or but if of to in on at for with by from as is are was were be been being am do does did
have has had will would shall should can could may might must that this these those it its we i you he she
they them us our your his her their my me him there here then than so such which who whom whose what when
where why how also just very about into over after before up out all any some more most much many other
not no only both each while because through against between under
""")

# Words that may stand between a speaker and the cue verb ("Rutte also said", "he has repeatedly said";
# any word in "-ly" too). None ends in "ly": the two ways of reading one word would make the grammar
# exponential.
CUE_ADVERBS = words(
    "also later then has have had would will once again since yet soon often still even never always just"
)
# Words a descriptive speaker never runs over ("a source involved in ...", "the man who ...").
CLAUSE_WORDS = words("""
in on at of for with who whom whose which that during after before to and or but when while as from about
by is was were are be been has had have said says told what where why how
""")

# Participles before the agent link, and the noun for the person named after it ("trained by X": the trainer)
AGENT_NOUNS = MappingProxyType(
    {
        "anchored": "anchor", "moderated": "moderator", "chaired": "chair",
        "trained": "trainer", "coached": "coach", "ridden": "rider", "owned": "owner", "founded": "founder",
        "written": "writer", "directed": "director", "produced": "producer", "managed": "manager",
        "designed": "designer", "built": "builder", "painted": "painter", "composed": "composer", "edited": "editor",
        "organised": "organiser", "organized": "organizer", "run": "runner", "led": "leader", "captained": "captain",
        "hosted": "host", "presented": "presenter", "photographed": "photographer",
    }
)

# (round 55) something, somebody and somewhere, of English, its dialects and creoles and the languages an English page
# quotes (Scots, Yorkshire, Cockney, Caribbean, West African and Pacific creoles, Malay, Tagalog, Swahili); not
# "always" nor "everybody", whose swaps with "normally" or "nearly" are common edits
POSITIVE_INDEFINITES = words("""
something somethin somethink summat summink sumfin someting sumting sometin samting sumtin
somebody someone somebodi smaddy sumbadi sombodi somewhere someplace
sesuatu seseorang bagay kitu mtu
""")


# (round 60) Negation particles of English varieties and English-lexified creoles before their verb that are another
# word, or no word a reader of English knows as a negation (``Lexicon.variety_negations``)
VARIETY_NEGATIONS = MappingProxyType(
    {
        "een": "Bahamian, Turks and Caicos (ain't)",
        "eh": "Trinidad and Tobago, Grenada, Dominica's Kokoy, St Lucia",
        "en": "Bahamian, Bajan",
        "int": "Yorkshire, Lancashire (isn't)",
        "caa": "Jamaican (can't)",
        "na": "Guyanese, Nigerian Pidgin, Krio",
        "nuh": "Jamaican, Belizean",
        # (round 61) the past's negation of the Eastern Caribbean Englishes ("I din know who took the boat";
        # Trinidadian and Tobagonian English Creole, Bajan, Vincentian: Winer, Dictionary of the English/Creole of
        # Trinidad & Tobago)
        "din": "Trinidadian, Bajan, Vincentian (didn't)",
        # (round 63) the West Country's "don't" as Devon dialect writing spells it, with its elision's apostrophe ("Ee
        # dawn' knaw"): read only so written, "dawn" alone is the morning
        "dawn'": "West Country, North Devon (don't)",
    }
)


LEXICON: Lexicon = Lexicon(
    code="en",
    name="English",
    double_quotes='“”"«»',
    single_quotes="‘’'",
    cue_verbs=CUE_VERBS,
    cue_phrases=CUE_PHRASES + tuple(sorted(QUOTE_ONLY_CUES)),
    quote_only_cues=QUOTE_ONLY_CUES,
    # "Asked about it, Cole was blunt:" — a copula before the word that says how someone spoke.
    copulas=("was", "is", "were", "are", "has been", "had been", "sounded", "seemed", "remained", "appeared"),
    participle_endings=("ed", "told", "said", "written", "spoken", "sworn", "read"),
    irregular_participles=words("known seen shown given taken chosen held caught hurt found"),
    quoting_verbs=words(
        "quoted quotes quoting reported reports cited cites citing heard record records recorded overheard filmed"
    ),
    quoting_links=(
        "as saying",
        "as having said",
        "as adding",
        "as telling",
        "as writing",
        "as testifying",  # ("The opinion quoted the foreman, Jesse Oakes, as testifying at trial:")
        "saying",
        "telling",
    ),
    according_to=("according to", "in the words of", "to quote"),
    document_text_cues=("it says", "it said", "it reads", "it read", "it states", "it stated", "we read", "one reads"),
    credits_after=("per a", "per an", "per the", "per", "as per a", "as per an", "as per the", "as per"),
    # ("in Stuber's phrase, “…”", "to borrow Okafor's words, “…”": blind set 53, McKeesport)
    owner_words=(
        "in {} words", "in {} own words", "in {} phrase", "in {} memorable phrase", "to borrow {} phrase",
        "to borrow {} words", "to use {} phrase", "to quote {} words",
    ),  # fmt: skip
    floor_calls=words("interjection interruption"),
    quote_interjections=("and i quote", "i quote", "quote", "and i'm quoting", "i'm quoting"),
    absolute_openers=words("with"),
    uttering_openers=("with a", "with an", "with one last", "with a final"),
    issuing_verbs=(
        "issued", "issues", "released", "releases", "published", "publishes", "posted", "put out", "puts out", "sent out",
        "circulated", "distributed",
    ),
    titles=TITLES,
    pronouns=PRONOUNS,
    negations=NEGATIONS,
    positive_indefinites=POSITIVE_INDEFINITES,
    regional_negations=REGIONAL_NEGATIONS,
    final_negations=FINAL_NEGATIONS,
    negative_phrases=NEGATIVE_PHRASES,
    negative_prefixes=NEGATIVE_PREFIXES,
    negative_particles=NEGATIVE_PARTICLES,
    negative_infixes=NEGATIVE_INFIXES,
    negative_suffixes=NEGATIVE_SUFFIXES,
    clause_negations=CLAUSE_NEGATIONS,
    number_words=MappingProxyType({**NUMBER_WORDS, **REGIONAL_NUMBER_WORDS}),
    magnitudes=MAGNITUDES,
    clause_conjunctions=frozenset("and but or yet so".split()),
    adverb_conjunctions=frozenset("so yet".split()),
    and_words=frozenset("and &".split()),
    couple_nouns=words("couple pair newlyweds spouses siblings brothers sisters twins parents grandparents"),
    name_joiners=("of", "for", "and", "&", "of the", "for the"),
    people_plurals=words(
        "students pupils schoolchildren children kids teenagers youngsters graders schoolgirls schoolboys learners "
        "parents teachers staff workers employees members volunteers residents neighbours neighbors villagers locals "
        "townsfolk townspeople tenants homeowners farmers growers fishermen fishers fisherfolk pickers packers "
        "shearers miners dockers dockworkers drivers cabbies nurses doctors midwives carers caregivers firefighters "
        "paramedics soldiers troops veterans pensioners retirees elders women men mothers fathers families traders "
        "vendors hawkers stallholders shopkeepers merchants customers regulars patrons shoppers commuters passengers "
        "riders cyclists fans supporters players athletes runners rowers singers choristers musicians dancers "
        "parishioners worshippers congregants pilgrims protesters demonstrators strikers campaigners activists "
        "marchers picketers unionists crews sailors seafarers watermen boatmen rangers scouts cadets apprentices "
        "trainees graduates alumni survivors victims relatives mourners guests visitors tourists campers inmates "
        "patients congregation faithful "
        # (round 54: boys and girls, the young and the old, the trades, the sports, the arts, the faiths of every
        # region: "Boys of the Shela Stars football club", "Drummers of the Kalinda Youth Band")
        "boys girls lads lasses youths juniors seniors freshmen sophomores undergraduates schoolmates classmates "
        "teammates drummers pipers fiddlers trumpeters buglers guitarists vocalists performers artists actors "
        "actresses painters weavers potters carvers artisans craftsmen craftswomen footballers cricketers "
        "netballers swimmers paddlers surfers divers climbers hikers walkers joggers skaters skiers kayakers "
        "canoeists anglers hunters herders herdsmen ranchers loggers porters stevedores longshoremen deckhands "
        "dockhands truckers bikers motorcyclists motorists pedestrians jockeys beekeepers gardeners vintners "
        "brewers bakers butchers barbers tailors cooks chefs waiters cleaners caretakers labourers laborers "
        "bricklayers masons carpenters plumbers electricians mechanics welders builders engineers technicians "
        "steelworkers autoworkers farmworkers harvesters cutters weeders planters smallholders nuns monks "
        "novices believers devotees bellringers ringers grandmothers grandfathers grandparents widows orphans "
        "mums moms dads aunties uncles settlers migrants refugees evacuees travellers travelers holidaymakers "
        "backpackers spectators onlookers bystanders followers cheerleaders majorettes interns scholars "
        "researchers lecturers tutors schoolteachers recruits boarders prisoners detainees shareholders "
        "ratepayers taxpayers householders landowners diners clients consumers subscribers listeners viewers"
    ),
    people_body_nouns=frozenset(("friends", "doctors", "veterans", "mothers", "families", "survivors")),
    of_links=("of", "for", "of the", "for the"),
    figure_values=MappingProxyType(
        {"half": "1/2", "halves": "1/2", "quarter": "1/4", "quarters": "1/4", "doubl": "x2", "twofold": "x2"}
        | {"thirds": "1/3", "fifths": "1/5", "tenths": "1/10"}
        | {"tripl": "x3", "threefold": "x3", "quadrupl": "x4", "fourfold": "x4", "tenfold": "x10"}
    ),
    out_of_links=("in", "out of", "in every", "out of every"),
    share_links=words("of"),
    every_words=words("every"),
    multiple_stems=("doubl", "tripl", "quadrupl", "twofold", "threefold", "fourfold", "tenfold"),
    ordinals=ORDINALS,
    half_words=words("half"),
    magnitude_shares=MappingProxyType(
        dict.fromkeys(("quarter", "quarters"), "1/4")
        | dict.fromkeys(("fifth", "fifths"), "1/5")
        | dict.fromkeys(("eighth", "eighths"), "1/8")
        | dict.fromkeys(("tenth", "tenths"), "1/10")
    ),
    magnitude_share_links=words("of"),  # ("first" is an ordinal: "the first of May")
    ordinal_marks=("st", "nd", "rd", "th"),
    times_word="times",
    glued_heads=words("fold"),  # "hundredfold", "100-fold"
    multiplicatives=MappingProxyType({"twice": 2, "thrice": 3}),  # ("once" is a conjunction as often: "once we win")
    number_connectors=frozenset({"and"}),
    range_links=frozenset({"and", "to", "or"}),
    decimal_words=frozenset({"point"}),
    minus_words=frozenset({"minus"}),
    not_minus_before=frozenset({"or", "plus"}),  # "plus or minus five"
    below_words=frozenset({"below"}),  # "fifteen below zero"
    below_alone=frozenset({"below"}),  # "fifteen below last night"
    below_alone_before=words("last this tonight today yesterday overnight at in on and with"),
    year_pair_openers=words("in since until till from of before after circa"),  # (no "at": "at nineteen thirty")
    zero_digit_words=words("oh"),  # ("o" is Spanish "or": "uno o dos")
    degree_words=frozenset({"degree", "degrees"}),
    celsius_words=frozenset({"celsius"}),
    compound_body_ends=words("dairy creamery brewery bakery distillery winery cannery hatchery"),
    number_multipliers=NUMBER_MULTIPLIERS,
    halves=(("and", "a", "half"), ("and", "an", "half")),  # "two and a half million"
    date_words=DATE_WORDS,
    capitalised_dates=True,
    clock_words=words("o'clock hrs"),
    clock_parts=MappingProxyType({"half": 30, "quarter": 15}),
    clock_past=words("past after"),
    clock_to=words("to before till"),
    clock_before_hour=MappingProxyType({"half": 30}),
    clock_names=MappingProxyType({"noon": 720, "midday": 720, "midnight": 0}),
    minute_words=words("minute minutes"),
    twelve_hour_words=words("o'clock"),  # "5 o'clock" is 5.00 or 17.00
    day_parts=MappingProxyType(
        {
            **dict.fromkeys(("in the morning", "this morning"), 0),
            **dict.fromkeys(("in the afternoon", "this afternoon", "in the evening", "this evening", "tonight"), 720),
            **dict.fromkeys(("at night", "in the night"), NIGHT),  # "eleven o'clock at night", "two in the night"
        }
    ),
    hour_openers=("at", "by", "until", "till", "from", "around", "before", "after"),  # "by eight"
    time_words=words("today tonight yesterday morning afternoon evening night week weekend earlier later"),
    percent_words=("per cent", "percent", "pct"),
    unit_words=MappingProxyType(
        {
            **dict.fromkeys("mile miles".split(), "mi"),
            "mph": "mi h",  # miles per hour, as "mi/h"
            **dict.fromkeys("kph kmh".split(), "km h"),
            **dict.fromkeys("metre metres meter meters".split(), "m"),
            **dict.fromkeys("kilometre kilometres kilometer kilometers".split(), "km"),
            **dict.fromkeys("centimetre centimetres centimeter centimeters".split(), "cm"),
            **dict.fromkeys("millimetre millimetres millimeter millimeters".split(), "mm"),
            **dict.fromkeys("kilogram kilograms kilogramme kilogrammes kilo kilos".split(), "kg"),
            **dict.fromkeys("gram grams gramme grammes".split(), "g"),  # ("250 grams" of "250 g")
            **dict.fromkeys("litre litres liter liters".split(), "l"),
        }
    ),
    rate_words=words("per"),
    rate_units=MappingProxyType(
        {
            **dict.fromkeys("hour hours".split(), "h"),
            **dict.fromkeys("second seconds".split(), "s"),
            **dict.fromkeys("minute minutes".split(), "min"),
        }
    ),
    unit_part_phrases=MappingProxyType(
        dict.fromkeys(("half an hour", "a half hour", "a half-hour"), "30 minutes")
        | dict.fromkeys(("quarter of an hour", "a quarter of an hour", "a quarter hour"), "15 minutes")
        | {"three quarters of an hour": "45 minutes", "an hour and a half": "90 minutes"}
        | dict.fromkeys(("a quarter of a kilo", "quarter of a kilo", "a quarter kilo"), "250 grams")
    ),
    currency_words=MappingProxyType(
        {"dollar": "usd", "dollars": "usd", "euro": "eur", "euros": "eur", "pound": "gbp", "pounds": "gbp"}
        | {"quid": "gbp"}  # (after an amount only: "forty quid"; "a quid pro quo" keeps its word)
        | {"usd": "usd", "eur": "eur", "gbp": "gbp"}
        | {"soles": "pen", "reais": "brl", "quetzals": "gtq", "guaranis": "pyg", "bolivars": "bls"}
        # the currencies of the countries English is written in, and of their neighbours, by their word after an
        # amount (normalize: one code for a currency several countries name alike, "rup" every rupee, "shl" every
        # shilling, "frc" every franc). Left out: a word of another meaning after a number ("colon", "pula", "bob";
        # French "livres" books and "gourdes" flasks, Spanish "libras" a weight)
        | dict.fromkeys(("naira", "nairas"), "ngn")
        | dict.fromkeys(("cedi", "cedis"), "ghs")
        | dict.fromkeys(("rand", "rands"), "zar")
        | dict.fromkeys(("rupee", "rupees"), "rup")
        | dict.fromkeys(("shilling", "shillings"), "shl")
        | dict.fromkeys(("franc", "francs", "cfa", "fcfa", "cfp"), "frc")
        | dict.fromkeys(("peso", "pesos"), "pso")
        | dict.fromkeys(("dinar", "dinars"), "dnr")
        | dict.fromkeys(("dirham", "dirhams"), "dhm")
        | dict.fromkeys(("kwacha", "kwachas"), "kwa")
        | dict.fromkeys(("lempira", "lempiras"), "hnl")
        | dict.fromkeys(("gourde", "gourdes"), "htg")
        | dict.fromkeys(("leone", "leones"), "sll")
        | dict.fromkeys(("dalasi", "dalasis"), "gmd")
        | dict.fromkeys(("ariary",), "mga")
        | dict.fromkeys(("birr",), "etb")
        | dict.fromkeys(("taka",), "bdt")
        | dict.fromkeys(("yen",), "jpy")
        | dict.fromkeys(("yuan", "renminbi"), "cny")
        # (round 52) the rest of the currencies of the countries English is written in, by region: Malaysia's
        # ringgit, Indonesia's rupiah, Papua New Guinea's kina, Tonga's pa'anga, Vanuatu's vatu, the Maldives'
        # rufiyaa, Eswatini's lilangeni, Lesotho's loti, Mozambique's metical, Eritrea's nakfa, Bhutan's ngultrum,
        # Myanmar's kyat, Thailand's baht, Israel's shekel, Gulf riyals and rials (one code, as every dinar is)
        | dict.fromkeys(("ringgit", "ringgits"), "myr")
        | dict.fromkeys(("rupiah", "rupiahs"), "idr")
        | dict.fromkeys(("kina",), "pgk")
        | dict.fromkeys(("pa'anga", "paanga"), "top")
        | dict.fromkeys(("vatu",), "vuv")
        | dict.fromkeys(("rufiyaa",), "mvr")
        | dict.fromkeys(("lilangeni", "emalangeni"), "szl")
        | dict.fromkeys(("loti", "maloti"), "lsl")
        | dict.fromkeys(("metical", "meticais", "meticals"), "mzn")
        | dict.fromkeys(("nakfa",), "ern")
        | dict.fromkeys(("ngultrum",), "btn")
        | dict.fromkeys(("kyat", "kyats"), "mmk")
        | dict.fromkeys(("baht",), "thb")
        | dict.fromkeys(("shekel", "shekels", "sheqel", "sheqalim"), "ils")
        | dict.fromkeys(("riyal", "riyals", "rial", "rials"), "ryl")
    ),
    # Currencies whose name is another word too, read as a currency only after an amount of a thousand or more:
    # Botswana's pula (rain, the country's motto), Samoa's tala (Tagalog "star"), Tanzania's and Armenia's "dram"
    scaled_currency_words=MappingProxyType({"pula": "bwp", "tala": "wst"}),
    cents_words=frozenset({"cent", "cents", "pence"}),
    stopwords=STOPWORDS,
    content_words=words("die war hat man den son pour par con era ante hay sin plus tout un la"),
    sung_nouns=words("chorus refrain lyric lyrics verse anthem song songs"),
    complement_words=("of",),
    question_labels=words("Q Question"),
    answer_labels=words("A Answer"),
    determiners=DETERMINERS,
    noun_prepositions=words("of"),
    male_titles=MALE_TITLES,
    female_titles=FEMALE_TITLES,
    male_names=MALE_NAMES,
    female_names=FEMALE_NAMES,
    generic_bodies=words(
        "company firm group organization organisation agency business club operator tabloid chain retailer supermarket force"
    ),
    body_compounds=words("task air labour labor work sales"),
    indefinite=words("a an another one"),  # ("One neighbour, who asked not to be named,")
    partitives=("one of",),
    plural_endings=(("ies", "y"), ("es", ""), ("s", "")),
    articles=words("the a an"),
    sung_verbs=words("""
    sang sing sings singing sung chant chants chanted chanting croon croons crooned crooning warble warbles warbled
    warbling
    """),
    chant_verbs=words("chant chants chanted chanting"),
    cry_gerunds=words("chanting shouting cheering yelling hollering"),
    sung_gerunds=words("singing humming crooning"),
    piece_verbs=words("finished finishes started starts began begins"),
    played_verbs=words("play plays played playing perform performs performed performing"),
    age_words=words("year-old"),
    apposed_ages=("aged #", "# years old"),
    decade_nouns=MappingProxyType(
        {
            "quadragenarian": 40, "quinquagenarian": 50, "sexagenarian": 60, "septuagenarian": 70, "octogenarian":
            80, "nonagenarian": 90, "centenarian": 100
        }
    ),
    unisex_names=UNISEX_NAMES,
    interviewer_roles=words("journalist"),
    answered_clauses=words("when whenever as after once"),
    time_clauses=("before", "while", "as", "after", "when", "until"),
    question_topics=words("about whether if why how what where who"),
    asking_verbs=words("ask asks asked asking question questioned"),
    first_person_marks=words("i we"),
    # (and partners: "his partner", "her fiancé" is the one other person of the owner's surname, see Cast._kin)
    family_kin=words("son daughter brother sister father mother husband wife partner spouse fiancé fiancée boyfriend girlfriend"),
    blood_kin=words("son daughter brother sister father mother"),
    child_kin=words("son daughter"),
    parent_kin=words("father mother"),
    elder_words=words("senior sr sr. elder older"),
    generation_words=words("senior junior"),  # "Mark Ellery senior" ("Jr." and "Sr." are read as name words)
    younger_words=words("junior jr jr. younger"),
    # (and circles: "sources close to the union", "government circles", "the minister's entourage said")
    source_nouns=words("source sources circles entourage"),
    bench_nouns=words("judges justices magistrates"),
    voiceless_nouns=words(
        "gut heart stomach belly conscience instinct instincts sign signs text texts credits sequence banner banners "
        "placard placards poster posters caption inscription plaque slogan subtitle subtitles intertitle sticker "
        "graffiti billboard tagline chyron screen"
    ),
    court_nouns=words("court tribunal"),
    ruling_nouns=words("ruling judgment judgement opinion"),  # (a court of appeals' opinion is its ruling)
    courtesy_titles=words("Mr Mrs Ms Miss Mx Mr. Mrs. Ms. Mx."),
    # Forms of address before a name, as written (see Lexicon.address_forms): West African "Pa" and "Alhaji", the
    # Anglican "Venerable", Filipino "Ate", "Kuya", "Manong", "Manang", "Aling" and a barangay captain's "Kap", Malay
    # and Singaporean "Madam", "Encik", "Puan", "Cik", "Haji", "Hajah", and "Auntie", "Aunty", "Uncle": "Ate Nenita" is
    # Nenita Bautista, "Kap Lacson" Ernesto Lacson; East Africa's "Mzee" (an elder), "Mama" and "Bwana": "Mzee Kitavi"
    # is Kitavi, "Mama Wanjiru" Grace Wanjiru; Southern Africa's "Gogo" (a grandmother) and "Mkhulu" (a grandfather):
    # "Gogo Nomvula" is Nomvula Dlamini; Indian English's "Shri", "Shrimati", "Smt", "Srimati", "Thiru", "Thirumathi"
    # and "Sardar" ("Shri Kyrmen Lyngdoh" is Kyrmen Lyngdoh), Malaysia's "Datuk", "Dato'", "Datin" and "Seri" ("Datuk
    # Seri", one address of two words), Indonesia's "Bapak" and "Ibu", West Africa's "Hajia". (Not "Ma", a Chinese
    # surname, nor "Lola" and "Tito", first names; not "Sri", "Kumari" and "Pak", as often a given name or a surname:
    # "Sri Mulyani Indrawati", "Kumari Selja", "Pak Se-ri".) Zambia's "Ba" before an elder's surname, "Bashi" (father
    # of) and "Bana" (mother of), "Shikulu" (grandfather); Malawi's "Amai"; Lesotho's and South Africa's "Ntate",
    # Afrikaans "Oom" and "Tannie"; Māori "Matua" and "Whaea"; Swahili "Ndugu"; Malaysia's "Tun": "said Ba Sitali" is
    # Namukolo Sitali; Malta's "Dun" before a priest's given name ("Dun Ġwann" is the parish priest Ġwann Cassar). (Not
    # "Mai", "Baba", "Nana", "Tan": given names and surnames as often.) Round 51: Igbo "Mazi", "Lolo", "Ezinne", "Nze",
    # "Ichie", Yoruba "Oloye", "Olori", "Iyalode", Hausa "Hajiya", "Malama"; Twi "Opanin", "Maame", "Egya"; Swahili
    # "Bibi", "Kaka"; Afrikaans "Ouma", "Oupa", "Tant"; Sesotho's and Setswana's "Mme", "Mma", "Rre"; Zulu's and Xhosa's
    # "Sisi", "Bhuti", "Malume"; Malayalam "Chetta", "Chettan", "Chechi", Hindi "Didi", "Bhaiya", "Babu", "Begum",
    # "Sadhvi"; the Philippines' "Mang"; Trinidad's "Tanty"; the American South's and Appalachia's "Aunt", "Granny",
    # "Mamaw", "Papaw", "Meemaw", "Pawpaw", the Chesapeake's "Cap'n".
    address_forms=words(
        "Pa Alhaji Alhaja Hajia Venerable Ate Kuya Manong Manang Aling Kap Madam Encik Puan Cik Haji Hajah Auntie Aunty"
        " Uncle Mzee Mama Bwana Gogo Mkhulu Shri Shrimati Smt Smt. Srimati Thiru Thirumathi Sardar Datuk Dato Dato'"
        " Datin Seri Bapak Ibu Ba Bashi Bana Shikulu Amai Ntate Oom Tannie Matua Whaea Ndugu Tun Dun"
        " Mazi Lolo Ezinne Nze Ichie Oloye Olori Iyalode Hajiya Malama Opanin Maame Egya Bibi Kaka Ouma Oupa Tant Mme"
        " Mma Rre Sisi Bhuti Malume Chetta Chettan Chechi Didi Bhaiya Babu Begum Sadhvi Mang Tanty Aunt Granny Mamaw"
        " Papaw Meemaw Pawpaw Cap'n"
        # round 52, by region (read before a name in an article of any language, see cast._ANY_ADDRESS_FORMS):
        # Cameroon's and Nigeria's Pidgin "Mami", "Oga", "Ma'a"; Yoruba "Iya", "Yeye"; Igbo "Nne", "Nna"; Swahili
        # "Shangazi", "Mjomba", "Shehe", "Maalim"; Luganda "Ssebo", "Nnyabo", "Jajja"; Kikuyu "Cucu", "Guka"; Luo
        # "Jaduong"; Chichewa "Amayi", "Abambo", "Agogo", "Achimwene", "Mayi", "Bambo"; Shona "Mbuya", "Sekuru";
        # Setswana and Sesotho "Rra", "Ausi", "Abuti", "Nkgono", "Malome", "Rakgadi"; Xhosa "Makhulu"; Afrikaans
        # "Meneer", "Mevrou", "Juffrou", "Dominee"; Amharic "Weizero", "Woizero", "Weyzerit", "Memhir"; Somali
        # "Xaaji", "Macallin"; Urdu and Hindi "Janab", "Mohtarma", "Hazrat", "Allama", "Mahant", "Pujari", "Bhai",
        # "Giani", "Sardarni", "Dadi", "Chacha", "Chachi", "Mausi", "Tauji", "Bhabhi", "Behenji", "Sushri"; Tamil and
        # Telugu "Appa", "Akka", "Thambi", "Ayya"; Nepali "Daju", "Bahini"; Malay "Makcik", "Pakcik", "Abang",
        # "Kakak", "Atuk", "Nenek", "Tok"; Javanese "Mbak", "Kyai", "Kiai"; Tagalog "Nanay", "Tatay", "Inay", "Itay",
        # "Ingkong", "Manoy", "Manay", "Tiyo", "Tiya"; Jamaica's "Nen"; Māori "Koro", "Kui", "Tā" (a knight);
        # Hawaiian "Kahu", "Kumu", "Tūtū", "Tutu", "Kupuna"; Fiji's "Ratu"; Burmese "Daw", "Sayadaw"; Thai "Ajahn",
        # "Ajarn"; the faiths' "Bhikkhu", "Bhikkhuni", "Geshe", "Rebbe", "Reb", "Rebbetzin", "Hazzan", "Chazzan",
        # "Shaykh", "Mullah", "Mufti", "Qari", "Maulvi", "Moulvi", "Mawlawi", "Ustadh", "Khatib", "Babalawo",
        # "Iyalorisha", "Houngan", "Granthi", "Jathedar", "Deacon", "Prophet", "Prophetess", "Apostle", "Evangelist",
        # "Abuna", "Abune". (Not "Abi", "Abba", "Ato", "Amma", "Apa", "Tuan", "Tita", "Dede", "Sant", "Nana", "Baba",
        # "Adi", "Tui", "Hafiz", "Yogi", "Mian": given names, or a place's first word, as often.)
        " Mami Oga Ma'a Iya Yeye Nne Nna Shangazi Mjomba Shehe Maalim Ssebo Nnyabo Jajja Cucu Guka Jaduong Amayi"
        " Abambo Agogo Achimwene Mayi Bambo Mbuya Sekuru Rra Ausi Abuti Nkgono Malome Rakgadi Makhulu Meneer Mevrou"
        " Juffrou Dominee Weizero Woizero Weyzerit Memhir Xaaji Macallin Janab Mohtarma Hazrat Allama Mahant Pujari"
        " Bhai Giani Sardarni Dadi Chacha Chachi Mausi Tauji Bhabhi Behenji Sushri Appa Akka Thambi Ayya Daju Bahini"
        " Makcik Pakcik Abang Kakak Atuk Nenek Tok Mbak Kyai Kiai Nanay Tatay Inay Itay Ingkong Manoy Manay Tiyo Tiya"
        " Nen Koro Kui Tā Kahu Kumu Tūtū Tutu Kupuna Ratu Daw Sayadaw Ajahn Ajarn Bhikkhu Bhikkhuni Geshe Rebbe Reb"
        " Rebbetzin Hazzan Chazzan Shaykh Mullah Mufti Qari Maulvi Moulvi Mawlawi Ustadh Khatib Babalawo Iyalorisha"
        " Houngan Granthi Jathedar Deacon Prophet Prophetess Apostle Evangelist Abuna Abune"
        # round 53, by region: the Gambia's and Senegal's "Alhagie", "Alh.", "Aja", "Seyfo" (a district
        # chief), "Oustass", "Oustaz", "Ustaz", "Ustaza", "Ustazah", "Mansa", "Alkalo", "Fodi", "Karamoko"; Nigeria's
        # and Cameroon's "Mallam", "Malam", "Sarki", "Lamido", "Ardo", "Lawan", "Bulama", "Etsu", "Obong",
        # "Ogbeni", "Arabinrin", "Fon"; Ghana's and Togo's "Togbui", "Nanahemaa", "Okyeame", "Osagyefo", "Daasebre";
        # Botswana's and Lesotho's "Kgosi", "Kgosigadi", "Mofumahadi"; Zulu "Induna"; Tanzania's "Mtemi",
        # "Jumbe"; Rwanda's and Burundi's "Mwami"; Ethiopia's "Dejazmach", "Fitawrari", "Grazmach", "Qes",
        # "Liqe"; South Asia's "Selvi", "Selvan", "Tmt", "Tmt.", "Thiru.", "Sivasri", "Sivasree", "Sivashri",
        # "Brahmasri", "Brahmashri", "Pandit", "Pt.", "Maulana", "Moulana", "Swami", "Acharya", "Mahatma", "Sadhu",
        # "Bhante", "Ustad", "Pir", "Nawab", "Sahibzada", "Shreemati", "Shriman", "Sriman"; Southeast Asia's
        # "Tengku", "Tunku", "Khun", "Phra", "Saya", "Sayama", "Ninong", "Ninang", "Apo", "Nyi", "Pehin"; the
        # Pacific's "Roko", "Turaga", "Afioga", "Susuga"; Scandinavia's "Fru", "Frøken", "Fröken", "Frk.", "Hr.";
        # the Low Countries' "Dhr.", "Mevr.", "Mw.", "Mej.", "Jhr.", "Jkvr.", "Jonkheer". (Not "Nii", "Naa", "Raja",
        # "Rishi", "Syed", "Mirza", "Qazi", "Hakim", "Thakur", "Awang", "Dayang", "Lola", "Tito", "Anh", "Almamy",
        # "Alfa", "Sidi", "Haja" (a Malagasy given name), "Eze", "Morena", "Ras": given names, surnames, a party or
        # places' first words as often.)
        " Alhagie Alh. Aja Seyfo Oustass Oustaz Ustaz Ustaza Ustazah Mansa Alkalo Fodi Karamoko Mallam Malam"
        " Sarki Lamido Ardo Lawan Bulama Etsu Obong Ogbeni Arabinrin Fon Togbui Nanahemaa Okyeame Osagyefo"
        " Daasebre Kgosi Kgosigadi Mofumahadi Induna Mtemi Jumbe Mwami Dejazmach Fitawrari Grazmach Qes"
        " Liqe Selvi Selvan Tmt Tmt. Thiru. Sivasri Sivasree Sivashri Brahmasri Brahmashri Pandit Pt. Maulana"
        " Moulana Swami Acharya Mahatma Sadhu Bhante Ustad Pir Nawab Sahibzada Shreemati Shriman Sriman Tengku Tunku"
        " Khun Phra Saya Sayama Ninong Ninang Apo Nyi Pehin Roko Turaga Afioga Susuga Fru Frøken Fröken Frk. Hr."
        " Dhr. Mevr. Mw. Mej. Jhr. Jkvr. Jonkheer"
        # round 54, by region: Eswatini's and South Africa's siSwati, Zulu, Xhosa and Ndebele "Make", "Babe" (mother,
        # father), "Indvuna", "Ndvuna", "Inkosi", "Inkhosi", "Inkhosikati", "Nkosikazi", "Umntfwana", "Mfundisi",
        # "Umfundisi", "Mfundisikati", "Mnumzana", "Umnumzane", "Mnumzane", "Ndabezitha", "Umakhulu", "Umkhulu";
        # Namibia's Oshiwambo and Otjiherero "Meme", "Omuhona"; Shona "Babamukuru", "Maiguru", "Mainini", "Sahwira";
        # Venda "Vho"; Tsonga "Hahani"; Swahili "Bi" (a woman's; "Bi Fujian", a Chinese surname, is rarer), "Nahodha",
        # "Mwalimu", "Mheshimiwa", "Mwenyekiti", "Mtukufu", "Marehemu", "Hayati"; Tok Pisin "Bubu"; Ethiopia's
        # "Emahoy", "Memher"; Igbo "Ogbuefi", "Ozo", "Odogwu"; Yoruba "Iyaloja", "Baale"; Akan "Opanyin",
        # "Obaapanyin", "Sofo"; the Torres Strait's "Aka" (grandmother), "Athe" (grandfather);
        # Papua's "Tumbuna"; the Marianas' Chamorro "Påle'", "Pale'"; Samoa's "Tamā", "Tinā"; the Caribbean's
        # "Parrain", "Mistah"; Central Asia's "Aksakal", "Ustoz", "Domla", "Kazhy", "Hoji",
        # "Apai"; the Ottoman "Hoja"; the church's "Catechist". (Not "Bala", "Ama", "Awa", "Tupu", "Ata", "Aga",
        # "Ake", "Apa", "Tate", "Kuku", "Khosi", "Saina", "Tete" (a province), "Anti":
        # given names, surnames or places' first words as often.)
        " Make Babe Indvuna Ndvuna Inkosi Inkhosi Inkhosikati Nkosikazi Umntfwana Mfundisi Umfundisi Mfundisikati"
        " Mnumzana Umnumzane Mnumzane Ndabezitha Umakhulu Umkhulu Meme Omuhona Babamukuru Maiguru"
        " Mainini Sahwira Vho Hahani Bi Nahodha Mwalimu Mheshimiwa Mwenyekiti Mtukufu Marehemu Hayati Bubu"
        " Emahoy Memher Ogbuefi Ozo Odogwu Iyaloja Baale Opanyin Obaapanyin Sofo Aka Athe Tumbuna Påle' Pale'"
        " Tamā Tinā Parrain Mistah Aksakal Ustoz Domla Kazhy Hoji Apai Hoja Catechist"
        # round 55, by region: Brunei's and Malaysia's "Pengiran", "Pg.", "Datu", "Penghulu", "Cikgu", "Ustazah",
        # "Hjh.", "Hj."; Lesotho's, Botswana's and South Africa's Sesotho, Setswana, Tsonga and Xhosa "Moruti",
        # "Mofumahali", "Mohumagadi", "Mmê", "Rrê", "Nkhono", "Ntatemoholo", "Rakhali", "Kgosana", "Tatana",
        # "Nkosazana", "Mhlekazi", "Bawo", "Umama", "Ubaba", "'Me" (a woman's, with its apostrophe: the
        # name words read it); Malawi's and Zambia's "Abusa", "Mbusa", "Bashikulu"; Palau's, the Marshalls',
        # Micronesia's, Kiribati's and the Cook Islands' chiefly titles "Ibedul", "Reklai", "Rubak", "Bilung",
        # "Ourrot", "Pilung", "Samol", "Nahnmwarki", "Nahnken", "Tokosra", "Iroij", "Iroijlaplap", "Leroij", "Alap",
        # "Ariki", "Mataiapo", "Rangatira", "Kaumātua", "Kuia", "Kahurangi"; the Inuit's "Anaanatsiaq",
        # "Ataatatsiaq", "Anaana", "Ataata", "Ningiuq", "Ittuq"; the Cree's and the Ojibwe's "Kokum", "Kohkom",
        # "Mosom", "Moshom", "Nookomis", "Mishomis"; Laos', Thailand's, Cambodia's, Vietnam's and Burma's "Sathu",
        # "Nangsao", "Thanpuying", "Khunying", "Phraya", "Somdet", "Samdech", "Oknha", "Achar", "Ông", "Bà", "Cô",
        # "Chị", "Thầy", "Cụ", "Naw"; Indonesia's "Raden", "Hajjah"; South Asia's "Mataji", "Ammachi",
        # "Appachan", "Ikka", "Bhau", "Aaji", "Ajoba", "Sahiba"; the Slavic "Gospa", "Gospod",
        # "Gospodična", "Gospođa", "Gospođica", "Gospodin", "Gospozha", "Pani", "Panna", "Paní", "Pán", "Knjez",
        # "Knjeni", "Ksiądz", "Župnik", "Velečasni"; Albania's "Zoti", "Zonja"; Romansh "Duonna"; Italy's
        # "Signor", "Signora", "Sciur", "Sciura", "Nonno", "Nonna". (Not "Awang", "Dayang": given names as
        # often, read only before another form or a name with a father's particle, ``address_given_names``; not "Pan",
        # "Lok", "Mae", "Thao", "Chao", "Nai", "Saw", "Mas", "Tai", "Dada", "Bebe", "Andriana", "Gusti", "Manana",
        # "Kaku", "Nona", "Sur": surnames, given names or words as often.)
        " Pengiran Pg. Datu Penghulu Cikgu Ustazah Hjh. Hj. Moruti Mofumahali Mohumagadi Mmê Rrê Nkhono Ntatemoholo"
        " Rakhali Kgosana Tatana Nkosazana Mhlekazi Bawo Umama Ubaba 'Me ’Me Abusa Mbusa Bashikulu Ibedul"
        " Reklai Rubak Bilung Ourrot Pilung Samol Nahnmwarki Nahnken Tokosra Iroij Iroijlaplap Leroij Alap"
        " Ariki Mataiapo Rangatira Kaumātua Kuia Kahurangi Anaanatsiaq Ataatatsiaq Anaana Ataata Ningiuq Ittuq Kokum"
        " Kohkom Mosom Moshom Nookomis Mishomis Sathu Nangsao Thanpuying Khunying Phraya Somdet Samdech Oknha Achar"
        " Ông Bà Cô Chị Thầy Cụ Naw Raden Hajjah Mataji Ammachi Appachan Ikka Bhau Aaji Ajoba"
        " Sahiba Gospa Gospod Gospodična Gospođa Gospođica Gospodin Gospozha Pani Panna Paní Pán Knjez Knjeni Ksiądz"
        " Župnik Velečasni Zoti Zonja Duonna Signor Signora Sciur Sciura Nonno Nonna"
        # (and the nouns of styles a possessive opens, read once the possessive is cut as a pronoun: "Her Worship
        # Rehema Naigaga", "His Lordship", "Your Excellency"; not "Grace", "Honour": given names)
        " Worship Excellency Eminence Holiness Majesty Highness Lordship Ladyship Beatitude"
        # round 56, by region (where an article shows no structure that tells the word a form of address: one mention,
        # no later name without it): Bhutan's Dzongkha "Ap" (a man's; the Welsh "ap" joins a name in lower case),
        # "Aum" (a woman's), "Dasho" (a conferred title), "Lopen" (a teacher, a monk), not "Lam" (a surname); Scottish
        # Gaelic "Maighstir" (a minister, a priest); Kiribati's "Nei" (a
        # woman's: "Tem" is read already) and "Unimane" (an elder); Oshiwambo "Elenga" (a headman), "Meekulu" (an old
        # woman), "Tatekulu" (an old man), "Kuku" is left (a given name); Tuvalu's and Samoa's "Faifeau" (a pastor);
        # Vanuatu's Bislama "Jif" (a chief); Tonga's "Faifekau" (a minister).
        " Ap Aum Dasho Lopen Maighstir Nei Unimane Elenga Meekulu Tatekulu Faifeau Faifekau Jif"
        # round 57, by region, for a form met once before a whole name (a later mention without it, or the same word
        # before another person's name, is read without any list: cast._surname_dropped, Cast._address_shared): the
        # Navajo "Hastiin" (Mr), "Asdzáán" (Mrs); Pohnpei's "Lepen" (a noble title), "Nohno" (mother); Zimbabwe's
        # "Cde" (Comrade, as the press writes it), the Shona "Mufundisi" (a pastor); the Anishinaabe "Ogimaa",
        # "Ogimaakwe" (a chief, a woman chief), "Nookomis", "Mishomis" (grandmother, grandfather); the churches'
        # "Churchwarden", "Presbyter"
        " Hastiin Asdzáán Lepen Nohno Cde Cde. Mufundisi Ogimaa Ogimaakwe Nookomis Mishomis Churchwarden Presbyter"
    ),
    # Round 55: forms of address that are given names too (Brunei's "Awang" and "Dayang", Malaysia's "Abang" and
    # "Dang", the Lao "Than"): a form of address only before another form of address ("Awang Haji Mohd Rizal") or
    # before a given name and a father's particle ("Dayang Salmah binti Ahmad" is Salmah binti Ahmad)
    address_given_names=words("Awang Dayang Dang Abang Wan Than"),
    # (Malaysia's honours "Tan Sri", "Puan Sri", "Toh Puan", "Dato' Sri", "Datuk Sri"; the Malay "Mak Cik", "Pak Cik",
    # "Tuan Haji", "Tuan Guru"; Samoa's "Lau Afioga", "Lau Susuga"; Ghana's "Queen Mother"; "His Excellency", "Her
    # Excellency", "His Eminence", "His Holiness", "His Majesty", "Her Majesty", "His Highness", "Her Highness")
    address_phrases=frozenset(
        (
            "Tan Sri", "Puan Sri", "Toh Puan", "Dato' Sri", "Datuk Sri", "Mak Cik", "Pak Cik", "Tuan Haji",
            "Tuan Guru", "Lau Afioga", "Lau Susuga", "Queen Mother", "His Excellency", "Her Excellency",
            "His Eminence", "His Holiness", "His Majesty", "Her Majesty", "His Highness", "Her Highness",
            # (round 53: Nagaland's village headman, India's and Nepal's honours and holy men, Thailand's monks,
            # the Gambia's and Nigeria's pilgrims, Brunei's nobles)
            "Gaon Bura", "Gaon Burah", "Param Pujya", "Sri Sri", "Luang Pho", "Luang Por", "Al Haji", "El Hadji",
            "Pengiran Anak", "Right Reverend", "Most Reverend", "Very Reverend",
            # (round 54: Eswatini's royal chiefs, Nigeria's emirs, Tanzania's and Kenya's honourables, the Pacific's
            # and the villages' chiefs)
            "Inkhosi Yesive", "Umntfwana Wenkhosi", "Mai Martaba", "Mheshimiwa Rais", "High Chief", "Paramount Chief",
            "Traditional Chief", "Village Headman",
            # (round 55: Malaysia's and Brunei's styles and honours, a village head's office, Thailand's and
            # Cambodia's noble styles, a mayor's "Worship")
            "Yang Berhormat", "Yang Mulia", "Yang Amat Berhormat", "Yang Berbahagia", "Yang Amat Mulia",
            "Dato Paduka", "Datin Paduka", "Dato Seri Paduka", "Dato Seri Setia", "Datuk Seri Panglima",
            "Pehin Datu", "Pehin Orang Kaya", "Ketua Kampung", "Ketua Kampong", "Tok Batin", "Tok Ketua",
            "Mom Luang", "Mom Rajawongse", "Mom Chao", "Lok Chumteav", "Neak Oknha", "Her Worship", "His Worship",
            "Your Worship", "Than nang", "Than Nang",
            # (round 57: a mayor's or a judge's "Honour" in Canada and the Commonwealth)
            "His Honour", "Her Honour", "His Honor", "Her Honor",
        )
    ),
    # (royal, diplomatic and Malaysian styles by their letters: His or Her Excellency, Highness, Majesty, Royal
    # Highness, Imperial Majesty, Serene Highness, Beatitude, Grace; Yang Berhormat, Yang Amat Berhormat, Yang Mulia)
    style_abbreviations=words("H.E. H.H. H.M. H.R.H. H.I.M. H.S.H. H.B. H.G. Y.B. Y.A.B. Y.M. Y.A.M. Y.T.M."),
    # (after a name: South Asia's "ji", "Aiya", "Sahib", "Saheb", "Sahab", "Saab", "Garu", "Bhai", "Akka",
    # "Thambi"; the Turkish "Bey", "Efendi", "Effendi", "Paşa", "Hanım", "Hanim"; Persian "Khanum", "Khanom";
    # Japanese "sama", "sensei" (and with a hyphen "Tanaka-sensei"). Not "Pasha", "Agha", surnames as often ("Salman
    # Agha"); not "san", "kun", a Burmese or Korean name's own word ("Aung San"); not Sri Lanka's monks' "Thero", a
    # monk's name's second word as the news writes it)
    address_suffixes=words(
        "ji jee aiya ayya sahib saheb sahab saab garu bhai akka thambi bey efendi effendi paşa hanım hanim khanum"
        " khanom sama sensei"
        # (round 54: Central Asia's after a given name: Kazakh and Kyrgyz "apa", "apai", "baike", "eje", "ezhe";
        # Uzbek and Tajik "opa", "aka", "xola", "domla"; not "ata", "aga", "ake": surnames as often)
        " apa apai apay baike eje ezhe opa aka xola domla"
    ),
    # (round 54: letters after a name, by country: the British and Commonwealth orders and decorations, Parliament's
    # and the assemblies' members, silk, the engineering, medical, accounting and learned institutions' grades, the
    # degrees; Australia's, New Zealand's, Canada's and Nigeria's orders; Nigeria's and South Africa's senior
    # counsel. Not "CA", "GM", "MC", "CC", "CM", "MS": a body's or an office's letters alone as often, "GM said")
    # (round 54: Russian, Ukrainian and Belarusian patronymics as English writes them, Kazakh, Kyrgyz and Uzbek ones)
    patronymic_endings=(
        "ovich", "evich", "ovych", "evych", "ovna", "evna", "ivna", "ichna", "uly", "ulı", "uulu", "kyzy", "qyzy",
        "kızı", "qızı", "ugli", "o'g'li", "qizi",
    ),
    honour_letters=words(
        "OBE MBE CBE KBE DBE GBE CH CVO LVO MVO KCVO DCVO GCVO CMG KCMG DCMG GCMG CB KCB DCB GCB DSO DFC GC BEM"
        " QPM KPM QFSM DL JP MP MSP MLA MPP MNA MHA MHK MLC TD VC KC QC SC SAN FRS FRSE FREng FMedSci FBA FRSA FRGS"
        " FRCP FRCS FRCSEd FRCOG FRCGP FRCPsych FRCPCH FRCA FRCR FRICS MRICS FRIBA RIBA FCA ACA FCCA ACCA FCMA CPA "
        " CMA CGMA CFA CFP CEng IEng EngTech MICE FICE MIStructE FIStructE MIMechE FIMechE MIET FIET MIEAust FIEAust"
        " CPEng PEng P.Eng. CEnv CSci CChem MRSC FRSC CMgr FCMI MCIPD FCIPD MRTPI FRTPI PhD DPhil MD MBBS MBChB BSc"
        " MSc MBA MPA MPH LLB LLM LLD BEng MEng DSc EdD PsyD RN RGN RMN AM AO AC OAM ONZM MNZM CNZM KNZM DNZM QSO QSM"
        " OC OOnt OQ CQ OON OFR CON GCON MFR OLY Esq Esq. Ph.D. M.D. D.D.S. R.N. C.P.A. J.D."
        # (round 55, by country: India's all-India and central services and the states' civil services, Pakistan's,
        # Bangladesh's and Sri Lanka's; India's and Sri Lanka's gallantry and service medals; Brunei's, Malaysia's and
        # Singapore's orders; Hong Kong's; Kenya's, Jamaica's and Trinidad's. Not "PC", "SI", "TI", "CD", "ON", "OJ":
        # words or a body's letters alone as often)
        " IAS IPS IFS IFoS IRS IRTS IRAS IRPS IRSE IRSME IDAS IDES IIS IPoS ITS IES ICAS ICLS IA&AS PCS HCS RAS WBCS"
        " OAS KAS MCS TNCS BCS PAS PSP SLAS SLAdS PVSM AVSM UYSM YSM VSM SM DSLJ PSLJ SLJ PJG DSNB SPMB PHBS SNB"
        " PIKB PKL DPMB SMB PSM SSM DMN SMN PMN KMN JMN AMN PJN PPN DSPN DPMS DSAP DIMP DSDK DPMP SPMP PBM BBM PPA GBM"
        " GBS SBS BBS MH EGH EBS MBS HSC OGW ORTT"
        # (round 57, by profession: nursing's degrees and licences, the medical colleges' fellowships and memberships of
        # Australasia, North America and Britain, pharmacy, public health, social work; tune set 50's "RN, MSN" and
        # blind set 60's "FRACP" were taken for the speaker. Not "DO", "NP", "CNA": a word or an agency's letters)
        " MSN BSN DNP APRN FNP CNM CRNA LPN LVN FRACP FRACS FRANZCOG FACEM FRACGP FACP FACS FAAP MRCP MRCS MRCGP FRCPC"
        " FRCSC PharmD DrPH MSW LCSW"
    ),
    byline_words=words("by"),
    # (round 61) a company's departments and works set off after its name: "Tyne Subsea Cables, Wallsend Works,
    # Human Resources, said in a letter" (``Lexicon.department_words``; the judge only)
    department_words=words(
        "resources personnel communications relations payroll works plant mill factory refinery smelter site"
    ),
    sub_unit_words=words(
        "division unit team branch office directorate department bureau section desk service sector wing cell "
        "secretariat command station centre center region district chapter lab laboratory programme program taskforce "
        "inspectorate agency subdivision "
        # (round 53: an agency's field operations and regions, the forces' and the police's posts, a utility's areas:
        # "The Department of Water and Sanitation, Eastern Cape Provincial Operations, says")
        "operations area zone depot precinct detachment squadron battalion company headquarters hub group province "
        "administration services outpost substation barracks circuit sub-office subunit sub-unit "
        # (round 54: a port's and a traffic unit's controls, a union's locals, posts and wards of every region:
        # "Apia Harbour Control", "Local 1199", "Kisumu Sub-County Office")
        "control dispatch ward post outstation terminal registry subregion subdistrict sub-county local liaison "
        "cluster portfolio corps regiment brigade platoon flotilla fleet garrison yard workshop desk observatory "
        "directorate-general commissariat prefecture sub-prefecture constituency "
        # (round 55: a service's bases, watches and crews, a forest's ranges and beats, South Asia's circles and
        # blocks, a committee of a body: "Kampong Ayer Station", "Red Watch", "Kumily Range", "Circle Office")
        "subsection sub-section sub-branch subcommittee committee taskforce facility crew watch shift range "
        "beat circle tehsil taluk mandal subdivision sub-division sub-district checkpoint sub-station "
        "sub-directorate subdirectorate"
    ),
    association_nouns=words(
        "association society club choir chorus band troupe guild brotherhood sisterhood fraternity sorority lodge "
        "league union federation collective cooperative co-operative circle crew squad team ensemble orchestra "
        "group committee council chapter congregation parish fellowship order company class cohort troop quartet "
        "quintet "
        # (round 55: a forum, a network or an alliance of people: "Lake Malawi Passengers' Forum")
        "forum network alliance coalition assembly movement caucus platform consortium syndicate partnership"
    ),
    channel_links=("through", "via", "by way of", "by means of", "acting through", "working through"),
    organisation_words=ORGANISATION_WORDS,
    legal_forms=LEGAL_FORMS,
    place_words=PLACE_WORDS,
    town_bodies=words("city town borough county"),
    place_names=PLACE_NAMES,
    document_nouns=DOCUMENT_NOUNS,
    document_verbs=(
        "reads", "read", "states", "stated", "stipulates", "stipulated", "provides", "provided", "specifies",
        "specified", "says", "said", "concludes", "concluded", "finds", "found", "notes", "noted", "warns", "warned",
        "declares", "declared", "orders", "ordered", "rules", "ruled", "determines", "determined", "sets out",
        "set out", "recommends", "recommended", "prohibits", "prohibited", "requires", "required", "adds", "added",
        "explains", "explained", "advises", "advised", "cautions", "cautioned"
    ),  # fmt: skip
    signing_words=words("signed cosigned co-signed countersigned undersigned"),
    document_anaphors=words("it"),
    issued_documents=words("statement letter email e-mail memo"),
    name_particles=NAME_PARTICLES,
    not_names=NOT_NAMES,
    prepositions=PREPOSITIONS,
    abbreviations=ABBREVIATIONS,
    # (abbreviated titles before a name, no sentence's end: the clergy's, councils', the police's and the forces')
    title_abbreviations=words(
        "Rev Revd Fr Msgr Mgr Cr Coun Ald Cllr Maj Brig Cpl Pte Pvt Cmdr Cdr Lieut Det Supt Insp Atty Pres Cmdt Comdr"
        " Engr Adv Barr Pst Usec Asec Onor Kav PLt PCol PMaj PCapt PBGen PSSg PCpl Del Arc Ir"
        # (round 53: South Africa's and the Netherlands' dominee, the Reverend, the Venerable, the Right Reverend; the
        # forms of address above written with their stop)
        " Ds Rvd Ven Rt Alh Pt Tmt Thiru Dhr Mevr Mw Mej Jhr Jkvr Frk"
        # (round 55: South Asia's "Smt." Shrimati, "Km." and "Kum." Kumari, "Sh." Shri; Brunei's and Malaysia's "Hj."
        # Haji, "Hjh." Hajah, "Awg." Awang, "Dk." Dayang, "Pg." Pengiran, "Pn." Puan, "Tn." Tuan; Indonesia's "Bpk."
        # Bapak, "Sdr." and "Sdri." Saudara, Saudari; Poland's "Ks." a priest)
        " Smt Km Kum Sh Hj Hjh Awg Dk Pg Pn Tn Bpk Sdr Sdri Ks"
    ),
    work_nouns=WORK_NOUNS,
    translation_words=words("translated translation translates title english german french spanish"),
    noun_endings=("s",),
    term_nouns=words("terms words expressions phrases notions concepts labels buzzwords"),
    example_links=("like", "such as", "including"),
    name_for_nouns=words("name names"),
    name_for_links=words("for"),
    phrase_nouns=words(
        "motto mottos slogan slogans catchphrase tagline watchword hashtag proverb adage maxim saying sayings "
        "nickname nicknames"
    )
    | {"rallying cry", "battle cry", "war cry"},
    saying_phrases=MappingProxyType({"stock": words("took takes take taking taken")}),
    contest_roles=words("winner victor loser runner-up"),
    speech_events=words("interview interviews speech address podcast briefing broadcast hearing rally sermon"),
    saying_nouns=words("""
    warning warnings remark remarks pledge pledges appeal appeals promise promises plea pleas vow vows threat threats
    call demand demands claim claims comment comments words assurance assurances admission apology order orders
    quote quotes quotation verdict conclusion advice reply response reaction sentence
    """),
    verb_particles=words("down up out off away back along across around over through aboard ashore"),
    owner_links=("is by", "was by", "are by", "were by", "is that of", "was that of", "were those of", "are those of",
                 "belongs to", "belonged to", "came from"),
    attributing_verbs=words("attribute attributes attributed attributing ascribed misattributed"),
    indefinite_people=words("someone somebody"),
    demonstratives=demonstrative_table(former_x="the former", latter_x="the latter"),
    demonstrative_determiners=words("this that"),
    crowd_nouns=words("crowd audience onlookers fans spectators section end stand terraces bleachers"),
    quantifiers=words("some many several few most"),
    possessives=words("my your his her its our their"),
    withheld_name_phrases=(
        "anonymity", "anonymous", "not be named", "not to be named", "not want to be named", "not wish to be named",
        "declined to be named", "refused to be named", "not be identified", "not to be identified",
        "declined to be identified", "name not be used", "name not be published", "name not be printed",
        "name withheld", "not give his name", "not give her name", "not give their name", "declined to give",
        # (a name not to be printed: "A farmer, who did not want his name printed,")
        "his name printed", "her name printed", "their name printed", "name in the paper", "name in the newspaper",
        "name stay out of the paper", "name out of the paper", "name out of the newspaper",
        # (a refusal to give it: "A ski instructor, who refused to give his name, …")
        "refused to give his name", "refused to give her name", "refused to give their name", "without giving his name",
        "without giving her name", "without giving their name",
        # (not authorised to speak: the news formula of an unnamed official, "who was not authorized to speak publicly")
        "not authorized to speak", "not authorised to speak", "not authorized to comment", "not authorised to comment",
        "not authorized to discuss", "not authorised to discuss",
        # (a name kept back: "who kept her name to herself"; "identified herself only as Jess" gives one)
        "name to himself", "name to herself",
    ),
    name_relatives=("whose name",),
    together_words=words("together jointly both"),
    plural_articles=words("the"),
    other_words=words("other fellow"),
    group_parts=words("half whole rest"),
    accompanying_links=("along with", "together with", "accompanied by"),
    origin_links=words("from"),
    compound_prepositions=words("next close ahead outside inside alongside"),
    collective_nouns=words(
        "family team crew staff band choir troupe cast club women men children people folk kin household entourage "
        "congregation committee circle"
        # (children and young people in the Englishes of Hawaiʻi and New Zealand, plural with no ending)
        " keiki tamariki rangatahi"
    ),
    chorus_phrases=(
        "said together", "say together", "says together", "replied together", "answered together", "added together",
        "shouted together", "sang together", "in unison", "in chorus", "with one voice", "both said", "both say",
        "with a single voice", "as one voice",
    ),
    # (the forces' ranks and units: "The deputy mayor, Col Reardon," is no colonel)
    # (titles that are given names too: "the steward Earl Boyd" is Earl Boyd)
    title_given_names=words("dean earl prince duke king major bishop col gen"),
    presentational_verbs=words(
        "came comes come sat sits stood stands was is were are arrived arrives waited waits appeared appears emerged "
        "lived lives walked walks rode sailed"
    ),
    forces_words=words(
        "general colonel lieutenant captain major brigadier corporal sergeant commander admiral private army navy "
        "military regiment battalion brigade base forces force corps garrison troops soldier soldiers officer marines "
        "marine squadron"
    ),
    own_possessives=words("my our"),
    person_relatives=words("who whom"),
    sign_nouns=words(
        "banner banners sign signs signboard signboards placard placards poster posters plaque t-shirt shirt "
        "inscription lettering sticker stickers badge badges"
    ),
    inscription_verbs=words("reading"),  # "printed T-shirts reading “...”": what is written on them
    print_participles=words(
        "printed painted engraved carved stamped embroidered emblazoned inscribed stencilled stenciled etched"
    ),
    surface_prepositions=words("on onto across"),
    telling_verbs=words("tell tells told telling"),
    voice_phrases=("in the person of", "through the voice of", "speaking through"),
    going_on_verbs=words("added adds continued continues"),
    # (an English tag puts its speaker first: "“…,” the old ferryman let on.", "“…,” Okafor chimed back.")
    tag_subject_first=True,
    tag_verb_helpers=words("has had"),
    tag_particles=words("on in up back out off over along slip"),  # ("let slip": a complement as fixed as a particle)
    tag_complement_links=words("on in into"),  # ("“…,” Lindgren put on record.")
    collective_addressees=words("all everyone everybody friends colleagues neighbours neighbors members"),
    salutations=("dear", "hello", "hi"),
    hearing_verbs=words("heard hear hears"),
    heard_from_links=words("from"),
    translating_verbs=words("translated translates translate translating interpreted interprets interpreting"),
    narrator_labels=frozenset(
        ("narrator", "voice-over", "voiceover", "voice over", "off", "reporter", "correspondent", "commentary")
    ),
    public_labels=words("caller callers listener viewer"),
    host_labels=words("host presenter anchor moderator compere"),
    broadcast_roles=words("caller listener viewer host presenter guest"),
    birth_name_words=words("née nee"),
    read_out_phrases=("read it out", "read them out", "read out", "read aloud", "read it aloud"),
    portfolio_words=PORTFOLIO_WORDS,
    reading_verbs=words("read reads reading"),
    receiving_verbs=words("received receives receiving got"),
    author_links=("on behalf of", "from", "of", "by"),
    # (and a genitive's ending before "behalf": "spoke on the senator's behalf", see quotes._owner_before)
    # (one's place or stead, spoken in by another: "In the minister's place, his permanent secretary, X, told …"; a
    # genitive phrase takes the preposition its possessive form takes, "in": not "at Anna's place", her home)
    behalf_phrases=(
        "on his behalf", "on her behalf", "on their behalf", "'s behalf", "’s behalf", "'s place", "’s place",
        "'s stead", "’s stead",
    ),
    place_phrases=("in his place", "in her place", "in their place", "in his stead", "in her stead", "in their stead"),
    # ("said one of them, Aissata Sow"; "one of the women" is a description of its own)
    one_of_openers=("one of them", "one of us", "one of those"),
    # ("“…” The driver who speaks like this is called Sidi Ould Ahmed."; "“…” Ann Cole, who said this, …")
    speaking_so=(
        "who speaks like this", "who speaks like that", "who speaks this way", "who talks like this",
        "who talks like that", "who says this", "who said this", "who says that", "who said that",
        "who put it this way", "who puts it this way", "who put it like that", "who spoke these words",
        "who said it", "who says it", "who said so", "who says so", "saying so", "saying this", "saying that",
        "saying it",
    ),
    naming_links=("is called", "is named", "was called", "was named", "goes by", "is", "was"),
    described_speakers=(
        "the man", "the woman", "the person", "the girl", "the boy", "the lady", "the gentleman",
        "the speaker", "the voice", "the young man", "the young woman", "the old man", "the old woman",
        "the older man", "the older woman", "the teenager",
        # (a pronoun standing for the speaker: "“…” She is Aroha Tipene, now 34, who …")
        "she", "he",
    ),
    words_references=(
        "the words", "those words", "these words", "the phrase", "that phrase", "the remark", "that remark",
        "the sentiment", "that sentiment", "that's what", "that is what",
    ),
    words_nouns=words("words phrase sentence remark sentiment memory warning joke quip verdict"),
    # (a heading over quotes: "Quotes from Dr Whitcombe", labels61)
    quote_heading_nouns=words("quotes quote comments words voices remarks"),
    words_demonstratives=words("this that these those"),
    speaker_questions=("who is speaking?", "who is talking?", "who said it?", "who says so?", "who said that?"),
    cleft_openers=("it was", "it is", "it's"),
    self_words=words("himself herself themselves itself myself ourselves"),
    behalf_links=(
        "speaking for", "speaking on behalf of", "on behalf of", "in the name of", "who spoke for", "spoke for",
        "speaks for", "spoke on behalf of",
        # (someone who speaks in an absent person's place: "Speaking in the place of State Senator X, …, her aide, Y,
        # said:", "standing in for the mayor")
        "in the place of", "in place of", "instead of", "standing in for", "stood in for", "stands in for",
        "deputising for", "deputizing for",
    ),
    # ("Her press secretary, Varney Zubah, delivered the superintendent's message:", "read out a message from her";
    # the owner the subject: "The MP, X, sent his thanks through his caseworker, Y, who read them out:")
    relaying_verbs=words(
        "read delivered delivers deliver relayed relays relay conveyed conveys convey passed passes brought sent sends "
        "presented presents"
    ),
    message_nouns=words(
        "message messages statement words greeting greetings remarks letter speech note thanks congratulations "
        "condolences regards wishes testimony apology apologies"
    ),
    name_given_phrases=(
        "gave her name as", "gave his name as", "gave her name only as", "gave his name only as",
        "gave only her first name", "gave only his first name", "identified only as", "identified herself only as",
        "identified himself only as",
    ),  # fmt: skip
    continuation_cues=(
        "and", "and further", "further", "and also", "and more", "what is more", "what's more", "and then"
    ),
    repetition_adverbs=("again", "once again", "once more", "yet again"),
    control_verbs=words("press presses pressed pressing click clicks clicked clicking tap taps tapped tapping"),
    group_nouns=GROUP_NOUNS,
    plural_verbs=words("have are were"),
    title_small_words=TITLE_SMALL_WORDS,
    affiliations=AFFILIATIONS,
    fit_generic=words("""
    man woman men women person people guy lady gentleman head chief boss top senior leading highest most number one
    official officer figure face voice charge responsible supremo honcho main big old young new former local
    """),
    male_nouns=words("""
    man gentleman guy fellow chap bloke lad boy husband father son brother uncle grandfather grandpa king lord sir
    mister landlord chairman spokesman councilman congressman alderman headman assemblyman selectman policeman
    fireman ferryman fisherman countryman kinsman nobleman statesman
    """),
    female_nouns=words("""
    woman lady girl wife mother daughter sister aunt aunty auntie grandmother granny queen madam landlady chairwoman
    spokeswoman councilwoman congresswoman alderwoman headwoman assemblywoman selectwoman businesswoman policewoman
    ferrywoman countrywoman stateswoman actress hostess waitress mayoress duchess princess nun widow matriarch lass
    """),
    office_words=words("""
    office officeholder politic lawmak legislat parliament senat congress assembly assemblyman assemblywoman
    councill councilor councilman councilwoman councilmember alderm mayor governor government minist deputy
    commissioner administrator bureaucra civil servant appoint represent elected electoral capitol statehouse
    cabinet premier president sheriff magistrat diplomat envoy ambassador consul dignitar incumbent delegat
    constituen reeve provost selectm burgess prefect chancellor taoiseach cathaoirleach mla mpp msp td
    townhall cityhall ministry department authorit municipal
    soldier serviceman servicewoman military uniform cleric clergy churchm churchw preacher priest pastor bishop
    imam rabbi judge ruler headman headwoman traditional royal monarch sultan emir chieftain vice
    """),
    agent_endings=words("er ers man men woman women ist or ess eer ier"),
    deed_endings=words("er r or ist ar man woman men women eer ier ess"),
    # (whoever comes from a place, in fit_form: "Londoner", "Glaswegian", "Shetlander", "Muscovite" -> "muscovit";
    # roles56)
    origin_endings=words("er ian an it es ish"),
    # (a verb's forms an agent noun is not made of, to its stem: "built" -> "build" of "the boatbuilder"; roles58)
    deed_forms=MappingProxyType(dict(pair.split(":") for pair in words("""
    built:build made:make wove:weave woven:weave sewn:sew sewed:sew sold:sell taught:teach caught:catch dug:dig
    drove:drive driven:drive rode:ride ridden:ride bred:breed fed:feed kept:keep led:lead spun:spin wrote:write
    written:write grew:grow grown:grow dealt:deal bent:bend hewn:hew dove:dive swept:sweep shod:shoe shot:shoot
    fought:fight sang:sing sung:sing ran:run bound:bind wound:wind struck:strike bought:buy brewed:brew
    """))),
    deed_nouns=deed_table("""
    teach taught tutor lectur / teacher schoolteacher schoolmaster schoolmistress tutor lecturer professor
    educator; nursed nursing nurses / nurse; heals healed healing cures cured / healer; sews sewed stitches
    stitched / seamstress tailor dressmaker; cooks cooked / cook chef; drive drives drove driven / driver
    chauffeur; sells sold / seller vendor trader hawker; herds herded / herder herdsman shepherd; preach
    preaches preached / preacher pastor; fishes fished / fisherman fisherwoman fisher; farms farmed / farmer;
    weaves weaved wove / weaver; bakes baked / baker; ferries ferried / ferryman ferrywoman; dives dived / diver;
    nets trawled / fisherman fisherwoman fisher trawlerman;
    """),
    former_words=words("former ex ex- erstwhile onetime one-time retired"),
    # (a past a passage states, and nouns for whoever heads what a complement names; roles57)
    past_words=words("""
    before until till retired formerly once used spent ago was were previously earlier
    """),
    office_heads=words("""
    head chief leader boss director directress principal headmaster headmistress chair chairman chairwoman
    chairperson president superintendent manager administrator commander governor
    """),
    domain_families=domain_families("""
    water waterworks waterboard reservoir dam dams sewer sewage sewerage irrigation aqueduct hydraulic
    hydrological drainage utilities;
    rail rails railway railways railroad railroads train trains tram trams locomotive metro subway tramway;
    port ports harbour harbours harbor harbors wharf wharves quay quays dock docks docklands pier jetty marina
    maritime seaport berth shipping portmaster harbourmaster harbormaster;
    forest forests forestry forester foresters woodland woodlands timber ranger rangers;
    health hospital hospitals clinic clinics medical infirmary ambulance nursing healthcare paramedic surgery;
    school schools academy college colleges university education educational pupils headteacher headmaster
    headmistress principal campus kindergarten;
    police constabulary precinct sheriff garda gendarmerie trooper troopers policing;
    army military soldier soldiers regiment barracks defence defense navy naval sailors coastguard marines
    airforce brigade;
    church churches parish diocese cathedral chapel clergy mosque temple synagogue congregation presbytery
    vicarage;
    road roads highway highways motorway motorways traffic transport transportation bridge bridges roadworks;
    fire firefighter firefighters fireman firehouse firestation;
    power electricity electric grid energy;
    court courts courthouse judiciary tribunal magistrates;
    airport airports aviation airfield airstrip airline airlines flights;
    agriculture agricultural farming crops livestock veterinary agronomy;
    tourism tourist tourists;
    finance finances treasury budget budgets revenue subsidies subsidy grants funding taxes;
    mine mines mining quarry quarries colliery;
    customs border immigration;
    """),
    class_nouns=CLASS_NOUNS,
    class_roles=CLASS_ROLES,
    # (the seats whose head holds a role: "the island's chief" of a mayor; roles58)
    headed_seats=domain_table("""
    mayor / island isle village town municipality borough township
    """),
    domain_roles=domain_table("""
    mayor / city town borough municipality village township burgh
    governor / state province
    premier / territory
    """),
    affiliation_nouns=AFFILIATION_NOUNS,
    member_links=("of the", "of", "from the"),
    role_forms=TITLE_FORMS,
    # (an American county's or district's prosecutor, by the office's title: "County Attorney Ann Roe" is "the
    # prosecutor")
    role_phrases=MappingProxyType(
        {
            "lord provost": "mayor",
            "first selectman": "mayor",
            "first selectwoman": "mayor",
            "county attorney": "prosecutor",
            "district attorney": "prosecutor",
            "state attorney": "prosecutor",
            "crown attorney": "prosecutor",
            "crown prosecutor": "prosecutor",
            # (the head of a district's schools by the news's shorthand: "the schools chief" of "Superintendent X")
            "schools chief": "superintendent",
            "school chief": "superintendent",
            "schools boss": "superintendent",
            # (a prosecutor's office in southern Africa, "Senior State Advocate X"; a captain by the sea's figure of
            # speech)
            "state advocate": "prosecutor",
            "public prosecutor": "prosecutor",
            "sea dog": "captain",
            "old salt": "captain",
        }
    ),
    # (whoever runs the district, the hospital or the office: "the district's top administrator" of "Superintendent
    # X", when no one was called an administrator)
    # (and whoever sits in a legislature, by the noun the news uses of any of them: "the lawmaker added" of "Del. Marsha
    # Pruitt", when no one was called a lawmaker)
    role_hypernyms=MappingProxyType(
        {
            "administrator": frozenset({"superintendent", "principal", "manager", "director", "commissioner"}),
            **dict.fromkeys(
                ("lawmaker", "legislator", "parliamentarian"),
                frozenset(
                    {"delegate", "senator", "representative", "congressman", "assemblyman", "assemblywoman", "mp"}
                    | {"mla", "member"}
                ),
            ),
        }
    ),
    role_verbs=MappingProxyType(
        {
            "convenes": "convener",
            "chairs": "chairman",
            "heads": "head",
            "leads": "leader",
            "directs": "director",
            "manages": "manager",
            "coaches": "coach",
            "presides": "chairman",
            "superintends": "superintendent",
        }
    ),
    role_nouns=ROLE_NOUNS,
    # (nouns for a job by their ending: librarian, veterinarian, musician, technician, archivist, florist, beekeeper,
    # photographer, winemaker, fishmonger; not "-ian" alone, "-er", "-or", "-man": Adrian, Walker, Taylor, Norman)
    role_endings=("arian", "ician", "ist", "keeper", "grapher", "maker", "monger"),
    # (the Kenyan, the Togolese, the Malawian; not "-i": "the Miami Dolphins", the lists' "Iraqi" is one still)
    nationality_noun_endings=("an", "ese"),
    second_roles=words("vice deputy assistant associate under"),
    role_modifiers=words("former ex late acting outgoing incoming interim"),
    voice_roles=words("spokesman"),  # (the role "spokeswoman" and "spokesperson" name)
    # (the roles title_role gives: "chairwoman", "chief", "director", "head" are each a "leader")
    officer_roles=words("president leader ceo executive secretary-general coordinator"),
    publication_links=words("in"),
    authored_participles=words("issued filed released sent written signed published posted submitted"),
    agent_links=words("by"),
    body_links=words("of for at from"),
    public_roles=words(
        "president candidate nominee senator governor mayor minister chancellor leader congressman lawmaker "
        "representative secretary justice businessman tycoon premier captain"
    ),
    office_nouns=words("politician"),
    company_nouns=words("company firm business chain retailer supermarket"),
    definite=("the", "this", "that"),
    thing_words=THING_WORDS,
    subject_pronouns=("he", "she", "they", "we", "i", "it"),
    deed_credits=("so saying",),  # ("So saying, council leader Ann Cole picked up a spade.")
    back_credits=(
        # (what the words were, and whose: "That was the reply of Ann Cole, …"; before "that was", read first)
        "that was the reply of", "that was the answer of", "that was the response of", "that was the reaction of",
        "such was the reply of", "such was the answer of",
        "that was",
        "those were the words of",
        "these were the words of",
        "the words were those of",
        "the words came from",
        # (the words as what the next sentence's subject opened or answered with: "With these words the mayor, Ann
        # Cole, opened the session."; "The one speaking is Ann Cole, ...")
        "with these words", "with those words", "the one speaking is", "the one speaking was",
        "the person speaking is", "the person speaking was", "the person speaking here is",
        # (what the words were, and from whom they came: "The offer came from Rhodri Bevan, 16, …")
        "the offer came from", "the remark came from", "the comment came from", "the promise came from",
        "the warning came from", "the line came from", "the phrase came from", "the quote came from",
        # (a correction's: "An earlier version attributed the words “…” to a spokeswoman. They were said by …")
        "they were said by",
        "they were spoken by",
        "the words were said by",
        "the words were spoken by",
        "it was said by",
        "it was spoken by",
        "the quote was from",
        "those words came from",
        # (the quote itself named: "That quote from Commissioner Thomas Krebs appeared on the front page")
        "that quote from",
        "the quote from",
        "those words from",
        # (the words' owner or speaker named in a sentence of its own: "The words are those of Dr Ann Cole, …")
        "the words are those of", "the words belonged to", "the words belong to", "the speaker was", "the speaker is",
        # (the words as someone's first or last, or who said them: "Those were the first words of the skipper, Dónal
        # Boyle, when he stepped ashore.", "The one who said it was …")
        "those were the first words of", "these were the first words of", "those were the last words of",
        "these were the last words of", "those were the opening words of", "the one who said it was",
        "the one who said that was", "the person who said it was",
    ),
    pause_verbs=(
        "let", "lets", "paused", "pauses", "waited", "waits", "stopped", "stops", "pointed", "points", "gestured",
        "gestures", "held up", "holds up",
    ),
    said_verb="said",
    # ("So said Petra Lindgren on Tuesday.", "That is how Lindgren put it.")
    answer_frames=("that is", "that was", "that's", "this is", "this was", "such was", "such is"),
    answer_nouns=words("answer answers reply explanation justification response reaction comment retort rejoinder"),
    answer_links=("from",),  # ("came the answer from the ex-bronc rider", "The reply from the chair came at once:")
    # (the verb of an answer's coming after whose it is: "The reply of the former keeper came at once:")
    answer_verbs=words("came comes come followed follows arrived arrives fell falls shot"),
    # (frames58: a quote's frame that credits a description; see Lexicon.credit_prepositions)
    credit_prepositions=("for", "to", "according to", "in the view of", "in the eyes of"),
    word_nouns=words("words word view verdict conviction formula phrase belief opinion"),
    credit_pointers=("so", "thus", "that", "this", "such"),
    view_verbs=words("saw sees see sums summed summarised summarized sum thinks thought feels felt reckons reckoned"),
    back_cues=(
        "that's what", "that is what", "this is what", "that was what", "that's how", "that is how", "so",
        # (a manner standing for the words: "That was how Ann Cole, the chair, summed up the morning.")
        "that was how", "this was how", "this is how", "that's the way", "that is the way", "that was the way",
    ),
    # ("It was not the mayor, …, who said it, but the city manager, …"; "Not the mayor but …" opens too many other
    # sentences: "Not everyone agreed, but …")
    denied_credits=(
        "it was not", "it wasn't", "it was neither", "it is not", "it isn't", "that was not", "that wasn't",
    ),  # fmt: skip
    contrast_words=("but",),
    credit_labels=("photo", "photos", "photograph", "picture", "image", "photo credit", "image credit"),
    furniture_lines=(
        "story continues below", "article continues below", "continue reading below", "article content",
        "advertisement", "skip advertisement", "this advertisement has not loaded yet, but your article continues below",
    ),
    caption_labels=(
        "photo", "photos", "photograph", "picture", "pictures", "pictured", "image", "images", "video", "audio",
        "graphic", "illustration", "caption", "credit", "credits", "photo credit", "image credit", "source", "sources",
        "update", "updated", "last updated", "correction", "clarification", "note", "editor's note", "disclaimer",
        "published", "posted", "tags", "topics", "share", "contact", "media contact", "press contact", "watch",
        "listen", "file photo",
    ),
    rail_labels=(
        "read more", "read also", "also read", "related", "related stories", "related articles", "related content",
        "more on this story", "more on this topic", "see also", "you may also like", "you might also like",
        "recommended", "recommended for you", "previous post", "next post", "previous article", "next article",
        "most read", "most popular", "more stories", "further reading",
    ),
    ad_labels=(
        "advertisement", "advert", "sponsored content", "paid content", "paid post", "promoted content",
    ),
    subscribe_calls=("subscribe", "subscribe now"),
    # (and "so-called": the quoted words after it are a term, not speech)
    dialect_articles=words("t' th' thi tha da"),
    naming_manners=words(
        "affectionately fondly lovingly jokingly teasingly mockingly playfully tenderly respectfully reverently"
    ),
    naming_verbs=words(
        "call called calls calling branded brands branding dubbed dubs dubbing labelled labeled labelling labeling "
        "so-called term termed terms renamed christened nicknamed nicknames"
    ),
    # (round 61: the many who call a thing by its common name, and the endings of a place's people)
    naming_subjects=words("everyone everybody locals residents villagers islanders townsfolk townspeople"),
    inhabitant_endings=("ers", "ians", "ans", "ites"),
    # ("condemned what it calls “...”", "what Acme's chief calls “...”"; French "ce qu'il appelle" and Spanish "lo que
    # llama" read their subject before the verb already)
    term_relatives=words("what"),
    term_clause_relatives=("what",),
    term_links=words("as"),
    subordinators=words("whether if that when while as because although though after before since until unless once"),
    condition_words=words("if unless"),
    conformative_words=words("as"),
    phrasing_verbs=words("put puts phrased phrases worded words"),
    phrasing_objects=words("it"),
    fronted_adverbs=words("then later afterwards next finally"),
    viewpoint_words=words("to for according"),
    topic_prepositions=words("on about"),
    comparison_words=words("than"),
    deed_agents=MappingProxyType(
        {
            **dict.fromkeys(("won", "wins"), ("winner",)),
            # (who farms is the farmer, who coaches the coach: "Ann Roe farms at Alston. “…,” the farmer said")
            **dict.fromkeys(("farms", "farmed"), ("farmer",)),
            **dict.fromkeys(("coaches", "coached"), ("coach",)),
            **dict.fromkeys(("founded", "co-founded"), ("founder", "co-founder")),
            **parent_deeds(
                "has",
                """
                a / son daughter child
                two three four five six / children kids sons daughters
                """,
                ("mother", "father"),
            ),
            # (who heads a group is what the article calls its head and its voice next: "X leads the residents' group
            # …. “…,” the group's spokeswoman said"; a holder named with the role comes first)
            **dict.fromkeys(
                ("leads", "led", "heads", "headed", "chairs", "chaired"),
                ("leader", "head", "chair", "chairwoman", "chairman", "spokeswoman", "spokesman", "spokesperson"),
            ),
        }
    ),
    heading_deeds=words("leads led heads headed chairs chaired"),
    agent_nouns=AGENT_NOUNS,
    agent_link="by",
    passive_auxiliaries=words("was were is are been be being"),
    outlet_verbs=words("reported reports"),
    role_links=("as",),
    role_predicates=("is", "was", "has been", "and is", "and was"),
    trainee_nouns=words("apprentice trainee intern cadet novice"),
    costume_nouns=words("costume suit outfit onesie"),
    known_as_verbs=words("known sold marketed billed branded"),
    nickname_words=words("alias aka a.k.a. nicknamed dubbed"),
    # (short forms the letters do not show: "Bob" of Robert, "Peggy" of Margaret; shown ones need none: "Dot" of
    # Dorothy, "Tom" of Thomas, "Liz" of Elizabeth)
    hypocoristics=MappingProxyType(
        {
            short: frozenset(words(given))
            for short, given in {
                "bob": "robert", "bobby": "robert", "rob": "robert", "bill": "william", "billy": "william",
                "dick": "richard", "peggy": "margaret", "meg": "margaret", "jim": "james", "jimmy": "james",
                "jack": "john", "ted": "edward theodore", "ned": "edward", "sally": "sarah", "polly": "mary",
                "hank": "henry", "chuck": "charles", "harry": "henry", "betty": "elizabeth", "bess": "elizabeth",
            }.items()
        }
    ),
    calling_verbs=words("call calls called calling nickname nicknames"),
    nickname_adverbs=words("just simply only"),
    place_prepositions=words("in at from near across around to"),
    nickname_pronouns=MappingProxyType({"him": "m", "he": "m", "her": "f", "she": "f"}),
    object_relatives=words("that which whom"),
    nickname_relatives=words("whom who"),
    naming_words=words("named nicknamed called dubbed"),
    talk_verbs=words("talk talks talked talking speak speaks spoke"),
    talk_prepositions=frozenset(("of", "about")),
    talk_subjects=frozenset(("everyone", "everybody", "people", "locals", "folk", "folks")),
    name_predicates=frozenset(
        (
            "is called", "was called", "are called", "were called", "be called", "is named", "was named",
            "is titled", "was titled", "is entitled", "was entitled", "bears the name", "bore the name",
            "by the name of", "under the name", "goes by the name",
        )
    ),
    post_verbs=words("wrote writes posted posts tweeted tweets replied shared shares"),
    post_nouns=words("post posting tweet thread"),
    account_nouns=words("account handle profile channel"),
    title_nouns=words("name title nickname"),
    title_copulas=words("is was"),
    known_as_phrases=frozenset(("identified as", "identified only as", "known as", "known only as", "who goes by")),
    name_nouns=words("name"),
    seat_nouns=words("headquarters offices premises"),
    # (round 57) places whose epithet a naming verb gives: ``Lexicon.place_nouns``
    place_nouns=words(
        "place spot town village city island islands country land capital corner end edge world earth planet "
        "gateway heart jewel pearl roof cradle home valley coast region county state"
    ),
    thing_nouns=words(
        "boat ship yacht barge narrowboat ferry vessel trawler tug lifeboat dinghy cruiser schooner horse pony dog cat "
        "pub inn hotel cafe café restaurant bar school street road lane avenue square bridge farm hall stadium park "
        "garden theatre cinema chapel mill cottage "
        # (a feature of the land or the sea before its name, written in lower case: "the island of", "the river
        # Mersey"; roles58)
        "island isle islands archipelago river lake loch bay peninsula cape glen strait"
    ),
    cue_adverbs=CUE_ADVERBS,
    subject_tails=words("afterwards later earlier finally eventually itself himself herself themselves"),
    adverb_suffix="ly",
    gerund_endings=("ing",),
    relative_pronouns=words("who whom whose which"),
    free_relatives=words("who"),  # ("over who supported", "about who won": "the man with whom" has an antecedent)
    addressee_prepositions=words("to"),
    addressee_phrases=frozenset((
        "told", "telling", "tells", "in an interview with", "in an interview to", "in interview with",
        "speaking to", "speaking with", "talking to", "talking with", "in comments to", "in remarks to",
        "in a statement to", "in a conversation with", "in conversation with", "asked by", "interviewed by",
        "in an email to", "in a message to", "on the programme of", "on the show of",
    )),
    clause_words=CLAUSE_WORDS,
    variety_negations=VARIETY_NEGATIONS,
)
