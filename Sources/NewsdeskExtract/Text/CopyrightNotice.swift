import NewsdeskText

/// A publisher's copyright notice at the foot of a page ("© Métropole Express 2025",
/// "© 2025 ByteWire Media Ltd. All rights reserved."): it names the source, not an image.
enum CopyrightNotice {
    private static let markers = ["©", "(c)", "copyright"]
    private static let reservedPhrases = [
        "all rights reserved", "tous droits reserves", "tous droits de reproduction reserves", "alle rechte vorbehalten",
        "todos los derechos reservados", "tutti i diritti riservati", "todos os direitos reservados",
    ]
    private static let companySuffixes: Set<String> = ["ltd", "ltd.", "inc", "inc.", "llc", "gmbh", "sa", "sas", "s.a.", "plc", "ag", "s.l."]

    /// The owner a notice names, or nil when the line is not a copyright notice.
    static func owner(of line: String) -> String? {
        // Every marker opens with one of these, in either case: most lines stop here.
        guard let first = line.unicodeScalars.first, first == "©" || first == "(" || first == "c" || first == "C" else { return nil }
        var rest = Substring(line)
        let opening = rest.prefix(12).lowercased()  // as long as the longest marker, and more
        guard let marker = markers.first(where: { opening.hasPrefix($0) }) else { return nil }
        rest = rest.dropFirst(marker.count)
        // The first sentence only: "… Ltd. All rights reserved. Reuters content © …" names the owner first.
        let folded = TextFold.matchKey(rest)
        var words = rest.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "-" || $0 == "–" || $0 == "|" })
        if let reserved = reservedPhrases.first(where: { folded.contains($0) }), let first = reserved.split(separator: " ").first {
            if let cut = words.firstIndex(where: { TextFold.matchKey($0) == first }) { words = Array(words[..<cut]) }
        }
        let name = words.filter { word in
            !(word.count == 4 && word.allSatisfy(\.isNumber)) && !companySuffixes.contains(word.lowercased())
        }.map { $0.hasSuffix(".") ? String($0.dropLast()) : String($0) }
        guard (1...6).contains(name.count), name.first?.first?.isUppercase == true else { return nil }
        return name.joined(separator: " ")
    }
}
