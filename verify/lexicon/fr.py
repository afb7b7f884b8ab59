"""French: cue verbs (with inverted forms "a-t-il dit"), titles, pronouns, ne ... pas, numbers."""

from __future__ import annotations

import re
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


def _er_forms(verb: str) -> tuple[str, ...]:
    """A regular -er verb in the forms a cue takes: réplique, répliqué(e), répliquent, répliquait(ent), répliqua,
    répliquer — "annonça" and "jugea" before an a; "suggère", "relève" where the last syllable opens."""
    stem = verb[:-2]
    soft = stem[:-1] + "ç" if stem.endswith("c") else stem + "e" if stem.endswith("g") else stem
    # An é before the last consonants, or a mute e before one, opens to è when the ending is mute.
    opened = re.sub(r"é([^\W\daeiouyéèêë]{1,2})$", r"è\1", stem)
    opened = re.sub(r"(?<=[^\W\daeiouyéèêë])e([^\W\daeiouyéèêëlt])$", r"è\1", opened)
    return (
        *(opened + ending for ending in ("e", "ent")),
        *(stem + ending for ending in ("é", "ée", "és", "er", "èrent")),
        *(soft + ending for ending in ("ait", "aient", "a")),
    )


# Classes of roles (see ``Lexicon.class_nouns``), from every region French is written in (France and its overseas,
# Belgium, Switzerland, Luxembourg, Monaco, Québec and Acadia, the Maghreb, West and Central Africa, the Indian Ocean,
# Haiti): a local government's head, a council's members, legislators, members of an executive, the State's
# representatives, civil servants, heads of schools, police and military ranks, clergy, judges, customary
# authorities, boat trades. Before "/" the wider nouns that describe a class without holding a role of it ("le
# militaire", "l'officier", "le haut fonctionnaire").
CLASS_NOUNS, CLASS_ROLES = class_table("""
premier_magistrat premier_édile premier_citoyen édile maire mairesse bourgmestre syndic syndique maïeur mayeur pds
délégué_spécial
premier_magistrat_de_la_commune maire_de_la_commune président_de_l'apc présidente_de_l'apc
président_de_la_commune chef_de_la_commune sindic syndic_de_la_commune podestat

conseiller conseillère conseiller_municipal conseillère_municipale échevin échevine adjoint adjointe

parlementaire élu_de_la_nation assemblée parlement sénat / député députée sénateur sénatrice conseiller_national
conseillère_nationale conseiller_aux_états

ministre ministre_délégué secrétaire_d'état conseiller_d'état conseillère_d'état gouverneur gouverneure wali
président_de_région ministère excellence

représentant_de_l'état administration préfet préfète sous-préfet sous-préfète
chef_de_district commissaire_de_district chef_de_circonscription chef_de_subdivision délégué_du_gouvernement
/ préfet préfète sous-préfet sous-
préfète haut-commissaire gouverneur gouverneure wali caïd pacha administrateur_territorial chef_de_district

fonctionnaire haut_fonctionnaire haute_fonctionnaire cadre haut_cadre agent_de_l'état commis_de_l'état / recteur
rectrice inspecteur inspectrice dasen administrateur administratrice secrétaire_général secrétaire_générale
directeur_de_cabinet préfet préfète sous-préfet sous-préfète

chef_d'établissement / proviseur proviseure principal principale recteur rectrice directeur_d'école
directrice_d'école

militaire officier officière soldat / colonel colonelle lieutenant-colonel commandant commandante capitaine
lieutenant sous-lieutenant adjudant adjudant-chef sergent caporal général générale chef_d'escadron chef_de_bataillon
amiral gendarme major

policier policière officier officière / commissaire inspecteur brigadier gendarme major commandant capitaine
lieutenant

religieux religieuse ecclésiastique homme_d'église homme_de_dieu prélat abbé curé prêtre pasteur pasteure évêque
archevêque chanoine vicaire aumônier diacre moine moniale prieur prieure imam cheikh cadi marabout rabbin

magistrat magistrate / juge magistrat magistrate cadi président_du_tribunal procureur procureure

chef_coutumier autorité_coutumière autorité_traditionnelle chef_traditionnel
chef_supérieur chef_de_tribu grand_chef chef_de_clan
/ chef_coutumier chef_traditionnel
chef_de_canton chef_canton chef_de_village togbui nana fon lamido sultan gran_man granman capitaine mwami
chef_de_quartier roi reine ampanjaka mpanjaka mogho_naaba naaba naba chef_de_terre grand_chef chef_de_bande
chef_de_tribu

~ batelier batelière / piroguier piroguière batelier batelière passeur passeuse marinier marinière barreur barreuse
pilote patron_de_la_barge skipper

premier_adjoint première_adjointe maire_adjoint maire-adjoint maire-adjointe vice-bourgmestre vice-syndic vice-
syndique

porte-parole chargé_de_communication chargée_de_communication attaché_de_presse attachée_de_presse
responsable_de_la_communication directeur_de_la_communication directrice_de_la_communication communicant
communicante
""")

# Speech verbs in the forms a cue takes (present, passé composé participle, imperfect, passé simple): the
# irregular ones as written, the regular -er verbs by their infinitive (inflected by rule, see _er_forms).
IRREGULAR_CUE_VERBS = words("""
dire dit disent disait disaient
répond répondu répondent répondait répondre répondit reconnaît reconnu reconnaissent reconnaissait reconnut
avertit averti avertissent avertissait écrit écrivent écrivait écrivit décrit décrivent décrivait décrivit
prévient prévenu prévenait prévint poursuit poursuivi poursuivait poursuivent poursuivit conclut conclu concluait
admet admis admit promet promis promettent promettait promettre promit reprend repris reprennent reprit
soutient soutenu soutiennent soutenait soutint maintient maintenu maintenait maintint convient convenu
réagit réagi réagissent réagissait renchérit renchéri renchérissait défend défendu défendent défendait défendit
surenchérit surenchéri surenchérissait
dément démenti démentent démentait garantit garanti garantissent asséné assène assènent assénait
rappelle rappelé rappellent rappelait rappeler rappela martèle martelé martèlent martelait marteler martela
s'exclame exclamé réjouit réjoui réjouie réjouis réjouissait sourit souri souriait rit ri riait riaient applaudit applaudi
interpelle interpellé
plaint plainte plaignent plaignait plaignit
souvient souvenu souvenue souviennent souvenait souvenaient souvint
grommelle grommellent grommelé grommela grommelait
chante chantent chantait chantaient chanta chanté chantèrent entonnait entonnaient entonna entonné entonnèrent
dixit
""")
REGULAR_CUE_VERBS = words("""
déclarer affirmer expliquer ajouter souligner estimer indiquer préciser assurer annoncer confier lancer
demander tweeter dénoncer juger regretter commenter insister raconter
avancer répliquer rétorquer ironiser lâcher glisser tonner fustiger déplorer nuancer trancher résumer plaider
avouer concéder noter observer relever protester critiquer saluer indigner agacer interroger féliciter
alerter accuser reprocher détailler objecter souffler railler moquer exhorter implorer clamer proclamer murmurer
confirmer publier menacer tempérer relativiser justifier argumenter arguer
constater remarquer signaler mentionner pointer jurer certifier attester témoigner nier contester réfuter
riposter enchaîner continuer clarifier rectifier confesser désoler lamenter insurger emporter fulminer
tempêter pester râler grogner étonner inquiéter remercier vanter plaisanter badiner persifler ricaner rigoler blaguer
chuchoter crier hurler écrier scander suggérer proposer recommander conseiller supplier exiger réclamer
questionner relater narrer révéler dévoiler divulguer soupirer enthousiasmer amuser alarmer réitérer répéter
marmonner bougonner maugréer rassurer exclamer évoquer parler prier esclaffer trinquer
ordonner statuer décréter énumérer
exposer informer
pouffer ronchonner grimacer taquiner chambrer jubiler claironner opiner
""")
# Reflexive ones that open on a vowel are written with the pronoun: "s'agace-t-elle", "s’indigne X" ("se félicite"
# reads "se" as a word before the verb, see cue_adverbs).
REFLEXIVE_CUE_VERBS = words(
    "indigner insurger emporter agacer étonner inquiéter exclamer écrier amuser alarmer esclaffer émerveiller extasier"
    " enthousiasmer offusquer"
)
# Cues of a quote only, never of reported speech: an argument put forward ("« … », fait valoir la conseillère"; "fait
# valoir ses droits" is a deed) and wonder ("s'émerveille la restauratrice"; "s'émerveille du paysage" is no speech)
QUOTE_ONLY_PHRASES = ("fait valoir", "font valoir", "faisait valoir", "faisaient valoir", "fit valoir", "firent valoir")
QUOTE_ONLY_REFLEXIVE = frozenset(
    f"{elided}{form}"
    for verb in ("émerveiller", "extasier", "enthousiasmer", "offusquer")
    for form in _er_forms(verb)
    for elided in ("s'", "s’")
)
# Completing what was said ("« … », a complété la vielleuse"), but not its present "complète", mostly the adjective
# ("La liste complète : « … »" is no cue)
COMPLETING_FORMS = frozenset(_er_forms("compléter")) - {"complète"}
# Verbs of qualifying: what a subject calls something in quote marks is their words ("a qualifié la réforme de « brutale
# »", "taxe le projet d'« irréaliste »", "a étiqueté la mesure « punitive »"), a claim however short
# (not "étiqueter", "cataloguer", "condamner": "l'étiquette", "le catalogue", "le condamné" are nouns)
QUALIFYING_VERBS = words("qualifier taxer traiter considérer")
CUE_VERBS = (
    IRREGULAR_CUE_VERBS
    | COMPLETING_FORMS
    | frozenset(form for verb in REGULAR_CUE_VERBS | QUALIFYING_VERBS for form in _er_forms(verb))
    | frozenset(
        f"{elided}{form}" for verb in REFLEXIVE_CUE_VERBS for form in _er_forms(verb) for elided in ("s'", "s’")
    )
)
# "a été catégorique :", "s'est montrée ferme :" — a copula before the adjective that
# describes how someone spoke, then a colon and the quote.
COPULAS = (
    "a été",
    "avait été",
    "est",
    "était",
    "fut",
    "s'est montré",
    "s'est montrée",
    "s’est montré",
    "s’est montrée",
    "se montre",
    "se montrait",
    "est resté",
    "est restée",
    "s'est voulu",
    "s'est voulue",
    "s’est voulu",
    "s’est voulue",
    "reste",
    "restait",
    "demeure",
    "se dit",
    "s'est dit",
    "s'est dite",
    "s’est dit",
    "s’est dite",
)
TITLES = words("""
m. mme mlle dr dre pr président présidente ministre premier première maire porte-parole directeur directrice
secrétaire général générale sénateur sénatrice député députée ambassadeur ambassadrice juge procureur
procureure chef cheffe roi reine pape monsieur madame maire adjoint adjointe conseiller conseillère
président-directeur pdg préfet préfète sous-préfet sous-préfète rédacteur rédactrice me
fondateur fondatrice cofondateur cofondatrice
mgr mgr. monseigneur abbé cdt cdt. commandant cne cne. col col. colonel lt lt. lieutenant sgt sgt. sergent pdt pdt.
papa maman tonton tata
maître maîtresse dom imam rabbin pasteur pasteure excellence
connétable centenier jurat bailli syndic syndique échevin échevine bourgmestre prévôt
maréchal adjudant adjudante adjudant-chef gendarme brigadier brigadière caporal caporale capitaine lieutenante
commandante colonelle amiral aspirant matelot sapeur commissaire inspecteur inspectrice agent agente gardien
gardienne sergente soldat soldate officier
notaire avocat avocate huissier huissière bâtonnier bâtonnière docteur docteure professeur professeure ingénieur
ingénieure ing ing. architecte curé chanoine évêque archevêque marabout oustaz lamido naba nanan togbui
diacre diaconesse vicaire aumônier aumônière abbesse prieur prieure naaba dada tāvana tavana
""")  # (connétable … prévôt: offices of the Channel Islands, Swiss and Belgian communes; papa, maman, tonton, tata: forms of address of respect in francophone Africa: "Papa Ngoué")
# (the last two lines: ranks of the gendarmerie, the army and the police of France, Belgium, Switzerland, Québec and
# Africa, "l'adjudant-chef Marc Roux", "le commissaire Anne Morel"; the professions and the clergy, "Me", "Ing."; the
# Sahel's and West Africa's marabouts, teachers and chiefs, "Oustaz", "Lamido", "Naba", "Nanan", "Togbui"; round 51:
# the clergy's and the orders' "Diacre", "Vicaire", "Aumônier", "Prieure", the Mossi "Naaba", Abomey's king "Dada",
# Polynesia's mayor "Tāvana" (the orders' "Père", "Frère", "Sœur", "Mère" are forms of address, capitalised before a
# name: lower case, kin). Not "Major", "Sultan": a name as often; nor "policier", "cardinal": adjectives as often,
# "un roman policier", "les points cardinaux")
# Each title's role: feminine and abbreviated forms name the same role ("la présidente", "la cheffe").
# Role nouns that name one role in other words, the first of each line naming it ("le patron du syndicat"
# is the person introduced as "dirigeant du syndicat").
ROLE_FORMS = role_table(
    {
        "présidente": "président",
        "directrice": "directeur",
        "fondatrice": "fondateur",
        "cofondatrice": "cofondateur",
        "coordinatrice": "coordinateur",
        "générale": "général",
        "sénatrice": "sénateur",
        "députée": "député",
        "ambassadrice": "ambassadeur",
        "procureure": "procureur",
        "syndique": "syndic",
        "échevine": "échevin",
        "cheffe": "chef",
        "première": "premier",
        "adjointe": "adjoint",
        "conseillère": "conseiller",
        "avocate": "avocat",
        "dirigeante": "dirigeant",
        "candidate": "candidat",
        "préfète": "préfet",
        "sous-préfète": "sous-préfet",
        "rédactrice": "rédacteur",
        "élue": "élu",
        "me": "avocat",  # "Me Hugo Benali" (maître): "l'avocat" is him
        # (abbreviated titles of the clergy and the forces: "Mgr Paul Durand" is "monseigneur", "Cne" the captain)
        "mgr": "monseigneur",
        "mgr.": "monseigneur",
        "cdt": "commandant",
        "cdt.": "commandant",
        "cne": "capitaine",
        "cne.": "capitaine",
        "col": "colonel",
        "col.": "colonel",
        "lt": "lieutenant",
        "lt.": "lieutenant",
        "sgt": "sergent",
        "sgt.": "sergent",
        "pdt": "président",
        "pdt.": "président",
        # (offices abbreviated to their letters: "la DG" is the woman introduced as "La directrice générale du …", "le
        # PDG" the man introduced as président-directeur général)
        "dg": "directeur",
        "pdg": "président",
        "dgs": "directeur",  # (le directeur général des services d'une ville)
        "président-directeur": "président",
        "présidente-directrice": "président",
    },
    families="""
    dirigeant chef patron patronne leader responsable
    avocat avocate défenseur
    journaliste reporter reporteur correspondant correspondante présentateur présentatrice
    médecin docteur gynécologue pédiatre chirurgien chirurgienne cardiologue anesthésiste obstétricien obstétricienne
    médecin neurologue oncologue cancérologue radiologue urgentiste
    épouse veuve
    époux mari veuf
    juge magistrat magistrate
    maire édile bourgmestre syndic syndique mairesse maïeur mayeur
    entraîneur entraîneuse coach technicien technicienne sélectionneur sélectionneuse
    capitaine skipper
    agriculteur agricultrice fermier fermière paysan paysanne cultivateur cultivatrice maraîcher maraîchère
    """,
)
# Nationalités et domaines (voir affiliation_table) : « le Suédois » est celui que l'article a dit suédois,
# « le syndicaliste » celui qu'il a dit délégué syndical ou secrétaire d'un syndicat.
# (the lines after "ukraine": regions, islands and provinces whose people's noun no ending of
# ``nationality_noun_endings`` tells, "le Corse Dominique Santoni", "la Bretonne Maïwenn Le Goff", "le Vendéen …")
AFFILIATIONS, AFFILIATION_NOUNS = affiliation_table("""
allemagne allemand allemande / allemand allemande
américain américaine / américain américaine
australie australien australienne / australien australienne
belgique belge / belge
britannique / britannique
canada canadien canadienne / canadien canadienne
espagne espagnol espagnole / espagnol espagnole
france français française / français française
italie italien italienne / italien italienne
maroc marocain marocaine / marocain marocaine
algérie algérien algérienne / algérien algérienne
éthiopie éthiopien éthiopienne / éthiopien éthiopienne
kenya kényan kényane / kényan kényane
serbie serbe / serbe
croatie croate / croate
pays-bas néerlandais néerlandaise / néerlandais néerlandaise
pologne polonais polonaise / polonais polonaise
portugal portugais portugaise / portugais portugaise
russie russe / russe
suède suédois suédoise / suédois suédoise
suisse / suisse
ukraine ukrainien ukrainienne / ukrainien ukrainienne
corse corses / corse corses
pays-basque basque basques / basque basques
bretagne breton bretonne / breton bretonne
normandie normand normande / normand normande
picardie picard picarde / picard picarde
savoie savoyard savoyarde / savoyard savoyarde
gascogne gascon gasconne / gascon gasconne
berry berrichon berrichonne / berrichon berrichonne
bourgogne bourguignon bourguignonne / bourguignon bourguignonne
auvergne auvergnat auvergnate / auvergnat auvergnate
provence provençal provençale / provençal provençale
vendée vendéen vendéenne / vendéen vendéenne
guadeloupe guadeloupéen guadeloupéenne / guadeloupéen guadeloupéenne
wallonie wallon wallonne / wallon wallonne
flandre flamand flamande / flamand flamande
monaco monégasque / monégasque
madagascar malgache / malgache
grisons grison grisonne / grison grisonne
kanaky kanak kanake / kanak kanake
nouvelle-calédonie caldoche / caldoche
louisiane cajun cajune / cajun cajune
madawaska brayon brayonne / brayon brayonne
syndicat syndicats syndical syndicale syndicaux cgt cfdt unsa / syndicaliste
ps psf sp / socialiste socialistes
lr ump rpr / républicain républicaine républicains gaulliste gaullistes
mr plr vld / libéral libérale libéraux libérales
eelv ecolo verts / écologiste écologistes
lfi pcf ptb / insoumis insoumise communiste communistes
rn fn / frontiste frontistes lepéniste
modem udi cdh pdc / centriste centristes humaniste
pdci rhdp pdg / houphouëtiste
""")
ROLE_NOUNS = words(
    "fonctionnaire "
    "adolescent adolescente habitant habitante voisin voisine témoin victime retraité retraitée étudiant étudiante "
    "client cliente acheteur acheteuse "
    "lycéen lycéenne enseignant enseignante spectateur spectatrice homme femme enfant garçon avocat avocate "
    "dirigeant dirigeante responsable candidat candidate élu élue expert experte journaliste médecin ingénieur "
    "ingénieure entraîneur entraîneuse capitaine joueur joueuse professeur professeure coordinateur "
    "cuisinier cuisinière infirmier infirmière ouvrier ouvrière salarié salariée employé employée serveur serveuse "
    "agriculteur agricultrice éleveur éleveuse commerçant commerçante parent mère père patient patiente bénévole "
    "supporter supportrice passager passagère fils fille frère sœur mari épouse époux compagne compagnon conjoint "
    "conjointe technicien technicienne arbitre soigneur soigneuse gardien gardienne pêcheur pêcheuse "
    "petit-fils petite-fille neveu nièce cousin cousine oncle tante grand-père grand-mère veuve veuf "
    "acteur actrice comédien comédienne marié mariée"
)
# (kin nouns tell a gender too: "son épouse", "sa compagne" is a woman; not "mari", also a first name: "Mari Hayman")
MALE_TITLES = words(
    "m. monsieur président directeur sénateur député ambassadeur procureur roi adjoint conseiller fils frère père époux "
    "compagnon fondateur cofondateur mgr monseigneur abbé petit-fils neveu oncle grand-père veuf papa "
    "tonton échevin préfet sous-préfet"
)
FEMALE_TITLES = words(
    "mme mlle madame présidente directrice sénatrice députée ambassadrice procureure reine cheffe adjointe conseillère"
    " élue fille sœur mère épouse femme compagne conjointe fondatrice cofondatrice petite-fille nièce tante grand-mère"
    " veuve actrice comédienne maman tata pasteure maîtresse échevine syndique préfète sous-préfète"
    # (the Quebec "Dre", docteure: "la Dre Annie Pelletier", then "la Dre Pelletier", is one woman, no "Dre Pelletier")
    " dre"
)
PRONOUNS = pronoun_table(
    m_sg="il lui",
    f_sg="elle",
    m_pl="ils",
    f_pl="elles",
    first_sg="je j'",
    first_pl="nous",
)
DETERMINERS = words("le la les l' un une son sa ses leur")
# Formes juridiques after a name ("Valmont Aciers SA", "Trotteo SAS"); full stops dropped at the end.
# (round 55: Belgium's, Switzerland's and every public company's forms: "asbl", "Sàrl", "SCIC", "SEM", "GIE")
LEGAL_FORMS = words("SA S.A SAS S.A.S SASU SARL S.A.R.L SNC SCOP SE ASBL asbl A.S.B.L SCIC SCI EURL GIE SEM SPL "
                    "SAEM SEML Sàrl SCRL SCRLFS SPRL SRL SCA SCS GAEC EARL SICA")
