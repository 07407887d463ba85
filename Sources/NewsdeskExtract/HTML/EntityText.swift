/// HTML character references that structured data and attribute values leave encoded
/// ("&amp;", "&#8217;", "&#x2019;", "&thinsp;"), decoded; unknown names are kept as written.
enum EntityText {
    private static let named: [String: String] = [
        "amp": "&", "quot": "\"", "apos": "'", "lt": "<", "gt": ">", "nbsp": " ", "thinsp": "\u{2009}", "ensp": " ", "emsp": " ",
        "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“", "bdquo": "„", "laquo": "«", "raquo": "»", "ndash": "–",
        "mdash": "—", "hellip": "…", "shy": "\u{AD}", "euro": "€", "copy": "©", "reg": "®", "trade": "™", "deg": "°",
        "auml": "ä", "ouml": "ö", "uuml": "ü", "Auml": "Ä", "Ouml": "Ö", "Uuml": "Ü", "szlig": "ß", "eacute": "é",
        "egrave": "è", "agrave": "à", "ccedil": "ç", "ntilde": "ñ", "iacute": "í", "oacute": "ó", "uacute": "ú", "aacute": "á",
    ]

    static func decode(_ text: String) -> String {
        // A byte test: `contains("&")` on a String would compare whole characters.
        guard text.containsByte(UInt8(ascii: "&")) else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let tail = rest[rest.index(after: amp)...]
            guard let semicolon = tail.prefix(10).firstIndex(of: ";"), let value = character(String(tail[..<semicolon])) else {
                result += "&"
                rest = tail
                continue
            }
            result += value
            rest = tail[tail.index(after: semicolon)...]
        }
        return result + rest
    }

    private static func character(_ name: String) -> String? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let code = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return code.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
        return named[name]
    }
}
