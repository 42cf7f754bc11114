//! How much cities differ per dimension, on a scale that compares dimensions of unequal size.

import FolioCharts
import FolioModel

/// The standard deviation of each dimension's totals. When every dimension has the same
/// number of variables the points compare directly; otherwise a dimension of six variables
/// spreads wider than one of three for that reason alone, so each SD is shown as a share
/// of its own dimension's maximum (variables × cities) and the subtitle says so.
struct DimensionSpread {
    var names: [String]
    var values: [Double]
    /// True when the dimensions' maxima differ and values are percentages of each maximum.
    var relative: Bool

    init(edition: Edition, analytics: Analytics) {
        let stats = analytics.dimensionStatistics
        let dimensions = stats.map { edition.dimension($0.dimension) }
        relative = Set(edition.dimensions.map(\.variables.count)).count > 1
        names = zip(stats, dimensions).map { $1?.name ?? $0.dimension }
        let cities = Double(edition.cities.count)
        values = zip(stats, dimensions).map { [relative] s, d in
            guard relative, let d, cities > 0, !d.variables.isEmpty else { return s.standardDeviation }
            return 100 * s.standardDeviation / (Double(d.variables.count) * cities)
        }
    }

    var format: NumberFormat { relative ? NumberFormat(decimals: 1, suffix: "%") : NumberFormat(decimals: 1) }

    var measure: String { relative ? "standard deviation as a share of the dimension's maximum" : "standard deviation" }

    /// The layout's subtitle, with the scale named when it is relative.
    func subtitle(_ given: String?) -> String? {
        guard relative else { return given }
        let note = "as a share of each dimension's maximum (dimensions differ in their number of variables)"
        guard let given, !given.isEmpty else { return note.prefix(1).uppercased() + note.dropFirst() }
        return given + ", " + note
    }
}
