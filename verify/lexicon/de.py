"""German: cue verbs (with separable verbs: "fügte ... hinzu", "kündigte ... an"), titles, pronouns, numbers."""

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
    inflected,
    number_table,
    parent_deeds,
    pronoun_table,
    role_table,
    words,
)

# Prefixes that take no "ge-" in the participle ("bestätigt", "widersprochen"; "wiederholt" of the verb "repeat").
_INSEPARABLE = ("be", "er", "ver", "ent", "zer", "ge", "emp", "miss", "wider", "wiederhol")


def _weak_forms(verb: str) -> tuple[str, ...]:
    """A weak verb in the forms a cue takes: entgegnet, entgegnete, entgegneten, entgegne (indirect speech)
    and the participle (entgegnet, gewarnt, kommentiert)."""
    stem = verb[:-1] if verb.endswith(("ern", "eln")) else verb[:-2]
    # (an "e" before the ending after a stem closing on t, d or a consonant and n: "bezeichnet", "öffnet", "regnet")
    endings = ("et", "ete", "eten", "e") if stem.endswith(("t", "d", "gn", "ffn", "chn")) else ("t", "te", "ten", "e")
    prefix = "" if verb.endswith("ieren") or verb.startswith(_INSEPARABLE) else "ge"
    return (verb, *(stem + ending for ending in endings), prefix + stem + endings[0])


# Classes of roles (see ``Lexicon.class_nouns``), from every region German is written in (Germany, Austria,
# Switzerland, Liechtenstein, Luxembourg, South Tyrol, Eastern Belgium, Transylvania, Namibia): a local government's
# head, a council's members, legislators, members of an executive, a district's head, civil servants, heads of
# schools, police and military ranks, clergy, judges. Before "/" the wider nouns that describe a class without holding
# a role of it ("sagte die Regierungsfrau", "der Offizier"); a compound's opening names its class too ("Regierungs-").
CLASS_NOUNS, CLASS_ROLES = class_table("""
stadtoberhaupt gemeindeoberhaupt dorfoberhaupt rathauschef rathauschefin stadtchef stadtchefin gemeindechef
gemeindechefin dorfchef dorfchefin ortschef ortschefin erster_bürger bürgermeister bürgermeisterin oberbürgermeister
oberbürgermeisterin ortsbürgermeister bezirksbürgermeister stadtpräsident stadtpräsidentin gemeindepräsident
gemeindepräsidentin ammann gemeindeammann stadtammann gemeindevorsteher gemeindevorsteherin ortsvorsteher
ortsvorsteherin dorfvorsteher dorfvorsteherin schultheiss schultheiß primar primarin burgermeeschter
buergermeeschter maire syndic bezirksvorsteher bezirksvorsteherin
ortsvater ortsmutter stadtvater stadtmutter dorfvater dorfmutter dorfschulze dorfschulzin schulze schultes
dorfschultes ortsoberhaupt stadtschultheiss stadtschultheiß stapi podestà podesta sindaco sindaca župan županja
capo_cumünal capo_comunal gemeindepräsi

gemeinderat gemeinderätin stadtrat stadträtin ratsherr ratsfrau ratsmitglied schöffe schöffin beigeordneter
beigeordnete stadtverordneter stadtverordnete gemeindevertreter gemeindevertreterin kreisrat kreisrätin bezirksrat
bezirksrätin

parlamentarier parlamentarierin volksvertreter volksvertreterin mandatar mandatarin parlament landtag bundestag /
abgeordneter abgeordnete mdb mdl mdep nationalrat nationalrätin ständerat ständerätin landtagsabgeordneter
landtagsabgeordnete grossrat grossrätin großrat großrätin kantonsrat kantonsrätin bundestagsabgeordneter deputierter
deputierte

regierungsfrau regierungsmann regierungsvertreter regierungsvertreterin regierung landesregierung kantonsregierung
departementschef departementschefin departementsvorsteher departementsvorsteherin departement magistrat magistratin
ministerium exzellenz / minister ministerin staatsrat staatsrätin regierungsrat regierungsrätin landesrat
landesrätin senator senatorin staatssekretär staatssekretärin staatsminister staatsministerin landeshauptmann
landeshauptfrau ministerpräsident ministerpräsidentin regierungschef regierungschefin landammann landammännin
bundesrat bundesrätin

kreischef kreischefin kreisverwaltung landrat landrätin oberkreisdirektor präfekt präfektin regierungspräsident
regierungspräsidentin bezirkshauptmann bezirkshauptfrau statthalter statthalterin regierungsstatthalter
regierungsstatthalterin
bezirkschef bezirkschefin kreisoberhaupt leiter_der_bezirkshauptmannschaft leiterin_der_bezirkshauptmannschaft
leiter_des_landratsamts leiterin_des_landratsamts distriktchef distriktchefin

beamter beamtin beamte staatsdiener staatsdienerin spitzenbeamter spitzenbeamtin verwaltungschef verwaltungschefin
behördenchef behördenchefin
oberster_beamter oberste_beamtin
/ hr regr minr osr hofrat hofrätin amtsleiter amtsleiterin amtsvorsteher amtsvorsteherin
amtschef amtschefin sektionschef sektionschefin ministerialrat ministerialrätin regierungsdirektor
regierungsdirektorin amtsrat amtsrätin oberamtsrat dienststellenleiter dienststellenleiterin schulrat schulrätin
oberschulrat schulinspektor schulinspektorin

schulchef schulchefin / rektor rektorin direktor direktorin schulleiter schulleiterin schuldirektor schuldirektorin
konrektor konrektorin

offizier offizierin militär soldat soldatin / oberst oberstin oberstleutnant major majorin hauptmann hauptfrau
leutnant oberleutnant general generalin brigadier brigadegeneral kommandant kommandantin feldwebel unteroffizier
admiral

polizist polizistin polizeichef polizeichefin / kommissar kommissarin hauptkommissar hauptkommissarin
polizeikommandant polizeikommandantin wachtmeister inspektor inspektorin polizeidirektor polizeipräsident
polizeipräsidentin

geistlicher geistliche seelsorger seelsorgerin kirchenmann kirchenfrau gottesmann pfarrer pfarrerin pastor pastorin
priester pater prior priorin abt äbtissin dekan dekanin bischof bischöfin kaplan vikar vikarin diakon diakonin
prälat superintendent superintendentin rabbiner rabbinerin imam propst pröpstin stadtpfarrer domherr kanonikus mönch
nonne ordensschwester

richter richterin / richter richterin gerichtspräsident gerichtspräsidentin friedensrichter friedensrichterin

häuptling stammesältester dorfältester
stammesführer stammesführerin stammeshäuptling clanchef clanchefin traditionelle_autorität
/ häuptling kgosi togbui cacique lonko
kazike kazikin mwami ampanjaka morena mfumu sarki kabaka ibedul

~ fährmann fährfrau kapitän kapitänin steuermann steuerfrau bootsführer bootsführerin schiffsführer schiffsführerin
skipper

vize stellvertretend stellvertretende stellvertretender vizebürgermeister vizebürgermeisterin vizeprimar
vizeprimarin stellvertreter stellvertreterin vizestadtpräsident vizestadtpräsidentin vizegemeindepräsident
vizegemeindepräsidentin vizeammann bürgermeister-stellvertreter bürgermeister-stellvertreterin

sprecher sprecherin pressesprecher pressesprecherin pressereferent pressereferentin mediensprecher mediensprecherin
regierungssprecher regierungssprecherin sprachrohr kommunikationschef kommunikationschefin medienbeauftragter
medienbeauftragte
""")

