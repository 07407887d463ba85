#!/usr/bin/env python3
"""Builds the quote stage's lexicons: Resources/lexicons/quotes/<lang>.tsv, one `KIND<TAB>FORM`
line each (README.md beside them lists the kinds).

Cue verbs: the project's base lemma lists below (written for Newsdesk: verbs of saying, stating,
reporting and believing as news attributes them), expanded to every inflected form that
spacy-lookups-data's lemma table maps to one of them (the table is form -> lemma; it is inverted
here). The infinitive itself is left out where it differs from every finite form (fr, es, it,
pt): "a voulu déclarer" attributes nothing yet. The other kinds (source phrases, complementizers,
pronouns, determiners, words skipped between a speaker and its verb, prepositions inside a role,
French inverted-pronoun endings) are the project's own short lists.

usage: build-quote-lexicon.py OUTPUT_DIR   (run by scripts/build-quote-lexicon.sh)
"""
import gzip, json, os, sys

import spacy_lookups_data

LANGUAGES = ["en", "fr", "de", "es", "it", "pt"]

CUE_LEMMAS = {
    "en": """say tell add explain estimate warn insist recall stress announce indicate deny confirm claim argue ask
        reply acknowledge underline believe state declare note write report suggest predict promise vow pledge
        admit concede agree complain urge call describe assert contend maintain point observe remark comment
        tweet post answer respond reveal disclose testify mention emphasize emphasise caution accuse charge
        allege criticize criticise praise conclude think feel fear hope expect worry cite quote recount
        reiterate repeat demand propose counter retort joke boast brag lament concede signal hint threaten
        estimate forecast show find speak talk inform want plan support oppose seek refuse demand doubt
        question welcome blame dismiss reject attack defend slam mock label describe urge blast decline
        know vow intend chant shout sing liken dub""",
    "fr": """dire déclarer affirmer ajouter expliquer estimer avertir insister rappeler souligner annoncer indiquer
        démentir nier confirmer assurer soutenir arguer demander répondre reconnaître croire préciser
        écrire noter constater prévenir promettre admettre avouer regretter dénoncer déplorer critiquer
        juger considérer penser observer relever remarquer commenter lancer répliquer rétorquer poursuivre
        conclure ajouter martelé marteler insister plaider réclamer exiger proposer suggérer raconter
        confier révéler signaler mentionner témoigner accuser reprocher saluer féliciter avancer
        prédire prévoir espérer craindre s'inquiéter détailler résumer interroger questionner tweeter
        protester assener asséner glisser lâcher clamer proclamer certifier garantir jurer objecter
        répéter réitérer qualifier réjouir réagir féliciter ironiser nuancer tempérer fustiger tancer alerter
        parler informer appeler s'agacer mettre_en_garde scander crier""",
    "de": """sagen erklären betonen hinzufügen ergänzen schätzen warnen bestehen erinnern unterstreichen ankündigen
        hinweisen bestreiten dementieren bestätigen behaupten argumentieren fragen antworten erwidern
        einräumen zugeben glauben meinen mitteilen schreiben berichten sprechen versprechen fordern
        verlangen kritisieren loben vorwerfen beklagen bedauern zitieren feststellen erläutern
        verweisen versichern verkünden beteuern entgegnen insistieren mahnen drohen vermuten
        befürchten hoffen erwarten sehen bezeichnen nennen twittern äußern kommentieren
        prognostizieren vorhersagen resümieren folgern schildern klagen mitteilen ankündigen skandieren rufen""",
    "es": """decir declarar afirmar añadir agregar explicar estimar advertir insistir recordar subrayar anunciar
        indicar negar desmentir confirmar asegurar sostener argumentar preguntar responder contestar
        reconocer creer considerar precisar escribir señalar apuntar destacar resaltar prometer
        admitir lamentar denunciar criticar opinar pensar observar comentar replicar concluir
        proponer sugerir exigir reclamar pedir contar relatar revelar mencionar acusar reprochar
        elogiar alertar avisar prever pronosticar esperar temer detallar manifestar expresar
        aclarar enfatizar remarcar insinuar garantizar jurar reiterar repetir confesar calificar hablar
        defender informar corear gritar tachar""",
    "it": """dire dichiarare affermare aggiungere spiegare stimare avvertire insistere ricordare sottolineare
        annunciare indicare negare smentire confermare assicurare sostenere chiedere domandare rispondere
        replicare riconoscere credere ritenere precisare scrivere notare osservare rilevare promettere
        ammettere lamentare denunciare criticare pensare commentare concludere proporre suggerire
        esigere reclamare raccontare rivelare segnalare menzionare accusare rimproverare elogiare
        avvisare prevedere sperare temere dettagliare manifestare esprimere chiarire evidenziare
        garantire giurare ribadire ripetere confessare spiegare incalzare tuonare attaccare
        puntualizzare annotare osservare riferire definire parlare informare scandire gridare bollare""",
    "pt": """dizer declarar afirmar acrescentar explicar estimar advertir insistir lembrar recordar sublinhar
        salientar anunciar indicar negar desmentir confirmar assegurar garantir sustentar argumentar
        perguntar responder reconhecer crer acreditar considerar precisar escrever notar observar
        prometer admitir lamentar denunciar criticar pensar comentar concluir propor sugerir exigir
        reclamar pedir contar relatar revelar mencionar acusar elogiar alertar avisar prever esperar
        temer detalhar manifestar expressar esclarecer enfatizar destacar ressaltar jurar reiterar
        repetir confessar apontar defender referir frisar classificar falar informar entoar gritar qualificar""",
}

