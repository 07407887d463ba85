import Foundation
public import NewsdeskCore

/// Cue phrases that mark a short line as page furniture rather than article text, in the
/// languages Newsdesk knows best (fr, en, de, es, it, pt, and the commonest Dutch ones). A line is a leftover only when it is
/// short and the cue covers most of it, so a sentence that merely mentions "newsletter" stays.
///
/// Matching ignores case, accents, punctuation and spacing ("Partager  l’article :" matches
/// "partager l article"). Cues are language evidence, not exact strings: each table holds the
/// usual wordings, and prefix cues (`…*`) accept any continuation.
public enum LeftoverCues {
    /// Cues and the reason a matching line is removed.
    static let table: [(cue: String, reason: Removal.Reason)] = {
        var entries: [(String, Removal.Reason)] = []
        func add(_ reason: Removal.Reason, _ cues: [String]) { entries += cues.map { ($0, reason) } }
        add(.advertisementLabel, [
            "publicite", "advertisement", "advertising", "sponsored", "sponsored content", "contenu sponsorise",
            "anzeige", "werbung", "publicidad", "anuncio", "pubblicita", "publicidade", "annonce", "ad", "advertentie",
        ])
        add(.share, [
            "partager", "partager cet article", "partager l article", "partager sur facebook*", "partager sur twitter*",
            "share", "share this article", "share this story", "share on facebook*", "share on twitter*", "tweet",
            "copy link", "copier le lien", "lien copie", "link copied", "embed", "integrer", "email", "e mail", "imprimer",
            "print", "artikel teilen", "teilen", "link kopieren", "compartir", "compartir en*", "copiar enlace",
            "condividi", "condividi questo articolo", "compartilhar", "compartilhe", "facebook", "twitter", "whatsapp",
            "linkedin", "messenger", "flipboard", "x", "partilhar", "deel dit artikel", "delen",
        ])
        add(.related, [
            "lire aussi", "a lire aussi", "lire egalement", "a lire egalement", "voir aussi", "a decouvrir egalement",
            "a decouvrir aussi", "sur le meme sujet", "dans la meme rubrique", "les plus lus", "read more", "read also",
            "see also", "related", "related articles", "related stories", "more on this story", "most read", "recommended",
            "you may also like", "mehr zum thema", "lesen sie auch", "auch interessant", "das konnte sie auch interessieren",
            "lee tambien", "lea tambien", "te puede interesar", "leggi anche", "potrebbe interessarti", "leia tambem",
            "veja tambem", "saiba mais", "sur le meme theme", "a voir aussi", "more from*", "more stories", "lees ook",
            "lees meer", "weiterlesen", "mehr lesen", "leia mais", "leggi di piu", "le plus lu", "most popular",
        ])
        add(.newsletter, [
            "abonnez vous*", "inscrivez vous a notre newsletter*", "recevez notre newsletter*", "newsletter",
            "sign up for our newsletter*", "subscribe*", "subscribe to our newsletter*", "get our newsletter*",
            "newsletter abonnieren*", "jetzt abonnieren*", "suscribete*", "iscriviti*", "assine*", "inscreva se*",
            "subscreva*", "abonneer*", "email address*", "adresse e mail*", "votre adresse e mail*", "e mail adresse*",
            "by signing up*", "en vous inscrivant*", "sign up", "je m inscris", "s inscrire", "anmelden zum newsletter*",
        ])
        add(.cookie, [
            "accepter les cookies*", "nous utilisons des cookies*", "accept cookies*", "accept all cookies*",
            "we use cookies*", "cookies akzeptieren*", "wir verwenden cookies*", "aceptar cookies*", "utilizamos cookies*",
            "accetta i cookie*", "aceitar cookies*", "tout accepter", "accept all", "alle akzeptieren", "aceptar todo",
            "tout refuser", "reject all", "alle ablehnen", "rechazar todo", "rifiuta tutto", "rejeitar tudo",
            "nur notwendige cookies", "only necessary cookies", "necessary cookies only", "manage preferences",
            "manage cookies", "cookie settings", "cookie preferences", "parametres des cookies", "gerer les cookies",
            "personnaliser", "cookie einstellungen", "einstellungen", "configurar cookies", "gestionar cookies",
            "accepter*", "accept", "accept and close", "akzeptieren", "aceptar", "accetta", "accetto", "aceitar*", "accepteren",
            "refuser", "reject", "ablehnen", "rechazar", "rifiuta", "rejeitar", "weigeren", "cookies accepteren",
        ])
        add(.scrollToTop, [
            "faire defiler vers le haut", "retour en haut*", "haut de page", "back to top", "scroll to top",
            "nach oben*", "volver arriba", "torna su", "voltar ao topo", "terug naar boven", "naar boven",
        ])
        add(.comments, [
            "commentaires", "commenter", "reagir", "comments", "comment", "leave a comment", "kommentare",
            "kommentieren", "comentarios", "comentar", "commenti", "commenta", "jetzt kommentieren", "scrivi un commento",
            "lascia un commento", "deixe o seu comentario", "deixe um comentario", "deja tu comentario", "deja un comentario",
            "laissez un commentaire", "ajouter un commentaire", "write a comment", "add a comment", "join the conversation",
            "reacties", "reageer", "reageren",
        ])
        // Lines that introduce a list of topic tags.
        add(.tags, [
            "topics", "tags", "tag", "themen", "schlagworte", "schlagworter", "mots cles", "sujets", "themes", "etiquetas",
            "temas", "argomenti", "tag correlati", "topicos", "assuntos", "onderwerpen",
        ])
        // Wire-copy tail lines: who reported and edited, and the agency's standards notice.
        add(.credit, [
            "reporting by*", "additional reporting by*", "editing by*", "writing by*", "compiled by*", "our standards*",
            "mit material von*", "avec agences", "con informacion de*", "con agencias", "com agencias", "con agenzie",
        ])
        add(.navigation, [
            "accueil", "menu", "rechercher", "se connecter", "connexion", "mon compte", "home", "search", "sign in",
            "log in", "startseite", "suche", "anmelden", "inicio", "buscar", "iniciar sesion", "cerca", "accedi",
            "entrar", "pesquisar", "s abonner", "abonnement", "abo", "e paper", "epaper", "mon espace", "my account",
            "skip to main content", "skip to content", "aller au contenu", "zum inhalt springen", "ir al contenido", "suivez nous*", "follow us*", "folgen sie uns*", "siguenos*", "seguici*", "siga nos*",
            "ecouter cet article", "listen to this article", "artikel anhoren", "escuchar este articulo",
            "temps de lecture*", "reading time*", "lesezeit*", "tiempo de lectura*",
        ])
        return entries
    }()