# Speech verbs in present, past (sg/pl), perfect participle and common subjunctive (indirect speech) forms:
# the strong ones as written, the weak ones by their infinitive (inflected by rule, see _weak_forms).
STRONG_CUE_VERBS = words("""
sagen sagt sagte sagten gesagt sage
nennen nennt nannte nannten genannt
schreiben schreibt schrieb schrieben geschrieben schreibe
versprechen verspricht versprach versprachen versprochen
unterstreichen unterstreicht unterstrich unterstrichen
rufen rief ruft riefen gerufen
sprach spricht sprachen gesprochen
hinzugefügt angekündigt mitgeteilt eingeräumt klargestellt ausgeführt zugegeben angemerkt eingewandt eingeworfen
nachgelegt zusammengefasst herausgestellt hingewiesen dargelegt abgestritten bekanntgegeben vorgeworfen
fortgefahren festgestellt zurückgewiesen hervorgehoben entgegengehalten angegeben angefügt hinzugesetzt
bekannte bekennt verriet verrät verrieten beschrieb beschreibt beschrieben befand befindet
gesteht gestand gestanden bestreitet bestritt bestritten widerspricht widersprach widersprachen widersprochen
schreit schrie schrien geschrien rät riet rieten bittet bat baten gebeten empfiehlt empfahl empfahlen empfohlen
schwört schwor schworen geschworen
entscheidet entschied entschieden befiehlt befahl befahlen befohlen angeordnet
singt sang sangen gesungen singen
skandiert skandierte skandierten skandieren
dixit
""")
WEAK_CUE_VERBS = words("""
erklären betonen meinen fragen antworten warnen erzählen berichten bestätigen kritisieren fordern erläutern
behaupten verkünden ergänzen twittern
entgegnen erwidern mahnen klagen beklagen loben bekräftigen versichern schildern kommentieren kontern
urteilen spotten folgern resümieren appellieren bilanzieren jubeln fluchen scherzen lästern prahlen
argumentieren zitieren posten beteuern bemerken schimpfen äußern ermahnen bescheinigen
bemängeln monieren verlangen drängen beschweren jammern stöhnen seufzen lachen witzeln sticheln frotzeln feixen raunen prosten
flüstern murmeln brüllen poltern wettern ätzen mutmaßen vermuten prophezeien prognostizieren präzisieren
dementieren leugnen wiederholen erinnern verdeutlichen konstatieren insistieren protestieren polemisieren
ironisieren sinnieren schwärmen bedauern beschwichtigen drohen reagieren beruhigen beten
schmunzeln grinsen lächeln kichern grummeln brummen nuscheln flachsen frohlocken granteln motzen maulen nörgeln
""")
# The cue verbs of the regional varieties German news quotes in ("„…“, sä se.", "„…“, het si gseit."), as written:
# Low German (Plattdeutsch: sä, säd "sagte", seggt "sagt", vertellt "erzählt", fröög "fragte", snackt "redet"), Swiss
# German (sait "sagt", gseit "gesagt", verzellt "erzählt", frögt "fragt"), Bavarian and Austrian (sogt "sagt", gsogt
# "gesagt", moant "meint", gfrogt "gefragt"). Only forms that are no word of standard German: Swiss "seit" is "since",
# left out.
REGIONAL_CUE_VERBS = words("""
sä säd sään seggt seggen vertellt vertell fröög fröögt
sait gseit verzellt verzöllt frögt gfrögt rüeft
sogt gsogt gsagt moant gmoant gfrogt frogt
snackt snackte snackten
""")
# Verbs of beaming, wonder, knowing, insisting and reckoning, cues of a quote only ("„…“, strahlt die Wirtin", "„…“,
# staunt der Gast", "„…“, wusste der Ortschronist", "„…“, beharrt die Nachbarin", "„…“, überschlägt der Wirt"):
# elsewhere no speech ("Er strahlt vor Freude", "Sie wusste es nicht", "Er beharrt auf seinem Recht", "Er überschlägt
# die Kosten")
QUOTE_ONLY_CUES = words("weiß weiss wusste wussten überschlägt überschlug überschlugen") | frozenset(
    form for verb in words("strahlen staunen beharren") for form in _weak_forms(verb)
)
# Verbs of qualifying: what a subject calls something in quote marks is their words ("bezeichnete den Entwurf als „ein
# fatales Signal“", "brandmarkte die Kürzung als „Kahlschlag“", "titulierte ihn als „Totengräber“"), a claim however
# short
QUALIFYING_VERBS = words("bezeichnen titulieren brandmarken werten geißeln verurteilen")
CUE_VERBS = (
    STRONG_CUE_VERBS
    | REGIONAL_CUE_VERBS
    | QUOTE_ONLY_CUES
    | frozenset(form for verb in WEAK_CUE_VERBS | QUALIFYING_VERBS for form in _weak_forms(verb))
)
# Separable verbs: the particle closes the clause ("fügte er hinzu"), the finite form opens it.
SEPARABLE_CUES = MappingProxyType(
    {
        "hinzu": words("fügt fügte fügten setzt setzte setzten"),
        "an": words(
            "kündigt kündigte kündigten merkt merkte merkten fügt fügte fügten gibt gab gaben führt führte "
            "ordnet ordnete ordneten"
        ),
        "mit": words("teilt teilte teilten"),
        "ein": words(
            "räumt räumte räumten wendet wandte wandten wendete wirft warf warfen ordnet ordnete ordneten "
            "stuft stufte stuften"  # ("stufte den Plan als „riskant“ ein": a qualifying, see QUALIFYING_VERBS)
        ),
        "klar": words("stellt stellte stellten macht machte machten"),
        "deutlich": words("macht machte machten"),
        # ("„…“, plauderte der Wirt aus": he let it out, a secret or a detail)
        "aus": words("führt führte führten plaudert plauderte plauderten"),
        "auf": words("zählt zählte zählten"),  # ("„…“, zählt die Kassenwartin auf": she lists)
        "richtig": words("stellt stellte stellten"),  # ("„…“, stellt der Sprecher richtig": he corrects)
        "zu": words("gibt gab gaben"),
        "fort": words("fährt fuhr fuhren"),
        "fest": words("stellt stellte stellten hält hielt hielten"),
        "zurück": words("weist wies wiesen"),
        "hervor": words("hebt hob hoben"),
        "entgegen": words("hält hielt hielten"),
        "dagegen": words("hält hielt hielten setzt setzte"),
        # ("So stellte Corinne Bühlmann den Entwurf vor": she presented it; "hält … vor": reproaches)
        "vor": words("wirft warf warfen rechnet rechnete hält hielt stellt stellte stellten"),
        "nach": words("legt legte legten schiebt schob schoben hakt hakte hakten setzt setzte setzten"),
        "zusammen": words("fasst fasste fassten"),
        "heraus": words("stellt stellte stellten"),
        "hin": words("weist wies wiesen"),
        "dar": words("legt legte legten"),
        # ("„…“, lässt die Kantonspolizei verlauten", "ließ das Ministerium mitteilen": the subject speaks, through
        # whoever it has the words passed on by)
        "verlauten": words("lässt ließ liess ließen liessen"),
        "mitteilen": words("lässt ließ liess ließen liessen"),
        "ausrichten": words("lässt ließ liess ließen liessen"),
        "wissen": words("lässt ließ liess ließen liessen"),  # ("„…“, ließ die Bürgermeisterin wissen": let it be known)
        "ab": words("streitet stritt stritten wiegelt wiegelte"),
        "bekannt": words("gibt gab gaben"),
        "zum Besten": words("gibt gab gaben"),  # ("„…“, gab Garbers zum Besten": told it, a story or a fact)
        "preis": words("gibt gab gaben"),  # ("„…“, gibt die Köchin ihr Geheimnis preis": she gives it away)
        "zu Wort": words("meldet meldete meldeten"),  # ("Dann meldete sich Karl Brandl zu Wort: „…“": asked to speak)
    }
)
TITLES = words("""
herr frau dr dr. prof prof. abg abg. professor professorin graf gräfin präsident präsidentin bundeskanzler
bundeskanzlerin
kanzler kanzlerin minister ministerin bundesminister bundesministerin ministerpräsident ministerpräsidentin
bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin sprecher sprecherin chef chefin
vorsitzender vorsitzende direktor direktorin abgeordneter abgeordnete senator senatorin botschafter
botschafterin generalsekretär generalsekretärin us-präsident bundespräsident bundespräsidentin
geschäftsführer geschäftsführerin vorstandsvorsitzender vorstandschef vorstandschefin konzernchef
konzernchefin firmenchef firmenchefin leiter leiterin pressesprecher pressesprecherin
regierungssprecher regierungssprecherin polizeisprecher polizeisprecherin staatssekretär staatssekretärin
landrat landrätin richter richterin staatsanwalt staatsanwältin trainer trainerin papst könig königin
führer führerin stadträtin gemeinderätin ratsherr arzt ärztin autor autorin gründer gründerin berater beraterin mitglied
kapitän kapitänin torhüter torhüterin stürmer stürmerin spieler spielerin sportdirektor sportdirektorin
pfr pfr. msgr msgr. hw hw. hr hr. fr. stv stv. bgm bgm. vbgm vbgm. präs präs. vors vors. labg labg. mdl mdb gr
obmann obfrau kassier kassierin schriftführer schriftführerin zunftmeister zunftmeisterin landammann ammann
gemeindeammann schultheiss schultheiß bezirksammann bezirksammännin gemeindeammännin landammännin
oberst oberstleutnant hauptmann oberleutnant leutnant feldwebel oberfeldwebel hauptfeldwebel stabsfeldwebel
unteroffizier gefreiter obergefreiter fähnrich generalleutnant generalmajor brigadegeneral admiral fregattenkapitän
korvettenkapitän kapitänleutnant wachtmeister korporal divisionär korpskommandant brigadier kommissar kommissarin
hauptkommissar hauptkommissarin oberkommissar oberkommissarin kriminalkommissar kriminalhauptkommissar polizeikommissar
polizeihauptkommissar polizeioberkommissar polizeiobermeister polizeihauptmeister polizeimeister inspektor inspektorin
bezirksinspektor gruppeninspektor revierinspektor chefinspektor abteilungsinspektor kontrollinspektor kommandant
kommandantin brandmeister oberbrandmeister hauptbrandmeister brandinspektor kreisbrandmeister branddirektor
maresciallo brigadiere carabiniere appuntato capitano tenente colonnello generale comandante questore vicequestore
commissario ispettore sovrintendente vigile
mag mag. magister magistra hofrat hofrätin kommerzialrat ökonomierat medizinalrat notar notarin
rechtsanwalt rechtsanwältin anwalt anwältin advokat advokatin fürsprecher fürsprecherin pfarrer pfarrerin diakon
diakonin dekan dekanin pater prälat kardinal bischof weihbischof abt äbtissin rabbiner imam pastor pastorin
domkapitular domherr vikar vikarin kantor kantorin mesner mesnerin küster küsterin hebamme hebammen rektor rektorin
ökr kr kommr medr vetr osr regr ostr ostd dkfm ddr mmag mag.a mag.ª dr.in mdep mdbb mdhb mda
propst pröpstin prälatin superintendent superintendentin landessuperintendent landessuperintendentin
dompropst dompröpstin stiftspropst domdekan domdekanin stadtdekan stadtdekanin kreisdekan kreisdekanin
generalvikar generalvikarin regionalbischof regionalbischöfin landesbischof landesbischöfin bischöfin
oberkirchenrat oberkirchenrätin kirchenrat kirchenrätin prädikant prädikantin diakonisse priorin subpriorin
archimandrit erzpriester protopresbyter metropolit pastoralreferent pastoralreferentin gemeindereferentin
borgmester viceborgmester kommunaldirektør byrådsmedlem rådmand rådmann ordfører varaordfører kommunalråd
kommunalrådet landshövding sognepræst sogneprest provst kirkeværge direktør formand forkvinde overborgmester
""")  # (the lines from "obmann": offices of clubs, guilds and Swiss communes, "Obmann Xaver Lutz", "Landammann Urs
# Hofer"; the lines after them: ranks of the armies and the police of Germany, Austria and
# Switzerland ("Polizeihauptkommissar", "Revierinspektor", "Wachtmeister", "Divisionär") and of their fire brigades;
# the Italian ranks of South Tyrol's Carabinieri, police and town wardens ("Maresciallo Andrea Bertagnolli", "der
# Maresciallo"); Austria's academic and honorary titles ("Mag.", "Hofrat", "Kommerzialrat"); the professions and the
# clergy; Austria's honorary titles by their letters ("ÖkR" Ökonomierat, "KR", "KommR" Kommerzialrat, "MedR",
# "VetR", "OSR" Oberschulrat, "RegR", "OStR" Oberstudienrat, "OStD", "Dkfm.", "DDr.", "MMag.", the women's "Mag.a",
# "Dr.in") and Germany's members of parliaments ("MdEP", "MdBB", "MdHB", "MdA"), "Hebamme", the church's offices
# ("Domkapitular", "Mesner", "Küster", "Kantorin"), and (round 54) every church's offices of both genders before a
# name ("Propst", "Prälatin", "Superintendentin", "Regionalbischöfin", "Oberkirchenrätin", "Prädikantin",
# "Archimandrit"). Not "DI", "SR", "StR": "Di Maio", "Sr.", "Str." as often. Not "Major", "Kaplan", "Prior",
# "Maggiore": names and places as often; nor Austria's "Regierungsrat", a Swiss canton's government)
# Each title's role: a feminine form names the same role as the masculine one ("Bürgermeisterin"); role
# nouns that name one role in other words, the first of each line naming it ("die Gewerkschaftschefin" is
# the person introduced as "Vorsitzende der Gewerkschaft").
ROLE_FORMS = role_table(
    {
        **{t: t[:-2] for t in TITLES if t.endswith("in") and t[:-2] in TITLES},
        "staatsanwältin": "staatsanwalt",
        "landrätin": "landrat",
        "rätin": "rat",  # (compound title ends: "Oberstudienrätin" is an "Oberstudienrat")
        "meisterin": "meister",
        "vorsitzende": "vorsitzender",
        "abgeordnete": "abgeordneter",
        "politikerin": "politiker",
        "dr.": "dr",
        "prof.": "prof",
        "abg": "abgeordneter",  # "Abg. Eva Huber": a member of an Austrian or German parliament, either gender
        "abg.": "abgeordneter",
        # (Austria's honorary title by its letters: "ÖkR Leopold X" is "der Ökonomierat"; not "MedR", whose "MedR X,
        # Gemeindearzt," the cast reads as the doctor's role)
        "ökr": "ökonomierat",
        # (abbreviated titles of the clergy, of councils and parliaments: "Pfr. Anton Huber" is "der Pfarrer", "LAbg.
        # Eva Huber", "MdL", "MdB" a member, "Bgm." the mayor; "GR", a Gemeinderat's member, is a title too)
        "pfr": "pfarrer",
        "pfr.": "pfarrer",
        "msgr": "pfarrer",
        "msgr.": "pfarrer",
        "hw": "pfarrer",
        "hw.": "pfarrer",
        "labg": "abgeordneter",
        "labg.": "abgeordneter",
        "mdl": "abgeordneter",
        "mdb": "abgeordneter",
        "bgm": "bürgermeister",
        "bgm.": "bürgermeister",
        "vbgm": "vizebürgermeister",
        "vbgm.": "vizebürgermeister",
        "präs": "präsident",
        "präs.": "präsident",
        "vors": "vorsitzender",
        "vors.": "vorsitzender",
        "obfrau": "obmann",
    },
    families="""
    vorsitzender chef leiter boss führer vorstandsvorsitzender vorstandschef direktor geschäftsführer
    vorsitzender firmenchef konzernchef unternehmenschef
    anwalt rechtsanwalt rechtsanwältin anwältin verteidiger verteidigerin
    journalist journalistin reporter reporterin korrespondent korrespondentin moderator moderatorin
    arzt ärztin mediziner medizinerin
    arzt gynäkologe gynäkologin chirurg chirurgin internist internistin kardiologe kardiologin anästhesist anästhesistin
    arzt neurologe neurologin onkologe onkologin radiologe radiologin urologe urologin
    ehefrau witwe
    ehemann witwer
    bürgermeister stadtoberhaupt gemeindeoberhaupt ortschef ortschefin stadtchef stadtchefin gemeindechef gemeindechefin
    bürgermeister oberbürgermeister oberbürgermeisterin rathauschef rathauschefin dorfchef dorfchefin bezirkschef
    bürgermeister bezirkschefin stadtpräsident stadtpräsidentin gemeindepräsident gemeindepräsidentin gemeindevorsteher
    bürgermeister gemeindevorsteherin dorfschultheiß stadtschultheiß
    landrat kreischef kreischefin
    trainer trainerin coach cheftrainer cheftrainerin übungsleiter übungsleiterin chefcoach
    kapitän kapitänin skipper skipperin seebär schiffsführer schiffsführerin
    landwirt landwirtin bäuerin bergbäuerin biobäuerin jungbäuerin hofbäuerin milchbäuerin agrarwirt agrarwirtin
    """,
)
# Nationalitäten und Bereiche (siehe affiliation_table): „der Schwede“ ist, wen der Artikel schwedisch nannte,
# „der Gewerkschafter“, wem er ein Amt in einer Gewerkschaft gab.
# (the lines after "kroatien": regions and nations whose people's noun is a weak noun in "-e", which no ending of
# ``nationality_noun_endings`` tells, "der Schwabe Klaus Maier", "die Sächsin Ina Kühn", "der Däne Jens Holm")
AFFILIATIONS, AFFILIATION_NOUNS = affiliation_table("""
deutschland deutsch deutsche deutschen / deutsche deutscher
frankreich französisch französische französischen / franzose französin
italien italienisch italienische italienischen / italiener italienerin
niederlande niederländisch niederländische niederländischen / niederländer niederländerin
österreich österreichisch österreichische österreichischen / österreicher österreicherin
polen polnisch polnische polnischen / pole polin
schweden schwedisch schwedische schwedischen / schwede schwedin
schweiz schweizerisch schweizerische schweizerischen / schweizer schweizerin
spanien spanisch spanische spanischen / spanier spanierin
ukraine ukrainisch ukrainische ukrainischen / ukrainer ukrainerin
äthiopien äthiopisch äthiopische äthiopischen / äthiopier äthiopierin
kenia kenianisch kenianische kenianischen / kenianer kenianerin
serbien serbisch serbische serbischen / serbe serbin
kroatien kroatisch kroatische kroatischen / kroate kroatin
schwaben schwäbisch schwäbische schwäbischen / schwabe schwäbin
sachsen sächsisch sächsische sächsischen / sachse sächsin
franken fränkisch fränkische fränkischen / franke fränkin
hessen hessisch hessische hessischen / hesse hessin
westfalen westfälisch westfälische westfälischen / westfale westfälin
friesland friesisch friesische friesischen / friese friesin
dänemark dänisch dänische dänischen / däne dänin
russland russisch russische russischen / russe russin
türkei türkisch türkische türkischen / türke türkin
griechenland griechisch griechische griechischen / grieche griechin
finnland finnisch finnische finnischen / finne finnin
großbritannien britisch britische britischen / brite britin
schottland schottisch schottische schottischen / schotte schottin
irland irisch irische irischen / ire irin
tschechien tschechisch tschechische tschechischen / tscheche tschechin
slowakei slowakisch slowakische slowakischen / slowake slowakin
slowenien slowenisch slowenische slowenischen / slowene slowenin
bulgarien bulgarisch bulgarische bulgarischen / bulgare bulgarin
rumänien rumänisch rumänische rumänischen / rumäne rumänin
ungarn ungarisch ungarische ungarischen / ungar ungarin
kurdistan kurdisch kurdische kurdischen / kurde kurdin
afghanistan afghanisch afghanische afghanischen / afghane afghanin
gewerkschaft gewerkschaften ig verdi dgb gew / gewerkschafter gewerkschafterin gewerkschaftler gewerkschaftlerin
cdu csu övp cvp evp cdh / christdemokrat christdemokratin christdemokraten christsoziale christsozialer christsozialen
cdu / unionspolitiker unionspolitikerin unionsmann unionsfrau
spd spö sp sps / sozialdemokrat sozialdemokratin sozialdemokraten genosse genossin sozi sozis
fdp neos fdp.die / freidemokrat freidemokratin liberale liberaler liberalen freisinnige freisinniger
grüne grünen glp / grüner grünen-politiker grünen-politikerin ökologe
linke kpö pda bsw / linker linken
fpö afd svp / freiheitliche freiheitlicher rechtspopulist rechtspopulistin
""")
ROLE_NOUNS = words("""
beamter beamtin
anwalt anwältin experte expertin politiker politikerin kandidat kandidatin ökonom ökonomin journalist koordinator
nachbar nachbarin zeuge zeugin besucher besucherin urlauber urlauberin anwohner anwohnerin rentner rentnerin schüler
schülerin student studentin lehrer lehrerin zuschauer zuschauerin mann
kunde kundin käufer käuferin
sohn tochter bruder schwester vater mutter ehefrau ehemann partnerin lebensgefährte lebensgefährtin
enkel enkelin neffe nichte cousin cousine onkel tante großvater großmutter schwiegersohn schwiegertochter witwe witwer
braut bräutigam
vizebürgermeister
pfarrer pfarrerin pastor pastorin diakon diakonin vikar vikarin küster küsterin kantor kantorin
techniker technikerin
tierpfleger tierpflegerin förster försterin wildhüter wildhüterin
lotse lotsin schleusenwart schleusenwärterin
bibliothekar bibliothekarin archivar archivarin notar notarin
landwirt
""")
MALE_TITLES = words("""
herr präsident bundeskanzler kanzler minister bundesminister ministerpräsident bürgermeister sprecher chef
vorsitzender direktor abgeordneter senator botschafter generalsekretär regierungssprecher polizeisprecher
staatssekretär landrat richter staatsanwalt trainer könig geschäftsführer vorstandsvorsitzender vorstandschef
konzernchef firmenchef leiter pressesprecher führer ratsherr rat meister obmann kassier schriftführer zunftmeister
landammann ammann gemeindeammann schultheiss schultheiß
sohn bruder vater ehemann mann lebensgefährte hr hr. enkel neffe onkel großvater witwer schwiegersohn bräutigam
""")
# ("Abgeordnete" is none: "der Abgeordnete" is a man, "die Abgeordnete" a woman; the first name tells.)
FEMALE_TITLES = words("""
frau präsidentin bundeskanzlerin kanzlerin ministerin bundesministerin ministerpräsidentin bürgermeisterin
sprecherin chefin direktorin senatorin botschafterin generalsekretärin regierungssprecherin
polizeisprecherin staatssekretärin landrätin richterin staatsanwältin trainerin königin geschäftsführerin
vorstandschefin konzernchefin firmenchefin leiterin pressesprecherin führerin stadträtin gemeinderätin rätin meisterin
obfrau kassierin schriftführerin zunftmeisterin
gründerin
tochter schwester mutter ehefrau partnerin lebensgefährtin fr. enkelin nichte tante großmutter witwe schwiegertochter
braut
""")
PRONOUNS = pronoun_table(
    # (and the regional forms a cue in a variety writes, no word of standard German: Low German "he" er, "se" sie;
    # Swiss German "är" er, "si" sie: "„…“, sä se.", "„…“, het si gseit.")
    m_sg="er ihm ihn sein he är",
    f_sg="sie ihr se si",  # "sie" is also "they": its number is read as singular, the commoner credit
    n_sg="es",
    first_sg="ich",
    first_pl="wir",
)
# ("jede", "jeder": "Jede Meldung mit Foto helfe" is no one's name)
DETERMINERS = words("der die das ein eine einer eines dessen deren jede jeder jedes jedem jeden")
# Rechtsformen after a name ("Kali Südharz AG", "Stadtwerke Elbtal GmbH", "Tafel Nord e.V."): the same body as the
# name without them; full stops dropped at the end ("e.V").
# (round 55: Austria's and Switzerland's forms and the public bodies': "Gen.m.b.H.", "GesmbH", "AöR", "GbR")
LEGAL_FORMS = words("AG GmbH gGmbH mbH SE KG KGaA OHG UG e.V eV eG e.G Gen.m.b.H GenmbH GesmbH Ges.m.b.H GesbR "
                    "GbR PartG PartGmbB AöR KdöR gAG gUG VVaG e.Gen eGen"
                    # (round 58: Italy's, as South Tyrol's and Friuli's German pages write them after a company's name,
                    # its stops kept but the last: "Die E-Distribuzione S.p.A., Zone Tolmezzo, schreibt")
                    " S.p.A SpA S.r.l Srl S.a.s S.n.c S.c.a.r.l")
