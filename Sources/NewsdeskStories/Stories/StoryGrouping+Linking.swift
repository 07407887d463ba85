public import NewsdeskCore

extension StoryGrouping {
    /// Sets the article's `story` and `storyline` from the stories grouped here (starting one
    /// when it fits none): how the inputs of one `analyze` are grouped among themselves, in
    /// input order. An article without a story profile is left as it is. Nothing is stored, so
    /// the changes are let go (and the least recent stories past capacity forgotten).
    public mutating func link(_ article: inout Article) {
        guard let profile = article.layers[StoryProfileLayer.self]?.profile, !profile.isEmpty else { return }
        let assigned = assign(articleID: article.id, title: article.title, profile: profile)
        article.story = assigned.story
        article.storyline = assigned.storyline
        _ = takeChanges()
    }
}