    private static let exact: [String: Removal.Reason] = {
        var map: [String: Removal.Reason] = [:]
        for (cue, reason) in table where !cue.hasSuffix("*") { map[cue] = map[cue] ?? reason }
        return map
    }()

    private static let prefixes: [(String, Removal.Reason)] = table.compactMap { entry in
        entry.cue.hasSuffix("*") ? (String(entry.cue.dropLast()), entry.reason) : nil
    }

    /// The reason a line is page furniture, or nil when no cue accounts for it.
    public static func reason(for line: String) -> Removal.Reason? {
        guard line.count <= 160 else { return nil }
        let key = matchKey(line)
        guard !key.isEmpty else { return nil }
        if let reason = exact[key] { return reason }
        if let reason = countedLabel(key) { return reason }
        // A prefix cue with a long continuation is a sentence, not a prompt, unless the whole
        // line stands in brackets ("(Reporting by …; Editing by …)").
        let bracketed = line.hasPrefix("(") && line.hasSuffix(")")
        for (prefix, reason) in prefixes where key.hasPrefix(prefix) {
            if key.count <= prefix.count + (bracketed ? 150 : 60) { return reason }
        }
        return nil
    }

    /// Counters such as "12 commentaires", "Comments (3)", "1 234 partages", "3 min de lecture".
    private static func countedLabel(_ key: String) -> Removal.Reason? {
        let words = key.split(separator: " ")
        let labels = words.filter { !$0.allSatisfy(\.isNumber) }
        guard words.count > labels.count, !labels.isEmpty else { return nil }
        return counters[labels.joined(separator: " ")]
    }

    private static let counters: [String: Removal.Reason] = [
        "commentaires": .comments, "commentaire": .comments, "comments": .comments, "comment": .comments,
        "kommentare": .comments, "comentarios": .comments, "commenti": .comments,
        "partages": .share, "shares": .share, "reactions": .comments, "reacties": .comments,
        "min de lecture": .navigation, "minutes de lecture": .navigation, "min read": .navigation,
        "minute read": .navigation, "minutes read": .navigation, "min lesezeit": .navigation,
        "minuten lesezeit": .navigation, "min de lectura": .navigation, "minutos de lectura": .navigation,
        "min di lettura": .navigation, "minuti di lettura": .navigation, "min de leitura": .navigation,
    ]

    /// Lower-cased, accent-free letters and digits separated by single spaces.
    public static func matchKey(_ text: some StringProtocol) -> String {
        var key = ""
        var pendingSpace = false
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingSpace && !key.isEmpty { key.unicodeScalars.append(" ") }
                pendingSpace = false
                key.unicodeScalars.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return key
    }
}
