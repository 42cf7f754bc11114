//! Figures computed from an edition's tables: spread, correlation, tiers, leaders, profiles.

/// Pure functions over an `Edition`, used by charts, data-bound text and briefs.
///
/// Dimension totals come from the dimension tables; the overall total and rank come from the
/// overall table (both as published). Standard deviations are population SDs (divide by n).
public struct Analytics: Sendable {
    public let edition: Edition

    public init(_ edition: Edition) { self.edition = edition }

    // MARK: Series

    /// Dimension totals of every city in report order (cities missing from the table are skipped).
    public func totals(_ dimension: String) -> [(city: String, total: Int)] {
        guard let table = edition.table(dimension) else { return [] }
        return edition.cities.compactMap { c in table.row(for: c.slug).map { (c.slug, $0.total) } }
    }

    private func series(_ dimension: String) -> [Double] { totals(dimension).map { Double($0.total) } }

    // MARK: Per-dimension statistics

    public func mean(_ dimension: String) -> Double { Statistics.mean(series(dimension)) }
    /// Population standard deviation of the dimension totals across cities.
    public func standardDeviation(_ dimension: String) -> Double { Statistics.standardDeviation(series(dimension)) }
    /// Median dimension total (the reference ring of a radar chart).
    public func median(_ dimension: String) -> Double { Statistics.median(series(dimension)) }

    /// Mean, SD and median of every dimension, in report order.
    public var dimensionStatistics: [DimensionStatistics] {
        edition.dimensions.map { d in
            let xs = series(d.slug)
            return DimensionStatistics(dimension: d.slug, mean: Statistics.mean(xs),
                                       standardDeviation: Statistics.standardDeviation(xs),
                                       median: Statistics.median(xs))
        }
    }

    // MARK: Correlation

    /// Pearson r between two dimensions' totals over the cities present in both tables.
    public func correlation(_ a: String, _ b: String) -> Double {
        guard let ta = edition.table(a), let tb = edition.table(b) else { return .nan }
        var xs: [Double] = [], ys: [Double] = []
        for c in edition.cities {
            if let ra = ta.row(for: c.slug), let rb = tb.row(for: c.slug) {
                xs.append(Double(ra.total)); ys.append(Double(rb.total))
            }
        }
        return Statistics.pearson(xs, ys)
    }

    /// Every unordered pair of dimensions (report order, `a` before `b`) with its Pearson r.
    public var correlations: [DimensionPair] {
        let ds = edition.dimensions
        var pairs: [DimensionPair] = []
        for i in ds.indices {
            for j in ds.indices where j > i {
                pairs.append(DimensionPair(a: ds[i].slug, b: ds[j].slug, r: correlation(ds[i].slug, ds[j].slug)))
            }
        }
        return pairs
    }

    // MARK: Cities

    /// The city's published rank in a dimension.
    public func rank(of city: String, in dimension: String) -> Int? { edition.table(dimension)?.row(for: city)?.rank }
    public func score(of city: String, in dimension: String) -> Int? { edition.table(dimension)?.row(for: city)?.total }
    public func score(of city: String, in dimension: String, variable: String) -> Int? {
        guard let d = edition.dimension(dimension), let i = d.variableIndex(variable),
              let row = edition.table(dimension)?.row(for: city), i < row.scores.count else { return nil }
        return row.scores[i]
    }
    public func overallRank(of city: String) -> Int? { edition.overall.row(for: city)?.rank }
    public func overallTotal(of city: String) -> Int? { edition.overall.row(for: city)?.total }

    /// How evenly a city scores across dimensions: SD of its dimension totals and of its
    /// dimension ranks (population SDs), plus its best and worst rank.
    public func spread(of city: String) -> CitySpread? {
        var scores: [Double] = [], ranks: [Int] = []
        for d in edition.dimensions {
            guard let row = edition.table(d.slug)?.row(for: city) else { continue }
            scores.append(Double(row.total)); ranks.append(row.rank)
        }
        guard let best = ranks.min(), let worst = ranks.max() else { return nil }
        return CitySpread(city: city, scoreStandardDeviation: Statistics.standardDeviation(scores),
                          rankStandardDeviation: Statistics.standardDeviation(ranks.map(Double.init)),
                          bestRank: best, worstRank: worst)
    }