ORGANISATION_WORDS = words("""
service
gouvernement ministère parti police gendarmerie association société entreprise groupe assemblée sénat
conseil commission tribunal cour agence journal université banque syndicat préfecture mairie
région fondation institut fédération fc club exploitant opérateur compagnie organisme organisation ong coopérative collectif comité mutuelle confédération regroupement
collectivité chambre
hôpital clinique école lycée collège musée paroisse ville jury office parc zoo aquarium direction ligue
commissariat caserne brigade escadron
inspection administration autorité délégation secrétariat commissariat haut-commissariat observatoire
communauté métropole municipalité rectorat académie caisse régie parquet sous-préfecture brigade
intercommunalité conservatoire
canton
""")  # (round 63: a canton is a government that speaks, Switzerland's and Luxembourg's: "La République et Canton du
# Jura, Office de la culture, indique" is the canton's, not "du Jura")
# Documents credited with words ("selon un communiqué du groupe"): they speak for whoever issued them.
DOCUMENT_NOUNS = words("""
communiqué déclaration note rapport lettre message tweet publication courrier texte document
arrêté délibération jugement décision procès-verbal règlement décret bulletin
avis prévision prévisions étude évaluation alerte expertise
circulaire instruction recommandation synthèse compte-rendu bilan consigne notification annonce
diagnostic constat directive protocole fiche
""")
MALE_NAMES = words("""
blaise fiston héritier trésor dieudonné désiré prosper aimé déogratias ghislain florent arsène bienvenu jeannot
godefroid bonaventure
alain antoine bernard bruno christophe didier éric emmanuel françois frédéric gérard guillaume henri
jacques jean jérôme julien laurent louis luc marc marcel mathieu michel nicolas olivier patrick philippe
pierre sébastien stéphane thierry thomas vincent xavier yves
alexandre anthony benjamin bertrand christian cyril daniel franck gaël georges hervé jean-marc jean-pierre
jean-luc jérémy kévin ludovic mickaël patrice quentin serge sylvain thibault yann yannick
adrien arnaud benoît cédric clément damien david denis fabien fabrice florian gilles grégoire hugo jules
lionel loïc maxime pascal raphaël rémi robert romain samuel simon théo tristan victor
claude étienne gabriel jean-claude jean-michel joël lucas mathis matthieu richard gaston lucien marius baptiste
bastien corentin dylan enzo kylian mathéo nathan noé valentin gautier roger jean-louis jean-paul jean-yves jean-
jacques
hilaire évariste
moussa mamadou mahamadou mahamat ahmat ousmane amadou ibrahima modou seydou souleymane boubacar abdoulaye oumar bakary
lamine idrissa drissa youssouf alassane saliou babacar moustapha hamidou aliou abdou sékou sekou mamadi lassana siaka
yacouba zakaria brahim karamoko malick ousseynou djibril massamba tidiane ismaël yacine nordine rachid abdelkader
mourad sofiane redouane hissein alioune
cheikh pape serigne thierno baye sidy moulay
erwan gwenaël tanguy goulven gwendal maël ronan
andriï serhiï oleksiï iouri vassyl volodymyr oleksandr dmytro mykola taras bohdan ihor maksym
""")  # (cheikh … moulay: given names of West Africa and the Maghreb that are titles or words too, "Cheikh Tidiane Sow",
# "Pape Alioune Ndiaye", "Serigne Mbaye Diop": a known first name, so no title or heading's word is cut from the name)
FEMALE_NAMES = words("""
agnès anne audrey brigitte catherine cécile céline chantal christine claire élisabeth émilie françoise
hélène isabelle jeanne julie laure marie marine martine mathilde nathalie pauline sandrine sophie
sylvie valérie véronique ségolène
alice amélie aurélie caroline charlotte chloé clémence delphine élise emma estelle florence inès juliette
laetitia léa lucie manon margaux marion mélanie nadia virginie
anaïs annie corinne danielle élodie gaëlle ghislaine josiane laurence maud monique muriel nadine odile
pascale sabine solène stéphanie
anne-marie camille claudine colette frédérique geneviève jacqueline karine marguerite marie-claude michèle murielle
nicole océane patricia yvette yvonne gwenaëlle anne-laure marie-pierre marie-france marie-christine odette simone
suzanne germaine madeleine ginette huguette
aïssata aissata fatoumata mariama kadiatou hadidja khadija rokia ramatoulaye coumba ndeye astou dieynaba binta oumou
djeneba assetou salimata mariam aïcha aicha fatou nafissatou rokhaya maïmouna maimouna haoua achta halima zeinab
yasmina karima malika naïma naima djamila
nolwenn maïwenn soizic rozenn enora katell morgane
oksana olena iryna svitlana tetiana ioulia halyna kateryna olha
""")
NAME_PARTICLES = words("de du des d' le la")
NOT_NAMES = words("""
le la les un une des et ou mais si quand comme dans sur pour par avec sans en au aux du de il elle ils
elles nous je on ce cette ces lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars
avril mai juin juillet août septembre octobre novembre décembre selon ensuite cependant toutefois pourtant
puis alors
quelqu'un quelqu’un rien
""")
PREPOSITIONS = words(
    "à au aux de du des dans en sur sous par pour avec sans chez vers contre entre devant derrière après avant "
    "pendant depuis"
)
ABBREVIATIONS = words("m mme mlle dr pr st etc janv févr oct nov déc")
# (with the regional forms a page quotes as said, filled from the regions, not from one page: Quebec, Acadian and
# Cajun "pantoute", "pô", "pouint", "parsonne"; Marseille and Midi "dégun"; Walloon and Belgian "nén"; the
# Creoles of the Antilles, Guiana, Haiti, Réunion, Mauritius and the Seychelles: "ayen", "anyen", "pyès", "pèsonn",
# "janmé", "janmen", "zamé", "okenn", "nanye", "poin", "ryin"; left out: the informal "pu" of "plus", which is
# "pouvoir"'s participle. The forms that are another language's word are REGIONAL_NEGATIONS)
NEGATIONS = words(
    "ne n' pas jamais aucun aucune aucunement nullement rien personne nul nulle sans ni guère plus pantoute nén "
    "pantout pentoute pô pouint parsonne nenni "
    "dégun degun "
    "ayen anyen ayin pyès pèsonn pésonn janmé janmen janm jamé zamé zame okenn oken nanye poin pwin ryin "
    # (round 51) by region and by form, not from one page: the Arabic of the Maghreb a French page quotes ("machi",
    # "makach", "walou", Tunisian "mouch", "mahich") and of the Levant and Egypt ("mafi", "mafish", "mish"); the
    # Creoles of the Indian Ocean, the Antilles and Guiana ("napa"'s and "pena"'s kin "nepli", "nanryen",
    # "personn", "zanmen", "arien", "poko"); Corsican "ùn", "micca", "mancu", "nunda", "nimu", "nè"; Breton "ket",
    # "nann", "netra", "biskoazh"; Walloon "rén"; Wolof "déedéet"; Provençal "ges"
    "machi mashi machie makach makache makech makaynch makaynche walou oualou walo mouch mahouch mahich "
    "mafi mafich mafish "
    "nepli nanryen nanrien personn zanmen zanmé arien poko pòkò pokò "
    "ùn micca mancu nunda nimu nè "
    "ket nann netra biskoazh "
    "rén déedéet dedet ges "
    # (round 52) by language family, not from one page: the languages a French page quotes whose negation no list
    # held: Malagasy "tsy", "tsia", "tsisy"; Bambara and Dioula "tɛ", "tè"; Wolof "amul", "mënul"; Sango "pëpe";
    # Lingala "tɛ́"; Swahili of the Congo "hapana", "hakuna"; Shimaore and Comorian "tsisi", "kavu"; Kabyle "ulac";
    # Tahitian "eita", "aore"; Vietnamese "không", "chẳng", "chưa". Malagasy "aza", Bambara "ayi", Fula "alaa" and
    # "walaa", Kinyarwanda "oya", Tahitian "aita" are also names: regional negations, read in lower case. Left out
    # as another word: Bambara "ma" and Wolof "du" (French "ma", "du"), Kabyle "ur" (the English "ur" of a post).
    # Lingala "te", Kituba "ve" and Kikongo "ko" close their clause and are French words elsewhere:
    # ``final_negations``
    "tsy tsia tsisy tɛ tè amul mënul pëpe tɛ́ hapana hakuna tsisi kavu ulac eita aore không chẳng chưa "
    "eiaha thaa famech mafamech mafeesh mafich makanch walu mub đừng "
    # (round 55) by family, not from one page: blind set 58's Inuktitut and Malagasy, tune set 48's Lao "bo" left
    # out unflagged: the Occitan of every valley ("ren", "degun", "digun", "arren", "briga", "giamai"), Franco-Provençal
    # and Valdôtain ("nion", "nyon"), Picard ("rin", "jamoais"), Walloon ("nouk", "måy"), Lorraine and Alsace ("nimmeh",
    # "neemes"), Breton ("biken", "ebet"), the Creoles ("pèsòn", "nanyin"), Africa (Wolof "déet", Kirundi and
    # Kinyarwanda "nta", Kabyle "ulach", Malagasy "intsony"), Canada (Innu "apu", Cree "namôya", Atikamekw "ekawin",
    # Inuktitut "aagga"). Another word or a name, a regional negation: Breton "morse" (English "morse"), Alsatian
    # "kenner" (German "Kenner"), Mooré "ayo", Occitan "ren", Picard "rin", Kirundi "nta" (names and letters: lower case
    # only). Left out as another word: Provençal "res" (Spanish "res", cattle), Jèrriais "rein" (German "rein")
    "digun arren briga giamai nion nyon jamoais nouk måy nimmeh neemes biken ebet pèsòn nanyin déet ulach intsony"
)
# Forms that are another language's word, each with the plain negation it stands for and the languages it is a word
# of (see the German lexicon): the Creoles' "pa" and "pá" (Spanish "pa'" of "para" and "pá" of "papá", English
# "pa"), Mauritian "pena" (Spanish "pena"), the spoken "nan" (English "nan"). Tune set 43: a dropped Martinican "pa".
REGIONAL_NEGATIONS = MappingProxyType(
    {
        "pa": ("pas", "es en"),
        "pá": ("pas", "es"),
        "pena": ("pas", "es"),
        "nan": ("non", "en"),
        # (round 51) Mauritian and Seychellois "napa" (there is not: the place Napa, "napa" leather), Algerian and
        # Tunisian "mech" and Egyptian "mish" (English "mech", "mish-mash"), Guadeloupe "pon" (Spanish "pon", put),
        # Quebec "pus" (English "pus")
        "napa": ("pas", "en"),
        "mech": ("pas", "en"),
        "pon": ("pas", "es"),
        "pus": ("pas", "en"),
        "mish": ("pas", "en"),
    }
    | dict.fromkeys(("aza", "ayi", "alaa", "walaa", "oya", "aita"), ("pas", ""))
    # (round 54, by family, not from one page: blind set 57's Marquesan "'a'e" turned to "ua", tune set 47's Chadian
    # "mâfi" swapped for "katîr" unflagged; with NEGATIONS' last line) Polynesian and Kanak: Marquesan "'a'e", Tahitian
    # "'e'ita", "'eiaha", Wallisian "mole" (French "mole", a unit; Mexican "mole"), Drehu "thaa", Nengone "deko";
    # Haitian "pap" (English "pap"); the Arabic of the Maghreb, the Gulf and Iraq: Tunisian "famech", "mafamech",
    # Egyptian and Levantine "mafeesh", "mafich", Moroccan "makanch", "walo" (the Senegalese Walo: lower case only),
    # "walu", Gulf "mub", Iraqi "maku" (a name), Egyptian "mosh" (English "mosh"); Vietnamese "đừng". Left out:
    # Hassaniya "mahu" (the Tahitian "māhū")
    | {"a'e": ("pas", ""), "e'ita": ("pas", ""), "mole": ("pas", "fr en es"), "pap": ("pas", "en")}
    | {"mosh": ("pas", "en")}
    | {"deko": ("pas", "de")}
    | dict.fromkeys(("walo", "maku"), ("pas", ""))
    | {"morse": ("pas", "en")}
    | dict.fromkeys(("kenner", "ayo", "ren", "rin", "nta"), ("pas", ""))
)
# The negations closing their clause in the languages of Central Africa a French page quotes (see NEGATIONS), and the
# prefixes glued onto a verb that negate it (Swahili "ha-" of "hatuna", Kinyarwanda and Kirundi "nti-" and "nta-" of
# "ntidushaka", Chichewa "si-")
# (round 53) Sango "ape" closes its clause ("Mbi yeke kä kawa na ngere so ape, mo mä ?"; English "ape"): tune set 46
FINAL_NEGATIONS = MappingProxyType({"te": "pas", "ve": "pas", "ko": "pas", "ape": "pas"})
# (round 53) Emphatic negations of several words of French slang and speech ("que dalle", nothing; "peau de balle";
# "jamais de la vie"): a claim starting right after one, or swapping it, changes a negation
NEGATIVE_PHRASES = MappingProxyType(
    dict.fromkeys(("que dalle", "que couic", "peau de balle", "nib de nib", "des clopinettes"), ("rien", ""))
    | dict.fromkeys(("jamais de la vie", "hors de question", "pas question", "pas du tout"), ("pas", ""))
)
NEGATIVE_PREFIXES = frozenset(("ha", "si", "nti", "nta"))
# (round 56) the Arabic of the Maghreb and of Egypt negates a verb with "ma" before it and "-ch", "-sh" closing it
# ("ma nefhemch", I do not understand, against "nefhem"; "ma fhemtch"): ``negative_particles``, ``negative_suffixes``
NEGATIVE_PARTICLES = frozenset(("ma", "mā"))
NEGATIVE_SUFFIXES = frozenset(("ch", "sh", "š"))
# (round 56) Negations left out of ``negations`` as a common word of one of the four languages (see ``Lexicon.
# clause_negations``): Bambara "ma" (French "ma"), Wolof "du" (French and German "du"), Kabyle "ur" (English "ur"),
# Jèrriais "rein" (German "rein"); Shindzuani "tsi" (a name; Malagasy "tsy" of the same letters is listed)
CLAUSE_NEGATIONS = MappingProxyType({"ma": "fr en de", "du": "fr de", "ur": "en", "rein": "de", "tsi": ""})
# Function words of the Creoles a French page quotes (Antillean, Guianese, Haitian, Réunion, Mauritian, Seychellois,
# Louisiana) that no lexicon's stopwords hold: a text holding them is French for the reading of a regional negation
# ("Nou pa ni dlo" holds Spanish "ni" and no French stopword)
CREOLE_STOPWORDS = words("""
mwen mwin nou zot zòt li sé ki ka té ké kè pou épi èk ek kon konsa jodi dépi bagay moun lajan fè tou toujou
kounye kounyé koté kote yé ankò ankor timoun lakay anlè sa-a isit
mo to so nou ena annan pe pou bizin zis enn ene ler dan depi kot isi zanfan lakaz
""")
NUMBER_WORDS = number_table(
    "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
    "dix-sept dix-huit dix-neuf",
    "vingt trente quarante cinquante soixante soixante-dix quatre-vingts quatre-vingt-dix",
    une=1,
    cent=100,
    douzaine=12,
    vingts=20,  # "quatre-vingts"
    # Belgian and Swiss French: 70, 80 and 90 in one word ("septante-cinq", "nonante")
    septante=70,
    huitante=80,
    octante=80,
    nonante=90,
)
# "deux cents", "quatre-vingts" (4 x 20); "mille" is a magnitude. "cent" and "sept" are English and
# date words too: read as numbers only inside a French number ("trois cent", "dix-sept").
DATE_WORDS = words("""
janvier février mars avril mai juin juillet août septembre octobre novembre décembre
lundi mardi mercredi jeudi vendredi samedi dimanche
""")
# "mil" is the thousand of a year, as dates spell it ("mil neuf cent soixante" 1960; normalize._MULTIPLIER_LANGUAGES)
NUMBER_MULTIPLIERS = MappingProxyType(
    {"cent": 100, "cents": 100, "vingt": 20, "vingts": 20, "douzaine": 12, "douzaines": 12, "mil": 1000}
)
# Ordinals, singular and plural ("troisième", "vingtièmes"); "unième" only ends a compound ("vingt et unième").
# Left out: "premier", "première" (a title's word: "Premier ministre") and "seconde" (a second of time).
ORDINALS = MappingProxyType(
    {
        form: n
        for form, n in inflected(
            number_table(
                "_ unièm deuxièm troisièm quatrièm cinquièm sixièm septièm huitièm neuvièm dixièm onzièm douzièm "
                "treizièm quatorzièm quinzièm seizièm",
                "vingtièm trentièm quarantièm cinquantièm soixantièm",
                centièm=100,
                millièm=1000,
            ),
            "e es",
        ).items()
        if n >= 1
    }
)
MAGNITUDES = MappingProxyType(
    {
        "cent": 2,
        "cents": 2,
        "mille": 3,
        "million": 6,
        "millions": 6,
        "md": 9,
        "mds": 9,
        "milliard": 9,
        "milliards": 9,
        "billion": 12,
        "billions": 12,
    }
)
STOPWORDS = words("""
le la les de des du un une et est en dans que qui pour pas par sur au aux ne se ce cette ces il elle
ils elles nous vous je on avec son sa ses leur leurs mais ou plus a ont été être sont était fait comme
tout très aussi y d' l' qu' n' s' c' j'
chaque
""")  # (round 63: a determiner of each one, no word of meaning: "à chaque paquet" shares no idea with "chaque
# bulletin")

