/// Character references in HTML text and attribute values: numeric (`&#233;`, `&#xE9;`, the
/// `;` optional) and the 253 named ones of HTML 4 (`&eacute;`, `&mdash;`, the `;` required, so
/// a URL's `&copy=2` stays as written).
enum HTMLEntities {
    /// Decodes the reference starting at `input[start]` (an `&`) and appends its UTF-8 to
    /// `output`; returns the index after it, or nil when it is no reference (a literal `&`).
    static func decode(_ input: UnsafeBufferPointer<UInt8>, at start: Int, into output: inout [UInt8]) -> Int? {
        let count = input.count
        var index = start + 1
        guard index < count else { return nil }
        if input[index] == 0x23 {  // '#'
            index += 1
            var hex = false
            if index < count && input[index] | 0x20 == 0x78 {  // 'x'
                hex = true
                index += 1
            }
            let digitsStart = index
            var value: UInt32 = 0
            while index < count, let digit = digitValue(input[index], hex: hex) {
                if value <= 0x10FFFF { value = value * (hex ? 16 : 10) + digit }
                index += 1
            }
            guard index > digitsStart else { return nil }
            if index < count && input[index] == 0x3B { index += 1 }
            output.appendUTF8(numericScalar(value))
            return index
        }
        var key: UInt64 = 0
        var length = 0
        while index < count, length <= 8, isAlphanumeric(input[index]) {
            key |= UInt64(input[index]) << (UInt64(length) * 8)
            length += 1
            index += 1
        }
        guard length > 0, length <= 8, index < count, input[index] == 0x3B, let scalar = named[key] else { return nil }
        output.appendUTF8(scalar)
        return index + 1
    }

    /// What a numeric reference stands for: NUL, surrogates and values past Unicode are U+FFFD,
    /// and 0x80–0x9F are read as Windows-1252 (`&#146;` is ’), as browsers do.
    static func numericScalar(_ value: UInt32) -> UInt32 {
        switch value {
        case 0, 0xD800...0xDFFF, 0x110000...: 0xFFFD
        case 0x80...0x9F: SingleByteCodec.windows1252High[Int(value - 0x80)]
        default: value
        }
    }

    @inline(__always)
    private static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case 0x30...0x39: UInt32(byte - 0x30)
        case 0x61...0x66 where hex: UInt32(byte - 0x61 + 10)
        case 0x41...0x46 where hex: UInt32(byte - 0x41 + 10)
        default: nil
        }
    }

    @inline(__always)
    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }

    /// Names (at most eight bytes, packed little-endian) to code points.
    private static let named: [UInt64: UInt32] = {
        var table: [UInt64: UInt32] = [:]
        func add(_ name: String, _ scalar: UInt32) {
            var key: UInt64 = 0
            for (index, byte) in name.utf8.enumerated() { key |= UInt64(byte) << (UInt64(index) * 8) }
            table[key] = scalar
        }
        // Latin-1: U+00A0 to U+00FF, in order.
        let latin1 = """
            nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 \
            acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml \
            Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde \
            Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig \
            ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide \
            oslash ugrave uacute ucirc uuml yacute thorn yuml
            """
        for (offset, name) in latin1.split(separator: " ").enumerated() { add(String(name), 0xA0 + UInt32(offset)) }
        // Greek: U+0391 to U+03A9 (no U+03A2) and U+03B1 to U+03C9.
        let upperGreek = "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho"
        for (offset, name) in upperGreek.split(separator: " ").enumerated() { add(String(name), 0x391 + UInt32(offset)) }
        for (offset, name) in "Sigma Tau Upsilon Phi Chi Psi Omega".split(separator: " ").enumerated() {
            add(String(name), 0x3A3 + UInt32(offset))
        }
        let lowerGreek = """
            alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigmaf sigma tau \
            upsilon phi chi psi omega
            """
        for (offset, name) in lowerGreek.split(separator: " ").enumerated() { add(String(name), 0x3B1 + UInt32(offset)) }
        let others: [(String, UInt32)] = [
            ("quot", 34), ("amp", 38), ("apos", 39), ("lt", 60), ("gt", 62), ("OElig", 338), ("oelig", 339),
            ("Scaron", 352), ("scaron", 353), ("Yuml", 376), ("fnof", 402), ("circ", 710), ("tilde", 732),
            ("thetasym", 977), ("upsih", 978), ("piv", 982), ("ensp", 8194), ("emsp", 8195), ("thinsp", 8201),
            ("zwnj", 8204), ("zwj", 8205), ("lrm", 8206), ("rlm", 8207), ("ndash", 8211), ("mdash", 8212),
            ("lsquo", 8216), ("rsquo", 8217), ("sbquo", 8218), ("ldquo", 8220), ("rdquo", 8221), ("bdquo", 8222),
            ("dagger", 8224), ("Dagger", 8225), ("bull", 8226), ("hellip", 8230), ("permil", 8240), ("prime", 8242),
            ("Prime", 8243), ("lsaquo", 8249), ("rsaquo", 8250), ("oline", 8254), ("frasl", 8260), ("euro", 8364),
            ("image", 8465), ("weierp", 8472), ("real", 8476), ("trade", 8482), ("alefsym", 8501), ("larr", 8592),
            ("uarr", 8593), ("rarr", 8594), ("darr", 8595), ("harr", 8596), ("crarr", 8629), ("lArr", 8656),
            ("uArr", 8657), ("rArr", 8658), ("dArr", 8659), ("hArr", 8660), ("forall", 8704), ("part", 8706),
            ("exist", 8707), ("empty", 8709), ("nabla", 8711), ("isin", 8712), ("notin", 8713), ("ni", 8715),
            ("prod", 8719), ("sum", 8721), ("minus", 8722), ("lowast", 8727), ("radic", 8730), ("prop", 8733),
            ("infin", 8734), ("ang", 8736), ("and", 8743), ("or", 8744), ("cap", 8745), ("cup", 8746), ("int", 8747),
            ("there4", 8756), ("sim", 8764), ("cong", 8773), ("asymp", 8776), ("ne", 8800), ("equiv", 8801),
            ("le", 8804), ("ge", 8805), ("sub", 8834), ("sup", 8835), ("nsub", 8836), ("sube", 8838), ("supe", 8839),
            ("oplus", 8853), ("otimes", 8855), ("perp", 8869), ("sdot", 8901), ("lceil", 8968), ("rceil", 8969),
            ("lfloor", 8970), ("rfloor", 8971), ("lang", 9001), ("rang", 9002), ("loz", 9674), ("spades", 9824),
            ("clubs", 9827), ("hearts", 9829), ("diams", 9830),
        ]
        for (name, scalar) in others { add(name, scalar) }
        return table
    }()
}
