public import NewsdeskCore

extension CopyIndex {
    /// Sets the article's `duplicateOf` from the articles remembered here (nil when it copies
    /// none of them), then remembers it: how the inputs of one `analyze` are linked among
    /// themselves, in input order. An article without a fingerprint is left as it is.
    public mutating func link(_ article: inout Article, candidates limit: Int = 8) {
        guard let fingerprint = (article.layers[AnnotationKind.fingerprint] as? FingerprintLayer)?.fingerprint, !fingerprint.isEmpty else { return }
        let found = candidates(for: fingerprint, limit: limit)
        let original = CopyDecision.original(of: fingerprint, id: article.id, among: found) { self[$0]?.published }
        article.duplicateOf = original
        add(CopyCandidate(id: article.id, published: article.published, fingerprint: fingerprint, original: original))
    }
}