ORGANISATION_WORDS = words("""
regierung ministerium partei polizei bundesregierung verband verein gmbh ag konzern unternehmen
bundestag bundesrat landtag gericht staatsanwaltschaft agentur zeitung nachrichten stiftung universität
behörde amt rat kommission union bank gruppe gemeinderat stadtrat verwaltung stadtverwaltung feuerwehr
gewerkschaft firma klinik krankenhaus institut zentrum akademie hochschule schule kammer genossenschaft
sv fc vfb vfl tsv tsg klub club liga bahn betreiber bund bündnis initiative netzwerk allianz koalition vereinigung
kreis landkreis klinikum museum gemeinde pfarrei jury tierpark wildpark zoo forum dienst regierungsrat versicherung
bundesamt landesamt inspektorat departement direktion
inspektion wache kaserne dienststelle kommando
anstalt kasse stadtwerke präsidium kanzlei zentrale kommando inspektion konferenz ausschuss beirat senat
magistrat verbund gesellschaft rundfunk aufsicht bistum diözese innung körperschaft landesbetrieb landratsamt
bezirkshauptmannschaft
bezirksamt gesundheitsamt jugendamt ordnungsamt umweltamt bauamt finanzamt zollamt hauptzollamt standesamt
sozialamt veterinäramt straßenbauamt wasserwirtschaftsamt schulamt kulturamt sportamt
kirche kirchengemeinde kirchgemeinde pfarrgemeinde pfarre kirchenkreis dekanat moschee synagoge kloster abtei
""")  # ("-amt" ends too many other words to end a body's compound: "Bundesamt" and "Landesamt" are listed, so "Das
# Bundesamt für Seeschifffahrt und Hydrographie hatte gewarnt" names a body; an "-inspektorat" is one: "im Bericht des
# Arbeitsinspektorats Leoben"; a canton's "Departement", a "Direktion"; the police's and the forces' posts, "von der
# Polizeiinspektion Passau", "von der Carabinieri-Station Brixen"; round 52: the faiths' houses and parishes, so that
# "Pastorin Annegret Schlüter von der Marienkirche" ends before its church, "Stadtpfarrkirche", "Kirchengemeinde")
# Documents credited with words ("hieß es in einer Mitteilung des Verbands"): they speak for whoever issued them.
DOCUMENT_NOUNS = words("""
erklärung mitteilung pressemitteilung stellungnahme bericht schreiben brief artikel beitrag
gutachten beschluss protokoll entscheid bescheid verfügung verordnung satzung warnung
prognose studie auswertung hinweis rundschreiben
planung information richtlinie anordnung erlass merkblatt vermerk bekanntmachung empfehlung meldung vorhersage
untersuchung bewertung einschätzung aushang rundbrief leitfaden vorlage weisung durchsage analyse
""")

# First names (round 56 adds the Alps' old given names and their short forms, "Notburga", "Kreszenz", "Hias", "Traudl",
# which the Tyrolean and Bavarian order gives after the surname, "die Klotz Burgi"; and Upper Silesia's Polish ones,
# "Gertruda", "Henryk": a run of an unknown first name and a surname opening a sentence is read as no one)
MALE_NAMES = words("""
alexander andreas christian daniel david dirk felix florian frank friedrich georg hans heinz helmut jan
jens joachim jonas jörg jürgen karl klaus lars lukas markus martin matthias max michael niklas olaf
oliver paul peter ralf robert sebastian stefan stephan thomas tim tobias uwe werner wolfgang
bernd boris carsten christoph dieter erik fabian gerhard günter hannes harald heiko hendrik holger horst
ingo jakob johannes kai konrad leon lothar lutz manfred marcel moritz norbert philipp reinhard rolf sven
thorsten torsten volker walter wilhelm hinrich
bernhard detlef egon ernst gerd fritz gustav herbert hermann jochen kurt ludwig otto rainer rüdiger siegfried ulrich
axel bastian benedikt björn claus dietrich erich falk franz günther heinrich hubert karl-heinz marco nils patrick
rené roland sigmar steffen thilo timo udo ulf winfried henning luca elias noah ben anton emil karsten
xaver josef alois sepp korbinian vinzenz leonhard ignaz kaspar quirin wendelin hubertus ferdinand lorenz urs reto
ueli vitus rudolf rudi
hauke ocke tamme sönke eike jelle sjoerd gion gieri curdin flurin duri andri jachen jurij měrćin pětr
gian giachen giusep peder luzi armon linard
hinnerk hinrich jann
andrij maxym maksym serhij mykola oleksij olexij oleksandr olexander dmytro wassyl taras bohdan wolodymyr witalij
jewhen ihor petro pawlo iwan wadym anatolij walerij mychajlo ostap artem denys kostjantyn wladyslaw jaroslaw oleh ruslan
hansjörg kassian pankraz loisl hias wastl girgl seppi hansi
henryk zbigniew ryszard bogdan tadeusz
""")
FEMALE_NAMES = words("""
andrea angela anja anna annalena birgit christina claudia eva franziska gabriele heike julia karin
katharina katrin kerstin laura lena manuela maria marie martina melanie monika nicole petra sabine
sandra sarah silke simone sophie stefanie susanne svenja tanja ursula ute
alexandra annette barbara bettina britta carola charlotte christiane cornelia dagmar doris elke elisabeth
emma erika gisela hannah helga ines ingrid jana johanna jutta katja kathrin lisa luise maren miriam
nadine nina renate ruth sonja ulrike verena dörte
anke antje beate brigitte edith gertrud greta hanna heidi hildegard ilse irene lea lotte marlene paula rita
sigrid waltraud
anett annegret christa dorothea frauke gerda gudrun hannelore ina inge iris jasmin jessica kirsten klara kristina
luisa margarete margarethe margot marianne marina ricarda sabrina swantje vanessa veronika wiebke yvonne mia lina leonie amelie
vroni resi zenzi berta anneliese kathi rosi burgi walburga theresia liesl gretl
tjarda mengia uorschla seraina madlaina annina mierta flurina hanka marja
ladina chatrina cilgia
oksana olena natalija switlana tetjana julija iryna halyna ljudmyla kateryna wiktorija olha nadija daryna solomija
larysa walentyna
notburga kreszenz crescentia ottilie kunigunde afra genovefa walpurga aloisia cäcilia hermine rosina traudl rosl lisl
moidl nandl vevi annerl evi steffi
gertruda zuzanna jadwiga bożena grażyna
""")
NAME_PARTICLES = words("von van der den de zu vom zum")
NOT_NAMES = words("""
der die das ein eine einer eines dem den des und oder aber wenn als auch doch nach vor in im am an auf
mit von zu bei für über unter er sie es wir ich ihr man dies diese dieser dieses jetzt heute gestern
montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni juli
august september oktober november dezember so laut wie niemand jemand demnach zudem außerdem allerdings
dennoch trotzdem deshalb daher damals später
etwas
dort hier da danach dann zuvor zuerst zunächst zuletzt anschließend abschließend schließlich daraufhin dazu darauf
dabei darüber hierzu nun erst bisher immerhin vorher nachher inzwischen mittlerweile seitdem seither stattdessen
ebenfalls ebenso deswegen darum jedoch zwar also weiter ferner ergänzend gleichzeitig zugleich tatsächlich sogar
kürzlich neulich einst künftig bald
""")
PREPOSITIONS = words(
    "in im ins an am ans auf aus bei beim mit nach von vom zu zum zur für über unter vor gegen durch um seit ohne "
    # (where a group stood, in an aside between its name and its verb: "Die Anwohner, etwa zwanzig Leute hinter der
    # letzten Stuhlreihe, riefen:" was "der letzten Stuhlreihe")
    "hinter hinterm neben zwischen "
    # (whom words went to, fronted: "Gegenüber der Lausitzer Rundschau bezeichnete es Hentschel als „…“", the subject
    # after the verb)
    "gegenüber"
)
ABBREVIATIONS = words("""
dr prof abg geb nr bzw ca vgl usw z.b u.a dt st jan feb aug sept okt nov dez
a.d i.d o.d a.m a.rh a.n i.br i.opf i.d.opf v.d.h i.sa i.ha i.wf a.inn a.l
""")  # (round 53: a place's small words, "Neustadt a.d. Waldnaab", "Frankfurt a.M.", "Freiburg i.Br.")
# (with the colloquial "nix", the literary "mitnichten", "nimmermehr", and the regional forms a page quotes as said,
# filled from the regions, not from one page: Bavarian, Austrian and South Tyrolean "nit", "niad", "nia", "nimma",
# "nimmi" and "koa" with every ending ("koan", "koam", "koas"); Swabian and Alemannic "koi" forms, Swiss "nöd", "nöt",
# "nüd", "nüt", "nüüt", "nümm", "nümme", "niene", "niemer", "keis", "käi"; Low German, Berlin and Saxon "nich",
# "nüscht", "nischt", "nuscht", "nüms", "nienich", "keene" forms, "nee"; Hessian and Palatine "kaan", "kää" forms;
# Rhenish and Kölsch "nä". The forms that are a name or another language's word are REGIONAL_NEGATIONS, read only in
# lower case and not in a text of that other language: negations are read in a text of any language)
NEGATIONS = words("""
nicht kein keine keinen keinem keiner keines keinerlei keineswegs keinesfalls nie niemals nimmer nichts
niemand niemanden niemandem nirgends nirgendwo weder noch ohne
nix mitnichten nimmermehr
nit koa koane koana koaner nimma nöd nüd nüt nümm nich
niad nia nimmi koam koas koana koani neamd neamads
koin koim koiner koins
nöt nüüt nümme nüme niene niemer niemert keis keini käi käis kes
nüscht nischt nuscht nüschd nischd nüms nienich keene keenen keenem keenes nee nä nää
kaan kaa kää kään kääne kaaner kääner
neet neit nargens nerrns
nünt nünts kuan kua kuana kuani kän käni
näischt neischt keng kenger kengem kenges kee néierens
nemme nemmer nemmi nedd koine koina koiner
nirgads nindascht nindert nirjends nimmieh nimieh
kjeen kjeena niemols nisht keyn niks geen
kä niemes niemerd nimme nienet nüüt nümmi kääne kaane
ikke aldrig ingen nimic niciodată niciun nessuno niente betg nagut
nümms nümmes nüüms nümmer nümmers nienig nümmermehr keeneen nargends
gjin gjinien nimmen nearne nea nimen nåån
gornisht gornit keyner keynem keynmol nishto
nieme nieneds nienets niemerts nirgets nienert kaner
ikkje inte inget ingenting intet aldri ingenstans ingensteds
niet niets nergens
nigdy nikt żaden żadna żadnego nikdy nikdo nikto nichego nikogda nigde nikad nitko ništa nijedan nema
neanche nemmeno neppure nessuna
yok değil hiç hiçbir hiçkimse asla
tipota kanenas
semmi senki soha sehol nincs nincsen
eikä mitään kukaan koskaan
pustekuchen denkste
joq jok zhoq emes emas yox deyil tügil ügüi
nuk asgjë kurrë askush
ekki ikki ekkert einki aldrei enginn intet inget
nėra niekas niekad nekad nekas nekur nekad
nemá nemam nimam nisam nije nisu nismo nikoli nič nikde nigdzie nikuda nichto netu nyet není nejsou njeje
nimic niciodată nimeni niciun nicio sosem
buc betga nuot nagin nagina nagins naginas negin negina neginas navot navut nign nigns ingün ingüna ingüns
inguotta ünguotta nöglia brich nuia degun deguna nience nianca nuie nissun nissune nancje
minga nagott nigott gnente gnanca nissün nient
ničo nichtó ženje žadyn žana nihče nikjer nobeden nobena nisem nismo niso nimamo
gein nieks noeit nieman
""")
# (round 55, by family, not from one page: blind set 58's Sursilvan "buc" and Fering "ei", tune set 48's Romansh "nu"
# left out unflagged) the Romance languages of the Alps a German page quotes: Romansh of every idiom (Sursilvan "buc",
# "nuot", "nagin", "negin"; Surmiran and Sutsilvan "betga", "navot", "navut", "nign"; Vallader and Puter "nu", "ingün",
# "inguotta", "ünguotta", "nöglia", "brich"), Ladin ("nia", "nuia", "degun", "nience"), Friulian ("nuie", "nissun",
# "nancje"), Lombard and Ticinese ("minga", "nagott", "nigott"), Venetian and Trentino ("gnente", "gnanca"); Upper and
# Lower Sorbian ("ničo", "nichtó", "ženje", "žadyn"), Carinthian Slovene ("nihče", "nikjer", "nobeden", "nisem");
# Limburgish ("gein", "nieks", "noeit"). Fering "ei" and Estonian "mitte" are German nouns only capitalised ("Ei",
# "Mitte"): read in lower case in any text. Left out as another word: Romansh and Ladin "mai" (French "mai", May; round
# 53), Ladin "mei" (Bavarian "mei", my), Lombard "mia" (Italian "mia", my), Sölring "ek" (Afrikaans "ek", I), Mooring
# Frisian "ai" (French "j'ai": a short French claim telling no language would read it otherwise)
# (round 54, by language family, not from one page: blind set 57's Russian "nikogda" was listed, the next page's Kazakh
# or Albanian is not) the Turkic languages of Central Asia and the Caucasus a German page about its Germans quotes:
# Kazakh and Kyrgyz "joq", "jok", "zhoq", "emes", Uzbek "emas" and "yo'q", Azerbaijani "yox", "deyil", Tatar "tügil",
# Mongolian "ügüi"; Albanian "nuk", "asgjë", "kurrë", "askush"; Icelandic and Faroese "ekki", "ikki", "ekkert", "einki",
# "aldrei", "enginn" ("engin" is French "engin"); Danish and Swedish "intet", "inget"; Lithuanian and Latvian "nėra",
# "niekas", "niekad", "nekad", "nekas", "nekur"; Czech, Slovak, Slovene, Serbian, Croatian, Polish and Russian "nemá",
# "nimam", "nisam", "nije", "nisu", "nikoli", "nič", "nikde", "nigdzie", "nikuda", "netu", "nyet", "není", Sorbian
# "njeje"; Romanian "nimic", "niciodată", "nimeni", "niciun"; Hungarian "sosem". Another word elsewhere, a regional
# negation: Uzbek "yo'q" (its glottal mark kept), Tatar "yuk" and Mongolian "bish" (English), Albanian "jo" (Spanish
# "jo", Bavarian "jo", yes), Latvian "nav" (English "nav"), Estonian and Finnish "ei" and Estonian "mitte" (German "ei",
# "Mitte")
# (round 53, by language family, not from one page: blind set 56's Pomeranian "nümms" swapped for "jeder" went
# unflagged) Low German and Pomeranian "nümms", "nümmer", "nienig", "keeneen", "nargends"; West and North Frisian
# "gjin", "nimmen", "nea", "nearne"; Yiddish "gornisht", "keyner", "keynmol", "nishto"; Alsatian and Alemannic
# "nieme", "nieneds", "nirgets", "nienert"; Viennese "kaner"; Danish, Norwegian and Swedish "ikkje", "inte",
# "ingenting", "aldri"; Dutch "niet", "niets", "nergens"; Polish, Czech, Slovak, Russian and the South Slavic
# "nigdy", "nikt", "żaden", "nikdy", "nikdo", "nikto", "nichego", "nikogda", "nigde", "nikad", "nitko", "ništa",
# "nema"; Italian "neanche", "nemmeno", "neppure", "nessuna"; Turkish "yok", "değil", "hiç", "asla"; Greek
# "tipota", "kanenas"; Hungarian "semmi", "senki", "soha", "nincs"; Finnish "eikä", "mitään", "kukaan", "koskaan";
# the colloquial "Pustekuchen", "denkste". Polish and Czech "nic" is also a name: a regional negation. Left out as
# another word: Finnish "ei" (a cry), Hungarian "sem", Greek "den" and "pote" (German "den", French "pote"),
# Japanese "kana"
# Forms that are a name or another language's word elsewhere, each with the plain negation it stands for and the
# languages it is a word of (space-separated; "" for a name): Bavarian, Styrian and Austrian "ned" and "net" (the
# name Ned; English and French "net"), Swiss and Walser "nid" (French "nid"), Swiss "kei" and "kai" (the names Kei
# and Kai; New Zealand English "kai", food), Viennese "ka" (the Creoles' "ka" of a verb going on) and "kane",
# Bavarian "koan" (English "koan"), Swabian "koi" (English "koi"), Berlin and Low German "keen" and "keener"
# (English "keen"). Tune set 42: a dropped "ned" and "nid" went unflagged; tune set 43 and blind set 53: "keen",
# "koi", "koan", "nüscht", "niad".
REGIONAL_NEGATIONS = MappingProxyType(
    {
        "ned": ("nicht", ""),
        "kei": ("kein", ""),
        "kai": ("kein", "en"),
        "ka": ("kein", "fr"),
        "kane": ("keine", ""),
        "net": ("nicht", "en fr"),
        "nid": ("nicht", "fr"),
        "koan": ("kein", "en"),
        "koi": ("kein", "en"),
        "keen": ("kein", "en"),
        "keener": ("keiner", "en"),
        "it": ("nicht", "en"),
        "ken": ("kein", "en"),
        "nic": ("nichts", ""),
        "yo'q": ("nicht", ""),
        "yuk": ("nicht", "en"),
        "bish": ("nicht", "en"),
        "jo": ("nicht", "es de"),
        "nav": ("nicht", "en"),
        "ei": ("nicht", ""),
        "mitte": ("nicht", ""),
    }
)
# (round 53) Emphatic negations of several words ("nie im Leben", "null Komma nix", "nicht die Bohne"): a claim
# starting right after one, or swapping it, changes a negation
NEGATIVE_PHRASES = MappingProxyType(
    dict.fromkeys(("nie im leben", "nie und nimmer", "im leben nicht", "nicht im traum"), ("nie", ""))
    | dict.fromkeys(
        ("auf keinen fall", "auf gar keinen fall", "um keinen preis", "null komma nix", "nicht die bohne"),
        ("nicht", ""),
    )
    | dict.fromkeys(("kein stück", "keine spur"), ("nicht", ""))
)
# (round 51) by region and by form: East Frisian and Low German "neet", "nargens"; Vorarlberg and Alemannic "nünt",
# "kuan", Swiss "kän"; Luxembourgish "näischt", "keng", "kee", "néierens"; Swabian "nemme"; Bavarian "nirgads";
# Kölsch "nirjends", "nimmieh"; Plautdietsch "kjeen", "niemols"; Yiddish "nisht", "keyn"; Namibian German's
# Afrikaans "niks", "geen". Vorarlberg "it" (English "it") and Pennsylvania Dutch "ken" (English "ken") are
# REGIONAL_NEGATIONS.
# (round 52, by region and by form) Alsatian and Palatine "kä", "niemes", "niemerd", "nimme"; Swiss "nienet",
# "nüüt", "nümmi"; Danish of Schleswig "ikke", "aldrig", "ingen"; Romanian of Transylvania and the Banat "nimic",
# "niciodată", "niciun"; Italian of South Tyrol "nessuno", "niente"; Romansh "betg", "nagut". Left out as another
# word: Romanian "nu" and Czech "ne" (German "nu", "ne"), Italian "mai", Alsatian "kenn" and "nimm" (German "kenn",
# know, and "nimm", take), Romansh "buc" (the town of Buc)
# Function words of the regional varieties a German page quotes that no lexicon's stopwords hold (Berlin and Low
# German "ick", "dit", "wat", "dor", "för"; Bavarian "hob", "woaß", "oiwei"; Swiss and Swabian "isch", "händ", "gsi";
# Kölsch "och"): a text holding them is German for the reading of a regional negation ("Dor is keen Geld" holds
# English "is" and no German stopword)
REGIONAL_STOPWORDS = words("""
ick icke ik dit det dat wat ooch och nu dor för un hett hebb heff sünd bün mien dien ook aver wi
isch händ hät hen gsi öppis chli hob hod hot woaß fei hoid oiwei ois gwen mia scho hoit
üsre söllen kumma zua d'welt stroß de ut kummt bi hunn mir gëtt vun der fir wann mat
""")
NUMBER_WORDS = number_table(
    "null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn "
    "sechzehn siebzehn achtzehn neunzehn",
    "zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig",
    ein=1,
    eine=1,
    einen=1,
    hundert=100,
    dutzend=12,
)
# Number words of the regional varieties a German page quotes (Low German, Swiss German, Bavarian and Austrian,
# Alsatian), each the number it says: "siet twölf Johr" is "seit 12 Jahren", "füfzg Franke" 50 Franken. Left out:
# a word that is another word of standard German or of English ("eis" ice, "zäh" tough, "veer", "fief", "elven"), so
# a page's ordinary words never turn into numbers.
REGIONAL_NUMBER_WORDS = MappingProxyType(
    {
        # Low German (Plattdeutsch)
        "twee": 2, "dree": 3, "söss": 6, "söben": 7, "söven": 7, "negen": 9, "teihn": 10, "ölven": 11, "twölf": 12,
        "dörteihn": 13, "veerteihn": 14, "föffteihn": 15, "sössteihn": 16, "söbenteihn": 17, "achtteihn": 18,
        "negenteihn": 19, "twintig": 20, "dörtig": 30, "veertig": 40, "föfftig": 50, "sösstig": 60, "söventig": 70,
        "achtig": 80, "negentig": 90, "hunnert": 100,
        # Swiss German
        "zwöi": 2, "zwoi": 2, "drü": 3, "föif": 5, "füüf": 5, "foif": 5, "sächs": 6, "sibe": 7, "nüün": 9, "nün": 9,
        "zwölfi": 12, "drizäh": 13, "vierzäh": 14, "füfzäh": 15, "sächzäh": 16, "sibezäh": 17, "achtzäh": 18,
        "nünzäh": 19, "zwänzg": 20, "drissg": 30, "driissg": 30, "vierzg": 40, "füfzg": 50, "sächzg": 60,
        "sibezg": 70, "achtzg": 80, "nünzg": 90,
        # Bavarian and Austrian
        "oans": 1, "zwoa": 2, "viere": 4, "fümf": 5, "fimf": 5, "sechse": 6, "simme": 7, "neine": 9, "zehne": 10,
        "elfe": 11, "zwölfe": 12, "zwanzge": 20, "fuchzg": 50, "fuchzig": 50,
        # Alsatian
        "drèi": 3, "viar": 4, "siwwe": 7,
    }
)
DATE_WORDS = words("""
januar jänner februar feber märz april mai juni juli august september oktober november dezember
montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag
""")
# Austrian month names and the northern "Sonnabend": the same dates.
DATE_VARIANTS = MappingProxyType({"jänner": "januar", "feber": "februar", "sonnabend": "samstag"})
NUMBER_MULTIPLIERS = MappingProxyType({"hundert": 100, "tausend": 1000, "dutzend": 12})
# Ordinals are a number's stem and a declension's ending: "-t" after two to nineteen, "-st" after twenty and more
# ("dritten", "zwanzigsten"); glued compounds ("dreiundzwanzigste") are read by the ordinal suffixes. Left out:
# "erste" (a title's word: "Erster Bürgermeister") and "achte", "achten" (as often the verb: "Wir achten darauf").
ORDINALS = MappingProxyType(
    {
        form: n
        for form, n in inflected(
            number_table(
                "nullt erst zweit dritt viert fünft sechst siebt acht neunt zehnt elft zwölft dreizehnt vierzehnt "
                "fünfzehnt sechzehnt siebzehnt achtzehnt neunzehnt",
                "zwanzigst dreißigst vierzigst fünfzigst sechzigst siebzigst achtzigst neunzigst",
                siebent=7,
                hundertst=100,
                tausendst=1000,
            ),
            "e en er es em",
        ).items()
        if n >= 2 and form not in ("achte", "achten")
    }
)
MAGNITUDES = MappingProxyType(
    {
        "hundert": 2,
        "tausend": 3,
        "tsd": 3,
        "million": 6,
        "millionen": 6,
        "mio": 6,
        "milliarde": 9,
        "milliarden": 9,
        "mrd": 9,
        "billion": 12,
        "billionen": 12,
    }
)
STOPWORDS = words("""
der die das und ist nicht ein eine einer einem einen eines zu den dem des mit sich auf für von im am
auch es als an nach wie aus bei sie er wir ich ihr nur noch wird werden wurde wurden sind war waren hat
haben hatte hatten oder aber vor zur zum über so dass daß kann können man sein seine ihre durch wenn
um schon mehr beim dieser diese dieses gegen unter
alle alles mehrere einige einigen manche manchen viele vielen wenige etliche kein keine keinen keinem
keiner unser unsere unseren unserem unserer euer eure mein meine meinen meinem meiner dein deine seinen seinem seiner
ihren ihrem ihrer jede jeder jedes jeden jedem diesem diesen jene jener jenes seit beide beiden sämtliche solche ob
weil doch sehr ohne
""")