# Forms the lemma tables miss or map elsewhere, written for the project.
EXTRA_CUES = {
    "en": "said says saying told tells telling according",
    "fr": "dit dite dits déclaré affirmé ajouté expliqué estimé averti insisté rappelé souligné annoncé indiqué "
          "démenti nié confirmé assuré reconnu cru précisé écrit noté constaté prévenu promis admis avoué regretté "
          "dénoncé déploré critiqué jugé considéré pensé observé relevé remarqué commenté lancé répliqué rétorqué "
          "poursuivi conclu martelé plaidé réclamé exigé proposé suggéré raconté confié révélé signalé mentionné "
          "témoigné accusé salué avancé prédit prévu espéré craint détaillé résumé tweeté glissé lâché clamé "
          "répondu demandé soutenu",
    "de": "sagte sagten sagt gesagt erklärte erklärt betonte betont fügte hinzu ergänzte warnte erinnerte "
          "unterstrich kündigte wies bestritt bestätigte behauptete fragte antwortete erwiderte räumte gab "
          "glaubt glaubte meinte meint teilte schrieb berichtete sprach versprach forderte verlangte kritisierte "
          "lobte warf beklagte bedauerte zitierte stellte erläuterte verwies versicherte verkündete beteuerte "
          "entgegnete mahnte drohte vermutete befürchtete hoffte erwartete sieht sah bezeichnete nannte äußerte",
    "es": "dijo dice dicen dijeron declaró afirmó añadió agregó explicó estimó advirtió insistió recordó subrayó "
          "anunció indicó negó confirmó aseguró sostuvo preguntó respondió contestó reconoció cree creyó "
          "consideró precisó escribió señaló apuntó destacó resaltó prometió admitió lamentó denunció criticó "
          "opinó observó comentó replicó concluyó propuso sugirió exigió reclamó pidió contó relató reveló "
          "mencionó acusó alertó avisó detalló manifestó expresó aclaró enfatizó remarcó reiteró confesó",
    "it": "detto dice dicono disse dissero dichiarato affermato aggiunto spiegato stimato avvertito insistito "
          "ricordato sottolineato annunciato indicato negato smentito confermato assicurato sostenuto chiesto "
          "risposto replicato riconosciuto creduto ritenuto precisato scritto notato osservato rilevato promesso "
          "ammesso lamentato denunciato criticato commentato concluso proposto suggerito raccontato rivelato "
          "segnalato accusato avvisato previsto sperato temuto espresso chiarito evidenziato garantito ribadito "
          "confessato attaccato tuonato puntualizzato riferito incalzato aggiunge spiega afferma dichiara "
          "sottolinea ribadisce precisa conclude ammette",
    "pt": "disse dizem diz disseram declarou afirmou acrescentou explicou estimou advertiu insistiu lembrou "
          "recordou sublinhou salientou anunciou indicou negou desmentiu confirmou assegurou garantiu sustentou "
          "argumentou perguntou respondeu reconheceu acredita considerou precisou escreveu notou observou "
          "prometeu admitiu lamentou denunciou criticou comentou concluiu propôs sugeriu exigiu reclamou pediu "
          "contou relatou revelou mencionou acusou alertou avisou detalhou manifestou expressou esclareceu "
          "enfatizou destacou ressaltou reiterou confessou apontou defendeu referiu frisou dito afirmado "
          "declarado",
}

