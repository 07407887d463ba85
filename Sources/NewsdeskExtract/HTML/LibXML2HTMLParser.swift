import CLibXML2

/// The default HTML parser: libxml2's error-tolerant HTML parser, driven through SAX so that
/// no libxml2 tree is built (the extractor builds its own compact one).
public struct LibXML2HTMLParser: HTMLParsing {
    public init() {}

    /// RECOVER | NOERROR | NOWARNING | NONET | COMPACT.
    static let options: Int32 = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue
    )

    /// libxml2 is initialised once per process (thread-safe lazy global).
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    public func parse(_ html: String, into builder: HTMLTreeBuilder) {
        _ = Self.initialized
        // Errors are dropped, never printed: the structured handler is per thread.
        xmlSetStructuredErrorFunc(nil, libxml2IgnoreError)
        var html = html
        let filtered = html.withUTF8 { HTMLPrefilter.filter($0) }
        for script in filtered.jsonLD { builder.addJSONLD(script) }
        filtered.html.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, buffer.count > 0, buffer.count < Int(Int32.max) else { return }
            guard let context = htmlNewParserCtxt() else { return }
            defer { htmlFreeParserCtxt(context) }
            guard let sax = context.pointee.sax else { return }
            sax.pointee = Self.makeHandler()
            context.pointee._private = Unmanaged.passUnretained(builder).toOpaque()
            let document = base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                htmlCtxtReadMemory(context, pointer, Int32(buffer.count), nil, "UTF-8", Self.options)
            }
            if let document { xmlFreeDoc(document) }
        }
    }

    private static func makeHandler() -> htmlSAXHandler {
        var sax = htmlSAXHandler()
        sax.startElement = libxml2StartElement
        sax.endElement = libxml2EndElement
        sax.characters = libxml2Characters
        sax.ignorableWhitespace = libxml2Characters
        sax.cdataBlock = libxml2RawText
        sax.serror = libxml2IgnoreError
        return sax
    }
}

/// The builder behind a SAX callback's context (the parser context keeps it in `_private`).
@inline(__always)
private func builder(_ context: UnsafeMutableRawPointer?) -> HTMLTreeBuilder? {
    guard let context else { return nil }
    let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let box = parser.pointee._private else { return nil }
    return Unmanaged<HTMLTreeBuilder>.fromOpaque(box).takeUnretainedValue()
}

@inline(__always)
private func cStringBuffer(_ pointer: UnsafePointer<xmlChar>) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: pointer, count: Int(xmlStrlen(pointer)))
}

private func libxml2StartElement(
    _ context: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?,
    _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
) {
    guard let builder = builder(context), let name else { return }
    builder.startElement(cStringBuffer(name))
    guard let attributes else { return }
    var index = 0
    while let attributeName = attributes[index] {
        let value = attributes[index + 1]
        if let value {
            builder.attribute(cStringBuffer(attributeName), cStringBuffer(value))
        } else {
            builder.attribute(cStringBuffer(attributeName), UnsafeBufferPointer(start: nil, count: 0))
        }
        index += 2
    }
}

private func libxml2EndElement(_ context: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?) {
    builder(context)?.endElement()
}

private func libxml2Characters(_ context: UnsafeMutableRawPointer?, _ characters: UnsafePointer<xmlChar>?, _ length: Int32) {
    guard let characters, length > 0, let builder = builder(context) else { return }
    builder.text(UnsafeBufferPointer(start: characters, count: Int(length)))
}

private func libxml2RawText(_ context: UnsafeMutableRawPointer?, _ characters: UnsafePointer<xmlChar>?, _ length: Int32) {
    guard let characters, length > 0, let builder = builder(context) else { return }
    builder.rawText(UnsafeBufferPointer(start: characters, count: Int(length)))
}

private func libxml2IgnoreError(_ context: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {}
