import Foundation
import NewsdeskText

/// Tells text files that are not news from articles, by their structure: JSON data, delimited
/// tables (CSV, TSV), software licence texts, logs and source code (NonArticleSniffer+CodeAndLogs). Such files sit beside pages in scraped and
/// benchmark folders (`ground-truth.json`, `LICENSE`) and would otherwise be stored as articles.
enum NonArticleSniffer {
    /// What the bytes are when they are not an article ("JSON data"), or nil.
    static func kind(of bytes: [UInt8]) -> String? {
        if isJSON(bytes) { return "JSON data" }
        // Every input passes here: the tests read bytes, not characters (a character view of
        // 16 kB cost more than the time stage's whole analysis of the article).
        let sample = bytes.prefix(sampleBytes)
        if isDelimitedTable(sample) { return "CSV data" }
        if isLicence(sample) { return "a licence text" }
        // A page's head is often mostly script and style: code, but the page is what counts.
        guard !hasMarkup(sample) else { return nil }
        if isLog(sample) { return "a log" }
        if isSourceCode(sample) { return "source code" }
        return nil
    }

    /// How much of the start of a file the table and licence tests read.
    static let sampleBytes = 16_384

    /// A JSON object or array, or JSON lines: the whole text parses (one object per line for
    /// JSON lines). Prose never starts with "{" and ends with "}".
    static func isJSON(_ bytes: [UInt8]) -> Bool {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || (0x09...0x0D).contains($0) }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) }),
            (bytes[first] == 0x7B && bytes[last] == 0x7D) || (bytes[first] == 0x5B && bytes[last] == 0x5D)
        else { return false }
        let data = Data(bytes[first...last])
        if (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) != nil { return true }
        // JSON lines: every line an object (the first few checked).
        let lines = data.split(separator: 0x0A).filter { !$0.allSatisfy(isSpace) }.prefix(20)
        return lines.count >= 2 && lines.allSatisfy { (try? JSONSerialization.jsonObject(with: Data($0))) is [String: Any] }
    }

    /// Lines of fields: the same number (at least three fields) of one delimiter outside quotes
    /// on nine lines in ten, over at least five lines, most of which do not end like a sentence.
    /// Prose lines vary in commas; a table's do not.
    static func isDelimitedTable(_ sample: ArraySlice<UInt8>) -> Bool {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || (0x09...0x0D).contains($0) }
        var lines = sample.split(whereSeparator: { $0 == 0x0A || $0 == 0x0D }).filter { !$0.allSatisfy(isSpace) }
        if sample.count >= sampleBytes { lines = lines.dropLast() }  // the last may be cut off
        let head = lines.prefix(50)
        guard head.count >= 5 else { return false }
        // Paragraphs of prose with the same number of commas end like sentences; rows do not.
        let sentenceEnds = head.count { line in
            line.last(where: { !isSpace($0) }).map { ".!?".utf8.contains($0) } ?? false
        }
        if sentenceEnds * 2 >= head.count { return false }
        for delimiter in [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09, UInt8(ascii: "|")] {
            let counts = head.map { fieldSeparators(in: $0, delimiter: delimiter) }
            guard let header = counts.first, header >= 2 else { continue }
            if Double(counts.filter { $0 == header }.count) >= 0.9 * Double(counts.count) { return true }
        }
        return false
    }

    /// Delimiters outside double quotes; both are ASCII, so UTF-8 bytes can be counted as they come.
    private static func fieldSeparators(in line: ArraySlice<UInt8>, delimiter: UInt8) -> Int {
        var quoted = false
        var count = 0
        for byte in line {
            if byte == UInt8(ascii: "\"") { quoted.toggle() } else if byte == delimiter && !quoted { count += 1 }
        }
        return count
    }

    /// Phrases of the common software licences' grant, conditions and disclaimer. A licence text
    /// has two or more near its start; an article quoting a licence, one at most.
    static let licenceCues = [
        "permission is hereby granted, free of charge",
        "the software is provided \"as is\"",
        "redistribution and use in source and binary forms",
        "this software is provided by the copyright holders",
        "gnu general public license",
        "gnu lesser general public license",
        "everyone is permitted to copy and distribute verbatim copies",
        "licensed under the apache license",
        "terms and conditions for use, reproduction, and distribution",
        "without warranties or conditions of any kind",
        "mozilla public license",
        "this is free and unencumbered software released into the public domain",
    ]

    /// The sample lower-cased (ASCII) with runs of white space made one space, then searched for
    /// the cues; a text without "licen" or "software" is none.
    static func isLicence(_ sample: ArraySlice<UInt8>) -> Bool {
        var folded: [UInt8] = []
        folded.reserveCapacity(sample.count)
        var space = false
        for byte in sample {
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                space = true
                continue
            }
            if space && !folded.isEmpty { folded.append(0x20) }
            space = false
            folded.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        let text = String(decoding: folded, as: UTF8.self)
        guard text.containsBytes("licen") || text.containsBytes("software") else { return false }
        return licenceCues.filter { text.containsBytes($0) }.count >= 2
    }
}