# Participles before the agent link, and the noun for the person named after it ("trained by X": the trainer)
AGENT_NOUNS = MappingProxyType(
    {
        "animé": "animateur", "animée": "animateur", "modéré": "modérateur", "modérée": "modérateur",
        "entraîné": "entraîneur", "entraînée": "entraîneur", "dirigé": "dirigeant", "dirigée": "dirigeant",
        "fondé": "fondateur", "fondée": "fondateur", "écrit": "auteur", "écrite": "auteur", "réalisé": "réalisateur",
        "réalisée": "réalisateur", "présenté": "présentateur", "présentée": "présentateur",
    }
)

# (round 55) quelque chose and quelqu'un as one word, of the regions and the languages a French page quotes (Occitan,
# Walloon, Corsican, the Creoles); not "toujours" nor "tout", whose swaps with "normalement" or "nouveau" are common
# edits
POSITIVE_INDEFINITES = words("""
quicòm quicom quauquarren åk qualcosa qualchissia kèk kekchoz kèkchoz kiksoz kichoz
""")


# (round 60) Negation particles of the regional varieties of French and its neighbours before their verb or after its
# auxiliary that are another word of French (``Lexicon.variety_negations``)
VARIETY_NEGATIONS = MappingProxyType(
    {
        "point": "Walloon, Picard, Poitevin, Acadian, Quebec",
        "ran": "Franc-Comtois (rien)",
        "mie": "Lorrain, Picard, Champenois",
        "pe": "Ajoulot, Franc-Comtois of the Jura",
        "pouin": "Gallo, Poitevin",
        "nun": "Walloon of Liège",
    }
)