WORDS = {
    "source": {
        "en": ["according to", "in the words of", "as reported by"],
        "fr": ["selon", "d'après", "aux yeux de", "de l'avis de", "cité par", "citée par"],
        "de": ["laut", "nach Angaben", "nach Ansicht", "nach Worten", "zufolge"],
        "es": ["según", "de acuerdo con", "a juicio de", "en palabras de", "citado por", "citada por"],
        "it": ["secondo", "stando a", "a detta di", "a giudizio di", "citato da", "citata da"],
        "pt": ["segundo", "de acordo com", "conforme", "na opinião de", "citado por", "citada por"],
    },
    "that": {
        "en": ["that"], "fr": ["que", "qu'"], "de": ["dass", "daß", "ob"], "es": ["que", "si"],
        "it": ["che", "ch'"], "pt": ["que", "se"],
    },
    "pronoun": {
        "en": ["he", "she", "they", "i", "we", "it"],
        "fr": ["il", "elle", "ils", "elles", "on", "je", "j'", "nous"],
        "de": ["er", "sie", "ich", "wir", "man"],
        "es": ["él", "ella", "ellos", "ellas", "yo", "nosotros"],
        "it": ["lui", "lei", "loro", "egli", "io", "noi"],
        "pt": ["ele", "ela", "eles", "elas", "eu", "nós"],
    },
    # Words that tell a person's gender: pronouns and titles. A pronoun of one gender stands
    # for a person of that gender; a title before a name, or a pronoun in a sentence that names
    # one person only, tells that person's. (Left out: "sie", "ihr", French "lui" and German
    # "sein", which are also plural, the other gender or a verb.)
    "male": {
        "en": ["he", "him", "his", "himself", "mr", "mr.", "sir"],
        "fr": ["il", "m.", "monsieur"],
        "de": ["er", "ihm", "seine", "herr"],
        "es": ["él", "señor", "sr."],
        "it": ["lui", "egli", "signor", "sig."],
        "pt": ["ele", "senhor", "sr."],
    },
    "female": {
        "en": ["she", "her", "hers", "herself", "mrs", "mrs.", "ms", "ms.", "miss"],
        "fr": ["elle", "mme", "mme.", "madame"],
        "de": ["frau"],
        "es": ["ella", "señora", "sra."],
        "it": ["lei", "signora", "sig.ra"],
        "pt": ["ela", "senhora", "sra."],
    },
    "det": {
        "en": ["the", "a", "an", "his", "her", "their", "its", "this", "that", "these", "those", "one", "two", "several", "many", "some"],
        "fr": ["le", "la", "les", "l'", "un", "une", "des", "son", "sa", "ses", "leur", "leurs", "ce", "cet", "cette", "ces", "plusieurs", "deux"],
        "de": ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "sein", "seine", "ihr", "ihre", "mehrere", "zwei"],
        "es": ["el", "la", "los", "las", "un", "una", "unos", "unas", "su", "sus", "este", "esta", "estos", "varios", "varias", "dos"],
        "it": ["il", "lo", "la", "i", "gli", "le", "l'", "un", "uno", "una", "un'", "suo", "sua", "questo", "questa", "alcuni", "due"],
        "pt": ["o", "a", "os", "as", "um", "uma", "uns", "umas", "seu", "sua", "este", "esta", "vários", "várias", "dois", "duas"],
    },
    # Between a speaker and its verb, or a verb and an inverted speaker: auxiliaries, negation,
    # a few adverbs ("has also said", "a encore affirmé", "hat am Montag gesagt" stops at "am").
    "skip": {
        "en": ["has", "have", "had", "also", "later", "then", "again", "previously", "recently", "repeatedly",
               "once", "publicly", "would", "will", "did", "does", "not", "never", "often", "frequently", "on", "monday",
               "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "last", "week",
               "this", "month", "year", "night", "morning", "afternoon", "evening", "january", "february", "march",
               "april", "may", "june", "july", "august", "september", "october", "november", "december"],
        "fr": ["a", "ont", "avait", "avaient", "aura", "ne", "n'", "pas", "aussi", "encore", "également", "déjà",
               "ainsi", "lui", "leur", "se", "s'", "est", "sont", "alors", "ensuite", "hier", "lundi", "mardi",
               "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "soir", "matin", "aujourd'hui", "toutefois", "pourtant", "y", "en"],
        "de": ["hat", "haben", "hatte", "hatten", "auch", "noch", "bereits", "nun", "jetzt", "dann", "nicht",
               "am", "gestern", "heute", "dagegen", "zudem", "außerdem", "jedoch", "allerdings", "mit", "an", "hinzu", "fest", "ein", "zu", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "abend", "morgen",
               "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
        "es": ["ha", "han", "había", "habían", "también", "ya", "luego", "no", "se", "le", "les", "este", "ayer",
               "hoy", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "este"],
        "it": ["ha", "hanno", "aveva", "avevano", "è", "sono", "anche", "già", "poi", "non", "ieri", "oggi", "lunedì", "martedì",
               "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "si", "gli", "ci"],
        "pt": ["tem", "têm", "tinha", "havia", "também", "já", "depois", "não", "se", "lhe", "ontem", "hoje",
               "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo", "nesta", "neste"],
    },
    # Auxiliaries that belong to the cue ("a déclaré", "has said", "hat gesagt"); also skipped.
    "aux": {
        "en": ["has", "have", "had", "is", "are", "was", "were"], "fr": ["a", "ont", "avait", "avaient", "aura"], "de": ["hat", "haben", "hatte", "hatten"],
        "es": ["ha", "han", "había", "habían"], "it": ["ha", "hanno", "aveva", "avevano"], "pt": ["tem", "têm", "tinha", "havia"],
    },
    # Inside a role: "le porte-parole du Kremlin", "the head of the agency".
    "prep": {
        "en": ["of", "for", "at", "from", "the"],
        "fr": ["de", "du", "des", "d'", "la", "l'", "les", "chargé", "chargée"],
        "de": ["des", "der", "von", "vom", "für"],
        "es": ["de", "del", "la", "los", "las", "el"],
        "it": ["di", "del", "della", "dello", "dei", "degli", "delle", "dell'", "per"],
        "pt": ["de", "do", "da", "dos", "das"],
    },
    # Words that end a speaker's noun phrase: prepositions and conjunctions outside a role.
    "stop": {
        "en": ["on", "in", "at", "during", "after", "before", "with", "and", "but", "while", "who", "which", "when",
               "as", "to", "by", "in", "that", "than", "if", "because", "about", "last", "this", "earlier", "although",
               "though", "since", "whereas", "unless", "however", "meanwhile", "without", "despite"],
        "fr": ["à", "au", "aux", "lors", "dans", "pendant", "après", "avant", "avec", "et", "mais", "qui", "lorsque",
               "sur", "par", "pour", "devant", "en", "où", "dont", "ce", "cette", "mardi", "lundi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
        "de": ["am", "im", "in", "bei", "nach", "vor", "mit", "und", "aber", "während", "der", "die", "das", "auf", "zu", "gegenüber", "dem"],
        "es": ["en", "a", "al", "durante", "tras", "antes", "con", "y", "pero", "que", "quien", "cuando", "por", "para", "ante", "este", "esta"],
        "it": ["a", "al", "alla", "in", "nel", "nella", "durante", "dopo", "prima", "con", "e", "ma", "che", "quando", "da", "dal", "per", "su", "sul"],
        "pt": ["em", "no", "na", "a", "ao", "durante", "após", "antes", "com", "e", "mas", "que", "quando", "por", "pelo", "pela", "para", "nesta", "neste"],
    },
    # English verbs that take a clause without "that" ("Trump said he would", "officials believe it is").
    "bare": {
        "en": ["say", "said", "says", "claim", "claimed", "claims", "argue", "argued", "argues", "believe", "believes",
               "believed", "think", "thinks", "thought", "add", "added", "adds", "note", "noted", "notes", "warn", "warned",
               "warns", "insist", "insisted", "insists", "write", "wrote", "writes", "suggest", "suggested", "suggests",
               "predict", "predicted", "announce", "announced", "explain", "explained", "acknowledge", "acknowledged",
               "admit", "admitted", "contend", "contended", "assert", "asserted", "state", "stated", "hope", "hoped",
               "fear", "feared", "feel", "feels", "felt", "expect", "expects", "expected", "stress", "stressed",
               "maintain", "maintained", "maintains", "conceded", "concede", "reported", "reports", "reiterated",
               "agreed", "agree", "agrees", "promised", "vowed", "pledged", "predicts", "told", "tell", "tells",
               "recalled", "complained", "confirmed", "estimated", "estimates", "found", "show", "shows", "showed"],
        "fr": [], "de": [], "es": [], "it": [], "pt": [],
    },
    # French verbs inverted after a quote: "a-t-il ajouté", "estime-t-elle".
    "suffix": {
        "en": [], "de": [], "es": [], "it": [], "pt": [],
        "fr": ["-t-il", "-t-elle", "-t-ils", "-t-elles", "-t-on", "-il", "-elle", "-ils", "-elles", "-on"],
    },
}


def lemma_table(code):
    folder = os.path.join(os.path.dirname(spacy_lookups_data.__file__), "data")
    with gzip.open(os.path.join(folder, f"{code}_lemma_lookup.json.gz"), "rt", encoding="utf-8") as f:
        return json.load(f)


# The third-person forms of regular verbs, which the lemma tables sometimes give to a noun that
# is spelt alike ("estime" -> "estime", "critique" -> "critique"): the project's own endings.
REGULAR_ENDINGS = {
    "fr": ("er", ["e", "ent", "é", "ée", "és", "ées", "ait", "aient", "a", "èrent", "era", "eront"]),
    "es": ("ar", ["a", "an", "ó", "aron", "ado", "ada", "aba", "aban", "ará"]),
    "it": ("are", ["a", "ano", "ato", "ata", "ò", "arono", "ava", "avano", "erà"]),
    "pt": ("ar", ["a", "am", "ou", "aram", "ado", "ada", "ava", "avam", "ará"]),
    "de": ("en", ["t", "te", "ten"]),
    "en": ("", []),
}


def regular_forms(code, lemma):
    ending, endings = REGULAR_ENDINGS[code]
    if not ending or not lemma.endswith(ending) or " " in lemma:
        return set()
    stem = lemma[: -len(ending)]
    forms = {stem + e for e in endings}
    if code == "de":
        forms.add("ge" + stem + "t")
    return forms


def cue_forms(code):
    lemmas = {lemma.replace("_", " ") for lemma in CUE_LEMMAS[code].split()}
    forms = set()
    for form, found in lemma_table(code).items():
        # A few tables give several lemmas for one form.
        candidates = found if isinstance(found, list) else [found]
        if any(lemma.lower() in lemmas for lemma in candidates) and " " not in form and len(form) > 1:
            forms.add(form.lower())
    if code in ("fr", "es", "it", "pt"):
        forms -= lemmas
    else:
        forms |= {lemma for lemma in lemmas if " " not in lemma}
    for lemma in lemmas:
        forms |= regular_forms(code, lemma)
    forms |= set(EXTRA_CUES[code].split())
    return forms


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for code in LANGUAGES:
        lines = [f"# quote lexicon, {code}: built by scripts/build-quote-lexicon.py; see README.md"]
        lines += [f"cue\t{form}" for form in sorted(cue_forms(code))]
        if code == "en":
            # English base forms are nouns as often as verbs ("a point", "the report").
            lines += [f"base\t{lemma}" for lemma in sorted(set(CUE_LEMMAS[code].split()))]
        for kind, words in WORDS.items():
            lines += [f"{kind}\t{word}" for word in words[code]]
        with open(os.path.join(out, f"{code}.tsv"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        print(code, len(lines), "lines", file=sys.stderr)


if __name__ == "__main__":
    main()
