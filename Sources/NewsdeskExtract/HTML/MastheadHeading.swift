import NewsdeskText

/// A site's masthead set as an h1: the site's name as a link to its front page
/// ("<h1><a href="https://blog.example/">Ann's Blog</a></h1>"), as many blog themes print it
/// above the post's own heading. It names the site, not the article.
enum MastheadHeading {
    /// Whether the heading's text is all one link to a front page.
    static func isMasthead(_ document: HTMLDocument, heading index: Int, text: String) -> Bool {
        let key = TitleMatching.key(text)
        guard !key.isEmpty else { return false }
        let nodes = document.nodes
        let end = Int(nodes[index].end)
        var child = index + 1
        while child < end {
            if nodes[child].tag == .a {
                guard let href = document.attribute(child, .href), isFrontPage(href) else { return false }
                return TitleMatching.key(HTMLText.gather(document, finder: nil, child, limit: 600)) == key
            }
            child += 1
        }
        return false
    }

    /// Whether `href` points at a site's front page: "/", "https://blog.example/",
    /// "/index.html", an archived copy's root ("/web/2017…/http://blog.example/").
    static func isFrontPage(_ href: String) -> Bool {
        var rest = Substring(href.whitespaceTrimmed)
        var absolute = false
        // The last scheme: an archive's address wraps the original one.
        while let scheme = rest.firstRange(of: "://") {
            rest = rest[scheme.upperBound...].drop { $0 != "/" }
            absolute = true
        }
        let path = rest.prefix { $0 != "?" && $0 != "#" }
        if path.isEmpty { return absolute }
        return ["/", "./", "/index.html", "/index.php", "index.html", "index.php"].contains(String(path))
    }
}
