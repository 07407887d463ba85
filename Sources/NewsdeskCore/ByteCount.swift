/// A byte count for messages: "52.4 MB".
public struct ByteCount: CustomStringConvertible, Sendable {
    public let bytes: Int
    public init(_ bytes: Int) { self.bytes = bytes }

    public var description: String {
        switch bytes {
        case ..<1_000: "\(bytes) bytes"
        case ..<1_000_000: "\(tenths(bytes, 1_000)) kB"
        default: "\(tenths(bytes, 1_000_000)) MB"
        }
    }

    private func tenths(_ value: Int, _ unit: Int) -> String {
        let scaled = (value * 10 + unit / 2) / unit
        return scaled % 10 == 0 ? "\(scaled / 10)" : "\(scaled / 10).\(scaled % 10)"
    }
}
