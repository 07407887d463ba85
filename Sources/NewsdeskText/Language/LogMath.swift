import Foundation

/// log(e^a + e^b), without overflow: adds probabilities kept as logarithms.
@inline(__always)
func logAddExp(_ a: Double, _ b: Double) -> Double {
    a > b ? a + log1p(exp(b - a)) : b + log1p(exp(a - b))
}

/// log(1 - e^x) for x < 0.
func log1mexp(_ x: Double) -> Double {
    x > -0.693 ? log(-expm1(x)) : log1p(-exp(x))
}
