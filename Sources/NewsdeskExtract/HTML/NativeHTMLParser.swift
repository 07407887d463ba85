/// The default HTML parser, written for the extractor: one pass over the UTF-8 bytes
/// (`HTMLTokenizer`) that repairs the markup as browsers do (`HTMLTreeConstruction`) and
/// builds the extractor's compact tree directly, with no intermediate DOM.
public struct NativeHTMLParser: HTMLParsing {
    public init() {}

    public func parse(_ html: UnsafeBufferPointer<UInt8>, into builder: HTMLTreeBuilder) {
        builder.build { tree in
            tree.reserve(forInputBytes: html.count)
            var tokenizer = HTMLTokenizer(html)
            tokenizer.run(into: &tree)
        }
    }
}