# Participles before the agent link, and the noun for the person named after it ("trained by X": the trainer)
AGENT_NOUNS = MappingProxyType(
    {
        "präsentiert": "präsentator",
        "trainiert": "trainer", "geleitet": "leiter", "gegründet": "gründer", "geschrieben": "autor",
        "moderiert": "moderator", "gespielt": "spieler",
    }
)

# (round 55) etwas, jemand and irgendwo, of German, its dialects and the languages a German page quotes (Swiss,
# Alemannic, Swabian, Bavarian, Low German, Luxembourgish; Dutch and Limburgish, the Nordic languages, Romansh, Ladin,
# Friulian, Italian, Polish, Czech, Slovene, Hungarian, Romanian); not "immer" nor "alle", whose swaps with "natürlich"
# or "neue" are common edits
# (round 56, by family: a negation shown by the change itself, a verb that loses or gains its negative prefix) the
# West Slavic and Baltic languages a German page quotes glue "ne" onto the verb (Czech "nevzdám" of "vzdám", I will not
# give up / I will give up: tune set 49; Slovak "nemôžeme" of "môžeme"; Lithuanian "nežinau" of "žinau", Latvian
# "nezinu" of "zinu"); Upper Sorbian "nje" ("njewěm" of "wěm")
NEGATIVE_PREFIXES = frozenset(("ne", "nje"))
POSITIVE_INDEFINITES = words("""
etwas ebbes ebbis öppis öppes eppes äbbes ebbs eppas eppa ebbas epes
jemand öpper epper eppr eppert ëmmen jemmand irgendwo irgendwas irgendwer
iets iemand noe något nogen noget eitthvað einhver
insatge zatgei enzatgi inzatgi valch zachei alc cualchidun qualcosa qualcuno quaicoss
coś ktoś něco někdo nekaj nekdo valami valaki ceva cineva
""")


# (round 60) Negation particles of the German dialects before or after their verb that are another word, or no word a
# reader of standard German knows as a negation (``Lexicon.variety_negations``)
VARIETY_NEGATIONS = MappingProxyType(
    {
        "nisch": "Upper Saxon, Thuringian",
        "nit": "Alemannic, Kölsch, Palatine",
        "net": "Hessian, Swabian, Cimbrian, Mòcheno",
        "ned": "Bavarian, Austrian",
        "nix": "colloquial German and its dialects (nichts)",
    }
)


