//! Errors a chart raises while rendering: no data, inconsistent data, not enough room.

/// Why a chart could not be drawn. Messages are one line, name the chart by its title
/// (or kind) and say what to change.
public enum ChartError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The chart was given nothing to show.
    case noData(chart: String)
    /// The data's parts disagree (e.g. a row with fewer values than there are series).
    case inconsistentData(chart: String, detail: String)
    /// The width or height left for the plot is below what the chart can use legibly.
    case notEnoughSpace(chart: String, dimension: String, needed: Double, available: Double)

    public var description: String {
        switch self {
        case .noData(let chart):
            return "\(chart) has no data to show"
        case .inconsistentData(let chart, let detail):
            return "\(chart): \(detail)"
        case .notEnoughSpace(let chart, let dimension, let needed, let available):
            let hint = dimension == "height" ? "give it more height or a smaller aspect ratio" : "give it a wider column"
            return "\(chart) needs at least \(Int(needed.rounded(.up))) pt of plot \(dimension), "
                + "but only \(Int(available.rounded(.down))) pt are left after its titles and labels; \(hint)"
        }
    }
}
