/// The default HTML parser, written for the extractor: one pass over the UTF-8 bytes
/// (`HTMLTokenizer`) that repairs the markup as browsers do (`HTMLTreeConstruction`) and
/// builds the extractor's compact tree directly, with no intermediate DOM.
public struct NativeHTMLParser: HTMLParsing {
    public init() {}

    public func parse(_ html: String, into builder: HTMLTreeBuilder) {
        var html = html
        html.withUTF8 { bytes in
            builder.build { tree in
                var tokenizer = HTMLTokenizer(bytes)
                tokenizer.run(into: &tree)
            }
        }
    }
}
