/// The time-zone abbreviations news pages print after a time ("18:00 GMT", "9 a.m. EDT",
/// "14.30 Uhr MESZ"), with their offsets from UTC.
public enum ZoneAbbreviations {
    /// Upper-case abbreviation → minutes east of UTC. "IST" is India's (not Ireland's or
    /// Israel's), "CST" North America's Central time (not China's).
    public static let offsets: [String: Int] = [
        "GMT": 0, "UTC": 0, "UT": 0, "WET": 0, "BST": 60, "CET": 60, "MEZ": 60, "CEST": 120, "MESZ": 120,
        "EET": 120, "EEST": 180, "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420,
        "MDT": -360, "PST": -480, "PDT": -420, "JST": 540, "KST": 540, "IST": 330, "MSK": 180,
    ]

    /// Minutes east of UTC of an abbreviation in any case ("gmt", "CEST"), or nil.
    public static func offset(of abbreviation: String) -> Int? {
        offsets[abbreviation.uppercased()]
    }
}
