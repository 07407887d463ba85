/// The news and photo agencies whose credits articles carry ("Avec l'AFP", "(Reuters) -",
/// "Foto: dpa", "© Getty Images"), with the spellings that name them: world and national wire
/// services (AFP, AP, Reuters, dpa, EFE, ANSA, Belga, Keystone-ATS, APA, Xinhua, TASS, Lusa, …)
/// and picture agencies (Getty Images, EPA, Shutterstock, Sipa, Imago, …).
///
/// Each agency has one canonical name, the one credits report ("AFP" for "Agence
/// France-Presse", "AP" for "The Associated Press"). Short capitals that are also words or
/// abbreviations ("AP", "PA", "TT", "MAP") match only as written; the other spellings match
/// folded (any case, no accents). `FoldedLine.agencies(in:)` finds them in a line.
public enum NewsAgencies {
    /// One spelling of an agency's name.
    public struct Spelling: Sendable {
        /// The agency's canonical name ("AFP").
        public let name: String
        /// The spelling's scalars: folded ("agence france-presse"), or as written when
        /// `caseSensitive` ("AP").
        public let pattern: [Unicode.Scalar]
        /// Whether the spelling matches only as written.
        public let caseSensitive: Bool
    }

    /// An agency named in a text: its canonical name and the positions (Unicode scalars) of
    /// the spelling that names it.
    public struct Match: Sendable, Equatable {
        public var name: String
        public var range: Range<Int>

        public init(name: String, range: Range<Int>) {
            self.name = name
            self.range = range
        }
    }

    /// The canonical name of the first agency named in `text` ("Photo AFP" → "AFP",
    /// "The Associated Press" → "AP"), or nil. Meant for short lines: a long text may name an
    /// agency without being credited to it.
    public static func first(in text: String) -> String? {
        matches(in: text).first?.name
    }

    /// The agencies named in `text`, in order, without overlaps (the longest spelling wins),
    /// with their positions in Unicode scalars.
    public static func matches(in text: String) -> [Match] {
        let line = FoldedLine(text)
        return line.agencies(in: 0..<line.count)
    }

    /// The canonical names, each once, in the table's order.
    public static let names: [String] = {
        var seen: Set<String> = []
        return table.map(\.0).filter { seen.insert($0).inserted }
    }()

    /// Every spelling, in the table's order.
    public static let allSpellings: [Spelling] = table.flatMap { name, written, caseSensitive in
        written.map { Spelling(name: name, pattern: Array($0.unicodeScalars), caseSensitive: caseSensitive) }
    }

    /// The spellings whose folded first scalar (`FoldedLine.fold`) is `first`, in the table's order.
    public static func spellings(startingWith first: Unicode.Scalar) -> [Spelling] {
        first.value < 0x80 ? byASCIIFirst[Int(first.value)] : byOtherFirst[first] ?? []
    }

    /// (canonical name, spellings, case-sensitive). Case-insensitive spellings are folded.
    private static let table: [(String, [String], Bool)] = [
        ("AFP", ["afp", "agence france-presse", "agence france presse"], false),
        ("AP", ["AP"], true),
        ("AP", ["associated press"], false),
        ("Reuters", ["reuters", "thomson reuters"], false),
        ("Reuters", ["rtr"], false),
        ("dpa", ["dpa", "deutsche presse-agentur", "deutsche presse agentur"], false),
        ("EFE", ["EFE", "Efe"], true),
        ("EFE", ["agencia efe"], false),
        ("ANSA", ["ansa"], false),
        ("Belga", ["belga"], false),
        ("Keystone-ATS", ["keystone-ats", "keystone ats"], false),
        ("Keystone-SDA", ["keystone-sda", "keystone sda"], false),
        ("ATS", ["ATS"], true),
        ("SDA", ["SDA"], true),
        ("APA", ["APA"], true),
        ("APA", ["austria presse agentur"], false),
        ("Bloomberg", ["bloomberg"], false),
        ("Xinhua", ["xinhua"], false),
        ("Kyodo", ["kyodo"], false),
        ("PA", ["PA", "PA Media", "PA Wire"], true),
        ("PA", ["press association"], false),
        ("ANP", ["ANP"], true),
        ("TASS", ["tass", "itar-tass"], false),
        ("Anadolu", ["anadolu", "anadolu agency", "anadolu ajansi"], false),
        ("Europa Press", ["europa press"], false),
        ("Lusa", ["lusa"], false),
        ("KNA", ["KNA"], true),
        ("epd", ["epd"], false),
        ("AAP", ["AAP"], true),
        ("UPI", ["UPI"], true),
        ("PTI", ["PTI"], true),
        ("IANS", ["IANS"], true),
        ("Yonhap", ["yonhap"], false),
        ("Interfax", ["interfax"], false),
        ("RIA Novosti", ["ria novosti"], false),
        ("AGI", ["AGI"], true),
        ("Adnkronos", ["adnkronos"], false),
        ("LaPresse", ["lapresse"], false),
        ("Notimex", ["notimex"], false),
        ("Agência Brasil", ["agencia brasil"], false),
        ("Télam", ["telam"], false),
        ("CTK", ["CTK", "ČTK"], true),
        ("PAP", ["PAP"], true),
        ("MTI", ["MTI"], true),
        ("BTA", ["BTA"], true),
        ("HINA", ["HINA"], true),
        ("Tanjug", ["tanjug"], false),
        ("NTB", ["NTB"], true),
        ("TT", ["TT"], true),
        ("Ritzau", ["ritzau"], false),
        ("STT", ["STT"], true),
        ("ANA-MPA", ["ana-mpa"], false),
        ("CNA", ["CNA"], true),
        ("Sputnik", ["sputnik"], false),
        ("WAM", ["WAM"], true),
        ("APS", ["APS"], true),
        ("MAP", ["MAP"], true),
        ("TAP", ["TAP"], true),
        ("Getty Images", ["getty images", "getty"], false),
        ("EPA", ["EPA", "EPA-EFE"], true),
        ("Shutterstock", ["shutterstock"], false),
        ("iStock", ["istockphoto", "istock"], false),
        ("Sipa", ["sipa press", "sipa"], false),
        ("Maxppp", ["maxppp"], false),
        ("Hans Lucas", ["hans lucas"], false),
        ("Abaca", ["abacapress", "abaca"], false),
        ("Imago", ["imago images", "imago"], false),
        ("picture alliance", ["picture alliance", "picture-alliance"], false),
        ("Keystone", ["keystone"], false),
        ("Alamy", ["alamy"], false),
        ("NurPhoto", ["nurphoto"], false),
        ("SOPA Images", ["sopa images"], false),
        ("ZUMA", ["zuma press", "zuma wire", "zuma"], false),
        ("Wikimedia Commons", ["wikimedia commons"], false),
    ]

    // Indexed by first scalar: an array for ASCII (nearly every word start), a dictionary for the rest.
    private static let byASCIIFirst: [[Spelling]] = (0..<0x80).map { value in byFirst.filter { $0.key.value == value }.flatMap(\.value) }
    private static let byOtherFirst = byFirst.filter { $0.key.value >= 0x80 }

    private static let byFirst: [Unicode.Scalar: [Spelling]] = {
        var table: [Unicode.Scalar: [Spelling]] = [:]
        for spelling in allSpellings {
            table[FoldedLine.fold(spelling.pattern[0]), default: []].append(spelling)
        }
        return table
    }()
}
