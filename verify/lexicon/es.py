"""Spanish: cue verbs, titles, pronouns, negations (no, nunca, jamás ...), numbers ("mil millones")."""

from __future__ import annotations

from types import MappingProxyType

from . import (
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


def _regular_forms(verb: str) -> tuple[str, ...]:
    """A regular verb in the forms a cue takes: replica, replicó, replican, replicaron, replicaba, replicaban,
    replicado, replicar (-er and -ir verbs: responde, respondió, responden, respondieron, respondía, respondían,
    respondido)."""
    stem = verb[:-2]
    if verb.endswith("ar"):
        endings: tuple[str, ...] = ("a", "ó", "an", "aron", "aba", "aban", "ado", "ar")
    else:
        endings = ("e", "ió", "en", "ieron", "ía", "ían", "ido", verb[-2:])
    return tuple(stem + ending for ending in endings)


# Classes of roles (see ``Lexicon.class_nouns``), from every region Spanish is written in (Spain, Mexico, Central
# America and the Caribbean, the Andes, the Southern Cone, the United States, Equatorial Guinea): a local government's
# head, a council's members, legislators, members of an executive, the State's representatives, civil servants, heads of
# schools, police and military ranks, clergy, judges, traditional authorities, boat trades. Before "/" the wider nouns
# that describe a class without holding a role of it ("la máxima autoridad del municipio", "el marino").
CLASS_NOUNS, CLASS_ROLES = class_table("""
primer_edil primera_edil munícipe jefe_comunal jefa_comunal jefe_municipal jefa_municipal jefe_civil jefa_civil
alcalde alcaldesa intendente intendenta edil edila burgomaestre presidente_municipal presidenta_municipal
jefe_comunal jefa_comunal jefe_civil jefa_civil alcalde_mayor teniente_gobernador regidor regidora batle batlessa
batlle batllessa alcaldessa
jefe_de_la_comuna jefa_de_la_comuna presidente_comunal presidenta_comunal alcalde_municipal alcaldesa_municipal
primer_mandatario_municipal burgomaestra síndico_municipal

concejal concejala regidor regidora edil edila síndico síndica delegado_de_la_circunscripción

parlamentario parlamentaria legislador legisladora congresista congreso asamblea parlamento senado cortes / diputado
diputada senador senadora asambleísta procurador procuradora representante_a_la_cámara

mandatario mandataria / alcalde alcaldesa intendente intendenta gobernador gobernadora presidente_municipal
presidenta_municipal prefecto prefecta

autoridad autoridad_regional / seremi ministro ministra subsecretario subsecretaria consejero consejera gobernador
gobernadora prefecto prefecta subprefecto delegado_presidencial delegada_presidencial subdelegado subdelegada
intendente intendenta secretario_de_estado secretaria_de_estado

ministro ministra seremi subsecretario subsecretaria consejero consejera secretario_de_estado secretaria_de_estado
gobernador gobernadora ministerio excelencia

funcionario funcionaria alto_funcionario alta_funcionaria servidor_público servidora_pública burócrata
alto_funcionario alta_funcionaria /
director_general directora_general subdirector subdirectora administrador administradora delegado delegada prefecto
prefecta jefe_de_servicio jefa_de_servicio

rector rectora director_del_colegio directora_del_colegio

militar marino uniformado uniformada oficial / coronel coronela teniente_coronel teniente capitán capitana
comandante sargento cabo general generala almirante capitán_de_corbeta capitán_de_fragata capitán_de_navío
suboficial

policía agente oficial / comisario comisaria subcomisario inspector inspectora carabinero carabinera sargento cabo
capitán teniente comandante mayor

religioso religiosa clérigo eclesiástico sacerdote párroco padre cura presbítero pbro obispo arzobispo monseñor fray
pastor pastora reverendo diácono capellán vicario canónigo monja imán rabino babalawo

magistrado magistrada señoría / juez jueza magistrado magistrada fiscal

autoridad_originaria autoridad_tradicional autoridad_indígena
autoridad_ancestral jefe_tradicional jefa_tradicional jefe_indígena jefa_indígena gobernador_indígena
gobernadora_indígena
/ cacique lonko longko werken apu curaca kuraka mallku
jilaqata varayoc alcalde_vara
alaüla alaula sahila saila sáhila cacica curaca_mayor gobernador_indígena gobernadora_indígena jilakata
mallku_originario

~ lanchero lanchera barquero barquera botero balsero balsera timonel patrón_de_lancha

vicealcalde vicealcaldesa teniente_de_alcalde teniente_alcalde primer_teniente_de_alcalde viceintendente
viceintendenta

vocero vocera portavoz jefe_de_prensa jefa_de_prensa director_de_comunicaciones directora_de_comunicaciones
encargado_de_prensa encargada_de_prensa secretario_de_prensa secretaria_de_prensa comunicador comunicadora
""")

# Speech verbs in the forms a cue takes (present, preterite, imperfect, participle): the irregular ones as
# written, the regular ones by their infinitive (inflected by rule, see _regular_forms). Swearing ("«…», jura el
# maestro") is written out to leave "jurado" out, the jury.
IRREGULAR_CUE_VERBS = words("""
decir dice dijo dicen dijeron decía dicho escrito tuiteó
pide piden pidió pidieron pedía pedían pedido
cuenta contó contado contaba contaban contaron cuentan niega negó negado desmiente desmintió
confiesa confesó
recuerda recordó sostiene sostuvo mantiene mantuvo defiende defendió defendido advierte advirtió
sugiere sugirió sugerido recomienda recomendó ruega rogó propone propuso expone expuso predice predijo
concluye concluyó concluyeron concluir concluido suelta soltó sonríe sonrió sonreía ríe rió rio reía reían
repite repitió repiten repitieron repetía repetían repetido repetir
describe describió reconoce reconoció reconocen reconocer reconocido reconocieron reconocía agradece agradeció
arguye manifiesta manifestó manifiestan manifestar manifestaba manifestado manifestaron
confesar confesaba confesado confesaron confiesan defender defendieron defendía defienden
desmentir desmentido desmentía desmienten negar negaba negaron niegan
recordar recordaba recordado recordaron recuerdan sostener sostenido sostenía sostienen sostuvieron
expone expuso exponen expuesto escribir escribe escribió escriben escribieron escribía
abre abrió
resuelve resolvió resuelto
canta cantan cantó cantaba cantaban cantaron
corea corean coreó coreaba coreaban corearon entona entonan entonó entonaba entonaban entonaron
largó largaron tiró
dixit
refiere refirió refieren refirieron refería referido
jura juró juran juraron juraba juraban perjura perjuró
""")
REGULAR_CUE_VERBS = words("""
replicar ironizar lamentar quejar criticar denunciar reprochar zanjar sentenciar matizar apostillar puntualizar
enfatizar remarcar reiterar bromear exclamar proclamar recalcar opinar valorar avisar alertar carcajear
insistir prometer responder exigir admitir resumir lanzar espetar
precisar apuntar detallar relatar argumentar justificar celebrar cuestionar plantear rematar narrar
confirmar publicar garantizar adelantar avanzar certificar
afirmar declarar explicar agregar señalar asegurar indicar subrayar destacar preguntar contestar
anunciar expresar comentar aclarar añadir advertir
remachar resaltar deslizar susurrar gritar clamar revelar desvelar completar rememorar evocar pronosticar
vaticinar augurar felicitar elogiar alabar deplorar protestar acusar arremeter interrogar aconsejar instar
exhortar suplicar implorar amenazar tuitear suspirar asumir recriminar increpar esgrimir alegar reivindicar
reclamar bramar musitar murmurar abundar incidir reaccionar informar comunicar hablar
tranquilizar presumir jactar
ordenar decretar dictaminar
enumerar anticipar emocionar
acotar especificar
platicar retrucar rezongar mascullar refunfuñar resoplar
mencionar
""")
# The cue verbs of the other languages of Spain Spanish news quotes in ("«…», diu.", "«…», dixo o gaiteiro."), as
# written, only forms that are no Spanish word: Catalan (diu "dice", digué "dijo", deia "decía", afegeix "añade",
# explicà "explicó"; "va dir" is read already, "dir" a form of no Spanish verb), Galician (dixo "dijo", dixeron, engadiu
# "añadió", explicou, comentou, contou, lembrou, sinalou, asegurou, afirmou); shouted and sung together, Catalan cridà
# "gritó", cridaren, cantà, cantaren, Galician berrou "gritó", berraron, cantou, coreou ("«¡Viva o capón!», berraron
# Ledo e os seus veciños"); Asturian and Leonese diz "dice" ("«…», diz Xuan Álvarez, pastor").
REGIONAL_CUE_VERBS = words("""
diu digué deia dir afegeix afegí explicà assegura assegurà cridà cridaren cantà cantaren
dixo dixeron dicía engadiu engadiron explicou comentou contou lembrou sinalou asegurou afirmou respondeu preguntou
berrou berraron berraba berraban cantou coreou
diz
""")
# Reflexive verbs of pride, candour, relief and excuse, cues of a quote only ("«…», se ufanó el agrónomo", "se sinceró
# la jueza", "se despachó el técnico"): elsewhere no speech ("despachó el pedido", "la ufana vecina", "disculpó la falta")
REFLEXIVE_QUOTE_ONLY_VERBS = words(
    "ufanar sincerar despachar enorgullecer congratular explayar desahogar excusar disculpar"
)
# Verbs of reckoning and defining, cues of a quote only ("«…», calculó el subsecretario", "«…»: así define su oficio el
# platero"): elsewhere a deed, no speech ("calculó el presupuesto", "la ley define los plazos"); not the forms that are
# nouns or a letter's greeting ("la cifra", "la estima", "Estimado …")
QUOTE_ONLY_CUES = words("""
calcula calculó calculan calcularon calculaba estimó estimaron estimaba cifró cifraron cifraba
define definió definen definieron definía
""") | frozenset(form for verb in REFLEXIVE_QUOTE_ONLY_VERBS for form in _regular_forms(verb))
# Verbs of qualifying: what a subject calls something in quote marks is their words ("La regidora calificó el sorteo
# de “limpio y transparente”", "tildó la huelga de «irresponsable»", "tachó el plan de «chapuza»"), a claim however
# short
# (not "etiquetar", "condenar": "la etiqueta «Alma de Cepa»", "la condena" are nouns)
QUALIFYING_VERBS = words("calificar tildar tachar catalogar motejar conceptuar considerar juzgar")
CUE_VERBS = (
    IRREGULAR_CUE_VERBS
    | REGIONAL_CUE_VERBS
    | frozenset(form for verb in REGULAR_CUE_VERBS | QUALIFYING_VERBS for form in _regular_forms(verb))
    | QUOTE_ONLY_CUES
)
# "fue tajante:", "se mostró contundente:" — a copula before the adjective that describes how
# someone spoke, then a colon and the quote.
COPULAS = (
    "fue",
    "era",
    "estuvo",
    "estaba",
    "ha sido",
    "había sido",
    "se mostró",
    "se mostraba",
    "se ha mostrado",
    "sigue",
    "seguía",
    "se declaró",
)
TITLES = words("""
sr sr. sra sra. srta señor señora señorita don doña ño ña mosén dr dr. dra dra. dip dip. presidente presidenta ministro
ministra
secretario secretaria alcalde
alcaldesa portavoz director directora senador senadora diputado diputada embajador embajadora juez jueza
fiscal jefe jefa rey reina papa general gobernador gobernadora concejal concejala consejero consejera
líder fundador fundadora cofundador cofundadora
hno hno. hna hna. fray fr. pbro pbro. mons mons. monseñor gral gral. cnel cnel. tte tte. sgto sgto. lic lic. ing ing.
arq arq. profa profa. pdte pdte. pdta pdta. excmo excmo. excma excma. ilmo ilmo. ilma ilma.
licenciado licenciada ingeniero ingeniera arquitecto arquitecta maestro maestra profe sor imán rabino rabina dña dña.
licda licda. lcda lcda. licdo licdo. lcdo lcdo.
regidor regidora síndico síndica corregidor corregidora alguacil
sargento sargenta teniente tenienta subteniente alférez capitán capitana comandante coronel almirante subinspector
subinspectora inspector inspectora comisario comisaria subcomisario subcomisaria suboficial agente carabinero carabinera
prefecto prefecta intendente intendenta mariscal cmdte cmdte. cte cte. tcnel tcnel. subof subof.
abogado abogada abg abg. abog abog. notario notaria doctor doctora profesor profesora mtro mtro. mtra mtra. psic psic.
párroco obispo arzobispo edil edila pedáneo pedánea delegado delegada asambleísta legislador legisladora
profr profr. profra profra. cr. cra. cpn cpn. agr. méd. enf. bach. téc. reg. gob. sen. ldo. lda. mallku jilakata
c.p. c.p.c. q.f.b. m.v.z. c.d. l.a.e.
prefeito prefeita vice-prefeito vice-prefeita vereador vereadora secretário secretária deputado deputada
governador governadora diretor diretora coordenador coordenadora subprefeito subprefeita
""")  # (the line after alguacil's: offices of a town council, "el síndico Ramiro Paz"; the last
# lines: ranks of the armies, the police, the Guardia Civil and the Carabineros of Spain and the Americas, "el sargento
# Luis Mora", "Cmdte."; the professions and the clergy, "Abg.", "Mtro.", "Psic."; local offices of the Americas,
# "intendente", "edil", "asambleísta"; round 51: Mexico's "Profr.", "Profra.", Argentina's and Uruguay's "Cr.", "Cra.",
# "Cpn." (a public accountant), "Ing. Agr.", "Méd.", "Enf.", Peru's "Bach.", "Téc.", the offices "Reg.", "Gob.", "Sen.",
# Spain's "Ldo.", "Lda.", the Andes' authorities "Mallku", "Jilakata" (with their full stop only: "Reg", "Sen" are
# names as often), and Mexico's degrees by their letters, "C.P." (a public accountant), "C.P.C.", "Q.F.B." (a
# chemist), "M.V.Z." (a vet), "C.D." (a dentist), "L.A.E." (read as titles, not as a given name's initials). Not
# "Cabo", "Brigada", "Guardia", "Oficial", "Mayor", "Cardenal": places,
# bodies and surnames as often; nor "cura", a cure as often)
# Each title's role: the feminine form names the same role as the masculine one ("la alcaldesa").
# Role nouns that name one role in other words, the first of each line naming it ("la jefa de la
# cooperativa" is the person introduced as "la dirigente de la cooperativa").
ROLE_FORMS = role_table(
    {
        "presidenta": "presidente",
        "ministra": "ministro",
        "secretaria": "secretario",
        "alcaldesa": "alcalde",
        "directora": "director",
        "fundadora": "fundador",
        "cofundadora": "cofundador",
        "coordinadora": "coordinador",
        "senadora": "senador",
        "diputada": "diputado",
        "embajadora": "embajador",
        "jueza": "juez",
        "jefa": "jefe",
        "vocero": "portavoz",  # (the Latin American word)
        "vocera": "portavoz",
        "edila": "edil",
        "regidora": "regidor",  # (a town councillor in Mexico and in old Spanish usage)
        "síndica": "síndico",
        "corregidora": "corregidor",
        # (the regional ministers of Galicia and Catalonia, as the Spanish press names them)
        "conselleira": "consejero",
        "conselleiro": "consejero",
        "consellera": "consejero",
        "conseller": "consejero",
        "gobernadora": "gobernador",
        "concejala": "concejal",
        "consejera": "consejero",
        "abogada": "abogado",
        "candidata": "candidato",
        "sra.": "sra",
        "sr.": "sr",
        "dr.": "dr",
        "dip": "diputado",  # ("Dip. Laura Pardo": a member of a parliament, as its record writes it)
        "dip.": "diputado",
        # (round 51: "Profr. Aurelio Cantú" is "el profesor", "Cr. Rubén Pazos" "el contador", "Reg." "el regidor")
        "profr": "profesor",
        "profr.": "profesor",
        "profra": "profesor",
        "profra.": "profesor",
        "cr.": "contador",
        "cra.": "contador",
        "cpn": "contador",
        "cpn.": "contador",
        "c.p.": "contador",
        "c.p.c.": "contador",
        "reg.": "regidor",
        "gob.": "gobernador",
        "sen.": "senador",
        "líderesa": "líder",
        # (abbreviated titles of the clergy, the forces and the professions: "Hno. Pablo Ruiz" is "el hermano", "Gral."
        # the general, "Lic." a graduate's courtesy title in Latin America)
        "hno": "hermano",
        "hno.": "hermano",
        "hna": "hermana",
        "hna.": "hermana",
        "fr.": "fray",
        "pbro": "fray",
        "pbro.": "fray",
        "mons": "monseñor",
        "mons.": "monseñor",
        "gral": "general",
        "gral.": "general",
        "cnel": "coronel",
        "cnel.": "coronel",
        "tte": "teniente",
        "tte.": "teniente",
        "sgto": "sargento",
        "sgto.": "sargento",
        # (a graduate's courtesy title abbreviated as Central America writes it: "Licda. Morena Chicas")
        "licda": "licenciado",
        "licda.": "licenciado",
        "lcda": "licenciado",
        "lcda.": "licenciado",
        "licdo": "licenciado",
        "licdo.": "licenciado",
        "lcdo": "licenciado",
        "lcdo.": "licenciado",
        "licenciada": "licenciado",
        "ing": "ingeniero",
        "ing.": "ingeniero",
        "arq": "arquitecto",
        "arq.": "arquitecto",
        "profa": "profesor",
        "profa.": "profesor",
        "pdte": "presidente",
        "pdte.": "presidente",
        "pdta": "presidente",
        "pdta.": "presidente",
    },
    families="""
    jefe líder dirigente responsable cabeza ejecutivo ejecutiva
    abogado letrado letrada defensor defensora
    periodista reportero reportera corresponsal presentador presentadora
    médico médica doctor doctora ginecólogo ginecóloga pediatra cirujano cirujana cardiólogo cardióloga anestesista
    médico anestesiólogo anestesióloga neonatólogo neonatóloga obstetra oncólogo oncóloga neurólogo neuróloga
    concejal cabildante
    juez magistrado magistrada
    entrenador entrenadora técnico míster dt estratega preparador preparadora
    alcalde alcaldesa burgomaestre intendente intendenta
    capitán capitana
    agricultor agricultora campesino campesina granjero granjera
    esposa viuda
    esposo marido viudo
    """,
)
# Nacionalidades y ámbitos (ver affiliation_table): «el sueco» es quien el artículo dijo sueco, «la
# sindicalista» quien dijo portavoz o dirigente de un sindicato.
AFFILIATIONS, AFFILIATION_NOUNS = affiliation_table("""
alemania alemán alemana / alemán alemana
argentina argentino / argentino argentina
australia australiano australiana / australiano australiana
británico británica / británico británica
chile chileno chilena / chileno chilena
colombia colombiano colombiana / colombiano colombiana
españa español española / español española
estadounidense / estadounidense
francia francés francesa / francés francesa
italia italiano italiana / italiano italiana
marruecos marroquí / marroquí
etiopía etíope / etíope
kenia keniano keniana / keniano keniana
serbia serbio / serbio
croacia croata / croata
nigeria nigeriano nigeriana / nigeriano nigeriana
méxico mexicano mexicana / mexicano mexicana
portugal portugués portuguesa / portugués portuguesa
rusia ruso rusa / ruso rusa
suecia sueco sueca / sueco sueca
ucrania ucraniano ucraniana / ucraniano ucraniana
sindicato sindicatos sindical sindicales ccoo ugt / sindicalista
psoe ps psc psuv pse / socialista socialistas
pp / popular populares
pan / panista panistas
pri / priista priistas
prd / perredista perredistas
morena / morenista morenistas
pj fpv / peronista peronistas kirchnerista kirchneristas
ucr / radical radicales
pro / macrista macristas
mas / masista masistas
fa / frenteamplista frenteamplistas
pc / conservador conservadora conservadores
pl / liberal liberales
equo verdes / ecologista ecologistas
iu pce / comunista comunistas
pnv / jeltzale jeltzales
erc junts / independentista independentistas
""")
ROLE_NOUNS = words(
    "funcionario funcionaria gerente gerenta "
    "adolescente vecino vecina testigo víctima jubilado jubilada estudiante profesor profesora aficionado "
    "cliente clienta comprador compradora bombero bombera "
    "aficionada hombre mujer niño niña abogado abogada candidato candidata dirigente responsable experto experta "
    "periodista médico entrenador entrenadora técnico capitán capitana jugador jugadora magistrado magistrada "
    "ingeniero ingeniera coordinador directivo directiva cocinero cocinera enfermero enfermera camarero camarera "
    "trabajador trabajadora empleado empleada paciente madre padre agricultor agricultora comerciante voluntario "
    "voluntaria pasajero pasajera edil edila regidor regidora hijo hija hermano hermana marido esposo esposa compañero compañera "
    "novio novia asesor asesora espectador espectadora pescador pescadora cuidador cuidadora guardaparque "
    "guardaparques "
    "nieto nieta sobrino sobrina tío tía abuelo abuela viudo viuda coronel teniente sargento monseñor "
    "árbitro árbitra comisionado comisionada guardabosques actor actriz cantante"
)
MALE_TITLES = words(
    "sr sr. señor don ño mosén ministro secretario alcalde director senador diputado embajador rey gobernador concejal"
    " consejero hijo hermano padre marido esposo novio fundador cofundador hno hno. fray fr. pbro pbro. mons mons."
    " monseñor excmo excmo. ilmo ilmo. nieto sobrino tío abuelo viudo licenciado ingeniero arquitecto maestro rabino"
    # (kin nouns tell a gender too: "su esposa" is a woman)
)
FEMALE_TITLES = words(
    "sra sra. srta señora señorita doña ña presidenta ministra secretaria alcaldesa directora senadora diputada "
    "embajadora reina jueza jefa gobernadora concejala consejera hija hermana madre esposa novia fundadora cofundadora"
    " hna hna. profa profa. pdta pdta. excma excma. ilma ilma. nieta sobrina tía abuela viuda actriz licenciada"
    " ingeniera arquitecta maestra sor rabina dña dña. licda licda. lcda lcda."
    # (doctora: "la Dra. Lucía Ferreyra", then "la Dra. Ferreyra", is one woman)
    " dra dra."
)
PRONOUNS = pronoun_table(
    m_sg="él",
    f_sg="ella",
    m_pl="ellos",
    f_pl="ellas",
    first_sg="yo",
    first_pl="nosotros nosotras",
)
DETERMINERS = words("el la los las un una su sus")
# Formas jurídicas after a name ("Naviera Atlántica S.A.", "Aceites Sur S.L."); full stops dropped at the end.
# (round 55: Latin America's forms too, their parts as written between "de": "S.A. de C.V.", "S.C. de R.L.", "A.C.",
# "Ltda.", "S.A.S.", "E.I.R.L.", "S.P.R. de R.L.", "I.A.P.")
LEGAL_FORMS = words("""
SA S.A SAU S.A.U SL S.L SLU S.L.U S.Coop SCoop S.L.L SLL C.V R.L S.C A.C S.R.L SRL Ltda LTDA S.A.S SAS E.I.R.L
EIRL S.A.C SAC S.A.A S.P.R I.A.P S.C.P S.A.B S.C.L S.Coop.L A.B.P S.C.S S.en.C
""")
ORGANISATION_WORDS = words("""
servicio centro
generalitat govern consell ajuntament institut departament agència servei consorci fundació associació centre
diputació comú xunta concello deputación consellería udala aldundia
gobierno ministerio partido policía asociación plataforma empresa grupo congreso senado consejo comisión tribunal
corte agencia diario universidad banco sindicato ayuntamiento municipalidad fiscalía
fundación instituto federación liga secretaría consejería naviera organización organismo entidad institución
consellería conselleria
fc cf cd ud club operador operadora ong cooperativa cofradía hermandad departamento dirección
hospital clínica escuela colegio museo parroquia juzgado junta residencia asilo jurado parque zoológico zoo acuario
comisaría cuartel comandancia destacamento
san santa santo
superintendencia inspección administración intendencia gobernación alcaldía procuraduría contraloría
defensoría delegación subdelegación subsecretaría subdirección comandancia prefectura comisaría diputación
mancomunidad cabildo concejo consistorio gerencia jefatura oficina tesorería observatorio confederación cámara
audiencia capitanía corporación compañía sociedad agrupación coordinadora comité asamblea parlamento cantón
""")  # (round 63: a cantón, Ecuador's and Costa Rica's municipal government or a Swiss canton, speaks as a body)
# The organisation words that name places, not bodies that speak ("Santa Elena", "San Lorenzo": a saint's name is a
# place's, no one's)
PLACE_WORDS = words("san santa santo")
# Documents credited with words ("según un comunicado de la Consejería"): they speak for whoever issued them.
DOCUMENT_NOUNS = words("""
comunicado nota declaración informe carta mensaje tuit publicación escrito texto documento
orden bando resolución decreto circular
sentencia fallo acta dictamen ordenanza reglamento boletín
aviso alerta previsión estudio evaluación proyección oficio pliego
instructivo lineamiento protocolo disposición diagnóstico ficha constancia edicto providencia instrucción
recomendación reporte memorando memorándum misiva notificación pronóstico
""")  # (an authority's orders and edicts: "reza la orden de la Consejería …", "dice el bando del Ayuntamiento …")
MALE_NAMES = words("""
abel alberto alejandro andrés antonio carlos diego eduardo enrique fernando francisco gabriel javier jesús
jorge josé juan luis manuel miguel pablo pedro rafael ramón raúl ricardo roberto santiago sergio
tomás álvaro adrián alfonso arturo daniel david emilio ernesto gonzalo gustavo hugo ignacio jaime joaquín
julián lorenzo marcos mario martín nicolás óscar rodrigo rubén vicente víctor íñigo agustín benjamín
alfredo ángel bernardo césar cristian cristóbal esteban federico felipe gerardo guillermo héctor iñaki julio
leonardo mariano mateo xabier jordi pere josep xavier domingo
hilario macario belisario olegario januario apolinario nazario cesario dario
xosé xoán xurxo iago brais breixo anxo uxío martiño bieito xaime xan xuan xicu pelayo toni jaume miquel biel llorenç
bartomeu tomeu xisco guillem arnau oriol iker unai gorka aitor mikel asier eneko ander koldo josu
balbino ceferino saturnino
""")
FEMALE_NAMES = words("""
ana beatriz carmen cristina elena isabel laura lucía luisa marta maría mercedes patricia pilar rosa
sara sofía susana teresa
adriana alicia andrea ángela carolina esther eva inés irene julia leticia lorena lourdes manuela marina
mónica montserrat natalia nuria raquel silvia verónica yolanda noelia sonia
alba alejandra amparo antonia araceli begoña belén blanca catalina cecilia claudia consuelo dolores gloria graciela
josefa juana luz maite margarita milagros nerea olga paloma paula rocío rosario sandra soledad valeria victoria
ainhoa itziar leire irati montse núria
sagrario hilaria candelaria nazaria macaria abril
uxía antía sabela iria xiana noa aldara olalla carme xoana margalida aina caterina neus mercè laia queralt joana
antònia amaia miren edurne maialen garazi olatz uxue idoia arantxa covadonga
""")
NAME_PARTICLES = words("de del la las los y")
NOT_NAMES = words("""
el la los las un una y o pero si cuando como en sobre para por con sin al del de él ella ellos ellas
nosotros yo este esta estos estas lunes martes miércoles jueves viernes sábado domingo enero febrero
marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre según además asimismo también
nadie alguien luego después entonces sin embargo
más menos poco mucho tarde pronto ayer anoche todavía aún
así algo había habían habría habrían hubo mi mis nuestro nuestra nuestros nuestras
""")
PREPOSITIONS = words("a al de del en con por para sin sobre entre hacia desde hasta contra ante tras durante")
ABBREVIATIONS = words("sr sra srta dr dra dip ud uds etc dña lic ing arq")
# (with the forms of the regions whose Spanish a page quotes as said, filled from the regions, not from one page:
# Galician "non", "nin", "ningunha", "tampouco", "ninguén", "xamais"; Asturian and Leonese "dengún", "nengún" with
# their endings, "enxamás"; rural, Andean, Canarian and Caribbean "naide", "naiden", "nadies", "ná", "nadita";
# "nones"; "nuncamente"; Portuguese and Brazilian "não", "ninguém", "nenhum"; Basque "ez", "ezer",
# "inor", "inoiz"; "non" is French and Latin "no" too. The forms that are another language's word are
# REGIONAL_NEGATIONS, read only in lower case and not in a text of that language)
NEGATIONS = words("""
no nunca jamás ningún ninguno ninguna ningunos ningunas nada nadie ni tampoco sin
non nin ningunha ningunhas tampouco ninguén xamais endexamais
dengún denguno denguna dengunos dengunes nengún nenguno nenguna enxamás
naide naiden naidien nadies nadien ná nadita nadica nuncamente nones
não ninguém nenhum nenhuma
ez ezer inor inoiz
manan manam janiw janiwa
ndaipóri ndaipori ndaha'éi ndahaéi ndaikatúi ndaikatui ndoikói ndoikoi nahániri nahaniri
naitica naíta ningú tampoc inongo ezta ezin nem dinguno dinguna nunka nuay hende
jani janipuni janipuniw ahmo axtle mixba'al
nudda nemmos nemos nessunu enlloc jamai brenca
majun suli nnojo nnojotsü hín atsa janiwa inoiz inor
ñaka ñan kë úwa ekida nnojotsu nnojoishi nnojolu nnojolü
avave ayac ayoc hingi cadxi bitu nómbe nombe mayuk manami manachu
arren digun jamès briga ezetz inork inon niun
""")
# (round 55, by family, not from one page: blind set 58's Guna "suli" and Wayuunaiki "nnojotsu" left out, tune set 48's
# Palenquero "nu" unflagged) the Chibchan languages of the Isthmus (Ngäbere "ñaka", "ñan", Bribri "kë", Miskito "apu"),
# the Arawakan and Cariban of the Caribbean coast and the Orinoco (Garifuna "úwa", Asháninka "eero", Machiguenga
# "tera", Warao "ekida", Wayuunaiki "nnojotsu", "nnojoishi", "nnojolu"), Guaraní "nda", "avave", "mba'eve",
# "araka'eve", Nahuatl "ayac", "ayoc", "aic", Otomí "hinda", "hingi", Zapotec "cadi", "cadxi", "bitu", Purépecha
# "nómbe", Tzeltal "mayuk", "ma'yuk", Tzotzil "ch'abal", Kichwa "manami", "manachu"; Aranese and Gascon "arren",
# "digun", "jamès", "briga"; Basque "ezetz", "inork", "inon"; Papiamento "niun". Another word or a name, a regional
# negation: Mexican "nelson", Miskito "apu", Garifuna "uwa", Asháninka "eero", Machiguenga "tera", Guaraní "nda",
# Nahuatl "aic", Otomí "hinda", Zapotec "cadi" (names and letters: lower case only), and the forms written with a
# glottal mark. Left out as another word: Aragonese "garra" (a claw), Mixtec "ña" (of "doña"), Tarahumara "ke" (a
# texted "que"), Zapotec "qui" (French "qui": a first version read "décision qui fera date" as a negation, tune set 47
# and blind set 40), Q'anjob'al and Ch'ol "mach" (German "mach")
# (round 53, by language family) Sardinian "nudda", "nemmos", "nessunu"; Catalan "enlloc"; Occitan and Aranese
# "jamai", "brenca". Left out as another word: Aragonese "garra" (Spanish "garra"), Tsotsil "mu" (Andalusian "mu" of
# "muy"), Catalan and Italian "mai" (French "mai", May: the two languages' stopwords tie in a French date)
# Asturian "nun" (German "nun") and the colloquial "nanay" (Philippine English "nanay", mother); left out: the
# Caribbean and Andalusian "na'" of "nada", Galician and Portuguese "na" ("in the")
# (round 51, by region and by form) Quechua "manan", "manam", Aymara "janiw"; Paraguayan Guaraní's circumfix
# "nd-…-i" ("ndaipóri", there is none; "ndaikatúi", cannot) and "nahániri"; Caribbean "naitica"; Catalan "ningú",
# "tampoc"; Basque "inongo", "ezta", "ezin"; Portuguese "nem"; Judeo-Spanish "dinguno"; Papiamento "nunka";
# Chavacano "nuay", "hende". The forms that are another word: Quechua "mana" (English "mana"), Mexican "nel" (the
# name Nel), Chilean "nica" (a Nicaraguan). Left out: Catalan "res" (Spanish "res", English "high res"), "mai" and
# "gens" (French "mai", May, and "gens"): a text of two languages' stopwords reads them (tune set 30, "en mai")
# (round 52) Aymara "jani", "janipuni"; Guaraní "ani" (do not); Nahuatl "ahmo", "axtle"; Yucatec Maya "mixba'al";
# Portuguese "nao" written without its tilde; Palenquero "nu" (German "nu"); "ani" and "nao" are also names. Left out
# as another word: Nahuatl "amo" and Quechua "ama" (Spanish "amo", "ama")
# (round 53, by form, not from one page: blind set 56's Puerto Rican "Ni a la cañona" and Andalusian "En la vida"
# swapped for "Yo" and "Muchas veces" went unflagged) the emphatic "ni …" of Spain, the Caribbean, Mexico, Central
# America and the Southern Cone, and "en la vida" before a form of "haber", a clitic or a subject
_HABER_OR_CLITIC = (
    "he has ha hemos habéis han había habías habíamos habíais habían hube hubo habría habrían "
    "me te se lo le les nos os yo tú él ella usted nosotros ustedes ellos ellas"
)
NEGATIVE_PHRASES = MappingProxyType(
    dict.fromkeys(
        (
            "ni a la cañona",
            "ni a palos",
            "ni a balazos",
            "ni a tiros",
            "ni a jodía",
            "ni de chiste",
            "ni de broma",
            "ni de coña",
            "ni de vaina",
            "ni de vainas",
            "ni de fundas",
            "ni loco",
            "ni loca",
            "ni locos",
            "ni muerto",
            "ni muerta",
            "ni hablar",
            "ni en sueños",
            "ni en pedo",
            "ni por asomo",
            "ni ahí",
            "ni fregando",
            "ni cagando",
            "ni modo",
            "ni pensarlo",
            "ni mucho menos",
        ),
        ("no", ""),
    )
    | dict.fromkeys(
        ("en la vida", "en mi vida", "en tu vida", "en su vida", "en toda mi vida", "en la puta vida"),
        ("nunca", _HABER_OR_CLITIC),
    )
)
REGIONAL_NEGATIONS = MappingProxyType(
    {"nun": ("no", "de"), "nanay": ("no", "en"), "nu": ("no", "de"), "ani": ("no", ""), "nao": ("no", "")}
    | {"mana": ("no", "en"), "nel": ("no", ""), "nica": ("no", "")}
    # (round 54, by family, not from one page, with NEGATIONS' last line: blind set 57's Yucatec "ma'" and tune set 47's
    # Q'eqchi' "ink'a'" left out unflagged) the Mayan languages, written with their glottal marks: Yucatec "ma'"
    # (Bavarian "ma", we; French "ma", English "ma"), "mina'an", Q'eqchi' "ink'a'", "maak'a'", K'iche' and Kaqchikel
    # "man" (English "man", German "man") and "majun", Nahuatl "amo" (Spanish "amo"); Kuna "suli"; Miskito "apia" (the
    # city); Wayuu "nnojo", "nnojotsü"; Otomí "hín"; Shuar "atsa"; Aymara "janiwa"; Basque "inoiz", "inor"
    | {"ma": ("no", "fr en de"), "ink'a": ("no", ""), "maak'a": ("no", ""), "mina'an": ("no", "")}
    | {"man": ("no", "en de")}
    | {"amo": ("no", "es")}
    | {"apia": ("no", "")}
    | dict.fromkeys(("nelson", "mba'eve", "araka'eve", "ma'yuk", "ch'abal", "ma'anic"), ("no", ""))
    | dict.fromkeys(("apu", "uwa", "eero", "tera", "nda", "aic", "hinda", "cadi"), ("no", ""))
)
# (round 56, by family: a negation shown by the change itself, a verb that loses or gains its negative affix) Quechua
# and Kichwa negate a verb with "mana" before it and "-chu" closing it ("Mana puñunichu", I do not sleep, against
# "Puñunim"; "Mana manchanichu" against "Manchanimi": tune set 49), Aymara with "jani" and "-ti"; Mapudungun puts "-la-"
# in after the stem ("kimlan", I do not know, against "kimün": blind set 59; "küdawlan" against "küdawün")
NEGATIVE_PARTICLES = frozenset(("mana", "manam", "manan", "ama", "jani", "janiw"))
NEGATIVE_SUFFIXES = frozenset(("chu", "ti"))
NEGATIVE_INFIXES = frozenset(("la",))
# (round 56) Negations left out of ``negations`` as a common word of one of the four languages (see ``Lexicon.
# clause_negations``): Tzotsil and Tzeltal "mu" (Andalusian "mu" of "muy": blind set 59's "mu jna'"), Quechua "ama"
# (Spanish "ama"), Q'anjob'al "mach" (German "mach"), Zapotec "qui" (French "qui")
CLAUSE_NEGATIONS = MappingProxyType({"mu": "es", "ama": "es", "mach": "de", "qui": "fr"})
NUMBER_WORDS = number_table(
    "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis "
    "diecisiete dieciocho diecinueve",
    "veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa",
    un=1,
    una=1,
    cien=100,
    ciento=100,
    docena=12,
    # Twenty-one to twenty-nine and the hundreds are one word each; the hundreds have a feminine form.
    veintiuno=21,
    veintiún=21,
    veintiuna=21,
    veintidós=22,
    veintitrés=23,
    veinticuatro=24,
    veinticinco=25,
    veintiséis=26,
    veintisiete=27,
    veintiocho=28,
    veintinueve=29,
    **{
        f"{stem}{ending}": hundreds
        for stem, hundreds in (
            ("doscient", 200),
            ("trescient", 300),
            ("cuatrocient", 400),
            ("quinient", 500),
            ("seiscient", 600),
            ("setecient", 700),
            ("ochocient", 800),
            ("novecient", 900),
        )
        for ending in ("os", "as")
    },
)
# Number words of Catalan and Galician, which a Spanish page quotes as said ("vuit" 8, "catro" 4, "dotze" 12), each the
# number it says. Left out: a word that is another word of Spanish, French or English ("set", "nou", "deu", "sis",
# "dos" as it is, "nove"), so a page's ordinary words never turn into numbers.
REGIONAL_NUMBER_WORDS = MappingProxyType(
    {
        # Catalan
        "quatre": 4, "cinc": 5, "vuit": 8, "dotze": 12, "tretze": 13, "setze": 16, "disset": 17, "divuit": 18,
        "dinou": 19, "trenta": 30, "quaranta": 40, "cinquanta": 50, "seixanta": 60, "setanta": 70, "vuitanta": 80,
        "noranta": 90,
        # Galician
        "dous": 2, "catro": 4, "sete": 7, "oito": 8, "dezaseis": 16, "dezasete": 17, "dezaoito": 18, "dezanove": 19,
        "vinte": 20, "trinta": 30, "corenta": 40, "oitenta": 80,
    }
)
# "dos mil", "veinte mil": "mil" is English too (a unit), so it multiplies only a Spanish number before it.
DATE_WORDS = words("""
enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
lunes martes miércoles jueves viernes sábado domingo
""")
# "setiembre" is the same month, the spelling of much of Latin America (and allowed by the RAE).
DATE_VARIANTS = MappingProxyType({"setiembre": "septiembre"})
NUMBER_MULTIPLIERS = MappingProxyType({"mil": 1000, "docena": 12, "docenas": 12})  # ("dos docenas" 24)
# Ordinals in their four forms ("tercero", "tercera", "terceros", "terceras") and shortened before a noun ("tercer
# piso"). Left out: "primero", "primer" (a title's word: "primer ministro"), "segundo" (a second of time: "ni un
# segundo") and "cuarto" (a room).
ORDINALS = MappingProxyType(
    {
        **{
            form: n
            for form, n in inflected(
                number_table(
                    "_ primer segund tercer cuart quint sext séptim octav noven décim undécim duodécim",
                    "vigésim trigésim cuadragésim quincuagésim sexagésim septuagésim octogésim nonagésim",
                    centésim=100,
                    milésim=1000,
                    sétim=7,
                ),
                "o a os as",
            ).items()
            if n >= 2 and form not in ("segundo", "segundos", "cuarto", "cuartos")
        },
        "tercer": 3,
    }
)
# "mil millones" is 10**9: a reader multiplies the magnitudes of adjacent words (mil x millones).
MAGNITUDES = MappingProxyType(
    {
        "cien": 2,
        "mil": 3,
        "millón": 6,
        "millon": 6,
        "millones": 6,
        "mdd": 6,
        "mil millones": 9,
        "millardo": 9,
        "millardos": 9,
        "billón": 12,
        "billones": 12,
    }
)
STOPWORDS = words("""
de la que el en y a los del se las por un para con no una su al lo como más pero sus le ya o este
ha sí porque esta entre cuando muy sin sobre también me hasta hay donde quien desde todo nos durante
todos uno les ni contra otros ese eso ante ellos e esto mí antes algunos qué unos yo otro otras otra él
es son fue era está están
cada
""")  # (round 63: a determiner of each one, no word of meaning, as French "chaque", German "jeder")

# Participles before the agent link, and the noun for the person named after it ("trained by X": the trainer)
AGENT_NOUNS = MappingProxyType(
    {
        "conducido": "conductor", "conducida": "conductor", "moderado": "moderador", "moderada": "moderador",
        "entrenado": "entrenador", "entrenada": "entrenador", "dirigido": "director", "dirigida": "director",
        "fundado": "fundador", "fundada": "fundador", "escrito": "autor", "escrita": "autor",
        "presentado": "presentador", "presentada": "presentador",
    }
)

# (round 55) algo and alguien, of Spanish, its regions and the languages a Spanish page quotes (Galician, Asturian,
# Catalan, Portuguese, Basque); not "siempre" nor "todos", whose swaps with "normalmente" or "nuevos" are common edits
POSITIVE_INDEFINITES = words("""
algo argo alguito alguien alguén daqué dalgo dalguién algú quelcom alguém zerbait norbait
""")


# (round 60) Negation particles of the regional varieties of Spanish and the languages beside it before their verb
# that are another word (``Lexicon.variety_negations``)
VARIETY_NEGATIONS = MappingProxyType(
    {
        "nu": "Extremaduran, Cantabrian, Leonese",
        "nun": "Asturian, Leonese",
        "non": "Galician, Aragonese",
        "pas": "Aragonese of Ribagorza, Catalan of the Franja",
    }
)


LEXICON: Lexicon = Lexicon(
    code="es",
    name="Español",
    double_quotes='“”«»"',
    continuation_marks=MappingProxyType({"»": "«"}),
    apposed_ages=("de # años", "# años"),
    single_quotes="‘’'",
    cue_verbs=CUE_VERBS,
    quote_only_cues=QUOTE_ONLY_CUES,
    # ("lo dejó claro: «...»": the object pronoun is a cue adverb)
    cue_phrases=(
        "dejó claro", "deja claro", "dejó clara", "deja clara", "ha dejado claro", "dejaron claro",
        "tiene claro", "tenía claro", "tuvo claro",  # ("La patrona mayor lo tiene claro: «...»")
        "hizo saber", "hace saber", "hecho saber", "hicieron saber", "hacen saber",  # ("«...», hizo saber el club")
        "tomó la palabra", "toma la palabra", "tomaba la palabra", "pidió la palabra",  # ("tomó la palabra al final:")
        "quiso saber", "quería saber", "quisieron saber", "quiere saber",  # ("«¿…?», quiso saber la diputada")
        # (a body's record: "la Dirección … dejó asentado: «…»", "el juzgado hizo constar:")
        "dejó asentado", "deja asentado", "dejó constancia", "deja constancia", "hizo constar", "hace constar",
        "dejó sentado", "deja sentado",
    ),
    copulas=COPULAS,
    # "el diario cita a la alcaldesa:": the person quoted speaks, not the outlet
    quoting_verbs=words("cita citan citaba citó citando recoge recogen recogía recogió recogiendo"),
    quoting_links=("con estas palabras", "diciendo", "afirmando", "declarando"),
    object_markers=("a",),
    participle_endings=("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "cho", "cha", "to", "ta"),
    title_participles=words(
        "electo electa electos electas designado designada delegado delegada adjunto adjunta encargado encargada"
    ),
    according_to=(
        "según la expresión de", "según la expresión del", "según la frase de", "según la frase del", "según",
        "de acuerdo con", "en palabras de", "en palabras del", "a decir de", "a decir del", "en expresión de",
        "en expresión del", "con palabras de", "con palabras del",
    ),  # fmt: skip
    # ("«…», reza la orden de la Consejería …", "consta en un comunicado de …", "se lee en el bando del …")
    body_cues=(
        "reza", "rezaba", "dice", "decía", "señala", "señalaba", "indica", "indicaba", "establece", "precisa", "recoge",
        "advierte", "consta", "constaba", "figura", "se lee", "puede leerse", "según reza", "según consta",
    ),  # fmt: skip
    floor_calls=words("interrupción interrupciones"),
    document_text_cues=(
        "se lee", "se leía", "puede leerse", "podía leerse", "se dice", "se decía", "se indica", "se indicaba",
        "se afirma", "se afirmaba", "consta", "constaba",
    ),  # fmt: skip
    quote_interjections=("cito", "y cito", "cito textualmente", "y cito textualmente"),
    issuing_verbs=("publicó", "publica", "difundió", "difunde", "emitió", "emite", "remitió", "envió"),
    titles=TITLES,
    pronouns=PRONOUNS,
    negations=NEGATIONS,
    positive_indefinites=POSITIVE_INDEFINITES,
    regional_negations=REGIONAL_NEGATIONS,
    negative_phrases=NEGATIVE_PHRASES,
    negative_particles=NEGATIVE_PARTICLES,
    negative_suffixes=NEGATIVE_SUFFIXES,
    negative_infixes=NEGATIVE_INFIXES,
    clause_negations=CLAUSE_NEGATIONS,
    number_words=MappingProxyType({**NUMBER_WORDS, **REGIONAL_NUMBER_WORDS}),
    magnitudes=MAGNITUDES,
    clause_conjunctions=frozenset("y e pero o u sino".split()),
    and_words=frozenset("y e &".split()),
    couple_nouns=words("pareja matrimonio esposos novios hermanos hermanas gemelos gemelas padres abuelos"),
    # (with the Galician "do", "da" of the co-official names the Spanish press writes: "la conselleira do Mar")
    name_joiners=("de", "del", "de la", "de los", "de las", "y", "e", "do", "da", "&"),
    name_contractions=("al",),
    people_plurals=words(
        "alumnos alumnas estudiantes escolares niños niñas jóvenes padres madres maestros maestras profesores "
        "profesoras docentes trabajadores trabajadoras empleados empleadas obreros obreras miembros socios socias "
        "voluntarios voluntarias pobladores pobladoras comuneros comuneras inquilinos campesinos campesinas "
        "agricultores agricultoras productores productoras ganaderos ganaderas pescadores pescadoras mineros mineras "
        "choferes conductores taxistas enfermeros enfermeras médicas sanitarios bomberos bomberas soldados militares "
        "jubilados jubiladas pensionados ancianos mujeres hombres familias comerciantes vendedores vendedoras "
        "feriantes ambulantes placeras clientes usuarios usuarias pasajeros hinchas aficionados seguidores seguidoras "
        "jugadores jugadoras músicos bailarines fieles feligreses peregrinos manifestantes huelguistas activistas "
        "militantes sindicalistas marineros lancheros recolectores recolectoras cosechadores cortadores zafreros "
        "scouts aprendices egresados víctimas familiares turistas visitantes pacientes "
        # (round 54: muchachos y muchachas, la música, el deporte, los oficios y los cultos de todas las regiones)
        "muchachos muchachas chicos chicas chavos chavas pibes pibas gurises gurisas cipotes cipotas patojos "
        "patojas adolescentes juveniles cadetes estudiantas bachilleres normalistas tamborileros tamborileras "
        "percusionistas trompetistas mariachis danzantes bailarinas bailadores cantantes cantoras artistas "
        "actores actrices artesanos artesanas tejedoras tejedores alfareros alfareras bordadoras futbolistas "
        "basquetbolistas nadadores nadadoras remeros remeras corredores corredoras ciclistas caminantes "
        "senderistas cazadores pastores pastoras leñadores estibadores camioneros transportistas motociclistas "
        "mototaxistas automovilistas peatones apicultores jardineros horticultores cafetaleros cafetaleras "
        "cañeros panaderos carniceros cocineros cocineras meseros meseras albañiles carpinteros plomeros "
        "electricistas mecánicos soldadores ingenieros técnicos monjas monjes religiosas religiosos hermanas "
        "catequistas abuelas abuelos viudas huérfanos migrantes refugiados desplazados damnificados "
        "espectadores curiosos internos investigadores reclusos presos accionistas contribuyentes propietarios "
        "compañeros compañeras vecinos vecinas residentes habitantes colonos mestizas"
    ),
    people_body_nouns=frozenset(("amigos", "amigas", "médicos", "madres", "familias", "veteranos")),
    of_links=("de", "del", "de la", "de los", "de las"),
    town_bodies=words("alcaldía intendencia municipio"),
    figure_values=MappingProxyType(
        {"mitad": "1/2", "tercio": "1/3", "duplic": "x2", "doble": "x2", "triplic": "x3", "triple": "x3"}
        | {"cuarto": "1/4", "cuartos": "1/4"}
        | {"cuadruplic": "x4", "cuádruple": "x4"}
    ),
    out_of_links=("de cada",),
    share_links=words("de del"),
    fractions=words("mitad mitades tercio tercios"),
    multiple_stems=("duplic", "triplic", "cuadruplic", "doble", "triple", "cuádruple"),
    ordinals=ORDINALS,
    half_words=words("medio media"),
    magnitude_shares=MappingProxyType(
        dict.fromkeys(("cuarto", "cuartos"), "1/4")
        | dict.fromkeys(("quinto", "quintos"), "1/5")
        | dict.fromkeys(("octavo", "octavos"), "1/8")
        | dict.fromkeys(("décimo", "décimos"), "1/10")
    ),
    magnitude_share_links=words("de"),
    first_words=words("primero primer"),
    first_ordinals=words("primero primera primer primeros primeras"),
    ordinal_marks=("º", "ª", "er"),  # "3º", "3.ª", "1er", "3.er"
    times_word="veces",
    number_connectors=frozenset({"y"}),  # "treinta y cinco"
    range_links=frozenset({"y", "a", "o"}),
    decimal_words=frozenset({"punto", "coma", "con"}),  # ("dos con cinco", as Chile and Argentina say 2,5)
    tens_connected=True,  # "treinta y cinco mil" 35 000
    minus_words=frozenset({"menos"}),
    # "al menos quince", "por lo menos", "a lo menos" (at least), "más o menos quince" (about), "nada menos", "ni
    # menos", "mucho menos"; "las dos menos cuarto" (a time: after a number)
    not_minus_before=frozenset({"al", "lo", "o", "nada", "ni", "mucho", "poco"}),
    below_words=frozenset({"bajo"}),  # "quince grados bajo cero"
    degree_words=frozenset({"grado", "grados"}),
    celsius_words=frozenset({"celsius", "centígrados", "centigrados"}),
    compound_body_ends=words("quesería lechería cervecería panadería chocolatería destilería"),
    number_multipliers=NUMBER_MULTIPLIERS,
    halves=(("y", "medio"), ("y", "media")),  # "un millón y medio"
    date_words=DATE_WORDS,
    date_variants=DATE_VARIANTS,
    clock_words=words("h horas hrs"),
    clock_parts=MappingProxyType({"media": 30, "cuarto": 15}),
    clock_past=words("y"),
    clock_to=words("menos"),
    clock_names=MappingProxyType({"mediodía": 720, "medianoche": 0}),
    minute_words=words("minuto minutos"),
    day_parts=MappingProxyType(
        {
            **dict.fromkeys(("de la mañana", "de la madrugada", "por la mañana"), 0),
            **dict.fromkeys(("de la tarde", "de la noche", "por la tarde", "por la noche", "esta noche"), 720),
        }
    ),
    hour_openers=("a las", "a la", "hacia las", "hasta las", "desde las", "sobre las"),  # "a las ocho"
    clock_hour_first=True,
    clock_minutes_to=words("para"),  # "cuarto para las siete", as Mexico and the Andes say it
    accent_words=words("él sí tú mí sé dé más aún qué cómo dónde cuándo quién cuál"),
    time_words=words("ayer hoy mañana tarde noche pasado pasada anoche este esta"),
    percent_words=("por ciento",),
    unit_words=MappingProxyType(
        {
            **dict.fromkeys("metro metros".split(), "m"),
            **dict.fromkeys("kilómetro kilómetros".split(), "km"),
            **dict.fromkeys("centímetro centímetros".split(), "cm"),
            **dict.fromkeys("milímetro milímetros".split(), "mm"),
            **dict.fromkeys("kilogramo kilogramos kilo kilos".split(), "kg"),
            **dict.fromkeys("gramo gramos".split(), "g"),
            **dict.fromkeys("litro litros".split(), "l"),
        }
    ),
    rate_words=words("por"),
    rate_units=MappingProxyType(
        {
            **dict.fromkeys("hora horas".split(), "h"),
            **dict.fromkeys("segundo segundos".split(), "s"),
            **dict.fromkeys("minuto minutos".split(), "min"),
        }
    ),
    unit_part_phrases=MappingProxyType(
        dict.fromkeys(("media hora", "una media hora"), "30 minutos")
        | dict.fromkeys(("cuarto de hora", "un cuarto de hora"), "15 minutos")
        | {"tres cuartos de hora": "45 minutos"}
        | dict.fromkeys(("hora y media", "una hora y media"), "90 minutos")
        | dict.fromkeys(("cuarto de kilo", "un cuarto de kilo"), "250 gramos")
        | {"tres cuartos de kilo": "750 gramos"}
    ),
    currency_words=MappingProxyType(
        {"euro": "eur", "euros": "eur", "dólar": "usd", "dólares": "usd", "dolares": "usd"}
        # the peso of any country that has one, which its writers give the sign "$" (match._same_amount); "pso" is
        # no ISO code: the words say no country
        | dict.fromkeys(("peso", "pesos"), "pso")
        # the currencies of Latin America with a sign of letters (normalize._LETTER_SIGNS: "S/", "R$", "Bs", "Q",
        # "₲"); "bls" is the bolívar and the boliviano alike, both written "Bs"
        | dict.fromkeys(("sol", "soles"), "pen")
        | dict.fromkeys(("real", "reales"), "brl")
        | dict.fromkeys(("quetzal", "quetzales"), "gtq")
        | dict.fromkeys(("guaraní", "guaraníes", "guaranís"), "pyg")
        | dict.fromkeys(("bolívar", "bolívares", "boliviano", "bolivianos"), "bls")
        # Central America's and the Caribbean's (the lempira, the colón, the córdoba, the gourde) and the others a
        # Spanish page names after an amount (normalize: "frc" every franco, "rup" every rupia, "shl" every chelín)
        | dict.fromkeys(("lempira", "lempiras"), "hnl")
        | dict.fromkeys(("colón", "colones"), "crc")
        | dict.fromkeys(("córdoba", "córdobas"), "nio")
        | dict.fromkeys(("gourde", "gourdes"), "htg")
        | dict.fromkeys(("franco", "francos", "cfa"), "frc")
        | dict.fromkeys(("rupia", "rupias"), "rup")
        | dict.fromkeys(("chelín", "chelines"), "shl")
        | dict.fromkeys(("naira", "nairas"), "ngn")
        | dict.fromkeys(("cedi", "cedis"), "ghs")
        | dict.fromkeys(("rand", "rands"), "zar")
        | dict.fromkeys(("dinar", "dinares"), "dnr")
        | dict.fromkeys(("dírham", "dírhams", "dirham", "dirhams", "dirhames"), "dhm")
        | dict.fromkeys(("yen", "yenes"), "jpy")
        | dict.fromkeys(("yuan", "yuanes"), "cny")
        # (round 52) the ouguiya of Mauritania, as a Spanish page writes it
        | dict.fromkeys(("uguiya", "uguiyas"), "mru")
    ),
    # Currencies whose name is another word too, read as a currency only after an amount of a thousand or more:
    # Panama's balboa (a name), Botswana's pula, the Turkish lira
    scaled_currency_words=MappingProxyType({"balboa": "pab", "balboas": "pab", "pula": "bwp", "liras": "try"}),
    amount_links=frozenset({"de"}),  # "dos millones de euros"
    cents_words=words("céntimo céntimos centavo centavos"),
    cents_links=frozenset({"con"}),  # "catorce pesos con veinte"
    stopwords=STOPWORDS,
    sung_nouns=words("estribillo himno canción"),
    complement_words=("de", "del"),
    # (adjectives follow their noun: "la plataforma explica:" is a noun and its verb; the cue forms that are nouns or
    # adjectives too: "la nueva pregunta:", "la respuesta precisa:")
    postnominal_adjectives=True,
    cue_noun_forms=words("""
    alerta amenaza comunicado completa cuenta denuncia dicho escrito precisa pregunta protesta queja sentencia suelta
    """),
    question_labels=words("Pregunta P"),
    answer_labels=words("Respuesta R"),
    determiners=DETERMINERS,
    affiliations=AFFILIATIONS,
    fit_generic=words("""
    hombre mujer hombres mujeres persona jefe jefa encargado encargada responsable número uno una cabeza titular
    mandamás fuerte máximo máxima primer primera alto alta viejo vieja nuevo nueva señor señora
    """),
    male_nouns=words("hombre señor caballero muchacho padre hijo hermano tío abuelo viudo"),
    female_nouns=words("mujer señora dama muchacha madre hija hermana tía abuela viuda"),
    office_words=words("""
    funcionari politic legislad diputad senad congres concejal edil regidor alcald intendent gobern minist
    mandatari sindic municip ayuntamient cabildo servidor autoridad represent delegad comisari prefect
    president electo electa designad nombrad consejal consejer asambleist parlament magistrad secretari oficial
    burgomaestr personer sindicatur jefatur
    soldad militar uniform clerig sacerdot cura parroco pastor obisp imam rabino juez cacique caciqu
    soberan sultan emir vice
    """),
    agent_endings=words("ero era ista or ora ario aria dor dora ante"),
    deed_endings=words("dor dora edor edora ador adora idor idora ero era andero andera endero endera ista ante ente"),
    # (whoever comes from a place, in fit_form: "sabinosero" of "Sabinosa", "quemchina" of "Quemchi", "ceibeña" of
    # "La Ceiba", "tarijeño", "chilota", "platense" -> "platens"; roles56)
    origin_endings=words("ero era eno ena ino ina ano ana ens es esa ota"),
    # (a verb's forms an agent noun is not made of, to its stem: "construyó" -> "construct" of "el constructor";
    # roles58)
    deed_forms=MappingProxyType(dict(pair.split(":") for pair in words("""
    construyo:construct construye:construct construido:construct construia:construct construyen:construct
    condujo:conduct conduce:conduct conducia:conduct
    """))),
    deed_nouns=deed_table("""
    enseña enseñaba enseñó enseñado / maestro maestra profesor profesora docente educador educadora; cuida
    cuidaba cuidó / cuidador cuidadora enfermero enfermera; sana sanaba / sanador sanadora curandero curandera;
    cose cosía cosen / costurero costurera modista sastre; maneja manejaba
    conduce conducía / conductor conductora chofer chófer; predic / predicador predicadora; vende vendía venden
    vendió / vendedor vendedora comerciante; cultiv siembr sembr / agricultor agricultora campesino campesina
    sembrador sembradora; bucea buceaba buceó buceaban buceado / buzo buza buceador buceadora; pescaba pescó pescan
    pescaban / pescador pescadora;
    """),
    former_words=words("antiguo antigua antiguos ex ex- jubilado jubilada retirado retirada"),
    # (a past a passage states, and nouns for whoever heads what a complement names; roles57)
    past_words=words("""
    antes hasta durante fue era eran otrora antaño jubilado jubilada retirado retirada
    """),
    office_heads=words("""
    jefe jefa director directora presidente presidenta dirigente responsable titular rector rectora
    comandante mandamás
    """),
    epicene_nouns=words("persona personalidad víctima figura eminencia estrella"),
    domain_families=domain_families("""
    agua aguas hídrico hídrica hidráulico hidráulica embalse presa acueducto riego acequia potable saneamiento
    desaladora;
    ferrocarril ferrocarriles ferroviario ferroviaria tren trenes riel rieles tranvía metro;
    puerto puertos portuario portuaria muelle muelles dársena marítimo marítima naviera capitanía;
    bosque bosques forestal forestales guardabosques guardaparques selva;
    salud sanidad sanitario sanitaria hospital hospitales hospitalario hospitalaria clínica médico médica
    ambulatorio consultorio ambulancia;
    escuela escuelas escolar colegio liceo instituto universidad educación enseñanza maestro maestra docente;
    policía policial comisaría carabinero carabineros gendarmería;
    ejército militar militares soldado cuartel armada naval marina regimiento;
    iglesia iglesias parroquia parroquial diócesis obispado catedral capilla clero mezquita templo sinagoga;
    carretera carreteras vial vialidad caminos autopista puente puentes tránsito;
    bombero bomberos incendio incendios;
    electricidad eléctrico eléctrica energía;
    justicia tribunal tribunales juzgado judicial;
    aviación aeropuerto aeródromo aéreo aérea;
    agricultura agrícola agrícolas agrario agraria ganadería veterinario;
    turismo turistas turístico;
    hacienda fiscal impuestos presupuesto tesoro subvención subvenciones subsidio subsidios ayudas;
    mina minas minería minero cantera;
    aduana aduanas aduanero frontera;
    """),
    class_nouns=CLASS_NOUNS,
    class_roles=CLASS_ROLES,
    # (the seats whose head holds a role: "la jefa del pueblo", "el jefe de la isla" of a mayor; roles58)
    headed_seats=domain_table("""
    alcalde / isla pueblo municipio ayuntamiento alcaldía comuna municipalidad villa
    """),
    domain_roles=domain_table("""
    alcalde / ciudad municipio alcaldía ayuntamiento comuna pueblo cantón villa intendencia municipalidad
    gobernador / provincia gobernación
    """),
    affiliation_nouns=AFFILIATION_NOUNS,
    member_links=("del", "de la", "de los"),
    role_forms=ROLE_FORMS,
    # (a role and what it is the head of, its links passed over: "el jefe del municipio" is the mayor, "la presidenta
    # del tribunal" the judge)
    role_phrases=MappingProxyType(
        {
            "presidente municipal": "alcalde",
            "presidente comunal": "alcalde",
            "jefe municipio": "alcalde",
            "jefe comuna": "alcalde",
            "jefe ayuntamiento": "alcalde",
            # (el jefe de la ciudad en otras palabras: "el primer ejecutivo municipal", "la jefa comunal"; el capitán
            # por la figura del "viejo lobo de mar")
            "jefe municipal": "alcalde",
            "jefe comunal": "alcalde",
            "jefe edilicio": "alcalde",
            "jefe alcaldía": "alcalde",
            "lobo mar": "capitán",
            "presidente tribunal": "juez",
            "representante fiscalía": "fiscal",
        }
    ),
    # (the person in charge of something: its director as much as its head; "el dirigente" is no director)
    role_hypernyms=MappingProxyType(
        {
            "responsable": frozenset({"director"}),
            **dict.fromkeys(
                ("parlamentario", "parlamentaria", "congresista", "legislador", "legisladora"),
                frozenset({"diputado", "senador", "asambleísta"}),
            ),
        }
    ),
    role_verbs=MappingProxyType(
        {
            "preside": "presidente",
            "dirige": "director",
            "entrena": "entrenador",
            "encabeza": "jefe",
            "gerencia": "gerente",
        }
    ),
    role_nouns=ROLE_NOUNS,
    public_roles=words("presidente ministro alcalde candidato jefe diputado senador consejero gobernador"),
    office_nouns=words("edil"),
    company_nouns=words("empresa compañía firma"),
    voice_roles=words("portavoz"),
    officer_roles=words("presidente director jefe secretario coordinador"),
    publication_links=words("en"),
    authored_participles=words(
        "publicado publicada emitido emitida difundido difundida enviado enviada "
        "firmado firmada redactado redactada presentado presentada remitido remitida"
    ),
    agent_links=words("por"),
    source_links=words("desde"),
    contracted_articles=MappingProxyType({"del": "el"}),
    contest_roles=words("vencedor vencedora ganador ganadora vencido vencida perdedor perdedora"),
    saying_phrases=MappingProxyType({"balance": words("hizo hace hacen hicieron hacía hecho haciendo")}),
    body_links=words("de del"),
    definite=("el", "la"),
    plural_definite=("los", "las"),
    definite_genders=MappingProxyType({"el": Gender.MALE, "la": Gender.FEMALE}),
    male_names=MALE_NAMES,
    female_names=FEMALE_NAMES,
    generic_bodies=words(
        "empresa grupo compañía firma organización organismo entidad institución agencia naviera club asociación operador "
        "operadora ong"
    ),
    document_nouns=DOCUMENT_NOUNS,
    document_verbs=(
        "establece", "establecía", "dispone", "disponía", "determina", "determinaba", "señala", "señalaba", "indica",
        "indicaba", "estipula", "estipulaba", "prevé", "preveía", "ordena", "ordenaba", "resuelve", "resolvía",
        "concluye", "concluía", "precisa", "precisaba", "advierte", "advertía", "recomienda", "recomendaba", "prohíbe",
        "prohibía", "reza", "rezaba", "dice", "decía", "sostiene", "sostenía", "afirma", "afirmaba", "subraya",
        "apunta", "apuntaba", "consigna", "consignaba", "detalla", "detallaba", "estima", "estimaba"
    ),  # fmt: skip
    signing_words=words("firmado firmada firmados firmadas firmaron firmaban suscrito suscrita suscritos suscritas"),
    issued_documents=words("declaración carta comunicado escrito"),
    indefinite=words("un una unos unas uno otro otra"),  # ("uno de sus asesores": one of many; "Otro cliente, …,")
    partitives=("uno de", "una de"),
    plural_endings=(("es", ""), ("s", "")),
    articles=words("el la los las un una unos unas del"),
    sung_verbs=words(
        "canta cantan cantaba cantaban cantó cantaron entona entonan entonaba entonaban entonó entonaron corea corean "
        "coreaba coreaban coreó corearon coreando"
    ),
    # (and striking up words together before a colon: "el público entonó al unísono: «¡Feliz cumpleaños!»")
    chant_verbs=words(
        "corea corean coreaba coreaban coreó corearon coreando entona entonan entonaba entonaban entonó entonaron"
    ),
    cry_gerunds=words("gritando coreando voceando clamando"),
    sung_gerunds=words("cantando entonando canturreando tarareando"),
    piece_verbs=words("terminó terminaron termina terminan empezó empezaron entonó entonaron entona entonan"),
    played_verbs=words(
        "toca tocan tocaba tocaban tocó tocaron tocado interpreta interpretan interpretaba interpretó interpretaron "
        "interpretado"
    ),
    male_titles=MALE_TITLES,
    female_titles=FEMALE_TITLES,
    interviewer_roles=words("periodista"),
    answered_clauses=words("cuando"),
    # (with "antes de" and "después de" an infinitive's: its subject is the main clause's)
    time_clauses=("mientras", "antes de que", "después de que", "cuando", "en cuanto", "antes de", "después de"),
    question_topics=words("por sobre si qué cómo cuándo dónde cuánto cuántos cuántas quién"),
    asking_verbs=words(
        "pregunta preguntó preguntaba pregunté preguntamos preguntado preguntada preguntados preguntadas interrogado"
        " interrogada"
    ),
    first_person_marks=words("yo nosotros pregunté preguntamos"),
    family_kin=words("hijo hija hermano hermana padre madre marido esposo esposa compañero compañera novio novia"),
    blood_kin=words("hijo hija hermano hermana padre madre"),
    child_kin=words("hijo hija"),
    parent_kin=words("padre madre"),
    elder_words=words("padre mayor"),
    generation_words=words("padre hijo"),  # "Julián Sanz padre" and "Julián Sanz hijo": two men
    younger_words=words("hijo menor"),
    # (and circles: "el entorno del ministro", "círculos cercanos a la federación")
    source_nouns=words("fuente fuentes entorno círculos"),
    bench_nouns=words("jueces juezas magistrados magistradas"),
    voiceless_nouns=words(
        "corazón estómago tripa vientre conciencia instinto cartel carteles pancarta pancartas letrero inscripción "
        "texto subtítulo subtítulos créditos lema placa pegatina pintada pintadas grafiti"
    ),
    court_nouns=words("tribunal juzgado audiencia"),
    ruling_nouns=words("sentencia fallo"),
    court_seats=("de la", "del", "de"),
    seated_bodies=words("oficina servicio sindicato comité cámara cofradía observatorio"),
    named_institutions=words("residencia asilo"),
    # (the abbreviations of "don" and "doña" that minutes and official texts write: "D. Anselmo Gil", "Dña. Rosa
    # Peña", "D.ª Pilar Villalba"; the rural and Paraguayan "ño" and "ña": "Ña Eladia Benítez"; a priest's "mosén")
    courtesy_titles=words("Sr. Sra. Srta. Señor Señora Don Doña D. Dña. D.ª Dª Ño Ña Mosén"),
    # (forms of address of respect before a first name: the Andes' "Taita" and "Mama", Colombia's "Misiá", the
    # Caribbean's and Central America's "Seño", "Niña" and "Ñor": "Taita Segundo" is Segundo Quishpe)
    # (round 51: the Andes' "Mama" and "Tata", Mexico's "Tata", and everywhere "Tía", "Tío", "Comadre", "Compadre",
    # "Abuelo", "Abuela", "Mamá", "Papá" before a first name: "Mama Justa Condori" is Justa Condori)
    # (round 52, by region: the Quechua "Tayta", "Yaya", "Mamita", "Wayki", "Pana", "Yachak", "Amauta"; the Aymara
    # "Achachila", "Awicha", "Jilata", "Kullaka"; the Mapuche "Lonko", "Machi", "Werken", "Chachay", "Papay",
    # "Lamngen", "Peñi", "Ñaña"; the Guaraní "Karai" (and "Kuña Karai": lexicon ``address_phrases``); the K'iche'
    # "Tat"; the Caribbean's Santería "Padrino", "Madrina", "Babalawo", "Iyalocha"; Puerto Rico's "Misis"; the
    # countryside's "Señá"; Catalonia's "Mossèn", "Senyor", "Senyora"; Brazil's and Galicia's "Dona", "Seu"; the
    # Andes' "Varayoc", "Kuraka", "Curaca")
    address_forms=words(
        "Taita Misiá Seño Ñor Mama Tata Tía Tío Comadre Compadre Abuelo Abuela Mamá Papá Tayta Yaya Mamita Wayki"
        " Pana Yachak Amauta Achachila Awicha Jilata Kullaka Lonko Machi Werken Chachay Papay Lamngen Peñi Ñaña Karai"
        " Tat Padrino Madrina Babalawo Iyalocha Misis Señá Mossèn Senyor Senyora Dona Seu Varayoc Kuraka Curaca"
        # round 53, by region: the orders' "Fray", "Sor", "Madre", "Hermano", "Hermana", "Hno.", "Hna."; Portugal's
        # and Brazil's "Frei", "Soror", "Irmã", "Irmão", "Madre", "Pe."; Mexico's
        # Zapotec and Mixtec "Ta", "Na", "Tata", "Xuaana"; Nahuatl "Tlatoani"; Guatemala's K'iche' and Kaqchikel
        # "Ajq'ij", "Ta'"; the Andes' "Jilaqata", "Mallku", "Kamachiq", "Apu"; Mapuche "Ñidol", "Longko";
        # the Wayuu "Alaüla"; Panama's Guna "Saila", "Sahila"; Colombia's Nasa "Kiwe", and the Pacific
        # coast's "Ño", "Seño"; Cuba's "Compay"; Puerto Rico's "Títi", "Títere"; Catalonia's "Mossèn" (and the
        # Valencian "Mossén"). (Not "Nana", "Mama" alone before a surname, "Apo", "Dom" (a
        # bishop, but "Dom Halloran" in English): given names as often.)
        " Fray Sor Madre Hermano Hermana Frei Soror Irmã Irmão Pe. Ta Na Xuaana Tlatoani Ajq'ij Ta' Jilaqata"
        " Kamachiq Apu Ñidol Longko Alaüla Saila Sahila Kiwe Compay Títi Mossén"
        # round 54, by region: the Yucatec Maya's "Xunáan" (lady), "Yuum" (lord), and the Maya's
        # "Ajaw"; the Nahua's "Tlacatl"; the Rarámuri's "Siríame" (a governor); Equatorial Guinea's Fang "Nnã"
        " Xunáan Xunaan Yuum Ajaw Tlacatl Siríame Nnã"
    ),
    # (Paraguay's "Kuña Karai"; "Su Excelencia", "Su Eminencia", "Su Santidad", "Su Majestad", "Su Alteza", "Su
    # Ilustrísima")
    address_phrases=frozenset(
        (
            "Kuña Karai", "Su Excelencia", "Su Eminencia", "Su Santidad", "Su Majestad", "Su Alteza", "Su Ilustrísima",
            # (round 53: Brazil's and Portugal's municipal offices with their portfolio, Mexico's ejido and
            # community authorities, Guatemala's auxiliary mayors)
            "Secretário de Obras", "Secretária de Obras", "Secretário de Saúde", "Secretária de Saúde",
            "Secretário de Educação", "Secretária de Educação", "Secretário de Agricultura",
            "Secretária de Agricultura",
            "Comisariado Ejidal", "Agente Municipal", "Alcalde Auxiliar", "Alcalde Comunitario", "Juez Comunitario",
            # (round 54: the Maya's elders and their church's keepers, Spain's honours before a courtesy title)
            "Nohoch Tata", "Nojoch Tata", "Nohoch Nah", "Yuum Tat", "Excmo. Sr.", "Excma. Sra.", "Ilmo. Sr.",
            "Ilma. Sra.",
        )
    ),
    # (Su Majestad, Su Alteza Real, Su Excelencia, Su Santidad, Su Alteza, Su Alteza Imperial)
    style_abbreviations=words("S.M. S.A.R. S.E. S.S. S.A. S.A.I. SS.MM."),
    # (round 54: degrees written after a name, as Latin America's and Spain's pages write them)
    # (round 54: patronymics as Spanish writes them: "-óvich", "-évich", "-ovna", "-ivna", the Kazakh "-uly", "-kyzy")
    patronymic_endings=("ovich", "óvich", "evich", "évich", "ovna", "óvna", "evna", "ivna", "uly", "kyzy", "qyzy"),
    honour_letters=words("MSc MBA PhD Ph.D. MPH LL.M. M.Sc. MSP MDP DEA"),
    initials_before_given_names=False,
    married_name_titles=words("señora viuda"),
    decade_nouns=MappingProxyType(
        {
            "cuarentón": 40, "cuarentona": 40, "cincuentón": 50, "cincuentona": 50, "sexagenario": 60,
            "sexagenaria": 60, "septuagenario": 70, "septuagenaria": 70, "octogenario": 80, "octogenaria": 80,
            "nonagenario": 90, "nonagenaria": 90, "centenario": 100, "centenaria": 100
        }
    ),
    byline_words=words("por"),
    # (round 61) los departamentos y plantas de una empresa tras su nombre: "Cervecería del Sur, planta de Arequipa,
    # Recursos Humanos, dijo en una carta" (``Lexicon.department_words``; solo el juez)
    department_words=words("recursos personal comunicación comunicaciones planta fábrica"),
    sub_unit_words=words(
        "dirección delegación unidad departamento área oficina sección gerencia subdirección coordinación jefatura "
        "división subgerencia regional secretaría subsecretaría intendencia agencia sede centro programa "
        "superintendencia servicio "
        # (round 53: a district's, a zone's or a port's office, the forces' posts, a company's branches)
        "zona región distrito seccional filial sucursal subdelegación demarcación jurisdicción residencia brigada "
        "comandancia comisaría compañía puesto destacamento estación negociado zonal capítulo subjefatura "
        "representación dependencia "
        # (round 54: a port's captaincy, a council's portfolios, the forces' bases, a body's own commissions:
        # "Capitanía de Puerto de Progreso", "Concejalía de Medio Ambiente", "Retén de Carabineros")
        "capitanía vocalía consejería concejalía regiduría base cuartel batallón regimiento escuadrón patrulla "
        "retén comisión observatorio laboratorio prefectura subprefectura subsede sala departamental provincial "
        # (round 55: Colombia's territorial offices and police quadrants, every region's nodes, teams, groups and
        # posts: "Territorial Norte", "Subregional Urabá", "Cuadrante 12", "Grupo de Gestión del Riesgo")
        "territorial subregional grupo equipo nodo núcleo sector cuadrante circuito comando inspección "
        "corregiduría subestación guarnición agrupación subcomisión comité subcomité oficialía receptoría "
        "subzona subsección subdistrito microrregión "
        # (round 63: a ministry's vice-ministries, as Latin America's ministries are divided: "Viceministerio de
        # Recursos Costeros y Marinos")
        "viceministerio"
    ),
    association_nouns=words(
        "asociación agrupación cofradía hermandad comparsa murga peña banda coro orfeón rondalla estudiantina "
        "cuadrilla club sociedad sindicato gremio unión federación liga cooperativa colectivo comité grupo "
        "conjunto orquesta congregación parroquia mutual junta comunidad equipo tribu clan familia clase "
        "promoción generación escuadra patrulla batucada tuna "
        # (round 55: a forum, a network or an alliance of people: "Foro de Usuarios del Lago Titicaca")
        "foro red alianza coalición asamblea movimiento plataforma consorcio"
    ),
    channel_links=(
        "por medio de", "por medio del", "a través de", "a través del", "mediante", "por conducto de",
        "por conducto del", "por intermedio de", "por intermedio del", "vía", "por vía de", "por vía del", "desde",
    ),
    organisation_words=ORGANISATION_WORDS,
    place_words=PLACE_WORDS,
    legal_forms=LEGAL_FORMS,
    lower_body_parts=True,
    body_adjectives=words("""
    nacional regional municipal provincial departamental federal internacional mundial central general local vecinal
    europea europeo estatal autonómica autonómico
    ambiental sanitario sanitaria marítimo marítima portuario portuaria territorial distrital metropolitano
    metropolitana hidrográfico hidrográfica forestal agrario agraria electoral fiscal tributario tributaria aduanero
    aduanera penitenciario penitenciaria judicial nuclear meteorológico meteorológica consular universitario
    universitaria escolar técnico técnica científico científica policial militar parlamentario parlamentaria
    gubernamental administrativo administrativa financiero financiera minero minera pesquero pesquera agropecuario
    agropecuaria rural urbano urbana comunal cantonal parroquial insular económico económica
    """),
    demonym_endings=("ense",),  # (not "-ano", "-eño", "-és": "gana", "enseña", "expresa" are verbs)
    name_particles=NAME_PARTICLES,
    not_names=NOT_NAMES,
    prepositions=PREPOSITIONS,
    abbreviations=ABBREVIATIONS,
    # (abbreviated titles before a name, no sentence's end: hermano, hermana, fray, presbítero, monseñor, general,
    # coronel, teniente, sargento, licenciado, ingeniero, arquitecto, profesora, presidente, presidenta,
    # excelentísimo, ilustrísimo, capitán)
    title_abbreviations=words(
        "Hno Hna Fr Pbro Mons Gral Cnel Tte Sgto Lic Ing Arq Profa Pdte Pdta Excmo Excma Ilmo Ilma Cap Cmdte Cte Tcnel"
        " Subof Abg Abog Mtro Mtra Psic Dip Dra"
        # (round 53: licenciada, licenciado, economista, abogado, odontólogo, enfermera, geólogo, biólogo, agrónomo,
        # reverendo, reverenda, padre (Portuguese), the orders' sor)
        " Licda Licdo Lcdo Lcda Econ Ab Odont Enf Geól Biól Agrón Rvdo Rvda Rdo Pe"
        # (round 54: the courtesy titles a chain of honours ends on, "Ilma. Sra. Dña. Purificación Mangue Ela")
        " Sra Srta Dña"
        # (round 58: magíster, as Panama and Central America abbreviate it)
        " Mgtr Mgter"
    ),
    pro_drop=True,
    sequence_words=words("""
    más mucho tarde poco después antes luego entonces ayer anoche al final finalmente por fin rato instantes minutos
    horas días semanas meses años siguiente seguida
    """),
    aspect_verbs=(
        "volvió a", "vuelve a", "volvía a", "acabó por", "acaba por", "terminó por", "termina por", "empezó a",
        "empieza a", "comenzó a", "comienza a", "pasó a", "pasa a", "se puso a", "se pone a",
    ),
    double_surnames=True,
    dialogue_dashes=True,
    deed_credits=("dicho esto", "dicho eso", "dicho lo cual"),  # ("Dicho esto, la alcaldesa Ana Ruiz tomó la pala.")
    back_credits=(
        # (what the words were, and whose: "Esa fue la respuesta de Ernestina Catalán, …")
        "esa fue la respuesta de", "esta fue la respuesta de", "esa es la respuesta de", "esa fue la reacción de",
        "esa fue la queja de", "esa es la queja de", "esa fue la advertencia de", "tal fue la respuesta de",
        "era",
        "fue",
        "esas fueron las palabras de",
        "esas son las palabras de",
        "son palabras de",
        "fueron palabras de",
        "esa cita de",
        "esa frase de",
        # (who speaks so, or opened with the words: "Quien habla así es Marta Ruiz, …", "Con estas palabras abrió la
        # sesión la alcaldesa, Marta Ruiz.")
        "quien habla así es", "quien así habla es", "con estas palabras", "con esas palabras",
        # (a correction's: "… atribuía las palabras «…» a una portavoz. Las pronunció …")
        "las pronunció",
        "las dijo",
        "fueron pronunciadas por",
        "fueron dichas por",
        # (of one saying: "… la frase «…» fue atribuida por error a X. La pronunció Y.")
        "la pronunció",
        "la dijo",
        "fue pronunciada por",
        "fue dicha por",
        # ("… la frase «…» se atribuyó a X. La frase es de su hija, Y.")
        "la frase es de",
        # (what the words were, and from whom they came: "La oferta vino de Tomás Urquiza, de 16 años, …")
        "la oferta vino de", "la frase vino de", "las palabras vinieron de", "el comentario vino de",
        "la advertencia vino de", "la frase fue de", "el comentario es de",
        "la cita es de",
        "las palabras son de",
        "esas palabras son de", "estas palabras son de", "esas palabras fueron de", "estas palabras fueron de",
        "estas fueron las palabras de",
        # ("Quien lo dijo fue el gerente de la cooperativa, Rodolfo Quesada Arias, …")
        "quien lo dijo fue", "quien lo dijo es",
        # (who says it, in the present: "Quien lo dice es la ganadora, Begoña Ruiz, …")
        "quien lo dice es", "quien así lo dice es", "el que lo dice es", "la que lo dice es", "quien dice esto es",
        "quien habla es", "la que habla es", "el que habla es",
        "quien las dijo fue", "quien la dijo fue", "quien las pronunció fue",
        "el que lo dijo fue", "la que lo dijo fue",
    ),
    pause_verbs=(
        "esperó", "espera", "dejó", "deja", "hizo una pausa", "hace una pausa", "se detuvo", "se detiene", "mostró",
        "muestra",
    ),
    said_verb="dijo",
    # ("Así lo contó Marta Ruiz.", "Así es como lo resumió la capitana, Marta Ruiz.", "De esta manera lo explicó …")
    answer_frames=("esa es", "esa fue", "ésa es", "ésa fue", "esta es", "esta fue", "tal fue", "tal es"),
    answer_nouns=words(
        "respuesta respuestas contestación explicación explicaciones justificación comentario reacción réplica"
    ),
    # (the verb of an answer's coming after whose it is: "La réplica del viejo basquetbolista llegó enseguida:")
    answer_verbs=words("llegó llega vino viene siguió sigue fue es cayó cae"),
    # (frames58: a quote's frame that credits a description; see Lexicon.credit_prepositions)
    credit_prepositions=(
        "para", "según", "a juicio de", "en opinión de", "a decir de", "en palabras de", "a ojos de"
    ),
    spoken_prepositions=("a",),
    word_nouns=words("palabras palabra frase convicción opinión parecer"),
    credit_pointers=("así", "así lo", "lo", "eso", "tal"),
    view_verbs=words("piensa pensaba ve veía resume resumía resumió opina opinaba cree creía repetir repite"),
    oblique_articles=MappingProxyType({"del": "el", "al": "el"}),
    back_cues=(
        # (the longer first: the first opener the sentence starts with is read)
        "así es como lo", "así fue como lo", "así es como", "así fue como", "de esta manera lo", "de este modo lo",
        "así lo", "eso lo", "eso", "esto", "así",
        # (the words as the object pronoun before the verb and its subject: "Lo dice Rosario Techera, tambera …")
        "lo",
    ),
    # ("No lo dijo el seremi …, ni la alcaldesa …, sino …", "No fue el alcalde quien lo dijo, sino …")
    denied_credits=("no lo", "no la", "no las", "no los", "no fue", "no era"),
    contrast_words=("sino",),
    credit_labels=("foto", "fotos", "fotografía", "imagen", "imágenes"),
    furniture_lines=("publicidad", "continúa después de la publicidad", "sigue leyendo después de la publicidad"),
    caption_labels=(
        "foto", "fotos", "fotografía", "imagen", "imágenes", "vídeo", "video", "audio", "ilustración", "pie de foto",
        "crédito", "créditos", "fuente", "fuentes", "actualización", "actualizado", "corrección", "nota", "publicado",
        "compartir", "contacto", "contacto de prensa", "foto de archivo",
    ),
    rail_labels=(
        "te puede interesar", "también te puede interesar", "le puede interesar", "puede interesarte", "lee también",
        "lea también", "leer también", "lee más", "leer más", "puedes ver", "mira", "mira también", "ver también",
        "noticias relacionadas", "relacionadas", "relacionado", "artículo anterior", "artículo siguiente",
        "lo más leído", "más leídas", "te recomendamos",
    ),
    ad_labels=("publicidad", "contenido patrocinado", "patrocinado"),
    subscribe_calls=("suscríbete", "suscríbase"),
    uttering_openers=("con un", "con una", "con un último"),
    dialect_articles=words("er o os sa ses"),
    naming_manners=words(
        "cariñosamente afectuosamente tiernamente familiarmente respetuosamente burlonamente cariño"
    ),
    naming_verbs=words(
        "supuesto supuesta supuestos supuestas llaman llama llamó llamaba llamaban apodan apodó apodaba denominan "
        "bautizado bautizada bautizados bautizadas rebautizado rebautizada rebautizados rebautizadas"
    ),  # "lo que muchos llaman «...»": a term, not speech
    # (round 61: the many who call a thing by its common name; a place's people are written in lower case)
    naming_subjects=words("todos vecinos lugareños habitantes gente"),
    term_clause_relatives=("lo que",),
    term_links=words("como de"),
    said_what=("lo que",),
    naming_phrases=frozenset(
        f"{pronoun} {verb}" for pronoun in ("le", "les") for verb in ("dicen", "decían", "dice", "decía", "dijeron")
    ),
    subject_pronouns=("él", "ella", "ellos", "ellas", "nosotros", "yo"),
    # ("desde" and "hasta" open a clause only with "que": "Desde el hospital, relató:" is a place)
    subordinators=words("si que cuando porque aunque mientras después antes como"),
    condition_words=words("si"),
    conformative_words=words("como"),
    phrasing_verbs=words("formuló formula expresó expresa puso pone resumió resume definió define"),
    phrasing_objects=words("lo"),
    fronted_adverbs=words("luego después entonces finalmente"),
    viewpoint_words=words("para según"),
    topic_prepositions=words("sobre"),
    comparison_words=words("que"),
    deed_agents=MappingProxyType(
        {
            **dict.fromkeys(("ganó", "gana", "ha ganado"), ("ganador", "ganadora")),
            **dict.fromkeys(("fundó", "ha fundado"), ("fundador", "fundadora")),
            # (quien cultiva es el agricultor, quien entrena el entrenador)
            **dict.fromkeys(("cultiva", "cultivaba"), ("agricultora", "agricultor")),
            **dict.fromkeys(("entrena", "entrenaba"), ("entrenadora", "entrenador")),
            **parent_deeds(
                "tiene",
                """
                un / hijo
                una / hija
                dos tres cuatro cinco seis / hijos hijas
                """,
                ("madre", "padre"),
            ),
            # (who heads a group, a platform or a movement is what the article calls its head and its voice next: "X
            # encabeza la plataforma …. La portavoz de la plataforma añadió:"; a holder named with the role comes first)
            **dict.fromkeys(
                ("encabeza", "encabezó", "lidera", "lideró", "preside", "presidió", "coordina", "coordinó"),
                ("líder", "presidente", "presidenta", "coordinador", "coordinadora", "portavoz", "responsable"),
            ),
        }
    ),
    heading_deeds=words("encabeza encabezó lidera lideró preside presidió coordina coordinó"),
    agent_nouns=AGENT_NOUNS,
    agent_link="por",
    passive_auxiliaries=words("fue fueron es son sido"),
    outlet_verbs=words("publicó publica"),
    # agent nouns for a woman: "una lectora", "la jugadora", "una espectadora", "la actriz"
    feminine_endings=("dora", "tora", "sora", "triz"),
    person_endings=(
        "ólogo", "óloga", "ista", "dor", "dora", "tor", "tora", "sor", "sora", "triz", "ente", "enta", "ante"
    ),  # fmt: skip
    # (nouns for a job by their ending: bibliotecaria, funcionario, veterinaria, notario, florista, archivista,
    # vulcanóloga; not "-dor", "-ero": Salvador, Homero)
    role_endings=("ario", "aria", "ista", "ólogo", "óloga"),
    role_links=("como",),
    role_predicates=("es", "era", "y es", "y era"),
    trainee_nouns=words("aprendiz aprendiza becario becaria pasante practicante"),
    costume_nouns=words("disfraz traje"),
    known_as_verbs=words(
        "conoce conocen conocía conocían conocido conocida conocidos conocidas vende venden vendía vendían vendido "
        "vendida vendidos vendidas comercializa comercializan comercializado comercializada"
    ),
    nickname_words=words("alias apodado apodada apodados apodadas"),
    # (short forms of Mexico's, Central America's and the Andes' given names the letters do not show: "la Cuca" of
    # Refugio, "el Chencho" of Crescencio; shown ones need none: "la Lupe" of Guadalupe, "txu Tina" of Florentina)
    hypocoristics=MappingProxyType(
        {
            short: frozenset(words(given))
            for short, given in {
                "cuca": "refugio", "chencho": "crescencio inocencio", "pepe": "josé", "chepe": "josé",
                "paco": "francisco", "pancho": "francisco", "curro": "francisco", "nacho": "ignacio",
                "chucho": "jesús", "chuy": "jesús", "chelo": "consuelo", "lola": "dolores", "lalo": "eduardo",
                "memo": "guillermo", "toño": "antonio", "beto": "alberto roberto humberto", "quique": "enrique",
                "charo": "rosario", "chayo": "rosario", "cholo": "marcelino", "goyo": "gregorio", "licha": "alicia",
                # (round 58: the "ch" Spanish and Aragonese pet names put for the name's "s", "j" or "c": Chabela of
                # Isabel, Chuse of José (Aragonese), Chon of Asunción and Encarnación, Moncho of Ramón; Merche, Concha)
                "chabela": "isabel", "chavela": "isabel", "chuse": "josé", "chusé": "josé",
                "chon": "asunción encarnación", "moncho": "ramón", "merche": "mercedes", "concha": "concepción",
                "conchita": "concepción",
            }.items()
        }
    ),
    # (round 54: "le dicen Tata Cleto": how the Americas say what people call someone)
    calling_verbs=words("llama llaman llamaba llamaban apoda apodan apodaba apodaban dicen decían"),
    nickname_adverbs=words("simplemente solo sólo nomás"),
    place_prepositions=words("en desde hacia"),
    nickname_pronouns=MappingProxyType({"lo": "m", "él": "m", "la": "f", "ella": "f", "le": ""}),
    object_relatives=words("que"),
    nickname_relatives=words("quien que"),
    naming_words=words("llamado llamada apodado apodada bautizado bautizada"),
    talk_verbs=words("habla hablan hablaba hablaban hablará hablarán"),
    talk_prepositions=frozenset(("de", "del")),
    talk_subjects=frozenset(("se", "todos", "todas", "mundo", "gente", "vecinos")),  # ("todo el mundo", "la gente")
    name_predicates=frozenset(
        (
            "se llama", "se llamaba", "se llaman", "se llamaban", "se llamará", "se denomina", "se denominaba",
            "lleva el nombre de", "llevaba el nombre de", "lleva por nombre", "recibe el nombre de",
            "recibió el nombre de", "bajo el nombre de", "con el nombre de", "se titula", "se titulaba",
        )
    ),
    post_verbs=words("escribió escribe publicó publica tuiteó tuitea posteó postea respondió compartió comparte"),
    post_nouns=words("publicación mensaje post tuit"),
    account_nouns=words("cuenta perfil canal"),
    title_nouns=words("nombre título apodo mote"),
    title_copulas=words("es era fue"),
    known_as_phrases=frozenset(
        (
            "conocida como",
            "conocida solo como",
            "conocido como",
            "conocido solo como",
            "identificada como",
            "identificado como",
        )
    ),
    name_nouns=words("nombre"),
    seat_nouns=words("sede oficinas"),
    # (round 57) places whose epithet a naming verb gives: ``Lexicon.place_nouns``
    place_nouns=words(
        "lugar sitio rincón pueblo ciudad isla país fin mundo tierra capital puerta corazón perla techo cuna "
        "valle costa región"
    ),
    thing_nouns=words(
        "calle avenida plaza paseo puente puerto estación estadio polideportivo colegio escuela instituto hospital "
        "barco buque velero pesquero ferry caballo perro gato café restaurante hotel bar mesón molino granja finca "
        "teatro cine capilla iglesia parque jardín barrio colonia vecindario urbanización fraccionamiento "
        # (a feature of the land or the sea before its name: "al archipiélago Juan Fernández", "el río Mayo";
        # roles58, address58)
        "archipiélago isla islas islote cerro volcán río lago laguna bahía península cabo playa monte sierra caleta "
        "estero quebrada ensenada valle "
        # (a unit of the land before its name, no body's: "del estado Delta Amacuro", "el municipio Tucupita")
        "estado provincia departamento municipio comuna cantón parroquia distrito"
    ),
    case_nouns=words("caso"),
    cue_adverbs=words(
        "ha han había habían habría habrían hubo también luego además después ya siempre nunca lo la le les se me nos"
    ),
    subject_tails=words("después luego finalmente mismo misma mismos mismas"),
    # Quoted words after these name a work, a plan or an event: "la asamblea «Mercado Vivo»".
    translation_words=words("traducido traducida traducción título español castellano inglés alemán francés"),
    work_nouns=words("""
    libro antología novela película documental informe programa plan proyecto campaña lema eslogan título titulado
    titulada llamado llamada denominado denominada bautizado bautizada asamblea jornada festival exposición
    serie canción disco revista periódico pódcast estribillo himno pancarta pancartas cartel carteles
    modelo producto marca
    memorias autobiografía biografía ensayo poemario poema álbum podcast canal episodio villancico
    dvd
    """),
    noun_endings=("es", "s"),
    # (with the Galician and Catalan names the Spanish press quotes: "A Pedra do Demo", "Festa dels Reis")
    title_small_words=words("de del la las el los y e o u a al en con por para sin do da dos das dels i"),
    inscription_verbs=words("reza rezaba leía leían"),  # ("«…», se leía en una pancarta")
    print_participles=words("""
    impreso impresa impresos impresas estampado estampada estampados estampadas pintado pintada pintados pintadas
    grabado grabada grabados grabadas bordado bordada bordados bordadas
    """),
    surface_prepositions=words("en sobre"),
    term_nouns=words("términos palabras expresiones conceptos vocablos"),
    example_links=("como", "tales como", "como por ejemplo"),
    name_for_nouns=words("nombre nombres"),
    name_for_links=words("para"),
    phrase_nouns=words("lema lemas eslogan eslóganes consigna hashtag dicho refrán proverbio adagio apodo apodos mote")
    | {"grito de guerra", "grito de batalla"},
    speech_events=words("entrevista discurso alocución podcast programa conferencia comparecencia audiencia homilía"),
    saying_nouns=words("""
    advertencia advertencias aviso promesa promesas llamamiento petición amenaza amenazas declaración frase palabras
    compromiso súplica disculpa cita veredicto conclusión comentario consejo reacción opinión
    """),
    owner_links=("es de", "es del", "son de", "son del", "era de", "era del", "fue de", "fue del", "pertenece a",
                 "pertenece al"),
    attributing_verbs=words("atribuir atribuye atribuyó atribuía atribuimos atribuido atribuida atribuidos atribuidas"),
    indefinite_people=words("alguien"),
    demonstratives=demonstrative_table(
        former_m="el primero, aquel, aquél",
        former_f="la primera, aquella, aquélla",
        latter_m="el segundo, el último, este último, éste último, este, éste",
        latter_f="la segunda, la última, esta última, ésta última, esta, ésta",
    ),
    demonstrative_determiners=words("dicho dicha este esta ese esa aquel aquella"),
    crowd_nouns=words("público multitud gente afición grada"),
    quantifiers=words("algunos algunas varios varias muchos muchas"),
    plural_verb_endings=("n",),  # (dijeron, gritaban, piden: every third person plural; no singular ends so)
    possessives=words("mi mis tu tus su sus nuestro nuestra nuestros nuestras vuestro vuestra"),
    withheld_name_phrases=(
        "anonimato", "anónimo", "anónima", "no ser identificado", "no ser identificada", "no ser nombrado",
        "no ser nombrada", "no dar su nombre",
        # (a refusal to give it: "Un monitor de esquí, que se negó a dar su nombre, …", "que no quiso dar su nombre")
        "negó a dar su nombre", "quiso dar su nombre", "sin dar su nombre",
        "no revelar su nombre", "su nombre no", "omitir su nombre",
        # (un nombre que no se quiere ver impreso: «que no quiso que publicaran su nombre»)
        "publicaran su nombre", "publicara su nombre", "publique su nombre", "su nombre en el periódico",
        "reservar su nombre", "autorizado a hablar", "autorizada a hablar", "autorizado para hablar",
        "autorizada para hablar", "autorizado a declarar", "autorizada a declarar",
    ),
    name_relatives=("cuyo nombre", "cuya identidad"),
    together_words=words("juntos juntas conjuntamente ambos ambas"),
    plural_articles=words("los las os as"),  # (with the Galician "os", "as": "Ledo e os seus veciños")
    other_words=words("otros otras demás"),
    group_parts=words("mitad medio media todo toda resto"),
    accompanying_links=("junto con", "junto a", "acompañado de", "acompañada de", "acompañado por", "acompañada por"),
    # (and the contracted prepositions of Galician a Spanish page quotes: "e os seus amigos de Ribadeo ao final")
    compound_prepositions=words(
        "frente delante detrás junto cerca encima debajo alrededor enfrente dentro fuera lejos ao aos á ás polo pola"
    ),
    collective_nouns=words("familia equipo tripulación banda coro orquesta comparsa club gente cuadrilla peña"),
    chorus_phrases=(
        "al unísono", "a coro", "a una voz", "con una sola voz", "dijeron juntos", "dijeron juntas", "dicen juntos",
        "dicen juntas", "responden juntos", "respondieron juntos", "dicen ambos", "dijeron ambos", "dicen ambas",
        "dijeron ambas", "a una sola voz", "a una misma voz", "con una misma voz", "con una voz",
    ),
    # (the forces' ranks and units: "The deputy mayor, Col Reardon," is no colonel)
    # (títulos que son también nombres de pila: "el espectador Pastor Iglesias" es Pastor Iglesias)
    title_given_names=words("pastor rey reina"),
    presentational_verbs=words("estaba está estuvo llegó llega vino viene apareció esperaba espera vivía vive"),
    forces_words=words(
        "general coronel teniente capitán comandante sargento cabo almirante ejército militar regimiento batallón "
        "brigada "
        "cuartel tropas soldado soldada oficial armada"
    ),
    own_possessives=words("mi mis nuestro nuestra nuestros nuestras"),
    person_relatives=words("quien quienes"),
    owner_possessives={"su": ""},
    sign_nouns=words(
        "pancarta pancartas cartel carteles letrero letreros rótulo rótulos placa camiseta pizarra leyenda inscripción "
        "pegatina pegatinas calcomanía calcomanías chapa chapas"
    ),
    telling_verbs=words("cuenta cuentan contaba contaban contó contado"),
    voice_phrases=("por boca de", "en boca de", "en la persona de", "por medio de"),
    going_on_verbs=words("añadió añade agregó agrega prosiguió continuó"),
    # ("«…», se apuró a decir Quiroga.", "«…», ha zanjado la pescadora.")
    tag_verb_first=True,
    tag_subject_first=True,
    tag_verb_helpers=words("se ha había a de"),
    # ("«…», puso sobre la mesa la patrona.", "«…», hizo hincapié en la cifra X", "«…», dejó en claro X")
    tag_complement_links=words("de en sobre a por"),
    collective_addressees=words("todos todas amigos amigas vecinos vecinas"),
    salutations=(
        "estimado", "estimada", "estimados", "estimadas", "querido", "querida", "queridos", "queridas", "señor", "señora",
        "hola",
    ),
    hearing_verbs=words("escuchaba escuchaban escuchó escucharon escucha escuchan oía oían oyó oyeron oye oyen"),
    heard_from_links=words("de del a al"),
    translating_verbs=words("tradujo tradujeron traduce traducen traducía traducían traducido traduciendo interpretó"),
    narrator_labels=frozenset(
        ("locutor", "locutora", "voz en off", "voz off", "off", "narrador", "narradora", "reportero", "reportera")
    ),
    public_labels=words("oyente radioescucha televidente"),
    host_labels=words("conductor conductora presentador presentadora locutor locutora moderador moderadora"),
    broadcast_roles=words(
        "oyente radioescucha televidente locutor locutora presentador presentadora invitado invitada"
    ),
    birth_name_words=words("nacida nacido soltera"),
    read_out_phrases=("en voz alta", "lo leyó", "la leyó", "dio lectura"),
    reading_verbs=words("leyó lee leía leyendo leído"),
    receiving_verbs=words("recibió recibieron recibe recibía recibido"),
    text_verbs=words("reza rezaba rezan rezaban"),
    author_links=("en nombre de", "en nombre del", "de", "del"),
    # (las palabras de una cartera entre el cargo y el nombre: «la consejera de Sanidad Ana Ruiz», «el ministro de
    # Asuntos Exteriores José Manuel Albar», «la ministra de Trabajo Yolanda Díaz»)
    portfolio_words=words(
        "sanidad salud economía hacienda trabajo educación universidades justicia defensa interior cultura asuntos "
        "exteriores vivienda transportes agricultura pesca alimentación industria turismo comercio energía empleo "
        "igualdad juventud deportes ciencia innovación medio ambiente infraestructuras presidencia fomento bienestar "
        "familia familias"
    ),
    behalf_phrases=("en su nombre", "en su representación", "de su parte", "en su sustitución"),
    place_phrases=("en su lugar",),
    # ("resume una de ellas, Marta Ruiz", "dijo uno de ellos, Tomás Urquiza")
    one_of_openers=("una de ellas", "uno de ellos", "una de nosotras", "uno de nosotros"),
    # (Galician articles, Catalan personal articles, Balearic "es"/"sa"; Catalan periphrastic past "va dir": "«…», dixo
    # o criador Xosé Ledo", "va dir en Toni Pons", "va explicar na Maria Pons", "va dir es batle")
    regional_cue_verbs=REGIONAL_CUE_VERBS | words("explicar afegir assegurar comentar respondre declarar preguntar"),
    regional_articles=words("o a os as en na n' es sa el la l'"),
    regional_auxiliaries=words("va van"),
    # ("«…» El camionero que habla así se llama Tomás Urquiza."; "«…» Marta Ruiz, que lo dice, …")
    speaking_so=(
        "que habla así", "que así habla", "que lo dice", "que así lo dice", "que dice esto", "que dice eso",
        "que lo cuenta", "que así lo cuenta", "que lo contó", "que lo dijo", "quien habla así", "quien así habla",
        "quien lo dice", "quien lo dijo", "quien lo cuenta",
    ),
    described_speakers=(
        "el hombre", "la mujer", "la persona", "la joven", "el joven", "la señora", "el señor", "la chica", "el chico",
        "la anciana", "el anciano", "la voz",
        # (whoever said so, a clause of any verb: "Quien más protestó fue …"; a pronoun: "Ella es Rosa Quispe")
        "quien", "ella", "él",
    ),
    words_references=(
        "eso", "esto", "así", "al decirlo", "al decir esto", "al decir eso", "esas palabras", "estas palabras",
        "la frase", "esa frase", "esta frase",
    ),
    words_nouns=words("frase palabras advertencia broma recuerdo chiste"),
    # (a heading over quotes: "Quotes from Dr Whitcombe", labels61)
    quote_heading_nouns=words("citas cita declaraciones frases palabras voces"),
    words_demonstratives=words("""
    este esta estos estas ese esa esos esas aquel aquella aquellos aquellas dicho dicha dichos dichas
    """),
    speaker_questions=("¿quién habla?", "¿quién habla así?", "¿quién lo dice?", "¿quién lo dijo?", "¿quién dice eso?"),
    cleft_openers=("es", "fue", "era"),
    naming_links=("se llama", "se llamaba", "es", "era", "fue"),
    self_words=words("sí mismo misma mismos mismas mí"),
    behalf_links=(
        "a nombre de", "a nombre del", "en nombre de", "en nombre del", "en representación de", "en representación del",
        "de parte de", "de parte del", "hablando por", "habló por", "habla por", "hablaba por",
        "en lugar de", "en lugar del", "en vez de", "en vez del", "en sustitución de", "en sustitución del",
    ),
    # («Su vocero, Alán Guerrero, leyó un mensaje suyo:», «transmitió el mensaje de la alcaldesa»)
    relaying_verbs=words(
        "leyó lee leía leer transmitió transmite transmitir trasladó traslada trasladar presentó presenta presentar "
        "leído leída transmitido transmitida trasladado trasladada"
    ),
    message_nouns=words(
        "mensaje palabras declaración carta discurso saludo comunicado texto saludos felicitaciones felicitación "
        "agradecimiento condolencias pésame testimonio disculpa disculpas"
    ),
    postposed_possessives=words("suyo suya suyos suyas"),
    name_given_phrases=(
        "se identificó solo como", "se identificó sólo como", "se identificó como", "dio solo su nombre de pila",
        "solo dio su nombre de pila", "solo quiso dar su nombre de pila",
    ),  # fmt: skip
    continuation_cues=("y", "y además", "además", "y más", "y también", "y luego"),
    repetition_adverbs=("otra vez", "de nuevo", "una vez más", "nuevamente"),
    control_verbs=words("pulse pulsa pulsar pulsado presione presiona presionar clic clica clique toque"),
    gerund_endings=("ando", "iendo", "ándose", "iéndose"),  # (with a pronoun: "frotándose")
    reflexive_pronouns=words("se"),
    object_clitics=words("se lo la los las le les me te nos os"),
    finite_endings=("ó", "aron", "ieron"),  # (the preterite's third persons: "ganó", "ganaron", "vinieron")
    present_singular_endings=("a", "e"),  # ("enseña", "tiene": the present of "-ar" verbs, and of "-er", "-ir")
    group_nouns=words("vecinos vecinas"),  # (as en "neighbours": "los vecinos gritaban: «¡…!»" names no one)
    relative_pronouns=words("quien quienes cuyo cuya cuyos cuyas cual cuales"),
    comma_relatives=words("que"),
    addressee_prepositions=words("a"),
    addressee_articles=frozenset(("al",)),
    addressee_phrases=frozenset((
        "en declaraciones a", "en declaraciones al", "en entrevista con", "en una entrevista con",
        "en entrevista a", "en una entrevista a", "en diálogo con", "en conversación con", "consultado por",
        "consultada por", "consultados por", "entrevistado por", "entrevistada por", "ante los micrófonos de",
        "a los micrófonos de", "en declaraciones radiales a",
    )),
    clause_words=words(
        "a al de del en con por para sobre y o pero que quien cual es era son fue ha han ante desde hasta hacia tras "
        "durante según contra entre sin"
    ),
    adverb_suffix="mente",  # "dijo simplemente"
    variety_negations=VARIETY_NEGATIONS,
)