    /// The city's dimensions ordered from strongest to weakest relative to its overall rank:
    /// `advantage` = overall rank − dimension rank (positive = better than overall).
    /// Ties keep report order.
    public func profile(of city: String) -> [DimensionStanding] {
        guard let overall = overallRank(of: city) else { return [] }
        let standings = edition.dimensions.enumerated().compactMap { (i, d) -> (Int, DimensionStanding)? in
            guard let r = rank(of: city, in: d.slug) else { return nil }
            return (i, DimensionStanding(dimension: d.slug, rank: r, advantage: overall - r))
        }
        return standings.sorted { $0.1.advantage != $1.1.advantage ? $0.1.advantage > $1.1.advantage : $0.0 < $1.0 }
            .map(\.1)
    }

    /// The `count` dimensions where the city does best relative to its overall rank.
    public func strongestDimensions(of city: String, count: Int = 3) -> [DimensionStanding] {
        Array(profile(of: city).prefix(count))
    }

    /// The `count` dimensions where the city does worst relative to its overall rank, weakest first.
    public func weakestDimensions(of city: String, count: Int = 3) -> [DimensionStanding] {
        Array(profile(of: city).reversed().prefix(count))
    }

    /// Cities whose rank is ≤ `n` in every dimension, in report order.
    public func citiesInTopOfEveryDimension(_ n: Int) -> [String] {
        edition.cities.map(\.slug).filter { c in
            edition.dimensions.allSatisfy { d in (rank(of: c, in: d.slug) ?? .max) <= n }
        }
    }

    // MARK: Tiers

    /// The tier of a total: the tier with the highest `minTotal` ≤ total.
    public func tier(forTotal total: Int) -> Tier? { edition.tiers.first { total >= $0.minTotal } }
    public func tier(of city: String) -> Tier? { overallTotal(of: city).flatMap { tier(forTotal: $0) } }
    /// Cities of a tier id in overall-table order.
    public func cities(inTier id: Int) -> [String] {
        edition.overall.rows.filter { tier(forTotal: $0.total)?.id == id }.map(\.city)
    }

    // MARK: Leaders

    /// The `n` leading cities of a dimension by total; ties at the cut are included.
    public func top(_ n: Int, dimension: String) -> [RankedCity] {
        Self.top(n, of: totals(dimension).map { ($0.city, $0.total) }, order: orderOf)
    }

    /// The `n` leading cities by one variable score; ties at the cut are included.
    public func top(_ n: Int, dimension: String, variable: String) -> [RankedCity] {
        // `score(of:in:variable:)` per city, with the table and column looked up once.
        guard let d = edition.dimension(dimension), let i = d.variableIndex(variable), let table = edition.table(dimension) else { return [] }
        let values = edition.cities.compactMap { c in
            table.row(for: c.slug).flatMap { i < $0.scores.count ? (c.slug, $0.scores[i]) : nil }
        }
        return Self.top(n, of: values, order: orderOf)
    }

    /// The `n` leading cities by overall total; ties at the cut are included.
    public func topOverall(_ n: Int) -> [RankedCity] {
        Self.top(n, of: edition.overall.rows.map { ($0.city, $0.total) }, order: orderOf)
    }

    /// The `n` trailing cities of a dimension by total, lowest first, with their rank counted
    /// from the bottom (1 = lowest); ties at the cut are included, so every city sharing the
    /// lowest score is named, not just one of them.
    public func bottom(_ n: Int, dimension: String) -> [RankedCity] {
        Self.top(n, of: totals(dimension).map { ($0.city, -$0.total) }, order: orderOf)
            .map { RankedCity(city: $0.city, value: -$0.value, rank: $0.rank) }
    }

    private func orderOf(_ city: String) -> Int { edition.cityOrder(city) ?? .max }

    /// Sorts by value (descending) then report order, ranks by standard competition ranking,
    /// and keeps every city whose rank is ≤ n, so a tie at the cut never drops a city arbitrarily.
    static func top(_ n: Int, of values: [(String, Int)], order: (String) -> Int) -> [RankedCity] {
        // Each city's order looked up once, not once per comparison.
        let sorted = values.map { ($0.0, $0.1, order($0.0)) }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.2 < $1.2 }
        var result: [RankedCity] = []
        for (i, entry) in sorted.enumerated() {
            let rank = (i > 0 && sorted[i - 1].1 == entry.1) ? result[i - 1].rank : i + 1
            if rank > n { break }
            result.append(RankedCity(city: entry.0, value: entry.1, rank: rank))
        }
        return result
    }
}
