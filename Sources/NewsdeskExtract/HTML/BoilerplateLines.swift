import NewsdeskCore

/// Short lines that are page furniture, not article text, in the languages Newsdesk reads:
/// advertisement labels, "read also" links, share buttons, newsletter and cookie prompts,
/// comment counters, "back to top". Lines are compared folded (lower case, no accents).
enum BoilerplateLines {
    /// The reason to remove a short line, or nil when it may be article text.
    /// `linkRatio` is the share of the line's characters inside links.
    static func classify(_ text: String, chars: Int, linkRatio: Float) -> Removal.Reason? {
        guard chars > 0, chars < 400 else { return nil }
        let folded = TextFold.fold(text)
        let bare = String(TextFold.trim(folded, extra: edgePunctuation))
        if chars < 200 {
            if adLabels.contains(bare) { return .advertisementLabel }
            if chars < 60, adPrefixes.contains(where: { bare.hasPrefixBytes($0) }) { return .advertisementLabel }
            if scrollToTop.contains(bare) { return .scrollToTop }
            if navigationLines.contains(bare) { return .navigation }
            if commentLines.contains(bare) || (chars < 40 && isCommentCounter(bare)) { return .comments }
            if chars < 100 && isShareLine(bare) { return .share }
        }
        if startsWithRelatedLabel(bare, linkRatio: linkRatio), chars < 200 || (linkRatio > 0.5 && chars < 400) { return .related }
        if chars < 200 {
            if newsletterPhrases.contains(where: { folded.containsBytes($0) }) { return .newsletter }
            if folded.containsBytes("cookie"), cookieVerbs.contains(where: { folded.containsBytes($0) }) { return .cookie }
            if rightsReserved.contains(where: { folded.containsBytes($0) }) { return .boilerplate }
            if chars < 40, readingTime.contains(where: { folded.containsBytes($0) }) { return .boilerplate }
            if chars < 80, folded.unicodeScalars.contains(where: { $0.value >= 0x30 && $0.value <= 0x39 }),
                timestampPrefixes.contains(where: { bare.hasPrefixBytes($0) })
            {
                return .boilerplate
            }
        }
        return nil
    }

    /// Whether a line is only a "read also"-style label ("Lire aussi", "Read more:"), which
    /// announces the link list that follows it.
    static func isRelatedLabel(_ text: String) -> Bool {
        let bare = String(TextFold.trim(TextFold.fold(text), extra: edgePunctuation))
        return relatedLabels.contains(bare)
    }

    /// Whether a line starts with a "read also" label followed by punctuation ("Lire aussi :
    /// …", "Read more » …"), or by words when the line is mostly a link.
    static func startsWithRelatedLabel(_ bare: String, linkRatio: Float) -> Bool {
        for label in relatedLabels where bare.hasPrefixBytes(label) {
            var rest = bare.unicodeScalars.dropFirst(label.unicodeScalars.count)
            guard let next = rest.first else { return true }
            if next.properties.isAlphabetic || (next.value >= 0x30 && next.value <= 0x39) { continue }
            while let first = rest.first, first == " " { rest = rest.dropFirst() }
            guard let mark = rest.first else { return true }
            if !mark.properties.isAlphabetic && !(mark.value >= 0x30 && mark.value <= 0x39) { return true }
            if linkRatio > 0.3 { return true }
        }
        return false
    }

    private static func isShareLine(_ bare: String) -> Bool {
        // Share words are ASCII: split on anything that is not an ASCII letter or '-'.
        var strong = 0
        var word = ""
        var failed = false
        func close() {
            guard !word.isEmpty else { return }
            if shareWords.contains(word) {
                strong += 1
            } else if !shareFiller.contains(word) {
                failed = true
            }
            word.removeAll(keepingCapacity: true)
        }
        for byte in bare.utf8 {
            if (byte >= 0x61 && byte <= 0x7A) || byte == 0x2D {
                word.unicodeScalars.append(Unicode.Scalar(byte))
            } else if byte >= 0x80 {
                return false  // a non-ASCII letter: not a share word
            } else {
                close()
                if failed { return false }
            }
        }
        close()
        return !failed && strong > 0
    }

    private static func isCommentCounter(_ bare: String) -> Bool {
        // "12 comments", "3 commentaires", "Kommentare (4)"
        let words = bare.split(whereSeparator: { !$0.isLetter })
        guard words.count == 1, let word = words.first else { return false }
        return commentLines.contains(String(word))
    }

    static let edgePunctuation: Set<Character> = [
        ":", "-", ".", "|", "»", "«", ">", "<", "›", "‹", "→", "•", "*", "(", ")", "[", "]", "\"", "!", "…", "/", "+",
    ]

    private static let adLabels: Set<String> = [
        "publicite", "pub", "advertisement", "advertisements", "advertising", "advert", "ad", "ads", "anzeige",
        "werbung", "publicidad", "pubblicita", "publicidade", "sponsored", "sponsorise", "sponsorisee",
        "gesponsert", "annonce", "annonces", "reklama", "paid content", "contenu sponsorise", "contenido patrocinado",
        "contenuto sponsorizzato", "conteudo patrocinado", "story continues below advertisement",
        "article continues below advertisement", "continue reading below", "continue reading the main story",
        "advertisement - scroll to continue", "la suite apres la publicite", "la suite apres cette publicite",
        "suite apres la publicite", "weiter nach der anzeige", "artikel wird nach der anzeige fortgesetzt",
        "lesen sie nach der anzeige weiter", "sigue leyendo", "continua a leggere", "continua depois da publicidade",
        "ad feedback", "report this ad", "promoted", "promoted content", "partner content", "contenu partenaire",
        "advertisement continue reading below", "advertisementadvertisement",
    ]

