import Foundation
import NewsdeskCore
import NewsdeskExtract

/// `analyze --input-format jsonl`: every line of every input is one document with what is
/// known of it, `{"text": …, "date": "YYYY-MM-DD", "language": "fr", "url": …}` (only `text`
/// is required), so that one call analyses documents of many dates and languages.
enum RecordInputs {
    struct Record: Decodable {
        var text: String
        var date: String?
        var language: String?
        var url: String?
    }

    /// The documents of `items`, in order; a line that is not a record is an unusable input of
    /// its own ("records.jsonl:3"), so its error is reported on its line of the output.
    static func documents(in items: [InputItem], reader: InputReader) -> [InputItem] {
        items.flatMap { item -> [InputItem] in
            let bytes: [UInt8]
            switch reader.read(item) {
            case .success(let read): bytes = read
            case .failure(let rejection): return [.unusable(path: item.path, rejection)]
            }
            return bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated().compactMap { number, line in
                guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return nil }
                return document(line: Data(line), name: "\(item.path):\(number + 1)")
            }
        }
    }

    private static func document(line: Data, name: String) -> InputItem {
        let record: Record
        do {
            record = try JSONDecoder().decode(Record.self, from: line)
        } catch {
            return .unusable(path: name, Rejection(.notADocument, "not a JSON record with a \"text\" string"))
        }
        if let date = record.date, !AnalyzeCommand.isDate(date) {
            return .unusable(path: name, Rejection(.notADocument, "\"date\" must be YYYY-MM-DD, not '\(date)'"))
        }
        if let language = record.language, !AnalyzeCommand.isLanguageCode(language) {
            return .unusable(path: name, Rejection(.notADocument, "\"language\" must be an ISO 639-1 code, not '\(language)'"))
        }
        return .record(
            name: name, bytes: Array(record.text.utf8),
            metadata: InputMetadata(url: record.url, date: record.date, language: record.language))
    }
}
