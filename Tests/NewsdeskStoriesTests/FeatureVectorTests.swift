import NewsdeskCore
import Testing

@Suite struct FeatureVectorTests {
    @Test func dotProductsMeetOnSharedFeaturesOnly() {
        let a = FeatureVector([1: 1, 5: 2, 9: 3])
        let b = FeatureVector([5: 4, 7: 1, 9: -1])
        #expect(a.dot(b) == 8 - 3)
        #expect(b.dot(a) == a.dot(b))
        #expect(a.dot(FeatureVector()) == 0)
    }

    @Test func normalizedVectorsHaveLengthOne() {
        let vector = FeatureVector([3: 3, 4: 4]).normalized()
        #expect(abs(vector.length - 1) < 1e-6)
        #expect(abs(vector.dot(vector) - 1) < 1e-6)
        #expect(FeatureVector().normalized().isEmpty)
    }

    @Test func addingMergesSortedFeatures() {
        let sum = FeatureVector([1: 1, 4: 1]).adding(FeatureVector([2: 1, 4: 2]), scale: 0.5)
        #expect(sum.features == [1, 2, 4])
        #expect(sum.weights == [1, 0.5, 2])
    }

    @Test func heaviestKeepsTheLargestWeightsInFeatureOrder() {
        let vector = FeatureVector([10: 0.5, 20: 3, 30: 1, 40: 2])
        #expect(vector.heaviest(2).features == [20, 40])
        #expect(vector.heaviestFeatures(3) == [20, 40, 30])
        #expect(vector.heaviest(10) == vector)
    }

    @Test func bytesRoundTripAndDamageIsRefused() throws {
        let vector = FeatureVector([UInt64.max: 0.25, 7: -1.5, 1 << 40: 3])
        #expect(FeatureVector(bytes: vector.bytes) == vector)
        #expect(FeatureVector(bytes: Array(vector.bytes.dropLast())) == nil, "not a multiple of twelve")
        let swapped = Array(vector.bytes[12..<24] + vector.bytes[0..<12] + vector.bytes[24...])
        #expect(FeatureVector(bytes: swapped) == nil, "features out of order")
    }
}
