/// Sorting shingle hashes in linear expected time: they are uniformly distributed, so placing
/// each by its top bits into one of about as many buckets as there are hashes, then an insertion
/// sort over the nearly sorted result, moves each hash only a few places.
enum HashSort {
    static func sorted(_ hashes: [UInt64]) -> [UInt64] {
        guard hashes.count > 1 else { return hashes }
        let bits = UInt64.bitWidth - (hashes.count - 1).leadingZeroBitCount
        let shift = UInt64(UInt64.bitWidth - bits)
        var starts = [Int](repeating: 0, count: (1 << bits) + 1)
        for hash in hashes { starts[Int(hash >> shift) + 1] += 1 }
        for bucket in 1..<starts.count { starts[bucket] += starts[bucket - 1] }
        var result = [UInt64](repeating: 0, count: hashes.count)
        for hash in hashes {
            let bucket = Int(hash >> shift)
            result[starts[bucket]] = hash
            starts[bucket] += 1
        }
        for index in 1..<result.count {
            let hash = result[index]
            var position = index
            while position > 0, result[position - 1] > hash {
                result[position] = result[position - 1]
                position -= 1
            }
            result[position] = hash
        }
        return result
    }
}
