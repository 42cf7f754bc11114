//! The score scale of each dimension: its maximum is cities × that dimension's variables.

import FolioModel

/// Maxima of the dimension scores, in report order. Each variable scores 1…cities, so a
/// dimension of k variables scores at most cities × k; dimensions with different numbers of
/// variables have different maxima, and no dimension may stand in for another.
struct DimensionScales: Sendable {
    let maxima: [Double]

    init(_ edition: Edition) {
        let n = edition.cities.count
        maxima = edition.dimensions.map { Double(max(1, n * $0.variables.count)) }
    }

    /// True when every dimension has the same maximum: charts can then share one absolute scale.
    var uniform: Bool { Set(maxima).count <= 1 }

    /// The shared maximum of a uniform edition (the largest otherwise).
    var common: Double { maxima.max() ?? 1 }

    /// A score as a percentage of its dimension's maximum.
    func percent(_ value: Double, dimension index: Int) -> Double {
        guard maxima.indices.contains(index) else { return value }
        return value / maxima[index] * 100
    }
}
