/// Month names and their usual abbreviations in the languages of European news, folded as
/// `TextFold.fold` folds them ("Août" → "aout", "März" → "marz", "Января" → "января"): English,
/// French, German, Spanish, Italian, Portuguese, Dutch, Swedish, Danish and Norwegian, Romanian,
/// Turkish, Polish, Czech, Russian and Ukrainian.
///
/// A spelling shared by several of these languages names the same month in each ("mai", "mar",
/// "april"). Languages outside the table may use one for another month (Croatian "listopad" is
/// October, Polish "listopad" November): read the table with the text's language in mind.
public enum MonthNames {
    /// The month (1 to 12) that a folded month name or abbreviation names, or nil. Fold the
    /// word first: `MonthNames.number(of: TextFold.fold("Août"))` is 8.
    @inlinable
    public static func number(of foldedName: String) -> Int? {
        byFoldedName[foldedName]
    }

    /// Folded month name or abbreviation → month number (1 to 12).
    public static let byFoldedName: [String: Int] = {
        var table: [String: Int] = [:]
        let lists: [[String]] = [
            // English, French, German, Spanish, Italian, Portuguese, Dutch.
            ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
            ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"],
            ["januar", "februar", "marz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
            ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
            ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
            ["janeiro", "fevereiro", "marco", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
            ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
            // Abbreviations: English, French, German, Spanish, Italian.
            ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
            ["janv", "fevr", "mars", "avr", "mai", "juin", "juil", "aout", "sept", "oct", "nov", "dec"],
            ["jan", "feb", "marz", "apr", "mai", "jun", "jul", "aug", "sept", "okt", "nov", "dez"],
            ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
            ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
            // Swedish, Danish and Norwegian, Romanian, Turkish, Polish (genitive and nominative), Czech.
            ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
            ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"],
            ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"],
            ["ocak", "subat", "mart", "nisan", "mayis", "haziran", "temmuz", "agustos", "eylul", "ekim", "kasim", "aralik"],
            ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "wrzesnia", "pazdziernika", "listopada", "grudnia"],
            ["styczen", "luty", "marzec", "kwiecien", "maj", "czerwiec", "lipiec", "sierpien", "wrzesien", "pazdziernik", "listopad", "grudzien"],
            ["ledna", "unora", "brezna", "dubna", "kvetna", "cervna", "cervence", "srpna", "zari", "rijna", "listopadu", "prosince"],
            // Russian and Ukrainian, in the genitive of dates ("15 августа 2016") and the nominative.
            ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
            ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
            ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"],
        ]
        for list in lists {
            for (index, name) in list.enumerated() where table[name] == nil { table[name] = index + 1 }
        }
        table["sept"] = 9
        return table
    }()

}
