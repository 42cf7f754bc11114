//! The values Analytics returns: dimension statistics, correlations, spreads, standings.

/// Mean, population SD and median of one dimension's totals.
public struct DimensionStatistics: Hashable, Sendable {
    public var dimension: String
    public var mean: Double
    public var standardDeviation: Double
    public var median: Double
    public init(dimension: String, mean: Double, standardDeviation: Double, median: Double) {
        self.dimension = dimension; self.mean = mean; self.standardDeviation = standardDeviation; self.median = median
    }
}

/// Pearson correlation between two dimensions' totals.
public struct DimensionPair: Hashable, Sendable {
    public var a: String
    public var b: String
    public var r: Double
    public init(a: String, b: String, r: Double) { self.a = a; self.b = b; self.r = r }
}

/// How evenly a city scores across dimensions.
public struct CitySpread: Hashable, Sendable {
    public var city: String
    /// Population SD of the city's dimension totals (the report's measure of balance).
    public var scoreStandardDeviation: Double
    /// Population SD of the city's dimension ranks.
    public var rankStandardDeviation: Double
    public var bestRank: Int
    public var worstRank: Int
    public init(city: String, scoreStandardDeviation: Double, rankStandardDeviation: Double, bestRank: Int, worstRank: Int) {
        self.city = city; self.scoreStandardDeviation = scoreStandardDeviation
        self.rankStandardDeviation = rankStandardDeviation; self.bestRank = bestRank; self.worstRank = worstRank
    }
}

/// A city's rank in one dimension compared with its overall rank.
public struct DimensionStanding: Hashable, Sendable {
    public var dimension: String
    public var rank: Int
    /// Overall rank − dimension rank: positive when the dimension is a relative strength.
    public var advantage: Int
    public init(dimension: String, rank: Int, advantage: Int) {
        self.dimension = dimension; self.rank = rank; self.advantage = advantage
    }
}

/// A city in a leader list, with the value it was ranked by and its competition rank.
public struct RankedCity: Hashable, Sendable {
    public var city: String
    public var value: Int
    public var rank: Int
    public init(city: String, value: Int, rank: Int) { self.city = city; self.value = value; self.rank = rank }
}
