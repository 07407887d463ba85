import Foundation

/// Small, allocation-light helpers for the parts of a URL that articles record.
public enum URLParts {
    /// The host of an http(s) URL without a leading `www.`, lower-cased; nil when there is none.
    public static func domain(_ url: String) -> String? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        let afterScheme = url[schemeEnd.upperBound...]
        let authority = afterScheme.prefix(while: { $0 != "/" && $0 != "?" && $0 != "#" })
        let hostAndPort = authority.split(separator: "@").last ?? authority
        var host = hostAndPort.prefix(while: { $0 != ":" }).lowercased()
        if host.hasPrefix("www.") { host.removeFirst(4) }
        return host.isEmpty ? nil : host
    }
}
