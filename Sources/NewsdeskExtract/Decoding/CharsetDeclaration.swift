import Foundation

/// Finds the charset a document declares for itself in its first bytes: `<meta charset>`,
/// `<meta http-equiv="Content-Type" content="…; charset=…">` or an XML declaration.
enum CharsetDeclaration {
    /// Labels that mean the same encoding, mapped to the one Newsdesk records.
    private static let aliases: [String: String] = [
        "utf-8": "utf-8", "utf8": "utf-8", "unicode-1-1-utf-8": "utf-8",
        // WHATWG: these labels all decode as windows-1252.
        "windows-1252": "windows-1252", "cp1252": "windows-1252", "x-cp1252": "windows-1252",
        "iso-8859-1": "windows-1252", "iso8859-1": "windows-1252", "latin1": "windows-1252",
        "latin-1": "windows-1252", "l1": "windows-1252", "us-ascii": "windows-1252", "ascii": "windows-1252",
        "iso-8859-15": "iso-8859-15", "iso8859-15": "iso-8859-15", "latin-9": "iso-8859-15", "latin9": "iso-8859-15",
        "windows-1250": "windows-1250", "cp1250": "windows-1250", "iso-8859-2": "iso-8859-2", "latin2": "iso-8859-2",
        "windows-1251": "windows-1251", "cp1251": "windows-1251",
        "windows-1253": "windows-1253", "windows-1254": "windows-1254", "iso-8859-9": "windows-1254",
        "shift_jis": "shift_jis", "shift-jis": "shift_jis", "sjis": "shift_jis", "euc-jp": "euc-jp",
        "iso-2022-jp": "iso-2022-jp",
    ]

    /// The normalised label of the declared charset, or nil when none is declared or it is unknown.
    static func find(in bytes: [UInt8]) -> String? {
        // Declarations sit in the head; 4 KiB covers nearly all pages (browsers use 1 KiB).
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        var searchFrom = head.startIndex
        while let found = head.range(of: "charset", range: searchFrom..<head.endIndex) {
            searchFrom = found.upperBound
            var rest = head[found.upperBound...].drop(while: { $0 == " " })
            guard rest.first == "=" else { continue }
            rest = rest.dropFirst().drop(while: { $0 == " " || $0 == "\"" || $0 == "'" })
            let label = String(rest.prefix(while: { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" }))
            if let known = aliases[label] { return known }
        }
        if let declaration = head.range(of: "<?xml"), let encoding = head.range(of: "encoding=", range: declaration.upperBound..<head.endIndex) {
            let rest = head[encoding.upperBound...].drop(while: { $0 == "\"" || $0 == "'" })
            return aliases[String(rest.prefix(while: { $0 != "\"" && $0 != "'" }))]
        }
        return nil
    }
}
