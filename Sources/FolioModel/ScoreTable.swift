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
    public var rows: [ScoreRow] { didSet { rowIndex = RowIndex(rows.map(\.city)) } }
    /// Row lookups are by city for every brief and statistic: a linear search made an edition
    /// of 2,800 cities quadratic.
    private var rowIndex: RowIndex
    public init(dimension: String, rows: [ScoreRow]) {
        self.dimension = dimension; self.rows = rows; rowIndex = RowIndex(rows.map(\.city))
    }

    /// The row of a city slug (the first, if a malformed table has two).
    public func row(for city: String) -> ScoreRow? { rowIndex[city].map { rows[$0] } }

    private enum CodingKeys: String, CodingKey { case dimension, rows }
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(dimension: try c.decode(String.self, forKey: .dimension), rows: try c.decode([ScoreRow].self, forKey: .rows))
    }
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
    public var rows: [OverallRow] { didSet { rowIndex = RowIndex(rows.map(\.city)) } }
    private var rowIndex: RowIndex
    public init(rows: [OverallRow]) { self.rows = rows; rowIndex = RowIndex(rows.map(\.city)) }
    public func row(for city: String) -> OverallRow? { rowIndex[city].map { rows[$0] } }

    private enum CodingKeys: String, CodingKey { case rows }
    public init(from decoder: any Decoder) throws {
        self.init(rows: try decoder.container(keyedBy: CodingKeys.self).decode([OverallRow].self, forKey: .rows))
    }
}

/// Position of each city's first row in a table.
struct RowIndex: Hashable, Sendable {
    private var positions: [String: Int] = [:]
    init(_ cities: [String]) {
        for (i, city) in cities.enumerated() where positions[city] == nil { positions[city] = i }
    }
    subscript(city: String) -> Int? { positions[city] }
}
