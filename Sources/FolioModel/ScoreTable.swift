//! A dimension's published scoring table and the overall table, rows in published order.

/// One city's row of a dimension table.
public struct ScoreRow: Hashable, Sendable, Codable {
    public var city: String
    /// Variable scores in the dimension's variable order.
    public var scores: [Int]
    public var total: Int
    public var rank: Int
    public init(city: String, scores: [Int], total: Int, rank: Int) {
        self.city = city; self.scores = scores; self.total = total; self.rank = rank
    }
}

/// The scoring table of one dimension, as published.
public struct ScoreTable: Hashable, Sendable, Codable {
    public var dimension: String
    public var rows: [ScoreRow]
    public init(dimension: String, rows: [ScoreRow]) { self.dimension = dimension; self.rows = rows }

    /// The row of a city slug.
    public func row(for city: String) -> ScoreRow? { rows.first { $0.city == city } }
}

/// One city's row of the overall table.
public struct OverallRow: Hashable, Sendable, Codable {
    public var city: String
    /// Published dimension totals in the edition's dimension order.
    public var dimensionTotals: [Int]
    public var total: Int
    public var rank: Int
    public init(city: String, dimensionTotals: [Int], total: Int, rank: Int) {
        self.city = city; self.dimensionTotals = dimensionTotals; self.total = total; self.rank = rank
    }
}

/// The overall table, as published.
public struct OverallTable: Hashable, Sendable, Codable {
    public var rows: [OverallRow]
    public init(rows: [OverallRow]) { self.rows = rows }
    public func row(for city: String) -> OverallRow? { rows.first { $0.city == city } }
}
