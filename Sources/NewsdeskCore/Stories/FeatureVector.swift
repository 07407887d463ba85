/// A sparse vector of hashed features with their weights, sorted by feature: what an article's
/// story profile and a story's accumulated profile are made of. Dot products walk two sorted
/// lists, so comparing a profile with a story costs the sum of their lengths.
public struct FeatureVector: Sendable, Equatable {
    public private(set) var features: [UInt64]
    public private(set) var weights: [Float]

    public init() {
        features = []
        weights = []
    }

    /// The vector of these weights (features of weight 0 left out).
    public init(_ weights: [UInt64: Float]) {
        let sorted = weights.filter { $0.value != 0 }.sorted { $0.key < $1.key }
        features = sorted.map(\.key)
        self.weights = sorted.map(\.value)
    }

    /// From parallel lists already sorted by feature, without repeats (as `bytes` holds them).
    init(sortedFeatures features: [UInt64], weights: [Float]) {
        self.features = features
        self.weights = weights
    }

    public var count: Int { features.count }
    public var isEmpty: Bool { features.isEmpty }

    public var length: Double { Double(weights.reduce(Float(0)) { $0 + $1 * $1 }).squareRoot() }

    /// The same direction with length 1 (an empty or zero vector stays as it is).
    public func normalized() -> FeatureVector {
        let length = Float(self.length)
        guard length > 0 else { return self }
        return FeatureVector(sortedFeatures: features, weights: weights.map { $0 / length })
    }

    /// The `count` heaviest features (ties: the smaller feature), still sorted by feature.
    public func heaviest(_ count: Int) -> FeatureVector {
        guard self.count > count else { return self }
        let kept = heaviestFeatures(count).sorted()
        var result = FeatureVector()
        var index = 0
        for feature in kept {
            while features[index] != feature { index += 1 }
            result.features.append(feature)
            result.weights.append(weights[index])
        }
        return result
    }

    /// The features of the `count` heaviest weights, heaviest first.
    public func heaviestFeatures(_ count: Int) -> [UInt64] {
        zip(features, weights).sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(count).map(\.0)
    }

    public func dot(_ other: FeatureVector) -> Double {
        var sum: Float = 0
        var left = 0
        var right = 0
        while left < features.count && right < other.features.count {
            let a = features[left]
            let b = other.features[right]
            if a == b {
                sum += weights[left] * other.weights[right]
                left += 1
                right += 1
            } else if a < b {
                left += 1
            } else {
                right += 1
            }
        }
        return Double(sum)
    }

    /// This vector plus `scale` times `other`.
    public func adding(_ other: FeatureVector, scale: Float = 1) -> FeatureVector {
        var result = FeatureVector()
        result.features.reserveCapacity(features.count + other.features.count)
        result.weights.reserveCapacity(features.count + other.features.count)
        var left = 0
        var right = 0
        while left < features.count || right < other.features.count {
            let a = left < features.count ? features[left] : .max
            let b = right < other.features.count ? other.features[right] : .max
            if left < features.count && (right == other.features.count || a < b) {
                result.features.append(a)
                result.weights.append(weights[left])
                left += 1
            } else if left == features.count || b < a {
                result.features.append(b)
                result.weights.append(scale * other.weights[right])
                right += 1
            } else {
                result.features.append(a)
                result.weights.append(weights[left] + scale * other.weights[right])
                left += 1
                right += 1
            }
        }
        return result
    }
}

extension FeatureVector {
    /// Twelve bytes a feature, little-endian: the feature, then its weight's bits. How the store
    /// keeps a vector.
    public var bytes: [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(features.count * 12)
        for (feature, weight) in zip(features, weights) {
            withUnsafeBytes(of: feature.littleEndian) { bytes.append(contentsOf: $0) }
            withUnsafeBytes(of: weight.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
        }
        return bytes
    }

    /// The vector `bytes` wrote; nil when the bytes are not such a vector (a length that is not
    /// a multiple of twelve, or features out of order).
    public init?(bytes: [UInt8]) {
        guard bytes.count % 12 == 0 else { return nil }
        var features: [UInt64] = []
        var weights: [Float] = []
        features.reserveCapacity(bytes.count / 12)
        weights.reserveCapacity(bytes.count / 12)
        var offset = 0
        while offset < bytes.count {
            var feature: UInt64 = 0
            for index in 0..<8 { feature |= UInt64(bytes[offset + index]) << (8 * index) }
            var bits: UInt32 = 0
            for index in 0..<4 { bits |= UInt32(bytes[offset + 8 + index]) << (8 * index) }
            if let last = features.last, last >= feature { return nil }
            features.append(feature)
            weights.append(Float(bitPattern: bits))
            offset += 12
        }
        self.init(sortedFeatures: features, weights: weights)
    }
}