LEXICON: Lexicon = Lexicon(
    code="fr",
    narrative_openers=words("et"),
    narrative_links=("de", "d'", "d’"),
    name="Français",
    double_quotes='«»“”"',
    continuation_marks=MappingProxyType({"»": "«"}),
    apposed_ages=("# ans",),
    single_quotes="‹›‘’'",
    cue_verbs=CUE_VERBS,
    # "« ... », fait savoir la mairie", "a fait savoir le club": a body's announcement, as "annonce" is
    cue_phrases=(
        "fait savoir", "font savoir", "faisait savoir", "faisaient savoir", "fit savoir", "firent savoir",
        "voulu savoir", "voulait savoir", "veut savoir", "voulut savoir",  # ("« … ? », a voulu savoir la députée")
        # ("« … », a fait remarquer le pêcheur", "fit observer la juge": a remark made to the listener)
        "fait remarquer", "font remarquer", "faisait remarquer", "faisaient remarquer", "fit remarquer",
        "fait observer", "font observer", "faisait observer", "faisaient observer", "fit observer",
        *QUOTE_ONLY_PHRASES,
    ),
    quote_only_cues=frozenset(QUOTE_ONLY_PHRASES) | QUOTE_ONLY_REFLEXIVE,
    copulas=COPULAS,
    # "le journal cite la maire :": the person quoted speaks, not the outlet
    quoting_verbs=words("cite citent citait citaient cité citant"),
    quoting_links=("en ces termes", "disant", "comme disant", "affirmant", "déclarant"),
    participle_endings=("é", "ée", "és", "ées", "u", "ue", "us", "ues", "i", "ie", "is", "ies", "it", "ite", "its"),
    title_participles=words("délégué déléguée délégués déléguées élu élue élus élues désigné désignée"),
    # (a phrase before any that opens it: a name's opening is compared with each in turn)
    according_to=(
        "selon les mots de", "selon les mots du", "selon la formule de", "selon la formule du", "selon l'expression de",
        "selon l’expression de", "selon l'expression du", "selon l’expression du", "selon le mot de", "selon le mot du",
        "selon", "d'après", "d’après", "pour reprendre les mots de", "pour reprendre les mots du",
        "pour reprendre l'expression de", "pour reprendre l'expression du", "pour reprendre l’expression de",
        "pour reprendre l’expression du", "pour reprendre la formule de", "pour reprendre la formule du",
        "pour reprendre le mot de", "pour reprendre le mot du", "à en croire", "a en croire",
    ),  # fmt: skip
    # (an impersonal subject's inverted verb, then where: "« … », indique-t-on à la Direction des routes du Finistère",
    # "fait-on savoir du côté de la société …"; a text's verb and its document: "stipule l'arrêté de la Préfecture …")
    body_cues=(
        "fait-on savoir", "fait-on valoir", "indique-t-on", "précise-t-on", "explique-t-on", "souligne-t-on",
        "assure-t-on", "confirme-t-on", "rappelle-t-on", "ajoute-t-on", "affirme-t-on", "annonce-t-on", "déclare-t-on",
        "estime-t-on", "répond-on", "dit-on", "lit-on", "peut-on lire", "stipule", "indique", "précise", "rappelle",
    ),  # fmt: skip
    floor_calls=words("interruption interruptions exclamation exclamations"),
    document_text_cues=(
        "on lit", "on lisait", "on peut lire", "on pouvait lire", "peut-on lire", "lit-on", "il est écrit",
        "est-il écrit", "il est indiqué", "est-il indiqué", "il est précisé", "est-il précisé",
    ),  # fmt: skip
    quote_interjections=("je cite", "et je cite", "citation"),
    issuing_verbs=("a publié", "publie", "a diffusé", "diffuse", "a envoyé", "a transmis", "a adressé"),
    titles=TITLES,
    pronouns=PRONOUNS,
    negations=NEGATIONS,
    positive_indefinites=POSITIVE_INDEFINITES,
    regional_negations=REGIONAL_NEGATIONS,
    final_negations=FINAL_NEGATIONS,
    negative_phrases=NEGATIVE_PHRASES,
    negative_prefixes=NEGATIVE_PREFIXES,
    negative_particles=NEGATIVE_PARTICLES,
    negative_suffixes=NEGATIVE_SUFFIXES,
    clause_negations=CLAUSE_NEGATIONS,
    regional_stopwords=CREOLE_STOPWORDS,
    bare_negations=words("point"),
    number_words=NUMBER_WORDS,
    magnitudes=MAGNITUDES,
    clause_conjunctions=frozenset("et mais ou donc".split()),
    adverb_conjunctions=frozenset("donc".split()),
    and_words=frozenset("et &".split()),
    couple_nouns=words("couple époux mariés frères sœurs soeurs jumeaux jumelles parents grands-parents"),
    name_joiners=("de", "du", "des", "de la", "et", "&"),
    name_contractions=("au", "aux"),
    people_plurals=words(
        "élèves écoliers écolières collégiens collégiennes lycéens lycéennes étudiants étudiantes enfants jeunes "
        "parents enseignants enseignantes professeurs salariés salariées employés employées agents ouvriers ouvrières "
        "membres bénévoles volontaires habitants habitantes riverains riveraines villageois villageoises locataires "
        "agriculteurs agricultrices éleveurs éleveuses viticulteurs vignerons pêcheurs pêcheuses mineurs dockers "
        "chauffeurs infirmiers infirmières médecins sages-femmes soignants soignantes pompiers sapeurs-pompiers "
        "soldats militaires retraités retraitées aînés femmes hommes mères pères familles commerçants commerçantes "
        "marchands marchandes forains clients clientes habitués consommateurs usagers voyageurs passagers supporters "
        "supportrices joueurs joueuses choristes musiciens musiciennes danseurs danseuses fidèles paroissiens "
        "pèlerins manifestants manifestantes grévistes militants militantes syndicalistes marins scouts apprentis "
        "stagiaires diplômés victimes proches touristes visiteurs visiteuses patients patientes "
        # (round 54: garçons et filles, la musique, le sport, les métiers et les cultes de toutes les régions)
        "garçons filles gamins gamines ados adolescents adolescentes juniors cadets cadettes minimes benjamins "
        "tambours tambourinaires batteurs percussionnistes sonneurs fanfaristes majorettes artistes comédiens "
        "comédiennes chanteurs chanteuses artisans artisanes tisserands tisserandes potiers brodeuses crocheteuses "
        "footballeurs footballeuses rugbymen handballeurs basketteurs nageurs nageuses rameurs piroguiers "
        "surfeurs plongeurs randonneurs marcheurs coureurs coureuses cyclistes pêcheurs chasseurs bergers "
        "bûcherons dockers camionneurs routiers motards taxis-motos moto-taximen conducteurs automobilistes "
        "piétons apiculteurs jardiniers maraîchers planteurs boulangers bouchers cuisiniers cuisinières serveurs "
        "serveuses maçons charpentiers menuisiers plombiers électriciens mécaniciens soudeurs ingénieurs "
        "techniciens religieuses religieux moines sœurs frères novices catéchistes grands-mères grands-pères "
        "veuves orphelins migrants réfugiés déplacés sinistrés spectateurs badauds curieux internes chercheurs "
        "étudiants-chercheurs détenus prisonniers actionnaires contribuables propriétaires camarades coéquipiers "
        "vendeurs vendeuses revendeuses mamans papas tantines"
    ),
    people_body_nouns=frozenset(("amis", "amies", "médecins", "anciens", "mères", "familles")),
    of_links=("de", "du", "des", "de la", "de l'", "de l’"),
    town_bodies=words("ville commune"),
    figure_values=MappingProxyType(
        {"moitié": "1/2", "quart": "1/4", "doubl": "x2", "tripl": "x3", "quadrupl": "x4", "décupl": "x10"}
        | {"tiers": "1/3"}  # (a figure word of a French claim only: "tiers" is English too)
    ),
    out_of_links=("sur",),
    share_links=words("de des du d'"),
    fractions=words("moitié moitiés quart quarts"),  # ("tiers" is English "tiers" too)
    multiple_stems=("doubl", "tripl", "quadrupl", "décupl"),
    ordinals=ORDINALS,
    half_words=words("demi demie"),
    magnitude_shares=MappingProxyType(
        dict.fromkeys(("quart", "quarts"), "1/4")
        | dict.fromkeys(("cinquième", "cinquièmes"), "1/5")
        | dict.fromkeys(("huitième", "huitièmes"), "1/8")
        | dict.fromkeys(("dixième", "dixièmes"), "1/10")
    ),
    magnitude_share_links=words("de d'"),
    first_words=words("premier"),
    first_ordinals=words("premier première premiers premières"),
    ordinal_marks=("er", "re", "ère", "e", "ème", "eme", "nd", "nde"),  # "1er", "1re", "3e", "3ème", "2nd"
    times_word="fois",
    number_connectors=frozenset({"et"}),  # "vingt et un", "soixante et onze"
    range_links=frozenset({"et", "à", "ou"}),
    decimal_words=frozenset({"virgule"}),
    tens_connected=True,  # "vingt et un mille" 21 000
    minus_words=frozenset({"moins"}),
    # "au moins quinze" (at least), "plus ou moins quinze" (about), "du moins", "pas moins", "non moins";
    # "midi moins dix", "minuit moins cinq" (a time)
    not_minus_before=frozenset({"au", "du", "ou", "pas", "non", "midi", "minuit"}),
    below_words=frozenset({"sous"}),  # "quinze degrés sous zéro"
    degree_words=frozenset({"degré", "degrés"}),
    celsius_words=frozenset({"celsius"}),
    compound_body_ends=words("fromagerie laiterie brasserie boulangerie chocolaterie biscuiterie distillerie"),
    restrictive_words=frozenset({"que"}),
    number_multipliers=NUMBER_MULTIPLIERS,
    halves=(("et", "demi"), ("et", "demie")),  # "deux millions et demi"
    date_words=DATE_WORDS,
    clock_words=words("h heure heures"),
    clock_parts=MappingProxyType({"demie": 30, "demi": 30, "quart": 15}),
    clock_past=words("et"),
    clock_to=words("moins"),
    clock_names=MappingProxyType({"midi": 720, "minuit": 0}),
    minute_words=words("minute minutes"),
    day_parts=MappingProxyType(
        {
            **dict.fromkeys(("du matin", "ce matin"), 0),
            **dict.fromkeys(("de l'après-midi", "cet après-midi", "du soir", "ce soir"), 720),
            **dict.fromkeys(("de la nuit", "dans la nuit"), NIGHT),  # "deux heures de la nuit"
        }
    ),
    hour_openers=("à", "vers", "dès", "jusqu'à"),  # "à huit", "vers huit"
    clock_hour_first=True,
    accent_words=words("où à là dû çà"),
    time_words=words(
        "hier aujourd'hui aujourd’hui soir matin midi après-midi dernier dernière soirée matinée ce cette"
    ),
    percent_words=("pour cent", "pourcent"),
    unit_words=MappingProxyType(
        {
            **dict.fromkeys("mètre mètres".split(), "m"),
            **dict.fromkeys("kilomètre kilomètres".split(), "km"),
            **dict.fromkeys("centimètre centimètres".split(), "cm"),
            **dict.fromkeys("millimètre millimètres".split(), "mm"),
            **dict.fromkeys("kilogramme kilogrammes kilo kilos".split(), "kg"),
            **dict.fromkeys("gramme grammes".split(), "g"),
            **dict.fromkeys("litre litres".split(), "l"),
        }
    ),
    rate_words=words("par"),
    rate_units=MappingProxyType(
        {
            **dict.fromkeys("heure heures".split(), "h"),
            **dict.fromkeys("seconde secondes".split(), "s"),
            **dict.fromkeys("minute minutes".split(), "min"),
        }
    ),
    unit_part_phrases=MappingProxyType(
        dict.fromkeys(("une demi-heure", "demi-heure"), "30 minutes")
        | dict.fromkeys(("un quart d'heure", "quart d'heure"), "15 minutes")
        | {"trois quarts d'heure": "45 minutes"}
        | dict.fromkeys(("un quart de kilo", "quart de kilo"), "250 grammes")
    ),
    currency_words=MappingProxyType(
        {"euro": "eur", "euros": "eur", "dollar": "usd", "dollars": "usd"}
        # the currencies of the countries French is written in and of their neighbours, after an amount (normalize:
        # "frc" every franc, Swiss, CFA, CFP, Congolese or Guinean, "rup" every roupie, Mauritius' and the
        # Seychelles'; "fr" of "20 fr.")
        | dict.fromkeys(("franc", "francs", "fr", "cfa", "fcfa", "cfp"), "frc")
        | dict.fromkeys(("roupie", "roupies"), "rup")
        | dict.fromkeys(("dinar", "dinars"), "dnr")
        | dict.fromkeys(("dirham", "dirhams"), "dhm")
        | dict.fromkeys(("ariary",), "mga")
        | dict.fromkeys(("naira", "nairas"), "ngn")
        | dict.fromkeys(("cedi", "cedis"), "ghs")
        | dict.fromkeys(("rand", "rands"), "zar")
        | dict.fromkeys(("shilling", "shillings"), "shl")
        | dict.fromkeys(("peso", "pesos"), "pso")
        | dict.fromkeys(("yen",), "jpy")
        | dict.fromkeys(("yuan", "yuans"), "cny")
        # (round 52) the rest of the currencies of the countries French is written in and their neighbours: the
        # ouguiya (Mauritania), the vatu (Vanuatu), the dong (Vietnam), the riel (Cambodia), the kip (Laos); the
        # Haitian gourde (a flask) is English's, as every lexicon's currencies are read in any text
        | dict.fromkeys(("ouguiya", "ouguiyas"), "mru")
        | dict.fromkeys(("vatu", "vatus"), "vuv")
        | dict.fromkeys(("dong", "dongs"), "vnd")
        | dict.fromkeys(("riel", "riels"), "khr")
        | dict.fromkeys(("kip", "kips"), "lak")
    ),
    # Currencies whose name is another word too, read as a currency only after an amount of a thousand or more:
    # the Lebanese livre (a book), Botswana's pula
    scaled_currency_words=MappingProxyType({"livres": "lbp", "livre": "lbp", "pula": "bwp", "pulas": "bwp"}),
    cents_words=frozenset({"centime", "centimes", "cent", "cents"}),
    amount_links=frozenset({"de", "d'"}),  # "trois millions d'euros"
    elisions=MappingProxyType(
        {"n'": "ne", "qu'": "que", "j'": "je", "s'": "se", "c'": "ce", "m'": "me", "t'": "te", "d'": "d'", "l'": "l'"}
        | {"jusqu'": "jusque", "lorsqu'": "lorsque", "puisqu'": "puisque", "quoiqu'": "quoique"}
    ),
    stopwords=STOPWORDS,
    sung_nouns=words("refrain couplet hymne chanson"),
    complement_words=("de", "du", "des", "d'", "d’"),
    # (adjectives follow their noun: "le collectif répond :" is a noun and its verb; the cue forms that are nouns or
    # adjectives too: "une dernière remarque :", "la réponse précise :")
    postnominal_adjectives=True,
    cue_noun_forms=words("""
    annonce blague critique demande dit écrit menace note nuance plainte précise remarque réplique reproche riposte
    """),
    question_labels=words("Question Q"),
    answer_labels=words("Réponse R"),
    determiners=DETERMINERS,
    affiliations=AFFILIATIONS,
    fit_generic=words("""
    homme femme hommes femmes personne patron patronne chef cheffe numéro responsable maître maîtresse tête dame
    monsieur madame premier première haut haute grand grande vieux vieille nouveau nouvelle
    """),
    male_nouns=words("homme monsieur garçon père fils frère oncle grand-père veuf"),
    female_nouns=words("femme dame madame fille mère sœur tante grand-mère veuve"),
    office_words=words("""
    elu elue mandatair edil politi parlement depute senat conseill maire municip prefe sous-pref ministr
    gouvern fonctionnair administrat represent commissair notabl officier magistrat echevin bourgmestr adjoint
    provinc consul ambassad diplomat autorit delegu syndic bailli gouverneur mairie assemble collectivit communal
    cantonal departemental regional republiq
    soldat militair uniform ecclesiastiq cler pretre pasteur cure eveq imam rabbin juge coutumier chefferi
    souverain sultan emir roi presiden vice
    """),
    agent_endings=words("eur eus us ier iere ist ien ienn ant er ere eron eronn"),
    deed_endings=words("eur eus euse ric rice eric atric ateur ier iere ere erand eron ist ant ien"),
    # (whoever comes from a place, in fit_form: "Molénais", "Molénaise" -> "molenai", "molenais"; "Lyonnais",
    # "Ouessantin", "Comorienne" -> "comorienn"; roles56)
    origin_endings=words("ai ais oi ois ien ienn ain in"),
    description_links=words("à"),  # ("l'homme à l'écharpe", "la femme au gilet": "au" is a stopword; roles56)
    # (a verb's forms an agent noun is not made of, to its stem: "construit" -> "construct" of "le constructeur";
    # roles58)
    deed_forms=MappingProxyType(dict(pair.split(":") for pair in words("""
    construit:construct construisait:construct construisent:construct peint:peint peignait:peint tissait:tiss
    fabrique:fabric fabriquait:fabric conduit:conduct conduisait:conduct
    """))),
    deed_nouns=deed_table("""
    enseign / enseignant enseignante professeur professeure prof institutrice instituteur maîtresse
    maître_d'école; soign / soignant soignante infirmier infirmière aide-soignante aide-soignant; guérit
    guérissait guérissent / guérisseur guérisseuse; coud cousait cousent cousu / couturière couturier tailleur;
    conduit conduisait conduisent / chauffeur conducteur conductrice; prêche
    prêchait prêchent / prédicateur prédicatrice; vend vends vendent vendait vendu vendue / vendeur vendeuse
    marchand marchande; cultiv / cultivateur cultivatrice agriculteur agricultrice paysan paysanne; accouch /
    sage-femme accoucheuse; pêchait pêchaient pêchent filets / pêcheur pêcheuse; plong / plongeur plongeuse;
    """),
    former_words=words("ancien ancienne anciens ex ex- retraité retraitée"),
    # (a past a passage states, and nouns for whoever heads what a complement names; roles57)
    past_words=words("""
    jadis autrefois naguère avant jusqu pendant durant était étaient fut ancien ancienne retraité retraitée
    """),
    office_heads=words("""
    chef cheffe directeur directrice dirigeant dirigeante président présidente responsable patron patronne
    commandant commandante principal principale
    """),
    epicene_nouns=words("autorité personne personnalité victime recrue vedette sommité figure sentinelle"),
    domain_families=domain_families("""
    eau eaux hydraulique barrage barrages assainissement aqueduc potable irrigation;
    rail rails ferroviaire ferroviaires cheminot cheminots train trains gare gares tramway métro;
    port ports portuaire portuaires quai quais havre jetée maritime maritimes capitainerie armateur navigation;
    forêt forêts forestier forestière forestiers onf sylviculture bûcheron;
    santé hôpital hôpitaux hospitalier hospitalière clinique médical médicale urgences sanitaire infirmier
    infirmière ambulance dispensaire;
    école écoles scolaire collège lycée université enseignement éducation rectorat académie instituteur
    institutrice;
    police policier policière gendarmerie gendarme gendarmes commissariat;
    armée militaire militaires soldat soldats caserne marine naval navale régiment;
    église églises paroisse paroissial diocèse évêché cathédrale chapelle clergé mosquée temple synagogue
    presbytère;
    route routes routier routière voirie autoroute pont ponts chaussée transports;
    pompier pompiers incendie sdis caserne;
    électricité électrique énergie courant;
    justice tribunal tribunaux judiciaire;
    aviation aéroport aérodrome aérien aérienne aéroportuaire;
    agriculture agricole agricoles agronome vétérinaire;
    tourisme touristes touristique;
    finances fiscal impôt impôts budget trésor subvention subventions fonds;
    mine mines minier minière carrière;
    douane douanes douanier frontière;
    """),
    class_nouns=CLASS_NOUNS,
    class_roles=CLASS_ROLES,
    # (the seats whose head holds a role: "la patronne de l'île" of a mayor; roles58)
    headed_seats=domain_table("""
    maire / île village commune mairie bourg municipalité
    """),
    domain_roles=domain_table("""
    maire / ville commune mairie municipalité village bourg
    préfet / préfecture département
    wali / wilaya
    """),
    affiliation_nouns=AFFILIATION_NOUNS,
    member_links=("du", "de la", "de l'", "de l’", "des"),
    role_forms=ROLE_FORMS,
    # (a role and what it is the head of, its links passed over: "la présidente du tribunal" is "la magistrate", "la
    # représentante du parquet" the prosecutor)
    role_phrases=MappingProxyType(
        {
            "premier magistrat": "maire",
            "premier magistrate": "maire",
            "président tribunal": "juge",
            "représentant parquet": "procureur",
            "représentante parquet": "procureur",
            # (la tête de la ville en d'autres mots ; le capitaine par la figure du « vieux loup de mer »)
            "dirigeant mairie": "maire",
            "dirigeant commune": "maire",
            "dirigeant municipalité": "maire",
            "loup mer": "capitaine",
        }
    ),
    # (the person in charge of something: its director as much as its head; "le dirigeant" is no director)
    role_hypernyms=MappingProxyType(
        {"responsable": frozenset({"directeur"}), "parlementaire": frozenset({"député", "sénateur"})}
    ),
    role_verbs=MappingProxyType(
        {
            "préside": "président",
            "dirige": "directeur",
            "entraîne": "entraîneur",
            "gère": "gérant",
            "anime": "animateur",
        }
    ),
    role_nouns=ROLE_NOUNS,
    public_roles=words("président ministre maire candidat dirigeant préfet député sénateur"),
    office_nouns=words("élu"),
    company_nouns=words("entreprise société firme fabricant"),
    voice_roles=words("porte-parole"),
    officer_roles=words("président directeur dirigeant secrétaire coordinateur"),
    publication_links=words("dans"),
    authored_participles=words(
        "publié publiée diffusé diffusée envoyé envoyée signé signée "
        "rédigé rédigée déposé déposée transmis transmise adressé adressée"
    ),
    agent_links=words("par"),
    body_links=words("de du des chez"),
    contracted_articles=MappingProxyType({"du": "le"}),
    impersonal_subjects=words("on"),
    contest_roles=words("vainqueur vainqueuse gagnant gagnante vaincu vaincue perdant perdante lauréat lauréate"),
    saying_phrases=MappingProxyType(
        {"bilan": words("dresse dressé dressait dressent tire tiré tirait tirent fait faisait")}
    ),  # ("dresser le bilan", "tirer le bilan", "faire le bilan")
    impersonal_places=(
        "du côté de", "du côté du", "du côté des", "côté", "chez", "à", "au", "aux", "au sein de", "au sein du",
        "dans l'entourage de", "dans l’entourage de", "dans l'entourage du", "dans l’entourage du",
    ),  # fmt: skip  # (not "des": "Des habitants ont dit" is some, not all)
    definite=("le", "la", "l'", "l’"),
    plural_definite=("les",),
    definite_genders=MappingProxyType({"le": Gender.MALE, "la": Gender.FEMALE}),
    body_pronouns=MappingProxyType({"le": "il", "la": "elle"}),
    feminine_endings=("trice", "euse", "esse", "ienne", "éenne"),
    person_endings=("logue", "iste", "eur", "euse", "trice", "ien", "ienne", "ier", "ière", "ant", "ante"),
    # (nouns for a job by their ending: bibliothécaire, notaire, vétérinaire, libraire, fleuriste, archiviste,
    # volcanologue; not "-ienne", "-ier", "-rice": Étienne, Olivier, Béatrice)
    role_endings=("aire", "iste", "logue"),
    # (le Béninois, la Québécoise, le Togolais, l'Ivoirienne, le Burkinabè, le Chilien, l'Américaine, la Kényane)
    nationality_noun_endings=(
        "ois", "oise", "ais", "aise", "ien", "ienne", "ain", "aine", "an", "ane", "in", "ine", "é", "ée", "è", "ol",
        "ole", "ote",
    ),  # fmt: skip
    male_names=MALE_NAMES,
    female_names=FEMALE_NAMES,
    generic_bodies=words(
        "groupe entreprise société firme organisation organisme agence fabricant club association exploitant opérateur ong"
    ),
    document_nouns=DOCUMENT_NOUNS,
    document_verbs=(
        "stipule", "stipulait", "dispose", "disposait", "prévoit", "prévoyait", "précise", "précisait", "indique",
        "indiquait", "énonce", "énonçait", "mentionne", "mentionnait", "ordonne", "ordonnait", "conclut", "concluait",
        "affirme", "souligne", "soulignait", "recommande", "recommandait", "interdit", "interdisait", "rappelle",
        "rappelait", "relève", "relevait", "constate", "constatait", "fait état", "prescrit", "prescrivait", "arrête",
        "avertit", "met en garde", "estime", "estimait", "signale", "signalait"
    ),  # fmt: skip
    signing_words=words("signé signée signés signées signèrent signaient cosigné cosignée cosignés cosignées"),
    document_anaphors=words("elle il"),  # ("Une lettre a ensuite été lue. Elle disait :": the letter)
    issued_documents=words("déclaration lettre communiqué courrier courriel"),
    # ("l'un de ses conseillers": one of many, its elided article before it)
    indefinite=words("un une l'un l'une l’un l’une"),
    partitives=tuple(
        f"{one} {link}" for one in ("un", "une", "l'un", "l'une", "l’un", "l’une") for link in ("des", "de")
    ),
    plural_endings=(("aux", "al"), ("s", ""), ("x", "")),
    articles=words("le la les l' l’ un une des du"),
    sung_verbs=words(
        "chante chantent chantait chantaient chanté chantèrent entonne entonnent entonnaient entonnait entonné "
        "entonnèrent scande scandent scandait scandaient scandé scandèrent"
    ),
    # (and striking up words together before a colon: "la salle a entonné en chœur : « Bonne fête ! »")
    chant_verbs=words(
        "scande scandent scandait scandaient scandé scandèrent entonne entonnent entonnaient entonnait entonné "
        "entonnèrent"
    ),
    cry_gerunds=words("criant scandant hurlant clamant"),
    sung_gerunds=words("chantant entonnant fredonnant psalmodiant chantonnant"),
    piece_verbs=words("termine terminent terminait terminé entonne entonnent entonné entame entament entamé"),
    played_verbs=words("joue jouent jouait jouaient joué jouèrent interprète interprètent interprétait interprété"),
    male_titles=MALE_TITLES,
    female_titles=FEMALE_TITLES,
    interviewer_roles=words("journaliste"),
    answered_clauses=words("quand lorsque lorsqu' lorsqu’"),
    time_clauses=(
        *("avant que", "avant qu'", "avant qu’", "pendant que", "tandis que", "alors que", "quand", "lorsque"),
        *("avant de", "avant d'", "avant d’"),  # (an infinitive's: its subject is the main clause's)
    ),
    question_topics=words("si s'il s'ils s’il s’ils sur pourquoi comment combien où ce qui quel quelle"),
    asking_verbs=words(
        "demande demandait demandé demandée demandés demandées demanda interroge interrogeait interrogé interrogée"
        " interrogés interrogées"
    ),
    first_person_marks=words("je j'ai j’ai"),  # (not "nous", as often the object: "La maire nous a demandé")
    family_kin=words("fils fille frère sœur père mère mari épouse époux femme compagne compagnon conjoint conjointe"),
    blood_kin=words("fils fille frère sœur père mère"),
    child_kin=words("fils fille"),
    parent_kin=words("père mère"),
    elder_words=words("père aîné"),
    generation_words=words("père fils"),  # "Jean Morel père" and "Jean Morel fils": two men
    younger_words=words("fils cadet"),
    # (and circles: "dans l'entourage du ministre", "les milieux syndicaux")
    source_nouns=words("source sources entourage milieux"),
    bench_nouns=words("juges magistrats magistrates"),
    voiceless_nouns=words(
        "ventre cœur coeur estomac conscience instinct panneau pancarte pancartes banderole banderoles affiche "
        "affiches inscription texte sous-titre sous-titres générique slogan plaque autocollant graffiti"
    ),
    court_nouns=words("tribunal cour"),
    ruling_nouns=words("jugement"),
    court_seats=("de la", "de", "du", "d'", "d’"),
    seated_bodies=words("bureau office service syndicat comité chambre observatoire"),
    courtesy_titles=words("M. Mme Mlle Monsieur Madame"),
    # (the Maghrebi forms of address French texts of the Maghreb keep before a name: "Si Mokhtar Jaziri", "Lalla
    # Aïcha", "Hajja Fatima Oubella", "El Hadj"'s "Hadj" and the Sahel's "Elhadj", "Elhadji" in one word ("Elhadj
    # Boubacar Diallo"); West Africa's "Tantie", "Tonton", "Vieux", "Tata", and the
    # family's "Mémé", "Pépé": "Tantie Adjoua" is Adjoua Kouassi; Central Africa's "Maman" and "Papa" before an elder's
    # name and a traditional chief's "(Sa) Majesté", the Antilles' "Man" (madame) and "Mamie": "Maman Régine" is Régine
    # Tchoupo, "Papa Manga" Étienne Manga, "Man Léonie" Léonie Zénon; Madagascar's "Ramatoa" (madame), "Andriamatoa"
    # and "Rangahy" (monsieur): "Ramatoa Voahangy" is Voahangy Rakotonirina)
    # Round 51: the orders' "Père", "Frère", "Sœur", "Mère"; the Maghreb's "Hadji", "Hajj", "Ammi", "Khalti", "Khali",
    # "Yemma"; Benin's "Dah" (an elder, a chief), "Tantine" of Central Africa; Polynesia's "Māmā", "Pāpā", "Mama",
    # "Pāpa"; Haiti's "Manzè", "Tonton" ("Dah Codjo Houndékon" is Codjo Houndékon, "Māmā Teura" Teura Maitere)
    address_forms=words(
        "Père Frère Sœur Mère Hadji Hajj Ammi Khalti Khali Yemma Dah Tantine Māmā Pāpā Mama Pāpa Manzè"
        " Si Lalla Hajja Hadja Hadj Elhadj Elhadji Tantie Tonton Vieux Tata Mémé Pépé Maman Papa Majesté Man Mamie"
        " Ramatoa Andriamatoa Rangahy"
        # round 52, by region: Mayotte's and the Comoros' Shimaore "Bweni" (madame), "Mzé", "Mze" (an elder),
        # "Fundi" (a master, a Koranic teacher), "Bacoco", "Cadi"; the Maroons' of Guyane "Kapiten", "Basia" (and
        # "Gran Man", two words: lexicon ``address_phrases``); the Antilles', Guyane's and Réunion's Creoles "Misié",
        # "Madanm", "Matant", "Nenn", "Gramoun", "Granmoun"; Haiti's "Sò", "Frè", "Pè", "Granmè", "Grann", "Manmi",
        # "Mèt", "Oungan", "Manbo"; Senegal's Wolof "Sokhna", "Yaye", "Badiène"; the Mande "Djéli", "Djeli", "Koro",
        # "Dougoutigui"; Togo's and Benin's Ewe and Fon "Togbé", "Fofo", "Tassi"; Cameroon's "Mami", "Mbombo"; the
        # Sahel's "Karamokho"; Madagascar's "Ingahy", "Dadabe", "Neny", "Pasitera"; the Maghreb's "Fkih", "Fqih",
        # "Moqaddem", "Caïd", "Amghar"; the faiths' "Abbé", "Chanoine", "Pasteure", "Rabbin", "Iyalorisha". (Not
        # "Madan", "Kadi": given names as often.)
        " Bweni Mzé Mze Fundi Bacoco Cadi Kapiten Basia Misié Madanm Matant Nenn Gramoun Granmoun Sò Frè Pè Granmè"
        " Grann Manmi Mèt Oungan Manbo Sokhna Yaye Badiène Djéli Djeli Koro Dougoutigui Togbé Fofo Tassi Mami Mbombo"
        " Karamokho Ingahy Dadabe Neny Pasitera Fkih Fqih Moqaddem Caïd Amghar Abbé Chanoine Pasteure Rabbin"
        " Iyalorisha"
        # round 53, by region: Senegal's and Mali's "Oustaz", "Ousthaz", "Chérif", "Chérifa", "Taleb", "Marabout",
        # "Alfaki"; the Sahel's and Cameroon's chiefs "Lamido", "Ardo", "Lawan", "Djaouro", "Bulama", "Amenokal",
        # "Aménokal", "Sarki", "Malam" (Niger's and Chad's), "Alhadji", "Hadjia"; Côte d'Ivoire's and Ghana's Akan
        # "Nanan", "Togbui"; Cameroon's "Fon", "Mfon"; Burkina's "Naba"; the Congos' "Mfumu", "Mama"; Rwanda's and
        # Burundi's "Mwami"; Madagascar's "Dadatoa", "Rainy"; Polynesia's "Tāvana", "Metua"; the faiths'
        # "Révérend", "Pasteur", "Imam", "Cheick"; Belgium's "Me" is a title. (Not "Cheikh", "Serigne", "Thierno",
        # "Almamy", "Alpha", "Dom": given names as often.)
        " Oustaz Ousthaz Chérif Chérifa Taleb Marabout Alfaki Lamido Ardo Lawan Djaouro Bulama Amenokal Aménokal"
        " Sarki Malam Alhadji Hadjia Nanan Togbui Fon Mfon Naba Mfumu Mwami Dadatoa Rainy Tāvana Metua Révérend"
        " Pasteur Imam Cheick"
        # round 54, by region: Acadia's and Louisiana's "Mémère", "Pépère", "Nonc", "Tante", "Marraine", "Parrain";
        # the Innu's "Kukum"; the Marquesas' and Tahiti's "Hakaiki", "Haka'iki", "Arii", "Ari'i", "Ra'atira"; Chad's
        # and Darfur's "Hadjé", "Hadje", "Aguid", "Faki"; the Kivu's "Mwamikazi", "Mutware"
        " Mémère Pépère Nonc Tante Marraine Parrain Kukum Hakaiki Haka'iki Arii Ari'i Ra'atira Hadjé Hadje Aguid Faki"
        " Mwamikazi Mutware"
        # round 55: Madagascar's kings and nobles "Ampanjaka", "Mpanjaka", "Andriambavy", the teacher's "Ramose",
        # an elder's "Raiamandreny"; Nunavik's Inuktitut "Anaanatsiaq", "Ataatatsiaq" (a grandmother, a grandfather)
        " Ampanjaka Mpanjaka Andriambavy Ramose Raiamandreny Anaanatsiaq Ataatatsiaq"
        # round 56: Wallonia's "Matante", "Mononke" (aunt, uncle, written as one word before a given name); Jersey's
        # and Guernsey's Jèrriais and Guernésiais "Mess" (Mister; "Mess" is an English noun as often, but never before
        # a whole name), "Madame" is a courtesy title already
        " Matante Mononke Mess"
        # round 57: Ontario's and Quebec's Anishinaabe "Ogimaa", "Ogimaakwe" (a chief, a woman chief), "Nookomis",
        # "Mishomis" (grandmother, grandfather)
        " Ogimaa Ogimaakwe Nookomis Mishomis"
    ),
    # (the Maroons' "Gran Man" of Guyane and Suriname, Burkina Faso's "Mogho Naaba", "Son Excellence", "Son Éminence",
    # "Sa Sainteté", "Sa Béatitude", "Sa Grandeur", "Son Altesse")
    address_phrases=frozenset(
        (
            # (round 56: Cambodia's Khmer "Lok Srey" (Madam), "Lok Ta" (grandfather), "Preah Bhikkhu" (a monk),
            # "Lok" alone being a surname as often)
            "Lok Srey", "Lok Ta", "Preah Bhikkhu",
            "Gran Man", "Mogho Naaba", "Son Excellence", "Son Éminence", "Sa Sainteté", "Sa Béatitude",
            "Sa Grandeur", "Son Altesse",
            # (round 57: a mayor's or a judge's style in Canada, "Son Honneur le maire")
            "Son Honneur", "Votre Honneur",
            # (round 53: the Sahel's pilgrims, Niger's and Chad's canton and village chiefs, Senegal's religious
            # guides)
            "El Hadj", "El Hadji", "Al Hadji", "Chef de canton", "Chef de village", "Chef de quartier", "Chef de terre",
            "Chef coutumier", "Grand chef", "Grand Chef", "Guide religieux",
        )
    ),
    # (Sa Majesté, Son Altesse Royale, Son Altesse, Son Altesse Sérénissime, Son Excellence, Son Éminence, Sa
    # Sainteté, Sa Béatitude, Leurs Majestés)
    style_abbreviations=words("S.M. S.A.R. S.A. S.A.S. S.E. S.Em. S.S. S.B. S.Exc. LL.MM."),
    # (round 54: letters after a name: Quebec's and Canada's orders and professional orders — ingénieur, comptable
    # professionnel agréé, conseiller de la reine, avocat émérite, urbaniste, agronome, architecte — and the degrees)
    # (round 54: patronymics as French writes them: "-ovitch", "-evitch", "-ovna", "-evna", the Ukrainian "-ivna",
    # the Kazakh "-ouly", "-kyzy")
    patronymic_endings=("ovitch", "evitch", "itch", "ovna", "evna", "ivna", "itchna", "ouly", "uly", "kyzy", "qyzy"),
    honour_letters=words(
        "ing. CPA FCPA c.r. Ad.E. c.m. o.c. O.C. C.M. C.C. C.Q. O.Q. G.O.Q. urb. agr. arch. géo. biol. MBA MSc PhD"
        " Ph.D. M.D. LL.M. DESS DEA"
    ),
    initials_before_given_names=False,
    decade_nouns=MappingProxyType(
        {
            "quadragénaire": 40, "quinquagénaire": 50, "sexagénaire": 60, "septuagénaire": 70, "octogénaire": 80,
            "nonagénaire": 90, "centenaire": 100
        }
    ),
    byline_words=words("par"),
    # (round 61) les services et usines d'une entreprise après son nom : "…, usine de Fos, Ressources humaines, a écrit"
    # (``Lexicon.department_words`` ; le juge seul)
    department_words=words("ressources personnel communication usine site"),
    sub_unit_words=words(
        "direction agence délégation service antenne division pôle bureau section unité sous-direction département "
        "cellule mission inspection circonscription subdivision secteur centre brigade groupement "
        # (round 53: a region's or a district's office, the gendarmerie's and the police's posts, a network's hubs)
        "district compagnie escadron commissariat permanence plateforme station région zone établissement guichet "
        "arrondissement territoire "
        # (round 54: a port's office, the forces' and the customs' posts, a body's own commissions and observatories:
        # "capitainerie de Dzaoudzi", "poste de Maripasoula", "régie des déchets")
        "capitainerie poste caserne base escadrille détachement régiment bataillon secrétariat observatoire "
        "laboratoire coordination commission régie sous-préfecture bureau-relais recette perception quartier "
        "cabinet atelier "
        # (round 55: a body's annexes and branches, the forest office's local units, the forces' platoons, teams
        # and groups: "annexe de Saint-Pierre", "triage de Vizzavona", "peloton de Briançon", "équipe du littoral")
        "annexe succursale filiale groupe équipe relais cantonnement triage peloton escouade comité sous-comité "
        "sous-section sous-division entité sous-secteur "
        # (round 56: a cooperative's or an association's branch, as English "branch": "branche du vieux port")
        "branche"
    ),
    association_nouns=words(
        "association amicale cercle chorale fanfare harmonie troupe confrérie compagnie bagad kevrenn collectif "
        "comité club société syndicat union fédération ligue coopérative groupe ensemble orchestre chœur "
        "congrégation paroisse mutuelle corporation tribu clan famille équipe section classe promotion "
        "escouade patrouille "
        # (round 55: a forum, a network or an alliance of people: "Forum des usagers du bac")
        "forum réseau alliance coalition assemblée mouvement plateforme consortium"
    ),
    channel_links=(
        "par l'intermédiaire de", "par l'intermédiaire du", "par l'intermédiaire des", "par l'intermédiaire d'",
        "par le biais de", "par le biais du", "par le biais des", "par le biais d'", "à travers", "au travers de",
        "au travers du", "au travers des", "via", "par le truchement de", "par le truchement du", "par l'entremise de",
        "par l'entremise du", "par la voie de",
    ),
    organisation_words=ORGANISATION_WORDS,
    legal_forms=LEGAL_FORMS,
    lower_body_parts=True,
    body_prepositions=words("à au aux pour"),
    body_adjectives=words("""
    national nationale européen européenne mondial mondiale central centrale international internationale régional
    régionale départemental départementale municipal municipale fédéral fédérale général générale social sociale
    constitutionnel suprême populaire public publique supérieur supérieure militaire
    environnemental environnementale sanitaire maritime portuaire territorial territoriale interministériel
    interministérielle intercommunal intercommunale académique hospitalier hospitalière agricole routier routière
    ferroviaire fluvial fluviale forestier forestière pénitentiaire judiciaire nucléaire météorologique préfectoral
    préfectorale consulaire diocésain diocésaine métropolitain métropolitaine communal communale scolaire universitaire
    financier financière fiscal fiscale douanier douanière électoral électorale parlementaire gouvernemental
    gouvernementale administratif administrative technique scientifique médical médicale économique économiques
    """),
    # ("-ais", "-ois", "-ien", "-éen": no verb after a subject ends so; "-aise", "-oise", "-ienne", "-éenne" only rare
    # or subjunctive ones)
    demonym_endings=("ais", "aise", "ois", "oise", "ien", "ienne", "éen", "éenne"),
    name_particles=NAME_PARTICLES,
    not_names=NOT_NAMES,
    prepositions=PREPOSITIONS,
    abbreviations=ABBREVIATIONS,
    # (abbreviated titles before a name, no sentence's end: Monseigneur, commandant, capitaine, colonel, lieutenant,
    # sergent, président)
    title_abbreviations=words("Mgr Cdt Cne Col Lt Sgt Pdt Pr Rév Vve"),
    deed_credits=("dixit", "sur ces mots", "sur ces paroles"),  # ("Sur ces mots, la maire Anne Roux a coupé le ruban.")
    back_credits=(
        # (what the words were, and whose: "Telle fut la réponse d'Aline Bovay"; before "c'était", read first)
        "c'était la réponse de", "c'était la réponse d'", "ce fut la réponse de", "ce fut la réponse d'",
        "telle fut la réponse de", "telle fut la réponse d'", "telle a été la réponse de", "telle a été la réponse d'",
        "c'était",
        "ce sont les mots de",
        "ce sont les mots d'",
        "ce furent les mots de",
        "ce furent les mots d'",
        "cette citation de",
        "cette phrase de",
        # (who speaks so, or opened with the words: "Celle qui parle ainsi, c'est Nadia Bouzid, …", "C'est par ces mots
        # que la maire, Anne Roux, a ouvert la séance.", "Ces mots sont ceux de …")
        "celle qui parle ainsi, c'est", "celui qui parle ainsi, c'est", "celle qui s'exprime ainsi, c'est",
        "celui qui s'exprime ainsi, c'est", "c'est par ces mots que", "c'est par ces mots qu'", "par ces mots,",
        "ces mots sont ceux de", "ces mots sont ceux d'", "ces paroles sont celles de", "ces paroles sont celles d'",
        # (a correction's: "… attribuait les propos « … » à une porte-parole. Ils ont été tenus par …")
        "ils ont été prononcés par",
        "elles ont été prononcées par",
        # (of one saying: "… la phrase « … » était attribuée par erreur à X. Elle a été prononcée par Y.")
        "elle a été prononcée par",
        "il a été prononcé par",
        "elle a été dite par",
        "il a été dit par",
        "ils ont été tenus par",
        "ils étaient de",
        "ils sont de",
        # ("… la phrase « … » était attribuée à X. Elle est de sa fille, Y.")
        "elle était de",
        "elle est de",
        "elles étaient de",
        "elles sont de",
        # ("Ces mots, c'est Léa Roux qui les a prononcés.")
        # (the words as a phrase of someone's: "La phrase est d'Aurélie Mathot, qui …", "La formule est du maire")
        "la phrase est de", "la phrase est d'", "la formule est de", "la formule est d'", "le mot est de",
        "le mot est d'", "la citation est de", "la citation est d'", "la remarque est de", "la remarque est d'",
        "la phrase vient de", "la phrase vient d'", "ces mots sont de", "ces mots sont d'",
        "ces mots, c'est", "ces paroles, c'est", "ces mots étaient ceux de", "ces mots étaient ceux d'",
        "ces paroles étaient celles de", "ces paroles étaient celles d'",
        # ("Celui qui l'a dit, c'est le chef de chantier, …")
        "celui qui l'a dit, c'est", "celle qui l'a dit, c'est", "celui qui a dit cela, c'est",
        "celle qui a dit cela, c'est",
    ),
    pause_verbs=(
        "a laissé", "laisse", "laissa", "a attendu", "attend", "attendit", "a marqué une pause", "marque une pause",
        "s'est interrompue", "s'est interrompu", "s'interrompt", "a montré", "montre", "a désigné", "désigne",
    ),
    said_verb="a dit",
    answer_frames=("c'est", "c'était", "ce fut", "telle est", "telle fut", "telle a été", "voilà"),
    answer_nouns=words(
        "réponse réponses explication explications justification commentaire réaction réplique riposte"
    ),
    # (the verb of an answer's coming after whose it is: "La réponse de l'ancien pâtissier tombe :", "fuse")
    answer_verbs=words("vint vient arriva arrive tomba tombe fusa fuse suivit suit fut"),
    # (frames58: a quote's frame that credits a description; see Lexicon.credit_prepositions)
    credit_prepositions=(
        "pour", "selon", "chez", "au dire de", "aux dires de", "d'après", "de l'avis de", "aux yeux de"
    ),
    spoken_prepositions=("à",),
    word_nouns=words("formule conviction parole paroles mot mots avis verdict certitude opinion"),
    credit_pointers=("voilà", "ainsi", "c'est ainsi", "tel", "telle"),
    view_verbs=words("pense pensait voit voyait résume résumait juge jugeait croit croyait"),
    oblique_articles=MappingProxyType({"du": "le", "au": "le"}),
    back_cues=(
        "c'est ce qu'", "c'est ce que", "voilà ce qu'", "voilà ce que", "ainsi",
        # (a manner standing for the words: "C'est ainsi que la soigneuse Léa Roux a raconté la naissance.")
        "c'est ainsi que", "c'est ainsi qu'", "voilà comment", "c'est comme ça que", "c'est comme ça qu'",
        "c'est de cette manière que", "c'est de cette manière qu'", "c'est en ces termes que",
        "c'est en ces termes qu'",
    ),
    back_cue_objects=frozenset({"le", "l'"}),  # ("Ainsi le raconte Edmée Lorrain.", "C'est ainsi que l'explique …")
    # ("Ce n'est pas le préfet qui l'a dit, mais …", "Ce n'était ni …, ni …, mais …")
    denied_credits=(
        "ce n'est pas", "ce n'était pas", "ce ne sont pas", "ce n'est ni", "ce n'était ni", "ce ne fut pas",
    ),  # fmt: skip
    contrast_words=("mais",),
    credit_labels=("photo", "photos", "crédit photo", "crédits photo", "illustration"),
    furniture_lines=("publicité", "la suite après cette publicité", "la suite après la publicité"),
    caption_labels=(
        "photo", "photos", "image", "images", "illustration", "vidéo", "video", "audio", "légende", "crédit",
        "crédit photo", "crédits", "source", "sources", "mise à jour", "mis à jour", "rectificatif", "note",
        "publié", "publié le", "partager", "contact", "contact presse", "photo d'archives",
    ),
    rail_labels=(
        "à lire aussi", "a lire aussi", "lire aussi", "à lire également", "lire également", "voir aussi",
        "à voir aussi", "sur le même sujet", "sur le même thème", "les plus lus", "article précédent",
        "article suivant", "à découvrir", "à découvrir aussi", "dans la même rubrique", "vous aimerez aussi",
    ),
    ad_labels=(
        "publicité", "contenu sponsorisé", "contenu partenaire", "publi-reportage",
    ),
    subscribe_calls=("abonnez-vous", "je m'abonne"),
    uttering_openers=("sur un", "sur une", "avec un", "avec une", "d'un", "d’un", "d'une", "d’une"),
    dialect_articles=words("lou lo li lé"),
    naming_manners=words(
        "affectueusement tendrement familièrement amicalement respectueusement malicieusement"
    ),
    naming_verbs=words(
        "soi-disant prétendu prétendue appelle appellent appelait surnomme surnomment surnommé surnommée "
        "baptisé baptisée baptisés baptisées rebaptisé rebaptisée rebaptisés rebaptisées"
    ),  # "la soi-disant « ... »", "le concours, rebaptisé cette année « ... »": a term or a name, not speech
    # (round 61: the many who call a thing by its common name, and the endings of a place's people)
    naming_subjects=words("on tous habitants riverains villageois gens"),
    inhabitant_endings=("ais", "aises", "ois", "oises", "iens", "iennes", "éens", "éennes"),
    subject_pronouns=("il", "elle", "ils", "elles", "on", "nous", "je"),
    term_clause_relatives=("ce que", "ce qu'", "ce qu’"),
    term_links=words("comme de"),
    said_what=("ce que", "ce qu'", "ce qu’"),
    # Quoted words after these name a work, a plan or an event: "le plan « Territoires apprenants »".
    title_small_words=words("de du des d' d’ la le les l' l’ et à au aux en sur pour par"),
    term_nouns=words("termes mots expressions notions formules vocables"),
    example_links=("comme", "tels que", "telles que", "comme par exemple"),
    name_for_nouns=words("nom noms"),
    name_for_links=words("pour"),
    phrase_nouns=words(
        "devise slogan slogans mot-d'ordre hashtag dicton proverbe adage maxime surnom surnoms sobriquet"
    )
    | {"mot d'ordre", "mots d'ordre", "cri de ralliement", "cri de guerre"},
    speech_events=words("interview entretien discours allocution podcast émission conférence audition sermon"),
    saying_nouns=words("""
    avertissement avertissements remarque promesse promesses appel engagement menace menaces déclaration phrase propos
    mots demande supplique excuses paroles citation avis verdict conclusion commentaire conseil réaction
    """),
    owner_links=("est de", "est du", "sont de", "sont du", "était de", "était du", "revient à", "revient au",
                 "appartient à", "appartient au"),
    attributing_verbs=words("""
    attribuer attribue attribuent attribué attribuée attribués attribuées attribuait attribuaient attribuions prêtait
    prêté prêtés prêtée prêtées
    """),
    indefinite_people=words("quelqu'un quelqu’un"),
    demonstratives=demonstrative_table(
        former_m="le premier, celui-là",
        former_f="la première, celle-là",
        latter_m="le second, le deuxième, ce dernier, celui-ci",
        latter_f="la seconde, la deuxième, cette dernière, celle-ci",
    ),
    demonstrative_determiners=words("ce cet cette"),
    crowd_nouns=words("public foule salle assistance"),
    quantifiers=words("certains certaines plusieurs quelques nombreux"),
    plural_verb_endings=("aient", "èrent"),  # (criaient, crièrent; "-ent" is singular too: "soutient", "prévient")
    possessives=words("mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs"),
    withheld_name_phrases=(
        "anonymat", "anonyme", "pas être nommé", "pas être nommée", "pas être cité", "pas être citée",
        "pas être identifié", "pas être identifiée", "nom ne soit pas", "taire son nom", "pas donner son nom",
        # (un nom qu'on ne veut pas voir imprimé : « qui ne veut pas voir son nom dans le journal »)
        "son nom dans le journal", "son nom publié", "son nom imprimé",
        # (a refusal to give it: "Un moniteur de ski, qui a refusé de donner son nom, …", "qui n'a pas voulu donner
        # son nom", "sans donner son nom")
        "refusé de donner son nom", "refuse de donner son nom", "refusant de donner son nom", "voulu donner son nom",
        "souhaité donner son nom", "sans donner son nom", "refusé d'être nommé", "refusé d'être nommée",
        # (a wish not to be named: "qui n'a pas souhaité être nommé", "qui n'a pas voulu être nommée")
        "souhaité être nommé", "souhaité être nommée", "voulu être nommé", "voulu être nommée",
        "autorisé à s'exprimer", "autorisée à s'exprimer", "autorisé à s’exprimer", "autorisée à s’exprimer",
        "autorisé à parler", "autorisée à parler", "habilité à s'exprimer", "habilitée à s'exprimer",
        "habilité à s’exprimer", "habilitée à s’exprimer",
    ),
    name_relatives=("dont le nom", "dont l'identité", "dont l’identité"),
    together_words=words("ensemble conjointement"),
    plural_articles=words("les"),
    other_words=words("autres d'autres d’autres"),
    group_parts=words("moitié tout toute reste"),
    accompanying_links=("ainsi que", "accompagné des", "accompagnée des", "entouré des", "entourée des"),
    # (structure62: "le long de", "au bord de", as a phrase of place no tag's subject: "« … » le long de la main
    # courante")
    compound_prepositions=words("près autour loin face proche long bord"),
    collective_nouns=words("famille équipe équipage troupe chorale fanfare orchestre club gens entourage"),
    chorus_phrases=(
        "d'une seule voix", "d'une même voix", "en chœur", "en choeur", "à l'unisson", "disent ensemble",
        "ont dit ensemble", "lancent ensemble", "ont lancé ensemble", "répondent ensemble", "ont répondu ensemble",
        "disent les deux", "ont dit les deux", "d'une voix", "d'une seule et même voix",
    ),
    # (the forces' ranks and units: "The deputy mayor, Col Reardon," is no colonel)
    # (des titres qui sont aussi des prénoms : « la voisine Reine Morel » est Reine Morel)
    title_given_names=words("reine prince"),
    presentational_verbs=words(
        "tenait tient trouvait trouve était est venu venue venait vient vint arrivé arrivée arriva arrive attendait "
        "attend assis assise"
    ),
    forces_words=words(
        "général colonel lieutenant capitaine commandant sergent adjudant caporal amiral armée militaire régiment "
        "bataillon brigade caserne troupes soldat soldate officier gendarmerie"
    ),
    own_possessives=words("mon ma mes notre nos"),
    owner_possessives={"son": "", "sa": ""},
    sign_nouns=words(
        "pancarte pancartes banderole banderoles affiche affiches écriteau écriteaux panneau panneaux plaque "
        "inscription autocollant autocollants badge badges"
    ),
    inscription_verbs=words("lit-on lisait-on lire"),  # "« … », lit-on sur la banderole", "on peut lire « … »"
    print_participles=words("""
    imprimé imprimée imprimés imprimées peint peinte peints peintes gravé gravée gravés gravées brodé brodée brodés
    brodées floqué floquée floqués floquées tagué taguée tagués taguées
    """),
    surface_prepositions=words("sur"),
    telling_verbs=words("raconte racontent racontait racontaient raconté"),
    voice_phrases=("par la voix de", "par la voix d'", "par la bouche de", "par la bouche d'", "en la personne de"),
    going_on_verbs=words("ajouté ajoute ajoutait poursuivi poursuit enchaîné enchaîne renchérit renchéri"),
    # ("« … », a relancé Morin.", "« … », a tenu à préciser la gérante.", "« … », s'est amusé Lagarde.")
    tag_verb_first=True,
    tag_subject_first=True,
    tag_verb_helpers=words("a avait aura eut se s' s’ est était à de"),
    # ("« … », a mis en garde la capitaine.", "« … », a mis en avant X", "« … », a donné pour exemple X")
    tag_complement_links=words("en pour sur au"),
    collective_addressees=words("à tous toutes"),
    salutations=("madame", "monsieur", "mesdames", "messieurs", "cher", "chère", "chers", "chères", "bonjour"),
    hearing_verbs=words("entendait entendaient entendu entend entendent entendit"),
    heard_from_links=words("de du des d"),  # ("d" of "d'un voisin": a word of letters only is read)
    translating_verbs=words("traduit traduite traduisait traduisaient traduisit traduisent traduisant"),
    narrator_labels=frozenset(
        ("voix off", "voix-off", "off", "commentaire", "narrateur", "narratrice", "journaliste", "reporter")
    ),
    public_labels=words("auditeur auditrice téléspectateur téléspectatrice"),
    host_labels=words("animateur animatrice présentateur présentatrice modérateur modératrice"),
    broadcast_roles=words(
        "auditeur auditrice téléspectateur téléspectatrice animateur animatrice invité invitée"
    ),
    birth_name_words=words("née né"),
    read_out_phrases=("à voix haute", "l'a lu", "l'a lue", "l’a lu", "l’a lue", "a donné lecture", "en a donné lecture"),
    reading_verbs=words("lu lit lut lisait lisant"),
    receiving_verbs=words("reçu reçue reçoit reçut recevait"),
    text_verbs=words("stipule stipulait stipulaient"),
    author_links=("au nom de", "au nom du", "de", "du", "des", "d'", "d’"),
    # (les mots d'un portefeuille ministériel entre le titre et le nom : « le ministre de la Santé Jean Dufresne »,
    # « la ministre de la Culture Rachida Datou », « le secrétaire d'État aux Transports Jean Roux »)
    portfolio_words=words(
        "santé culture intérieur économie éducation justice armées défense agriculture travail emploi logement "
        "transports écologie environnement sports finances budget industrie numérique outre-mer solidarités famille "
        "jeunesse enseignement recherche commerce tourisme énergie mer ruralité handicap"
    ),
    behalf_phrases=("en son nom", "en leur nom", "de sa part", "de leur part"),
    place_phrases=("à sa place", "à leur place"),
    # ("résume l'une d'elles, Aïssata Sow", "dit l'un d'eux, Amadou Kane")
    one_of_openers=(
        "l'une d'elles", "l'un d'eux", "une d'elles", "un d'eux", "l'une d'entre elles", "l'un d'entre eux",
        "une d'entre elles", "un d'entre eux",
    ),
    # ("« … » Le chauffeur qui parle ainsi s'appelle Sidi Ould Ahmed."; "« … » Sidi, qui parle ainsi, …")
    speaking_so=(
        "qui parle ainsi", "qui s'exprime ainsi", "qui parle comme ça", "qui dit cela", "qui dit ça",
        "qui tient ces propos", "qui a tenu ces propos", "qui raconte cela", "qui témoigne ainsi",
        "qui raconte ainsi", "qui le dit", "qui l'a dit", "qui le dit ainsi",
    ),
    described_speakers=(
        "celui", "celle", "l'homme", "la femme", "la personne", "la jeune femme", "le jeune homme", "le vieil homme",
        "la vieille dame", "la dame", "le monsieur", "la jeune fille", "le garçon", "la voix",
        # (a pronoun standing for the speaker: "« … » Elle s'appelle Léa Roux")
        "elle", "il",
    ),
    words_references=(
        "cette phrase", "la phrase", "ces mots", "ces paroles", "ces propos", "les mots", "ce mot", "en le disant",
        "en disant cela", "des mots", "c'est ce que", "c'est ce qu'", "voilà ce que", "voilà ce qu'",
    ),
    words_nouns=words("phrase mots blague propos paroles souvenir avertissement boutade"),
    # (a heading over quotes: "Quotes from Dr Whitcombe", labels61)
    quote_heading_nouns=words("citations citation paroles propos mots réactions"),
    words_demonstratives=words("ce cet cette ces"),
    speaker_questions=("qui parle?", "qui parle ainsi?", "qui dit ça?", "qui a dit ça?", "qui dit cela?"),
    cleft_openers=("c'est", "c'était", "ce fut", "ce sont"),
    naming_links=("s'appelle", "se nomme", "se prénomme", "s'appelait", "c'est", "est", "était"),
    self_words=words("lui-même elle-même eux-mêmes elles-mêmes soi-même moi-même nous-mêmes soi"),
    behalf_links=(
        "au nom de", "au nom du", "au nom des", "pour le compte de", "pour le compte du", "de la part de",
        "parlé pour", "parle pour", "la parole pour",
        "à la place de", "à la place du", "en lieu et place de", "en lieu et place du", "en remplacement de",
        "en remplacement du",
    ),
    # (« Son adjointe, Claire Petit, a transmis le message du maire : », « a lu sa déclaration »)
    relaying_verbs=words(
        "lu lue lus lues lit lire transmis transmise transmises transmet transmettre relayé relaie porté apporté délivré "
        "présenté présenter adressé"
    ),
    message_nouns=words(
        "message déclaration mot mots lettre discours paroles allocution texte communiqué félicitations remerciements "
        "vœux voeux condoléances salutations témoignage excuses"
    ),
    name_given_phrases=(
        "n'a donné que son prénom", "n’a donné que son prénom", "ne donne que son prénom",
        "n'a voulu donner que son prénom", "n’a voulu donner que son prénom",
    ),  # fmt: skip
    continuation_cues=("et", "et encore", "et puis", "puis", "et aussi", "de plus", "et de plus"),
    repetition_adverbs=("encore", "à nouveau", "de nouveau", "encore une fois", "une fois de plus"),
    control_verbs=words("appuyez appuyer appuie appuyé cliquez cliquer clique cliqué tapez touchez"),
    translation_words=words("traduit traduite traduction titre français anglais allemand espagnol"),
    work_nouns=words("""
    livre recueil ouvrage roman film documentaire rapport programme plan projet campagne slogan devise titre intitulé intitulée
    single
    baptisé baptisée nommé nommée désigné désignée opération festival exposition série chanson album revue journal
    émission
    refrain couplet hymne pancarte pancartes banderole banderoles affiche affiches
    modèle produit marque
    mémoires autobiographie biographie essai poème podcast chaîne épisode cantique
    dvd
    """),
    noun_endings=("s", "x"),
    # ("quant à X, ..." opens on whom the sentence is about)
    subordinators=words(
        "si que qu' qu’ quand lorsque lorsqu' lorsqu’ parce puisque bien avant après pendant comme quant"
    ),
    condition_words=words("si"),
    conformative_words=words("comme"),
    phrasing_verbs=words("formulé formule formulait exprimé exprime exprimait résumé résume résumait"),
    phrasing_objects=words("l' l’ le"),
    fronted_adverbs=words("puis ensuite enfin"),
    viewpoint_words=words("pour selon"),
    topic_prepositions=words("sur"),
    comparison_words=words("que"),
    deed_agents=MappingProxyType(
        {
            **dict.fromkeys(
                ("a gagné", "gagne", "gagna", "a remporté", "remporte", "remporta"), ("gagnant", "gagnante")
            ),
            **dict.fromkeys(("a fondé", "fonda"), ("fondateur", "fondatrice")),
            # (qui cultive est l'agriculteur, qui entraîne l'entraîneur : « Y cultive du maïs. « … », a dit le paysan »)
            **dict.fromkeys(("cultive", "cultivait"), ("agricultrice", "agriculteur")),
            **dict.fromkeys(("entraîne", "entraînait"), ("entraîneuse", "entraîneur")),
            **parent_deeds(
                "a",
                """
                un / enfant fils
                une / fille
                deux trois quatre cinq six / enfants fils filles
                """,
                ("mère", "père"),
            ),
            # (qui dirige un collectif est ce que le texte nomme ensuite sa tête et sa voix : "X dirige le collectif
            # …. « … », a dit la porte-parole du collectif" ; qui a été nommé avec ce rôle d'abord)
            **dict.fromkeys(
                ("dirige", "dirigeait", "préside", "présidait", "anime", "animait"),
                ("dirigeant", "dirigeante", "président", "présidente", "responsable", "porte-parole"),
            ),
        }
    ),
    heading_deeds=words("dirige dirigeait préside présidait anime animait"),
    agent_nouns=AGENT_NOUNS,
    agent_link="par",
    passive_auxiliaries=words("été est sont fut furent"),
    # (avoir and être in every tense whose third person ends in a consonant: "avait-elle expliqué", "ont-ils dit",
    # "eut-il ajouté", "s'étaient-ils écriés"; "a", "aura", "sera" take "-t-")
    inverted_auxiliaries=words("ont avait avaient aurait auraient eut eurent auront"),
    reflexive_auxiliaries=words("est sont était étaient fut furent seront serait seraient"),
    outlet_verbs=words("rapporte rapportait"),
    role_links=("comme",),
    role_predicates=("est", "était", "et est", "et était"),
    trainee_nouns=words("apprenti apprentie stagiaire"),
    costume_nouns=words("costume déguisement"),
    known_as_verbs=words(
        "connu connue connus connues connaît connaissent vendu vendue vendus vendues commercialisé commercialisée "
        "commercialisés commercialisées"
    ),
    nickname_words=words("alias dit dite dits dites surnommé surnommée surnommés surnommées"),
    # (short forms the letters do not show, of the Riviera's and the south's given names: "Barba Tunin" of Antoine
    # Ardoino, "Dédé" of André; shown ones need none: "Mimi" of Michèle)
    hypocoristics=MappingProxyType(
        {
            short: frozenset(words(given))
            for short, given in {
                "tunin": "antoine antonin", "tonin": "antoine antonin", "titin": "augustin", "dédé": "andré",
                "loulou": "louis louise", "jojo": "joseph josette georges", "fanfan": "françois françoise",
                "bébert": "albert robert", "nanou": "anne annie", "pépé": "joseph",
            }.items()
        }
    ),
    calling_verbs=words("appelle appellent appelait appelaient surnomme surnomment surnommait surnommaient"),
    nickname_adverbs=words("simplement juste"),
    place_prepositions=words("au aux en dans depuis"),
    nickname_pronouns=MappingProxyType({"le": "m", "il": "m", "la": "f", "elle": "f", "l'": "", "l’": ""}),
    object_relatives=words("que qu' qu’"),
    nickname_relatives=words("que qu' qu’"),
    naming_words=words(
        "nommé nommée prénommé prénommée surnommé surnommée baptisé baptisée appelé appelée dénommé dénommée"
    ),
    talk_verbs=words("parle parlent parlait parlaient parlera parleront jase jasent jasait causent cause"),
    talk_prepositions=frozenset(("de", "d'", "du", "des")),
    talk_subjects=frozenset(("on", "monde", "chacun", "gens", "habitants")),  # ("tout le monde", "les gens")
    name_predicates=frozenset(
        (
            "s'appelle", "s'appelait", "s'appellent", "s'appelaient", "s'appellera", "se nomme", "se nommait",
            "porte le nom de", "portait le nom de", "portent le nom de", "s'intitule", "s'intitulait",
            "est intitulé", "est intitulée", "du nom de", "sous le nom de",
        )
    ),
    post_verbs=frozenset(
        ("a écrit", "écrit", "écrivait", "a posté", "a tweeté", "a publié", "publie", "a répondu", "a partagé", "partage")
    ),
    post_nouns=words("publication message post tweet"),
    account_nouns=words("compte profil chaîne"),
    title_nouns=words("nom titre surnom sobriquet"),
    title_copulas=words("est était"),
    known_as_phrases=frozenset(
        ("connu comme", "connu sous le nom de", "connue comme", "connue sous le nom de")
    ),
    name_nouns=words("prénom"),
    seat_nouns=words("siège locaux"),
    # (round 57) places whose epithet a naming verb gives: ``Lexicon.place_nouns``
    place_nouns=words(
        "endroit lieu coin ville village île pays bout monde terre capitale porte cœur perle toit berceau "
        "vallée côte région"
    ),
    thing_nouns=words(
        "école lycée collège rue avenue boulevard place quai pont port gare stade gymnase salle piscine hôpital "
        "clinique bateau navire péniche voilier chalutier ferry cheval chien chat café restaurant hôtel auberge bar "
        "moulin ferme théâtre cinéma chapelle église parc jardin résidence cité quartier lotissement "
        # (a feature of the land or the sea before its name: "l'île Saint-Honorat", "la rivière Sainte-Anne";
        # roles58, address58)
        "île îles archipel rivière fleuve lac baie presqu'île cap mont anse étang îlot volcan vallée plage"
    ),
    case_nouns=words("affaire"),
    cue_adverbs=words(
        "a ont avait avaient est sont s'est s’est se enfin pourtant toutefois aussi encore également ensuite alors déjà "
        "toujours souvent nous vous lui leur voulu souhaité"
    ),
    subject_tails=words("ensuite finalement lui-même elle-même eux-mêmes elles-mêmes"),
    gerund_endings=("ant",),
    finite_endings=("ait", "aient", "èrent"),  # ("Restait Louise Mercier, qui ...")
    group_nouns=words("voisins voisines"),  # (as en "neighbours": "les voisins ont crié : « … ! »" names no one)
    relative_pronouns=words("qui dont lequel laquelle lesquels lesquelles"),
    comma_relatives=words("que"),
    addressee_prepositions=words("à"),
    addressee_articles=frozenset(("au", "aux")),
    addressee_phrases=frozenset((
        "interrogé par", "interrogée par", "interrogés par", "interrogées par", "au micro de", "au micro d'",
        "dans un entretien à", "dans un entretien avec", "en entretien avec", "dans une interview à",
        "dans une interview accordée à", "dans un entretien accordé à", "sur l'antenne de", "sur les ondes de",
        "joint par", "jointe par", "contacté par", "contactée par", "auprès de",
    )),
    clause_words=words(
        "à au aux de du des dans en sur par pour avec et ou mais qui que dont est était sont a ont devant derrière "
        "chez vers contre entre sous sans après avant pendant lors selon"
    ),
    adverb_suffix="ment",  # "a simplement répondu"
    variety_negations=VARIETY_NEGATIONS,
)