    private static let adPrefixes = ["advertisement", "publicite", "anzeige", "publicidad", "pubblicita", "publicidade", "werbung"]

    private static let scrollToTop: Set<String> = [
        "back to top", "scroll to top", "top", "retour en haut", "retour en haut de page", "haut de page",
        "faire defiler vers le haut", "remonter", "nach oben", "zuruck nach oben", "nach oben scrollen", "volver arriba",
        "ir arriba", "torna su", "torna all'inizio", "voltar ao topo", "subir", "go to top", "naar boven",
    ]

    private static let navigationLines: Set<String> = [
        "skip to content", "skip to main content", "skip navigation", "aller au contenu", "aller au contenu principal",
        "zum inhalt springen", "direkt zum inhalt", "saltar al contenido", "vai al contenuto", "ir para o conteudo",
        "menu", "home", "accueil", "startseite", "inicio", "previous article", "next article", "article precedent",
        "article suivant", "vorheriger artikel", "nachster artikel", "previous", "next", "suivant", "precedent",
    ]

    private static let commentLines: Set<String> = [
        "comments", "comment", "commentaires", "commentaire", "kommentare", "kommentar", "comentarios", "comentario",
        "commenti", "commento", "reagir", "reagissez", "leave a comment", "leave a reply", "add a comment",
        "post a comment", "laisser un commentaire", "ecrire un commentaire", "voir les commentaires", "show comments",
        "view comments", "load comments", "join the conversation", "kommentar schreiben", "deja un comentario",
        "lascia un commento", "deixe um comentario", "comments closed", "commentaires fermes",
    ]

    private static let shareWords: Set<String> = [
        "share", "shares", "sharing", "partager", "partagez", "partage", "tweet", "tweeter", "facebook", "twitter",
        "linkedin", "whatsapp", "telegram", "pinterest", "reddit", "messenger", "email", "e-mail", "mail", "print",
        "imprimer", "teilen", "drucken", "compartir", "imprimir", "condividi", "stampa", "compartilhe",
        "compartilhar", "copy", "copier", "kopieren", "copiar", "copia", "flipboard", "xing", "bluesky", "threads",
        "envoyer", "enviar", "invia", "senden", "x",
    ]

    private static let shareFiller: Set<String> = [
        "on", "sur", "this", "cet", "cette", "article", "story", "page", "via", "the", "en", "auf", "per", "por",
        "link", "lien", "le", "la", "les", "dieser", "diesen", "artikel", "beitrag", "no", "su", "na", "it", "to",
        "par", "by", "a", "un", "an", "friend", "ami", "et", "and", "or", "ou", "oder", "url", "facebook", "newsletter",
    ]

    private static let relatedLabels: [String] = [
        "a lire aussi", "a lire egalement", "lire aussi", "lire egalement", "lire la suite", "voir aussi",
        "a voir aussi", "a voir egalement", "a lire", "sur le meme sujet", "dans la meme rubrique", "nos articles",
        "read more", "read also", "also read", "read next", "related", "related articles", "related stories",
        "related content", "related coverage", "related links", "see also", "more on this", "more on this story",
        "more from", "further reading", "you may also like", "you might also like", "recommended", "recommended for you",
        "more stories", "most read", "most popular", "trending", "top stories", "latest news", "also on",
        "mehr zum thema", "lesen sie auch", "lesen sie mehr", "auch interessant", "weitere artikel",
        "das konnte sie auch interessieren", "mehr dazu", "zum thema", "lee tambien", "leer mas", "lea tambien",
        "te puede interesar", "puede interesarte", "tambien te puede interesar", "noticias relacionadas",
        "relacionado", "relacionadas", "mas informacion", "leggi anche", "leggi pure", "potrebbe interessarti",
        "articoli correlati", "correlati", "leia tambem", "veja tambem", "saiba mais", "leia mais", "lees ook",
        "meer over", "tags", "mots-cles", "schlagworte", "etiquetas", "topics", "sujets",
    ]

    private static let newsletterPhrases = [
        "newsletter", "inscrivez-vous", "abonnez-vous", "subscribe to", "subscribe now", "sign up for", "sign up to",
        "abonnieren sie", "jetzt abonnieren", "suscribete", "iscriviti", "assine", "inscreva-se", "register for free",
        "already a subscriber", "deja abonne", "reservé aux abonnes", "reserve aux abonnes", "subscribers only",
        "nur fur abonnenten",
    ]

    private static let cookieVerbs = [
        "accept", "accepter", "acceptez", "akzeptier", "acept", "accett", "aceit", "utilise des", "use cookies",
        "uses cookies", "verwendet", "utiliza", "utilizza", "usa cookies", "consent", "zustimm",
    ]

    private static let rightsReserved = [
        "all rights reserved", "tous droits reserves", "alle rechte vorbehalten", "todos los derechos reservados",
        "tutti i diritti riservati", "todos os direitos reservados", "reproduction interdite",
    ]

    private static let readingTime = [
        "min read", "minute read", "minutes read", "temps de lecture", "min de lecture", "minutes de lecture",
        "lesezeit", "min lesezeit", "tiempo de lectura", "min de lectura", "tempo di lettura", "tempo de leitura",
    ]

    private static let timestampPrefixes = [
        "publie le", "mis a jour le", "mis a jour", "publie", "updated", "published", "posted", "last updated",
        "aktualisiert", "veroffentlicht", "publicado", "actualizado", "pubblicato", "aggiornato", "atualizado",
        "stand:",
    ]
}