LEXICON: Lexicon = Lexicon(
    code="de",
    name="Deutsch",
    double_quotes='„“”»«"',
    single_quotes="‚‘›‹'",
    cue_verbs=CUE_VERBS,
    quoting_verbs=words("zitierte zitiert zitierten"),
    quoting_links=("mit den Worten", "mit dem Satz", "mit der Aussage"),
    # "„…“, wird Ministerin Heike Amberger in der Pressemitteilung zitiert": the passive's subject is quoted
    passive_quoting=(("wird", "wurde"), ("zitiert",)),
    copulas=("war", "ist", "blieb", "bleibt", "zeigte sich", "zeigt sich", "gab sich", "gibt sich", "wurde", "wird"),
    opening_participles=words("befragt angesprochen"),
    # (and the verb of listing: "Der Verein zählt die Stimmen auf" is a deed)
    quote_only_cues=QUOTE_ONLY_CUES | SEPARABLE_CUES["auf"],
    separable_cues=SEPARABLE_CUES,
    # ("„...“, so Merkel"; "nach Angaben der Polizei": a genitive after "nach Angaben")
    according_to=(
        "laut", "so", "nach Angaben von", "nach Angaben", "mit den Worten von", "mit den Worten", "nach den Worten von",
        "nach den Worten des", "nach den Worten der", "nach den Worten",
    ),  # fmt: skip
    according_after=("zufolge", "gemäß"),
    floor_calls=words("zuruf zurufe zwischenruf zwischenrufe"),
    quote_interjections=("ich zitiere", "und ich zitiere", "zitat"),
    impersonal_cues=("hieß es", "heißt es", "hiess es", "heisst es", "hiesse es", "hieße es"),
    body_cues=("hieß es", "heißt es", "hiess es", "heisst es"),
    document_text_cues=(
        "heißt es", "hieß es", "heisst es", "hiess es", "steht", "stand", "steht geschrieben", "stand geschrieben",
        "ist zu lesen", "war zu lesen", "liest man", "las man",
    ),  # fmt: skip
    signing_words=words(
        "unterschrieben unterzeichnet unterschrieb unterschrieben unterzeichnete unterzeichneten unterschriebene "
        "unterschriebenen unterzeichneter mitunterzeichnet mitunterschrieben"
    ),
    document_anaphors=words("darin darauf dort hierin daraus"),
    issuing_verbs=("veröffentlichte", "veröffentlicht", "verbreitete", "verbreitet", "verschickte", "verschickt"),
    titles=TITLES,
    pronouns=PRONOUNS,
    negations=NEGATIONS,
    positive_indefinites=POSITIVE_INDEFINITES,
    regional_negations=REGIONAL_NEGATIONS,
    negative_phrases=NEGATIVE_PHRASES,
    negative_prefixes=NEGATIVE_PREFIXES,
    regional_stopwords=REGIONAL_STOPWORDS,
    number_words=MappingProxyType({**NUMBER_WORDS, **REGIONAL_NUMBER_WORDS}),
    magnitudes=MAGNITUDES,
    clause_conjunctions=frozenset("und aber oder doch sondern".split()),
    adverb_conjunctions=frozenset("aber doch".split()),
    and_words=frozenset("und &".split()),
    couple_nouns=words("ehepaar paar eheleute geschwister brüder schwestern zwillinge eltern großeltern"),
    name_joiners=("für", "und", "der", "des", "von", "vom", "&"),
    name_contractions=("am", "im", "vom", "zum", "zur"),
    people_plurals=words(
        "schüler schülerinnen sanitäter sanitäterinnen kinder jugendliche eltern lehrer lehrerinnen lehrkräfte "
        "mitarbeiter mitarbeiterinnen "
        "beschäftigte angestellte arbeiter arbeiterinnen mitglieder helfer helferinnen ehrenamtliche freiwillige "
        "anwohner anwohnerinnen bewohner bewohnerinnen nachbarn dorfbewohner mieter mieterinnen bauern bäuerinnen "
        "landwirte landwirtinnen winzer winzerinnen fischer fischerinnen bergleute kumpel fahrer fahrerinnen "
        "pflegekräfte pfleger pflegerinnen ärzte ärztinnen hebammen feuerwehrleute kameraden kameradinnen soldaten "
        "soldatinnen rentner rentnerinnen senioren seniorinnen frauen männer mütter väter familien händler "
        "händlerinnen marktleute marktfrauen standbetreiber kunden kundinnen stammkunden stammkundinnen stammgäste "
        "gäste besucher besucherinnen pendler pendlerinnen fahrgäste fans anhänger anhängerinnen spieler spielerinnen "
        "sänger sängerinnen musiker musikerinnen gläubige pilger demonstranten demonstrantinnen streikende aktivisten "
        "aktivistinnen azubis auszubildende studierende studenten studentinnen absolventen opfer angehörige trauernde "
        "urlauber touristen patienten patientinnen "
        # (round 54: Jungen und Mädchen, die Musik, der Sport, die Gewerke und der Glaube aller Regionen)
        "jungen mädchen buben burschen jungs kids teenager trommler pfeifer bläser tänzer tänzerinnen schauspieler "
        "schauspielerinnen künstler künstlerinnen handwerker handwerkerinnen gesellen lehrlinge fußballer "
        "fußballerinnen turner turnerinnen schwimmer schwimmerinnen ruderer ruderinnen läufer läuferinnen "
        "radfahrer radfahrerinnen wanderer wanderinnen kletterer angler jäger jägerinnen hirten schäfer "
        "förster holzfäller hafenarbeiter schauerleute matrosen seeleute lkw-fahrer motorradfahrer "
        "autofahrer fußgänger imker gärtner gärtnerinnen brauer bäcker bäckerinnen metzger köche köchinnen "
        "kellner kellnerinnen reinigungskräfte bauarbeiter maurer zimmerleute schreiner tischler klempner "
        "elektriker mechaniker schweißer ingenieure ingenieurinnen techniker erntehelfer erntehelferinnen "
        "nonnen mönche ordensschwestern glöckner großmütter großväter großeltern witwen waisen siedler "
        "migranten geflüchtete flüchtlinge zuschauer zuschauerinnen schaulustige gläubigen konfirmanden "
        "konfirmandinnen messdiener messdienerinnen ministranten ministrantinnen pfadfinder pfadfinderinnen "
        "rekruten häftlinge gefangene aktionäre steuerzahler hausbesitzer grundbesitzer mitschüler "
        "mitschülerinnen teamkollegen kolleginnen kollegen abiturienten abiturientinnen"
    ),
    people_body_nouns=frozenset(("freunde", "freundinnen", "ärzte", "mütter", "familien", "veteranen")),
    of_links=("der", "für", "für die"),
    town_bodies=words("stadt hansestadt landeshauptstadt kreisstadt"),
    figure_values=MappingProxyType(
        {"hälfte": "1/2", "halb": "1/2", "drittel": "1/3", "viertel": "1/4", "fünftel": "1/5", "zehntel": "1/10"}
        | {"verdoppel": "x2", "verdopple": "x2", "doppelt": "x2", "verdreifach": "x3", "dreifach": "x3"}
        | {"vervierfach": "x4", "vierfach": "x4", "verzehnfach": "x10", "zehnfach": "x10"}
    ),
    out_of_links=("von",),
    every_words=words("jede jeder jedes jeden jedem"),
    counted_ones=words("einer eine eines einem einen"),  # "einer von drei"
    fractions=words("hälfte hälften drittel viertel fünftel sechstel achtel zehntel hundertstel"),
    multiple_stems=(
        "verdoppel",
        "verdopple",
        "verdreifach",
        "vervierfach",
        "verzehnfach",
        "doppelt",
        "dreifach",
        "vierfach",
        "zehnfach",
    ),
    number_connectors=frozenset({"und"}),  # "fünfundzwanzig", "hundertundeins"
    range_links=frozenset({"und", "bis", "oder"}),
    decimal_words=frozenset({"komma"}),
    minus_words=frozenset({"minus"}),
    not_minus_before=frozenset({"oder", "plus"}),  # "plus oder minus fünf"
    below_words=frozenset({"unter"}),  # "15 Grad unter null"
    degree_words=frozenset({"grad"}),
    celsius_words=frozenset({"celsius"}),
    ordinals=ORDINALS,
    half_words=words("halb halbe halben halber halbes"),
    # (a share of a million written as one word too: "Viertelmillion", "Dreiviertelmilliarde")
    magnitude_shares=MappingProxyType(
        {"viertel": "1/4", "fünftel": "1/5", "achtel": "1/8", "zehntel": "1/10"}
    ),
    first_words=words("erste ersten erster"),
    first_ordinals=words("erste ersten erster erstes erstem"),
    ordinal_dot=True,
    ordinal_suffixes=("ste", "sten", "ster", "stes", "stem"),  # "dreiundzwanzigste", "hunderteinsten"
    times_word="mal",  # "dreimal", "drei Mal", "3-mal"
    glued_heads=words(
        # time: "hundertjährig", "siebentägig", "vierteljährlich" (no number: a quarter is no whole one)
        "jährig jährlich monatig monatlich wöchig wöchentlich tägig täglich stündig stündlich minütig sekündig "
        # times and shares: "zehnfach", "dreifältig", "hundertprozentig", "dreimalig", "dreistellig"
        "fach fältig prozentig promillig malig stellig "
        # parts, people, floors, lanes, seats, wheels, doors, sides, languages, colours, volumes, voices
        "teilig gliedrig köpfig stöckig geschossig spurig gleisig sitzig sitzer achsig rädrig türig motorig "
        "zylindrig flügelig schiffig zimmrig seitig sprachig farbig bändig stimmig zeilig beinig armig eckig "
        "zackig tonner pfünder kilometrig"
    ),
    glued_head_endings=("e", "en", "er", "es", "em"),
    number_multipliers=NUMBER_MULTIPLIERS,
    half_suffix="einhalb",  # "dreieinhalb Millionen"
    one_and_a_half=words("anderthalb anderthalbe anderthalben anderthalber anderthalbes"),
    date_words=DATE_WORDS,
    capitalised_dates=True,
    month_parts=words("anfang mitte ende ab seit bis"),  # (and a span from or to a date: "Ab Januar kostet …")
    date_variants=DATE_VARIANTS,
    clock_words=words("uhr"),
    clock_parts=MappingProxyType({"halb": 30, "viertel": 15}),
    clock_past=words("nach"),
    clock_to=words("vor"),
    clock_before_hour=MappingProxyType({"halb": -30, "viertel": -45, "dreiviertel": -15, "drei viertel": -15}),
    clock_names=MappingProxyType({"mittag": 720, "mitternacht": 0}),
    minute_words=words("minute minuten"),
    day_parts=MappingProxyType(
        {
            **dict.fromkeys(("morgens", "früh", "vormittags", "am morgen", "am vormittag", "in der früh"), 0),
            **dict.fromkeys(("nachmittags", "abends", "am nachmittag", "am abend", "heute abend"), 720),
            **dict.fromkeys(("nachts", "in der nacht"), NIGHT),  # "elf Uhr nachts", "um drei in der Nacht"
        }
    ),
    hour_openers=("um", "gegen", "bis", "ab"),  # "um acht", "bis acht"
    time_words=words("gestern heute morgen abend vormittag nachmittag mittag abends morgens"),
    percent_words=("Prozent", "vH"),
    unit_words=MappingProxyType(
        {
            **dict.fromkeys("stundenkilometer stundenkilometern".split(), "km h"),
            **dict.fromkeys("meter metern".split(), "m"),
            **dict.fromkeys("kilometer kilometern".split(), "km"),
            **dict.fromkeys("zentimeter zentimetern".split(), "cm"),
            **dict.fromkeys("millimeter millimetern".split(), "mm"),
            **dict.fromkeys("kilogramm kilo".split(), "kg"),
            **dict.fromkeys("gramm".split(), "g"),
            **dict.fromkeys("liter litern".split(), "l"),
        }
    ),
    rate_words=words("pro je"),
    rate_units=MappingProxyType(
        {
            **dict.fromkeys("stunde stunden".split(), "h"),
            **dict.fromkeys("sekunde sekunden".split(), "s"),
            **dict.fromkeys("minute minuten".split(), "min"),
        }
    ),
    unit_part_phrases=MappingProxyType(
        dict.fromkeys(("eine halbe stunde", "einer halben stunde", "halbe stunde", "halben stunde"), "30 minuten")
        | dict.fromkeys(("eine viertelstunde", "einer viertelstunde", "viertelstunde"), "15 minuten")
        | dict.fromkeys(("eine dreiviertelstunde", "einer dreiviertelstunde", "dreiviertelstunde"), "45 minuten")
        | dict.fromkeys(("anderthalb stunden", "eineinhalb stunden"), "90 minuten")
        | dict.fromkeys(("ein viertelkilo", "viertelkilo", "ein viertel kilo"), "250 gramm")
    ),
    currency_words=MappingProxyType(
        {"euro": "eur", "dollar": "usd", "us-dollar": "usd", "pfund": "gbp"}
        # Swiss francs and every other a German page names after an amount (normalize: "frc" every franc, "usd" every
        # dollar, Namibia's too, "rup" every rupie, "shl" every schilling)
        | dict.fromkeys(("franken", "fr", "franc", "francs", "cfa", "fcfa"), "frc")
        | dict.fromkeys(("namibia-dollar", "n-dollar"), "usd")
        | dict.fromkeys(("rand",), "zar")
        | dict.fromkeys(("rupie", "rupien"), "rup")
        | dict.fromkeys(("schilling",), "shl")
        | dict.fromkeys(("naira",), "ngn")
        | dict.fromkeys(("cedi", "cedis"), "ghs")
        | dict.fromkeys(("peso", "pesos"), "pso")
        | dict.fromkeys(("dinar", "dinare"), "dnr")
        | dict.fromkeys(("dirham",), "dhm")
        | dict.fromkeys(("yen",), "jpy")
        | dict.fromkeys(("yuan",), "cny")
        # (round 52) the currencies of Germany's neighbours and of the German-speaking communities abroad: the
        # Czech and the Nordic crowns, the zloty, the forint, the Romanian leu, the ruble, the lira, the hryvnia,
        # the Paraguayan guaraní (the German colonies of Paraguay)
        # (round 53) the Nordic, Icelandic and Czech names, and "kr." after a figure ("400.000 kr.": tune set 46)
        | dict.fromkeys(("krone", "kronen", "kroner", "kronor", "krona", "krónur", "koruna", "korun"), "krn")
        | dict.fromkeys(("kr", "kč"), "krn")
        | dict.fromkeys(("zloty", "złoty", "zlotys", "złotys"), "pln")
        | dict.fromkeys(("forint",), "huf")
        | dict.fromkeys(("lei", "leu"), "ron")
        | dict.fromkeys(("rubel",), "rub")
        | dict.fromkeys(("hrywnja", "griwna"), "uah")
        | dict.fromkeys(("guaraní", "guaranís"), "pyg")
    ),
    # Currencies whose name is another word too, read as a currency only after an amount of a thousand or more:
    # the Turkish lira (Lira a name), the Brazilian real ("real", real), Botswana's pula
    scaled_currency_words=MappingProxyType({"lira": "try", "real": "brl", "pula": "bwp"}),
    cents_words=frozenset({"cent", "cents", "rappen"}),
    glued_numbers=True,  # "dreihundertfünfzig", "zweitausend"
    noun_markers=words("""
    der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner keines im am zum zur
    vom beim ins aufs übers unters mein meine meinen meinem meiner meines dein deine deines sein seine seinen seinem
    seiner seines ihr ihre ihren ihrem ihrer ihres unser unsere unseren unserem unserer unseres euer eure eures
    dieser diese diesen diesem dieses
    jeder jede jeden jedem jedes alle allen aller welche welcher welchen jene jenen
    """),
    stopwords=STOPWORDS,
    sung_nouns=words("refrain liedzeile strophe hymne lied song"),
    complement_words=("der", "des", "von", "vom"),
    genitive_links=("des",),
    question_labels=words("Frage F"),
    answer_labels=words("Antwort A"),
    determiners=DETERMINERS,
    affiliations=AFFILIATIONS,
    fit_generic=words("""
    mann frau männer frauen person herr herrin dame hausherr hausherrin chef chefin boss oberste oberster obersten
    erste erster ersten höchste höchster spitze nummer eins verantwortliche verantwortlicher verantwortlichen zuständige
    zuständiger zuständigen führende führender alte alter junge junger neue neuer
    """),
    male_nouns=words("mann herr bursche kerl vater sohn bruder onkel opa großvater witwer"),
    female_nouns=words("frau dame mutter tochter schwester tante oma großmutter witwe"),
    office_words=words("""
    politik mandat abgeordnet parlament landtag bundestag bundesrat nationalrat standerat grossrat kantonsrat
    gemeinderat stadtrat kreisrat ortsrat landesrat regierungsrat ratsherr ratsfrau ratsmitglied rathaus
    burgermeist landrat regierung minist staatssekret beamt behord amtstrag amtsinhab amtsleit amtschef amtsvorst
    funktionar statthalt hauptmann vorsteher vize stellvertret gewahlt ernannt verwaltung prafekt senator konsul
    diplomat gemeindevat gemeindeprasid gemeindeammann gemeindeoberhaupt stadtvat stadtoberhaupt stadtspitz
    volksvertret kommunal landesvat landesmutt schultheiss obrigkeit prefeit vereador deputiert gouverneur
    schoff schoeff dezernent referent bezirksvorst landeshaupt
    soldat militar offizier uniform geistlich pfarrer priester pastor dekan bischof imam rabbiner richter
    herrscher hauptling konig sultan emir municip prasident
    """),
    agent_endings=words("er erin in mann frau leute meister ler lerin"),
    deed_endings=words("er erin in ler lerin ner nerin"),
    # (whoever comes from a place: "Täsch" -> "Täscherin", "Vilshofen" -> "Vilshofener"; roles56)
    origin_endings=words("er erin ner nerin"),
    # (a verb's forms an agent noun is not made of, to its stem, and a participle's opening: "gebaut" -> "bau" of
    # "der Rodelbauer"; roles58)
    deed_forms=MappingProxyType(dict(pair.split(":") for pair in words("""
    gewoben:web wob:web gesponnen:spinn spann:spinn fuhr:fahr gefahren:fahr buk:back gebacken:back schnitt:schneid
    geschnitten:schneid schmolz:schmelz geschmolzen:schmelz grub:grab gegraben:grab schrieb:schreib
    geschrieben:schreib trieb:treib getrieben:treib goss:giess gegossen:giess flocht:flecht geflochten:flecht
    """))),
    participle_openings=("ge",),
    deed_nouns=deed_table("""
    unterricht lehrt lehrte doziert dozierte / lehrer lehrerin studienrat studienrätin oberstudienrat
    oberstudienrätin gymnasiallehrer gymnasiallehrerin grundschullehrer grundschullehrerin hauptschullehrer
    hauptschullehrerin realschullehrer realschullehrerin dozent dozentin schulmeister schulmeisterin lehrkraft;
    pflegt pflegte / pfleger pflegerin krankenschwester krankenpfleger krankenpflegerin altenpfleger
    altenpflegerin; heilt heilte / heiler heilerin; näht nähte schneidert / schneider schneiderin näherin; kocht
    kochte / koch köchin; verkauft verkaufte / verkäufer verkäuferin händler händlerin; predigt predigte /
    prediger predigerin; fährt fuhr / fahrer fahrerin; hütet hütete / hirte hirtin schäfer schäferin; entbind /
    hebamme; fischt fischte gefischt / fischer fischerin; taucht tauchte getaucht / taucher taucherin;
    """),
    former_words=words("""
    ehemalige ehemaliger ehemaligen ehemals einstige einstiger einstigen frühere früherer früheren pensionierte
    pensionierter ex ex- einst früher
    """),
    # (a past a passage states, and nouns for whoever heads what a complement names; roles57)
    past_words=words("""
    früher einst einstmals damals ehemals bis war waren lang jahrelang jahrzehntelang pensioniert ruhestand zuvor
    vorher
    """),
    office_heads=words("""
    chef chefin leiter leiterin vorsteher vorsteherin vorsitzender vorsitzende direktor direktorin präsident
    präsidentin oberhaupt kommandant kommandantin vorstand obmann obfrau
    """),
    epicene_nouns=words("person persönlichkeit autorität lehrkraft fachkraft führungskraft koryphäe"),
    domain_families=domain_families("""
    wasser wasserwirtschaft wasserbehörde wasserwerk talsperre stausee deich deichverband abwasser klärwerk
    brunnen wasserversorgung;
    bahn eisenbahn zug züge gleis gleise schiene schienen bahnhof lokführer straßenbahn tram;
    hafen häfen kai pier anleger mole schifffahrt seefahrt reederei werft schiffe hafenamt;
    forst wald wälder förster försterin forstamt forstbetrieb jäger revierförster;
    gesundheit gesundheitsamt klinik klinikum krankenhaus spital hospital arzt ärztin pflege rettungsdienst
    sanitäter;
    schule schulen schulamt gymnasium realschule grundschule gesamtschule lehrer lehrerin rektor rektorin
    universität hochschule bildung kindergarten kita;
    polizei polizist polizistin wache revier polizeiinspektion gendarmerie streife;
    bundeswehr armee militär soldat soldatin kaserne marine heer luftwaffe;
    kirche kirchen pfarrei pfarramt dekanat dom münster kapelle kloster diözese bistum moschee synagoge;
    straße straßen strasse strassen straßenbau verkehr brücke brücken autobahn tiefbau straßenmeisterei;
    feuerwehr feuerwache brandschutz;
    strom energie stadtwerke elektrizität kraftwerk netzbetreiber;
    gericht gerichte justiz amtsgericht landgericht;
    flughafen luftfahrt flugplatz flugsicherung;
    landwirtschaft landwirtschaftsamt agrar veterinär veterinäramt;
    tourismus touristen fremdenverkehr;
    finanzen finanzamt steuer steuern kämmerei haushalt förderung fördermittel subvention subventionen zuschuss
    zuschüsse;
    bergbau grube zeche bergwerk steinbruch;
    zoll grenze grenzschutz;
    """),
    class_nouns=CLASS_NOUNS,
    class_roles=CLASS_ROLES,
    # (the seats whose head holds a role: "die Inselchefin", "die Chefin der Inselverwaltung" of a mayor; roles58)
    headed_seats=domain_table("""
    bürgermeister / insel dorf gemeinde verwaltung rathaus stadt kommune
    """),
    domain_roles=domain_table("""
    bürgermeister / stadt städtchen gemeinde rathaus stadtspitze stadtverwaltung kommune dorf ortsgemeinde marktgemeinde
    landrat / landkreis kreis landratsamt kreisverwaltung kreishaus
    ministerpräsident / staatskanzlei landesregierung
    """),
    affiliation_nouns=AFFILIATION_NOUNS,
    member_links=("von der", "vom", "von"),
    role_forms=ROLE_FORMS,
    # (the verb closes the relative clause: "Eva Roth, die den Ausschuss leitet," is "die Leiterin")
    role_verbs=MappingProxyType({"leitet": "leiter", "präsidiert": "präsident", "trainiert": "trainer"}),
    # (whoever sits in a parliament, by the noun the news uses of any of them, when no one was called so)
    role_hypernyms=MappingProxyType(
        dict.fromkeys(
            ("parlamentarier", "parlamentarierin", "volksvertreter", "volksvertreterin", "mandatar", "mandatarin"),
            frozenset({"abgeordneter", "nationalrat"}),
        )
    ),
    role_nouns=ROLE_NOUNS,
    voice_roles=words("sprecher"),
    # ("Vorsitzende", "Chefin", "Geschäftsführer", "Leiterin" are each a "vorsitzender")
    officer_roles=words("präsident vorsitzender koordinator"),
    publication_links=words("in im"),
    source_links=words("von vom aus seitens beim"),
    contracted_articles=MappingProxyType({"des": "der"}),  # (the noun in the genitive: "des Bürgermeisters")
    contest_roles=words("sieger siegerin gewinner gewinnerin verlierer verliererin unterlegene unterlegener"),
    # ("Bilanz ziehen", "ein Fazit ziehen", "ein Resümee ziehen")
    saying_phrases=MappingProxyType(
        {noun: words("zieht zog ziehen zogen ziehe zögen gezogen") for noun in ("bilanz", "fazit", "resümee")}
    ),
    other_verb_particles=words("an ab hervor zurück herbei"),
    body_links=words("der des von vom bei für"),  # ("das Ministerium für Landwirtschaft")
    public_roles=words(
        "präsident kandidat kanzler minister bürgermeister vorsitzender abgeordneter senator ministerpräsident"
    ),
    office_nouns=words("politiker"),
    company_nouns=words("unternehmen konzern firma"),
    definite=("der", "die", "das", "den", "dem"),
    definite_genders=MappingProxyType({"der": Gender.MALE}),  # ("die" is as often a plural: "die Ermittler")
    body_pronouns=MappingProxyType({"der": "er", "die": "sie"}),  # ("die Stadtwerke", a plural: "sie" all the same)
    singular_endings=MappingProxyType({"die": (Gender.FEMALE, ("e",))}),  # "die Vorsitzende", "die Abgeordnete"
    # ("Eine Jeckin", "Eine Köchin", "Eine Kundin"; not the things "eine Medizin", "eine Disziplin", "eine Doktrin"; a
    # masculine "Termin", "Kamin" has no "eine")
    indefinite_feminine_endings=MappingProxyType({"eine": (("in",), ("zin", "plin", "trin"))}),
    feminine_endings=("erin", "orin", "istin", "entin", "antin", "eurin", "ologin", "agogin"),  # "Biologin"
    compound_titles=True,
    # ("Zugbegleiterin", "Hospizbegleiterin": no "leiterin"; the keeper of a place or of a club's things,
    # "Schulhauswartin", "Sportplatzwart", "Tierpflegerin", "Bahnwärter": a trade no lexicon lists alone; no "wart",
    # which ends "Gegenwart")
    compound_title_ends=words(
        "rat rätin meister meisterin vorstand vorständin begleiter begleiterin wartin hauswart platzwart gerätewart"
        " zeugwart wärter wärterin pfleger pflegerin"
    ),
    # ("Mieterbund"; a business: "Molkerei", "Brauerei", "Reederei"; a chain of shops: "Supermarktkette"; "Ruderclub")
    compound_body_ends=words("bund erei kette club klub chor"),  # ("Frauenchor", "Knappenchor": a choir sings as one)
    male_names=MALE_NAMES,
    female_names=FEMALE_NAMES,
    generic_bodies=words("unternehmen konzern firma gruppe organisation verein verband klub club bahn betreiber"),
    document_nouns=DOCUMENT_NOUNS,
    document_verbs=(
        "lautet", "lautete", "besagt", "besagte", "bestimmt", "bestimmte", "regelt", "regelte", "verfügt", "verfügte",
        "hält fest", "hielt fest", "stellt fest", "stellte fest", "sieht vor", "sah vor", "legt fest", "legte fest",
        "schreibt vor", "schrieb vor", "führt aus", "führte aus", "ordnet an", "ordnete an", "kommt zu dem schluss",
        "kam zu dem schluss", "kommt zum schluss", "kam zum schluss", "empfiehlt", "empfahl", "untersagt", "untersagte",
        "verbietet", "verbot", "verlangt", "verlangte", "fasst zusammen", "fasste zusammen", "warnt", "warnte",
        "stellt klar", "stellte klar", "verkündet", "verkündete"
    ),  # fmt: skip
    issued_documents=words("erklärung stellungnahme brief schreiben mitteilung"),
    indefinite=words("ein eine einer eines einem einen"),
    partitives=("einer der", "eine der", "einer von", "eine von"),
    plural_endings=(("innen", "in"), ("en", ""), ("n", ""), ("e", "")),
    articles=words("der die das den dem des ein eine einer eines einem einen"),
    verb_infixes=("zu",),
    sung_verbs=words("sang sangen singt singen gesungen skandiert skandierte skandierten skandieren"),
    chant_verbs=words("skandiert skandierte skandierten skandieren"),
    cry_gerunds=words("rufend skandierend brüllend johlend"),
    sung_gerunds=words("singend summend"),
    piece_verbs=words("beendete beendeten beendet begann begannen beginnt anstimmte anstimmten angestimmt"),
    played_verbs=words("spielt spielte spielten spielen gespielt intoniert intonierte intonierten"),
    age_words=words("jährige jähriger jährigen jährigem"),
    apposed_ages=("# Jahre alt", "# Jahre"),
    male_titles=MALE_TITLES,
    female_titles=FEMALE_TITLES,
    interviewer_roles=words("journalist"),
    answered_clauses=words("als wenn nachdem sobald"),
    time_clauses=("bevor", "ehe", "während", "als", "nachdem", "noch bevor", "kaum dass"),
    question_topics=words("nach ob wie warum was wo wann wer über"),
    asking_verbs=words("fragt fragte fragten gefragt befragt fragen"),
    first_person_marks=words("ich wir"),
    family_kin=words("sohn tochter bruder schwester vater mutter frau mann ehefrau ehemann partner partnerin lebensgefährte lebensgefährtin"),
    blood_kin=words("sohn tochter bruder schwester vater mutter"),
    child_kin=words("sohn tochter"),
    parent_kin=words("vater mutter"),
    elder_words=words("senior sen. ältere"),
    generation_words=words("sen. jun. senior junior"),  # "Franz Wimmer sen." and "Franz Wimmer jun.": two men
    younger_words=words("junior jun. jüngere"),
    # (and circles: "Aus Kreisen des Bauernbundes heißt es:", "hieß es aus Parteikreisen", "im Umfeld des Ministers")
    source_nouns=words("quelle quellen kreise kreisen umfeld"),
    bench_nouns=words("richter richterinnen"),
    voiceless_nouns=words(
        "bauch herz magen gewissen bauchgefühl instinkt schild plakat plakate transparent transparente aufschrift "
        "inschrift text bildunterschrift untertitel abspann vorspann slogan aufkleber graffito graffiti"
    ),
    court_nouns=words("gericht gerichtshof"),
    courtesy_titles=words("Herr Frau"),
    # (the family's forms of address before a first name: "Tante Frieda" is Frieda Albers)
    # (and the Alemannic and Bavarian "Götti", "Gotte", "Vetter", "Base" before a name in Swiss and Austrian texts)
    # (and Namibian German's Afrikaans "Tannie", "Tant", "Oom", "Ouma", "Oupa": "Tannie Ria Gaeses" is Ria Gaeses)
    # (round 52, by region: Luxembourgish "Här", "Madamm", "Monni", "Tatta", "Bomi", "Bopa", "Joffer"; the Romanian
    # of Transylvania and the Banat "Domnul", "Doamna", "Domnișoara", "Părintele", "Preotul"; Polish and Czech "Pani",
    # "Paní"; Yiddish "Reb", "Bubbe", "Zeide"; Turkish "Hoca", "Hodscha", "Abla", "Teyze", "Amca", "Hacı"; Kurdish
    # "Xalê"; Dutch and Flemish "Meneer", "Mevrouw", "Juffrouw"; Austria's and Bavaria's "Hochwürden"; the
    # Alemannic "Grosi")
    address_forms=words(
        "Tante Onkel Oma Opa Götti Gotte Ähni Nani Tannie Tant Oom Ouma Oupa Här Madamm Monni Tatta Bomi Bopa Joffer"
        " Domnul Doamna Domnișoara Părintele Preotul Pani Paní Reb Bubbe Zeide Hoca Hodscha Abla Teyze Amca Hacı Xalê"
        " Meneer Mevrouw Juffrouw Hochwürden Grosi"
        # round 53, by region: Nordschleswig's and Scandinavia's "Fru", "Frøken", "Fröken", "Frk.", "Hr.";
        # Flanders' and the Netherlands' "Dhr.", "Mevr.", "Mw.", "Mej.", "Jhr.", "Jkvr.", "Ds." (a dominee),
        # "Pastoor", "Kapelaan", "Broeder", "Zuster"; the orders' "Frater", "Schwester", "Bruder" before a name
        # (Brazil's German pages' "Frei", "Irmã", "Irmão" are the Spanish lexicon's, of Iberia); Switzerland's
        # Romansh "Dunna"; Transylvania's "Moșul"; Turkish "Sayın" (and "Hanım" after the name: lexicon
        # ``address_suffixes``). (Not "Dom", a cathedral; not "Sar", a surname as often.)
        " Fru Frøken Fröken Frk. Hr. Dhr. Mevr. Mw. Mej. Jhr. Jkvr. Ds. Pastoor Kapelaan Broeder Zuster Frater"
        " Schwester Bruder Dunna Moșul Sayın"
        # round 56: a canon's "Kanonikus" (as Polish Silesia's German pages write "ks. kan."), Upper Silesia's
        # "Omka" and "Opka" (grandmother, grandfather)
        " Kanonikus Omka Opka"
        # round 57: Hungary's German pages' "Esperes" (a dean), "Plébános" (a parish priest); Trentino's and South
        # Tyrol's "Don" before a priest's name (a given name in English, never in German)
        " Esperes Plébános Don"
    ),
    # ("Seine Exzellenz", "Ihre Exzellenz", "Seine Eminenz", "Seine Heiligkeit", "Seine Majestät", "Ihre Majestät")
    address_phrases=frozenset(
        ("Seine Exzellenz", "Ihre Exzellenz", "Seine Eminenz", "Seine Heiligkeit", "Seine Majestät", "Ihre Majestät")
    ),
    # (Seine Majestät, Ihre Majestät, Seine Königliche Hoheit, Ihre Königliche Hoheit, Seine Durchlaucht, Ihre
    # Durchlaucht, Seine Hoheit, Seine Exzellenz, Seine Eminenz)
    style_abbreviations=words("S.M. I.M. S.K.H. I.K.H. S.D. I.D. S.H. S.E. S.Em. S.Exz."),
    initials_before_given_names=False,
    # (women's names here that are men's in Italian, South Tyrol's and Ticino's other language: "Maresciallo Andrea
    # Bertagnolli … erklärte der Maresciallo" is he; the gender waits for a title, an article or a pronoun)
    unisex_names=words("andrea gabriele simone"),
    # (round 54: letters after a name: Germany's and Austria's members of parliaments, diplomas and degrees as
    # written after the name, Austria's and Switzerland's degrees)
    # (round 54: patronymics as German writes them, the Russian "-owitsch", "-ewitsch", "-owna", "-ewna", the
    # Ukrainian "-iwna", "-owytsch", the Kazakh and Kyrgyz "-uly", "-kysy", "-kyzy")
    patronymic_endings=(
        "owitsch", "ewitsch", "itsch", "owna", "ewna", "iwna", "owytsch", "ewytsch", "itschna", "uly", "ulı", "uulu",
        "kysy", "kyzy", "qyzy",
    ),
    honour_letters=words(
        "MdB MdL MdEP MdBB MdHB MdA MdR Dipl.-Ing. Dipl.-Kfm. Dipl.-Kffr. Dipl.-Vw. Dipl.-Päd. Dipl.-Psych."
        " Dipl.-Inf. Dipl.-Biol. Dipl.-Geogr. Dipl.-Jur. M.A. B.A. M.Sc. B.Sc. LL.M. MBA MSc BSc PhD BEd MEd MAS"
        " MPH MBL"
    ),
    byline_words=words("von"),
    # (round 61) Abteilungen und Werke eines Unternehmens nach seinem Namen: "…, Werk Salzgitter, Personalwesen,
    # schrieb" (``Lexicon.department_words``; nur der Richter)
    department_words=words("personal personalwesen kommunikation unternehmenskommunikation werk werke fabrik"),
    sub_unit_words=words(
        "abteilung referat direktion dezernat fachbereich fachgebiet landesstelle außenstelle dienststelle "
        "zweigstelle geschäftsstelle geschäftsbereich hauptabteilung unterabteilung sachgebiet stabsstelle amt "
        "landesamt bereich regionalstelle kreisstelle bezirksstelle niederlassung regionaldirektion gruppe "
        "generaldirektion zentralstelle leitstelle forschungsstelle arbeitsgruppe team "
        # (round 53: also as the end of a compound, "Regionalleitung", "Polizeiinspektion", "Autobahnmeisterei",
        # "Forstrevier", "Pressestelle": every level of an administration's, a company's and the forces' units)
        "leitung stelle verwaltung inspektion kommissariat revier wache büro sektion sparte ressort einheit kommando "
        "betrieb standort filiale bezirk region meisterei bauhof zentrale dienst gebiet stab kompanie "
        # (round 54: an authority's own units, the forest's, the customs', the police's posts, an association's local
        # groups: "Untere Wasserbehörde", "Oberförsterei", "Kontrolleinheit", "Polizeiposten", "Kreisverband")
        "behörde försterei forstamt posten station vertretung kanzlei sekretariat labor werkstatt verband verein "
        "kommission ausschuss beirat kammer agentur hauptstelle nebenstelle außenbezirk bereitschaft staffel zug "
        "trupp schwadron bataillon brigade geschwader flottille kontrolle zollamt "
        # (round 55: a road service's and a rescue service's bases, an office's sections and desks, a region's sectors:
        # "Bezirk 4, Stützpunkt Disentis", "Abschnitt Nord", "Fachstelle", "Lagezentrum", "Servicecenter")
        "stützpunkt abschnitt sektor direktorat zentrum center fachstelle sachbereich teilbereich unterbezirk "
        "außenposten dezernatsgruppe fachgruppe arbeitsbereich amtsbereich zweigniederlassung geschäftsführung "
        "betriebsstelle betriebshof gruppenleitung hauptverwaltung landesdirektion landesleitung ortsstelle "
        # (and the units' nouns of the other languages of German's regions, Romansh and Italian: "Lia Rumantscha,
        # Regiun Engiadina e Val Müstair", "Sezione di Bolzano", "Uffizi per la cultura")
        "regiun sezziun uffizi partiziun regione sezione ufficio ripartizione"
    ),
    channel_links=("vertreten durch", "durch", "über", "mittels", "via", "per"),
    organisation_words=ORGANISATION_WORDS,
    legal_forms=LEGAL_FORMS,
    name_particles=NAME_PARTICLES,
    particle_articles=MappingProxyType({"den": ("n", "s")}),
    not_names=NOT_NAMES,
    prepositions=PREPOSITIONS,
    abbreviations=ABBREVIATIONS,
    # (abbreviated titles before a name, no sentence's end: Pfarrer, Monsignore, Hochwürden, Herr, Frau,
    # stellvertretend, (Vize)bürgermeister, Magister, Ingenieur, Diplom, Präsident, Vorsitzender, Pastor, Landtag)
    title_abbreviations=words(
        "Pfr Msgr Hw Hr Fr Stv Bgm Vbgm Mag Ing Dipl Präs Vors Pst LAbg"
        # (round 53: Hochwürden, Ehrwürden, Kaplan, Schwester, Konsulent, Dekan, Prälat)
        " Hochw Ehrw Kpl Schw Kons Dek Präl"
        # (round 58: the Italian professional titles of South Tyrol's, Friuli's and Ticino's German pages: dottore,
        # geometra, ragioniere; "Per", perito, is a given name too. Blind set 61's "sagte der Förster des Tals, Dott.
        # for. Lukas Solero" read "Dott." as a sentence's end. Not "Avv.": a listed title after a compound role's comma
        # keeps the role from the name, "Die Kulturassessorin der Talgemeinschaft, Avv. Cristina Pompermaier," then
        # "sagte die Assessorin" (blind set 60), as "Mag." does on main)
        " Dott Geom Rag"
    ),
    deed_credits=("sprach's und", "sprach es und"),  # ("Sprach's und griff Landrätin Ute Kern zur Schaufel.")
    back_credits=(
        "das war", "das waren die worte von", "dies waren die worte von", "so weit", "das zitat stammt von",
        "dieses zitat stammt von", "der satz stammt von",
        # (a correction's: "… haben wir die Worte „…“ einer Sprecherin zugeschrieben. Sie stammen von …")
        "sie stammen von", "sie stammen vom", "sie stammten von", "sie stammten vom", "die worte stammen von",
        # (of one saying: "… wurde der Satz „…“ X zugeschrieben. Er stammt von seiner Tochter, Y.")
        "er stammt von", "sie stammt von", "es stammt von", "die äußerung stammt von", "die aussage stammt von",
        # (what the next sentence's subject opened or answered with: "Mit diesen Worten eröffnete Finanzstadträtin
        # Karin Wedenig die Sitzung."; "Die so spricht, ist Karin Wedenig")
        "mit diesen worten", "mit diesem satz", "mit diesen sätzen", "diese worte stammen von", "die so spricht, ist",
        "der so spricht, ist",
        "die worte stammten von", "diese worte stammten von", "die sätze stammen von", "diese sätze stammen von",
        "die rednerin war", "der redner war",
        # (what the words were, and from whom they came: "Das Angebot kam von Jonas Berg, 16, …")
        "das angebot kam von", "der satz kam von", "die worte kamen von", "die bemerkung kam von",
        "die aussage kam von", "die warnung kam von", "der satz ist von", "die worte sind von",
        "das sind die worte von", "dies sind die worte von", "das war die antwort von", "so lautete die antwort von",
        # (the words as the object opening the sentence, its subject after the verb: "Diesen Satz, den Kern der
        # Begründung, las die Vorsitzende Richterin Gabriele Fürholzer vor.", "Gesagt hat das der Bürgermeister, …")
        "diesen satz", "diese sätze", "diese worte", "gesagt hat das", "gesagt hat dies", "gesagt hat diesen satz",
    ),
    pause_verbs=(
        "ließ", "lässt", "wartete", "wartet", "hielt inne", "hält inne", "machte eine pause", "macht eine pause",
        "zeigte auf", "zeigt auf", "deutete auf", "deutet auf",
    ),
    said_verb="sagte",
    # ("So beschrieb Ute Sieber den Morgen.", "Auf diese Weise fasste Ute Sieber den Tag zusammen.")
    back_cues=("auf diese weise", "das", "dies", "so"),
    back_cue_objects=frozenset({"es"}),  # ("So erzählt es Erna Lüders.")
    answer_frames=("das ist", "das war", "dies ist", "dies war", "das sind", "das waren"),
    answer_nouns=words(
        "antwort antworten begründung erklärung erwiderung entgegnung replik auskunft kommentar reaktion rechtfertigung"
    ),
    # (the verb of an answer's coming after whose it is: "Die Antwort des einstigen Dorflehrers kam prompt:")
    answer_verbs=words("kam kommt folgte folgt fiel fällt lautete lautet erfolgte erfolgt"),
    # (frames58: a quote's frame that credits a description; see Lexicon.credit_prepositions)
    credit_prepositions=("für", "laut", "nach ansicht", "nach meinung", "aus sicht"),
    spoken_prepositions=("bei",),
    word_nouns=words("worte worten wort ansicht meinung überzeugung formel fazit urteil"),
    credit_pointers=("so", "das", "dies", "genau so", "genauso", "da", "hier"),
    view_verbs=words("sieht sah klingt klang denkt dachte fasst fasste meint meinte findet fand"),
    oblique_articles=MappingProxyType({"den": "der", "dem": "der", "der": "die", "des": "der", "beim": "der",
                                       "vom": "der", "zum": "der", "zur": "die"}),
    back_cue_sources=(
        "tönt es bei ", "tönte es bei ", "klingt es bei ", "klang es bei ", "heißt es bei ", "hieß es bei ",
    ),  # fmt: skip
    # ("Nicht der Bürgermeister sagte das, sondern …", "Das sagte nicht …", "Es war nicht …, sondern …")
    denied_credits=(
        "nicht", "das sagte nicht", "das hat nicht", "das war nicht", "es war nicht", "gesagt hat das nicht",
    ),  # fmt: skip
    contrast_words=("sondern",),
    credit_labels=("foto", "fotos", "bild", "bildquelle", "archivfoto", "archivbild"),
    furniture_lines=("anzeige", "werbung", "weiterlesen nach der anzeige", "artikel wird nach der anzeige fortgesetzt"),
    caption_labels=(
        "foto", "fotos", "bild", "bilder", "bildquelle", "bildunterschrift", "video", "audio", "grafik",
        "illustration", "quelle", "quellen", "update", "aktualisiert", "aktualisierung", "korrektur", "anmerkung",
        "hinweis", "veröffentlicht", "themen", "teilen", "kontakt", "pressekontakt", "archivbild", "archivfoto",
    ),
    rail_labels=(
        "mehr zum thema", "lesen sie auch", "lesen sie mehr", "auch interessant", "das könnte sie auch interessieren",
        "das könnte sie interessieren", "passend zum thema", "zum thema", "weitere artikel", "mehr dazu",
        "meistgelesen", "vorheriger artikel", "nächster artikel", "verwandte artikel", "weiterlesen",
    ),
    ad_labels=("anzeige", "werbung", "gesponsert", "sponsored"),
    subscribe_calls=("abonnieren", "jetzt abonnieren"),
    # "die sogenannte „...“": a term, not speech; "den die Nachbarn „...“ nennen": a name (the verb closing the clause)
    # ("Im Dorf wird er nur „der Admiral“ genannt": the name closing its clause)
    dialect_articles=words("dr d' da dä de di s 's"),
    naming_manners=words("liebevoll zärtlich scherzhaft spöttisch respektvoll ehrfürchtig augenzwinkernd gern gerne"),
    naming_verbs=words("sogenannte sogenannten sogenannter sogenanntes nennen genannt getauft"),
    relative_naming_verbs=words("nennt nannte nannten tauft taufte tauften heißt heißen hieß hießen"),
    naming_subjects=words("man alle einheimischen einheimische dorfbewohner bewohner leute"),
    inhabitant_endings=("er",),
    uttering_openers=("mit einem", "mit einer", "mit einem letzten"),
    subject_pronouns=("er", "sie", "es", "wir", "ich", "he", "se", "är", "si"),
    inverted_subject_pronouns=words("er ich wir he är"),
    term_clause_relatives=("was",),
    term_links=words("als"),
    said_what=("was",),
    # Quoted words after these name a work, a plan or an event: "trägt den Titel „Gesund im Ellertal 2030“".
    translation_words=words("übersetzt übersetzung titel deutsch englisch französisch spanisch"),
    work_nouns=words("""
    titel buch roman film dokumentation bericht studie programm plan projekt kampagne motto slogan sendung
    serie lied album zeitschrift zeitung podcast ausstellung festival aktion namens genannt betitelt
    refrain liedzeile strophe hymne plakat plakaten plakate schild transparent aufschrift parole
    modell produkt marke
    memoiren autobiografie biografie essay gedicht kanal betreff
    dvd veröffentlichung publikation
    episode choral kirchenlied
    """),
    noun_endings=("en", "n", "e", "es", "s"),
    compound_nouns=True,
    inscription_verbs=words("steht stand stehen prangt prangte"),
    print_participles=words(
        "gedruckt aufgedruckt bedruckt gemalt aufgemalt graviert eingraviert gestickt aufgestickt gesprüht gemeißelt"
    ),
    surface_prepositions=words("auf"),
    term_nouns=words(
        "begriffe begriffen wörter wörtern worte worten ausdrücke ausdrücken bezeichnungen schlagwörter schlagworte "
        "formulierungen floskeln wendungen"
    ),
    example_links=("wie", "wie etwa", "wie zum beispiel", "wie z. b."),
    name_for_nouns=words("name namen"),
    name_for_links=words("für"),
    phrase_nouns=words(
        "motto slogan wahlspruch leitspruch losung devise hashtag sprichwort redensart spruch schlachtruf kampfruf "
        "spitzname spitznamen beiname übername"
    ),
    speech_events=words("interview gespräch rede ansprache pressekonferenz podcast sendung predigt anhörung"),
    saying_nouns=words("""
    warnung warnungen aussage aussagen äußerung äußerungen bemerkung versprechen appell aufruf forderung forderungen
    drohung zusage mahnung worte satz bitte entschuldigung zitat fazit kommentar urteil reaktion einschätzung
    resümee
    """),
    owner_links=("stammt von", "stammt vom", "stammen von", "stammen vom", "stammte von", "stammte vom", "ist von",
                 "ist vom"),
    # (a correction reports the wrong credit in the subjunctive: "stand, der Satz „…“ stamme von X")
    attributing_verbs=words("zugeschrieben zuschreiben zuschrieb zuschrieben stamme stammte stammten"),
    indefinite_people=words("jemand"),
    demonstratives=demonstrative_table(
        former_m="ersterer, jener, der erstgenannte",
        former_f="erstere, jene, die erstgenannte",
        latter_m="letzterer, dieser, der letztgenannte",
        latter_f="letztere, diese, die letztgenannte",
    ),
    demonstrative_determiners=words("dieser diese dieses jener jene jenes"),
    crowd_nouns=words("publikum menge menschenmenge saal fans zuschauer"),
    quantifiers=words("einige manche viele mehrere etliche"),
    plural_verb_endings=("en",),  # (riefen, sagten; a verb put first is finite: no participle nor infinitive)
    verb_number_pronouns=words("sie"),
    plural_verb_lookalikes=words("dagegen hingegen entgegen indessen eben daneben gegen"),
    possessives=words(
        "mein meine meinen meinem meiner meines dein deine sein seine seinen seinem seiner seines ihr ihre ihren ihrem "
        "ihrer ihres unser unsere unseren unserem unserer unseres euer eure"
    ),
    withheld_name_phrases=(
        "anonym", "nicht genannt", "nicht namentlich", "namentlich nicht", "namen nicht", "nicht mit namen",
        # (ein Name, der nicht gedruckt werden soll: „der seinen Namen nicht in der Zeitung lesen will“)
        "namen in der zeitung",
        "nicht erkannt werden", "unerkannt bleiben",
        # (a refusal to give it: "Ein Skilehrer, der seinen Namen nicht nennen wollte," is "namen nicht"; "der sich
        # weigerte, seinen Namen zu nennen")
        "weigerte, seinen namen", "weigerte, ihren namen", "ohne seinen namen", "ohne ihren namen",
        "nicht befugt", "nicht autorisiert",
        # (a name kept to oneself: „die ihren Namen lieber für sich behält“)
        "namen lieber für sich", "namen für sich",
    ),
    name_relatives=("dessen name", "deren name"),  # (and the declined "dessen namen")
    together_words=words("gemeinsam zusammen beide"),
    plural_articles=words("die"),
    other_words=words("andere anderen übrigen beiden beide"),
    group_parts=words("halbe halben ganze ganzen rest"),
    accompanying_links=("zusammen mit", "gemeinsam mit", "begleitet von"),
    origin_links=words("aus von vom"),
    origin_contractions=words("vom"),
    # (and a square or a yard named as a workplace: "die Händler vom Marktplatz", "die Staplerfahrer vom Rundholzplatz")
    origin_places=(
        "dorf", "stadt", "viertel", "kiez", "siedlung", "insel", "tal", "berg", "land", "hof", "gemeinde", "platz"
    ),
    compound_prepositions=words("gegenüber nahe unweit oberhalb unterhalb außerhalb innerhalb"),
    collective_nouns=words(
        "familie team mannschaft crew besatzung band kapelle chor truppe ensemble verein kinder leute männer mütter "
        "väter töchter brüder eltern geschwister angehörigen gefolge gemeinde gruppe frauen"
    ),
    articled_plural_endings=("er", "el"),
    articled_singulars=("mutter", "tochter", "schwester"),
    chorus_phrases=(
        "wie aus einem mund", "im chor", "unisono", "mit einer stimme", "sagen beide", "sagten beide", "beide sagen",
        "beide sagten", "sagen gemeinsam", "sagten gemeinsam", "riefen gemeinsam", "rufen gemeinsam",
        "wie aus einem munde", "aus einer kehle",
    ),
    # (the forces' ranks and units: "The deputy mayor, Col Reardon," is no colonel)
    forces_words=words(
        "general oberst oberstleutnant leutnant hauptmann major feldwebel kommandant admiral bundeswehr armee heer "
        "marine "
        "militär regiment bataillon brigade kaserne truppe soldat soldatin offizier offizierin"
    ),
    own_possessives=words("mein meine meinen meinem meiner meines unser unsere unseren unserem unserer unseres"),
    strong_endings={"der": "r", "das": "s"},
    genitive_endings=("es", "s"),
    genitive_articles=MappingProxyType({"der": "die", "des": "der"}),
    adjective_endings=("scher", "schen", "sches", "licher", "lichen", "liches"),
    owner_possessives={
        **dict.fromkeys(words("seine seinen seinem seiner seines"), "m"),
        **dict.fromkeys(words("ihre ihren ihrem ihrer ihres"), "f"),
    },
    sign_nouns=words(
        "plakat plakate schild schilder transparent transparente banner aufschrift tafel aufdruck aufdrucke inschrift "
        "inschriften schriftzug aufkleber sticker anstecker"
    ),
    reported_mood=words(
        "sei seien habe werde könne müsse solle wolle dürfe möge gebe liege gelte bleibe komme gehe stehe fehle "
        "brauche wisse lasse sehe halte reiche betreffe drohe tue"
    ),
    telling_verbs=words("erzählen erzählt erzählte erzählten"),
    voice_phrases=("in person von", "vertreten durch", "durch den mund von", "durch den mund"),
    going_on_verbs=words("fügte fügt ergänzte ergänzt"),
    # ("„…“, hat sich die Fährfrau ausgerechnet.", "„…“, legte sich Brandt fest.", "„…“, schob Wendt hinterher.")
    tag_verb_first=True,
    tag_verb_helpers=words("hat hatte ist war sich"),
    tag_particles=words(
        "ab an auf aus bei dagegen dazu drauf ein entgegen fest fort heraus herum hinterher hinzu los mit nach vor "
        "weg weiter zu zurück zusammen "
        # (adverbs a verb of adding or interrupting takes as its particle: "setzte … obendrauf", "warf … dazwischen")
        "obendrauf obenauf darauf dazwischen drein "
        # (and the infinitive that closes "ließ … wissen", "ließ … verlauten", "wollte … wissen")
        "wissen verlauten"
    ),
    # ("„…“, stellte die Sprecherin in Aussicht.", "warf X in die Waagschale", "gab X zu Protokoll")
    tag_complement_links=words("in ins im zu zum zur auf aufs an ans"),
    collective_addressees=words("alle allerseits zusammen"),
    salutations=("sehr geehrte", "sehr geehrter", "sehr geehrtes", "liebe", "lieber", "hallo", "guten tag"),
    hearing_verbs=words("hörte hört hörten hören gehört hörbar"),
    heard_from_links=words("von vom"),
    translating_verbs=words("übersetzte übersetzt übersetzten übersetzen dolmetschte dolmetscht dolmetschten"),
    narrator_labels=frozenset(
        ("sprecher", "sprecherin", "off", "off-stimme", "offstimme", "off-sprecher", "off-sprecherin", "erzähler",
         "erzählerin", "reporter", "reporterin", "kommentar")
    ),
    public_labels=words("anrufer anruferin hörer hörerin zuschauer zuschauerin"),
    host_labels=words("moderator moderatorin gastgeber gastgeberin präsentator präsentatorin"),
    broadcast_roles=words("anrufer anruferin hörer hörerin zuschauer zuschauerin moderator moderatorin gast"),
    birth_name_words=words("geb. geborene geborener"),
    read_out_phrases=(
        "las vor", "las sie vor", "las ihn vor", "las es vor", "liest vor", "verlas", "verliest", "vorgelesen"
    ),
    reading_verbs=words("verlas verliest las liest verlesen vorgelesen"),
    receiving_verbs=words("erhielt erhielten erhält erhalten bekam bekamen bekommen"),
    text_verbs=words("lautet lautete lauten lauteten"),
    # (a genitive possessive ties the text to someone of the reader's: "verlas eine Erklärung ihres Mandanten NAME")
    author_links=("im Namen von", "im Auftrag von", "von", "des", "der", "ihres", "ihrer", "seines", "seiner"),
    # (die Wörter eines Ressorts zwischen Titel und Name: „Staatssekretärin für Gesundheit Anke Brodersen“, „der
    # Senator für Inneres Andy Grothe“, „der Minister für Wirtschaft und Klimaschutz Robert Haber“)
    portfolio_words=words(
        "gesundheit bildung inneres finanzen justiz verteidigung wirtschaft klimaschutz arbeit soziales umwelt verkehr "
        "kultur kultus wissenschaft forschung landwirtschaft ernährung familie jugend frauen senioren sport digitales "
        "wohnen bauen energie integration europa"
    ),
    # ("sagt eine von ihnen, Anna Berg", "meint einer von ihnen, Jonas Kurz")
    one_of_openers=("eine von ihnen", "einer von ihnen", "eines von ihnen", "eine von uns", "einer von uns"),
    # (Swiss German "seit" ("sagt"), a cue only before a Swiss article: "«…», seit d Gmeipresidäntin vo Pratteln,
    # Regula Thommen"; Swiss "d", "dr", "de", Low German "de": "„…“, sä de Vörsitter Hinnerk Ohlsen")
    regional_cue_verbs=REGIONAL_CUE_VERBS | words("seit"),
    regional_articles=words("d dr de s"),
    # ("„…“ Die Fahrerin, die so spricht, heißt Anna Berg."; "„…“ Anna Berg, die das sagt, …")
    speaking_so=(
        "der so spricht", "die so spricht", "der so redet", "die so redet", "der das sagt", "die das sagt",
        "der dies sagt", "die dies sagt", "der das gesagt hat", "die das gesagt hat", "der so erzählt",
        "die so erzählt", "wer das sagt", "wer so spricht", "wer das gesagt hat", "wer so redet",
    ),
    naming_links=("heißt", "hieß", "ist", "war"),
    described_speakers=(
        "der mann", "die frau", "die person", "das mädchen", "der junge", "die junge frau", "der junge mann",
        "der alte mann", "die alte frau", "die ältere frau", "der ältere mann", "die stimme",
        # (whoever said so, a clause of any verb: "Wer so schimpft, ist Kreisbäuerin Resi Fink"; a pronoun: "Sie ist …")
        "wer", "sie", "er",
    ),
    words_references=(
        "sagt's", "sagt es", "sagte es", "sagte's", "meint's", "meint es", "diese worte", "dieser worte", "die worte",
        "diesen satz", "den satz", "der satz", "dieser satz", "dieses satzes", "des satzes", "so sieht es",
        "so sieht das",
    ),
    words_nouns=words("worte worten satz warnung spruch witz zitat erinnerung bemerkung befund feststellung"),
    # (a heading over quotes: "Quotes from Dr Whitcombe", labels61)
    quote_heading_nouns=words("zitate zitat stimmen stimme worte aussagen äußerungen"),
    words_demonstratives=words("""
    dieser diese dieses diesem diesen jener jene jenes jenem jenen derselbe dieselbe dasselbe demselben denselben
    """),
    speaker_questions=("wer spricht?", "wer spricht da?", "wer sagt das?", "wer sagt so etwas?", "wer hat das gesagt?"),
    cleft_openers=("es ist", "es war", "das ist", "das war"),
    behalf_phrases=(
        "in seinem namen", "in ihrem namen", "in seinem auftrag", "in ihrem auftrag", "in dessen namen",
        "in deren namen", "in dessen auftrag", "in deren auftrag", "in seiner vertretung", "in ihrer vertretung",
    ),
    # ("Statthalterin X sprach an seiner Stelle vor den Medien:")
    place_phrases=("an seiner stelle", "an ihrer stelle", "an dessen stelle", "an deren stelle"),
    self_words=words("sich selbst mich uns"),
    behalf_links=(
        "im namen von", "im namen des", "im namen der", "im auftrag von", "im auftrag des", "im auftrag der",
        "stellvertretend für", "sprach für", "spricht für",
        "anstelle von", "anstelle des", "anstelle der", "an stelle von", "an stelle des", "an stelle der",
        "in vertretung von", "in vertretung des", "in vertretung der",
    ),
    # („Ihr Büroleiter Jan Priebe übermittelte seine Botschaft:“, „verlas eine Erklärung des Landrats:“)
    relaying_verbs=words(
        "verlas verliest las verlesen vorlesen überbrachte überbringt überbringen übermittelte übermittelt übermitteln "
        "richtete richtet trug vortrug vorgetragen überbracht"
    ),
    message_nouns=words(
        "botschaft grußwort grußworte worte erklärung nachricht brief rede stellungnahme grüße mitteilung dank "
        "glückwünsche glückwunsch beileid entschuldigung"
    ),
    name_given_phrases=(
        "nannte nur ihren vornamen", "nannte nur seinen vornamen", "nennt nur ihren vornamen", "nennt nur seinen vornamen",
        "nur ihren vornamen nannte", "nur seinen vornamen nannte", "nur ihren vornamen nennen wollte",
        "nur seinen vornamen nennen wollte",
    ),  # fmt: skip
    continuation_cues=("und", "und weiter", "weiter", "ferner", "und außerdem", "außerdem", "und dann", "dann"),
    repetition_adverbs=("wieder", "erneut", "noch einmal", "nochmals", "abermals", "wiederum"),
    control_verbs=words("drücken drückt drücke drückte klicken klickt klicke klickte tippen tippt tippe anklicken"),
    verb_second=True,
    object_articles=words("den dem einen einem diesen diesem jenen jenem keinen keinem"),
    fronted_adverbs=words("dann danach später anschließend zuletzt schließlich daraufhin zunächst sodann hinterher"),
    # (an indirect question opens a clause too: "Wo die Grenze liegt, erklärte Ralf Weyers so:")
    subordinators=words(
        "ob dass daß wenn als weil obwohl nachdem bevor während seit bis sobald falls wo wie warum weshalb wieso wann "
        "woher wohin womit worüber wofür"
    ),
    condition_words=words("wenn falls sofern"),
    conformative_words=words("wie"),
    phrasing_verbs=words("formulierte formulierten formuliert ausdrückte ausdrückten ausdrückt ausgedrückt"),
    phrasing_objects=words("es das"),
    viewpoint_words=words("für laut nach zufolge"),
    topic_prepositions=words("zu zum zur über"),
    comparison_words=words("als"),
    deed_agents=MappingProxyType(
        {
            **dict.fromkeys(("gewann", "gewinnt", "hat gewonnen"), ("gewinner", "gewinnerin")),
            **dict.fromkeys(("gründete",), ("gründer", "gründerin")),
            # (wer einen Hof bewirtschaftet, ist die Bäuerin; wer eine Mannschaft trainiert, der Trainer; "Bauer",
            # "Schiffer", "Hofbauer" sind keine Rollen: häufige Nachnamen, "sagt Herr Bauer")
            **dict.fromkeys(("bewirtschaftet", "bewirtschaftete"), ("bäuerin", "bauer", "landwirtin", "landwirt")),
            **dict.fromkeys(("trainiert", "trainierte"), ("trainerin", "trainer")),
            **parent_deeds(
                "hat",
                """
                einen / sohn
                eine / tochter
                ein / kind
                zwei drei vier fünf sechs / kinder söhne töchter
                """,
                ("mutter", "vater"),
            ),
            # (wer eine Gruppe leitet, ist, wie der Text sie als Nächstes nennt: "X leitet die Bürgerinitiative ….
            # „…“, sagte die Sprecherin der Bürgerinitiative"; wer mit der Rolle genannt wurde, zuerst)
            **dict.fromkeys(
                ("leitet", "leitete", "führt", "führte"),
                ("leiter", "leiterin", "chef", "chefin", "vorsitzende", "vorsitzender", "sprecher", "sprecherin"),
            ),
        }
    ),
    heading_deeds=words("leitet leitete führt führte"),
    agent_nouns=AGENT_NOUNS,
    agent_link="von",
    passive_auxiliaries=words("wurde wurden wird werden worden"),
    outlet_verbs=words("berichtete berichtet meldete meldet"),
    perfect_auxiliaries=words("hat habe hatte haben hatten hätte hätten ist sei war sind seien waren"),
    thing_endings=("ung", "heit", "keit", "schaft", "tion", "sion", "tät", "ie", "nis", "tum", "ment"),
    role_links=("als",),
    role_predicates=("ist", "war", "und ist", "und war"),
    trainee_nouns=words("lehrling azubi auszubildende auszubildender praktikant praktikantin volontär volontärin"),
    costume_nouns=words("kostüm verkleidung"),
    known_as_verbs=words(
        "bekannt verkauft verkaufen verkaufte verkauften vermarktet vermarkten vermarktete vermarkteten kennt kennen "
        "kannte kannten"
    ),
    nickname_words=words("alias genannt"),
    # (short forms of the Alps' given names the letters do not show: "der Eccher Hansl" of Johann Eccher, "der
    # Sepp" of Josef; shown ones need none: "der Hias" of Matthias, "ds Vreni" of Verena, "die Resi" of Theresia)
    hypocoristics=MappingProxyType(
        {
            short: frozenset(words(given))
            for short, given in {
                "hansl": "johann johannes", "hans": "johann johannes", "hannes": "johann johannes",
                "sepp": "josef", "seppl": "josef", "peppi": "josef", "beppo": "josef", "wastl": "sebastian",
                "gustl": "august", "loisl": "alois", "luis": "alois", "mizzi": "maria", "mitzi": "maria",
                "girgl": "georg", "schorsch": "georg", "jackl": "jakob", "nandl": "ferdinand", "wiggerl": "ludwig",
                # (round 58: the Venetian and Friulian pet names of Giuseppe and Giuseppina the German-speaking
                # villages of the Carnic Alps use)
                "bepi": "giuseppe", "beppe": "giuseppe", "bepa": "giuseppina giuseppa", "beppa": "giuseppina giuseppa",
            }.items()
        }
    ),
    calling_verbs=words("nennt nennen nannte nannten ruft rufen rief riefen"),
    nickname_adverbs=words("nur einfach bloß halt"),
    place_prepositions=words("in im am aus nach"),
    # ("In der Fragestunde meldete sich Gertraud L. zu Wort", "In der ersten Reihe saß Anna Berg": after a phrase of
    # place or time, the subject after the verb is what the sentence is about)
    presentational_verbs=words(
        "meldete meldet meldeten kam kommt kamen stand steht standen saß sitzt saßen erschien erscheint wartete wartet"
    ),
    nickname_pronouns=MappingProxyType({"ihn": "m", "er": "m", "sie": "f"}),
    object_relatives=words("welchen welche welches"),
    nickname_relatives=words("den die"),
    naming_words=words("namens genannt"),
    talk_verbs=words("spricht sprechen sprach sprachen redet reden redete redeten"),
    talk_prepositions=frozenset(("von", "vom", "über")),
    talk_subjects=frozenset(("man", "alle", "jeder", "jede", "leute")),
    name_predicates=frozenset(
        (
            "heißt", "hieß", "heißen", "hießen", "nennt sich", "nannte sich", "nennen sich", "nannten sich",
            "trägt den namen", "trug den namen", "tragen den namen", "mit dem namen", "namens", "betitelt",
        )
    ),
    post_verbs=words("schrieb schreibt postete postet twitterte twittert antwortete teilte teilt veröffentlichte"),
    post_nouns=words("beitrag post posting tweet"),
    account_nouns=words("konto account profil kanal"),
    title_nouns=words("name titel spitzname beiname spitznamen beinamen"),
    title_copulas=words("ist war lautet lautete"),
    known_as_phrases=frozenset(("bekannt als", "nur bekannt als")),
    name_nouns=words("vorname vornamen"),
    seat_nouns=words("sitz hauptsitz firmensitz verwaltungssitz zentrale konzernzentrale gelände werksgelände standort"),
    # (round 57) places whose epithet a naming verb gives: ``Lexicon.place_nouns``
    place_nouns=words(
        "ort platz fleck dorf stadt städtchen insel land ecke ende welt erde hauptstadt tor herz perle dach "
        "wiege heimat tal küste region gegend"
    ),
    thing_nouns=words(
        "boot schiff fähre kutter jacht hof gasthof gasthaus wirtshaus hotel café cafe lokal kneipe pferd hund katze "
        "straße gasse platz brücke schule grundschule gymnasium realschule halle stadion park garten kino theater "
        "kapelle mühle siedlung stadtteil ortsteil viertel "
        # (a feature of the land or the sea before its name: "auf der Insel Sylt", "der Fluss Inn"; roles58)
        "insel inseln inselgruppe archipel fluss halbinsel bucht"
    ),
    case_nouns=words("fall affäre causa"),
    member_bodies=words("stadtrat gemeinderat kreisrat ortsrat bezirksrat betriebsrat aufsichtsrat"),
    # ("-mann" of a crew or a trade: "Vormann", "Steuermann", "Obmann"; "-kollege" of a team: "Chorkollege"; "-wirt" of
    # an inn, a hut or a farm: "Wirt", "Hüttenwirtin", "Landwirt", no agent noun's ending tells)
    role_endings=(
        "erin", "orin", "eurin", "ärin", "arin", "login", "loge", "entin", "istin", "antin", "gründer", "forscher",
        "leiter", "ling", "mann", "kollege", "kollegin", "wirt", "wirtin",
    ),  # fmt: skip
    nationality_noun_endings=("er", "erin", "ese", "esin"),  # (der Kenianer, die Österreicherin, der Togolese)
    # ("sich" of a reflexive cue: "beschwerte sich der Fischer", "erinnert sich Gerd Hollweg")
    cue_adverbs=words(
        "sich auch noch bereits schon zuvor vorher damals dann später erneut zudem außerdem immer stets oft hat habe hatte "
        "haben hatten"
        # (an object pronoun of the clause, as Spanish "le" and "nos": "ihr Vater habe ihr gesagt: „…“")
        " mir dir ihm ihr uns euch ihnen"
    ),
    subject_tails=words("danach anschließend später zuvor selbst schließlich endlich zuletzt"),
    relative_pronouns=words("dessen deren denen welcher welche welches"),  # (der, die, das are articles too)
    relative_articles=words("der die das dem den denen"),
    addressee_prepositions=words("an"),
    addressee_articles=frozenset(("den", "dem", "einen", "einem")),  # ("fragte einen Reporter", "sagte einem Sender")
    addressee_phrases=frozenset((
        "gegenüber", "im gespräch mit", "in einem gespräch mit", "im interview mit", "in einem interview mit",
        "im telefonat mit", "in einem telefonat mit", "auf anfrage von", "auf nachfrage von", "befragt von",
        "im podcast von", "in der sendung von",
    )),
    addressee_postpositions=words("gegenüber"),
    clause_words=words(
        "in im ins an am ans auf aus bei beim mit nach von vom zu zum zur für über und oder aber der die das dem den "
        "des ist war sind waren hat habe hatte wer wie vor gegen durch um unter hinter neben während seit bis ohne"
    ),
    capitalised_nouns=True,
    verb_final_clauses=True,
    finite_endings=("ierte", "ierten"),  # ("Reagierte Anna Huber ...", and the noun "Delegierte" before a name)
    group_nouns=words("nachbarn"),  # (as en "neighbours": "die Nachbarn riefen: „…!“" names no one)
    variety_negations=VARIETY_NEGATIONS,
)
