//! A larger edition made from a real one by resampling, for scale benchmarks: 2,800 cities
//! (China's county-level regions) with scores, ranks and totals that are consistent.

import FolioCore
import FolioModel

public enum SyntheticEdition {
    /// An edition of `count` cities. City i copies the profile of real city i mod n, with its
    /// variable scores stretched to 1…count plus deterministic jitter; totals and
    /// competition ranks are recomputed, tier thresholds scaled by count / n. The first n
    /// cities keep their real names and slugs, so observations and notes still apply.
    public static func resample(_ base: Edition, to count: Int, seed: UInt64 = 2025) -> Edition {
        let n = base.cities.count
        let factor = Double(count) / Double(n)
        var rng = SeededRandom(seed: seed)  // the same sequence on every machine
        func next() -> UInt64 { rng.next() }
        var cities: [City] = []
        var source: [String] = []
        for i in 0..<count {
            let real = base.cities[i % n]
            let copy = i / n
            cities.append(copy == 0 ? real : City(slug: "\(real.slug)-\(copy + 1)", name: "\(real.name) \(copy + 1)",
                                                 nameZh: real.nameZh, province: real.province))
            source.append(real.slug)
        }
        var dimensionTotals = Array(repeating: [Int](), count: count)
        var scores: [ScoreTable] = []
        for dimension in base.dimensions {
            guard let table = base.table(dimension.slug) else { continue }
            var rows: [ScoreRow] = []
            for (i, city) in cities.enumerated() {
                let real = table.row(for: source[i])
                let values = (real?.scores ?? Array(repeating: n / 2, count: dimension.variables.count)).map { s in
                    let low = Double(s - 1) * factor
                    let v = Int(low) + 1 + Int(next() % UInt64(max(1, Int(factor))))
                    return min(count, max(1, v))
                }
                rows.append(ScoreRow(city: city.slug, scores: values, total: values.reduce(0, +), rank: 0))
            }
            rank(&rows, total: \.total, setRank: { $0.rank = $1 })
            for (i, r) in rows.enumerated() { dimensionTotals[i].append(r.total) }
            scores.append(ScoreTable(dimension: dimension.slug, rows: rows.sorted { ($0.rank, $0.city) < ($1.rank, $1.city) }))
        }
        var overall = cities.enumerated().map { i, c in
            OverallRow(city: c.slug, dimensionTotals: dimensionTotals[i], total: dimensionTotals[i].reduce(0, +), rank: 0)
        }
        rank(&overall, total: \.total, setRank: { $0.rank = $1 })
        let tiers = base.tiers.map { Tier(id: $0.id, name: $0.name, minTotal: Int(Double($0.minTotal) * factor)) }
        let notes = cities.enumerated().compactMap { i, c in base.note(for: source[i]).map { CityNote(city: c.slug, text: $0.text) } }
        return Edition(info: base.info, tiers: tiers, cities: cities, dimensions: base.dimensions, indicators: base.indicators,
                       scores: scores, overall: OverallTable(rows: overall.sorted { ($0.rank, $0.city) < ($1.rank, $1.city) }),
                       references: base.references, exceptions: [], cityNotes: notes,
                       texts: base.texts, narratives: base.narratives, observations: base.observations)
    }

    /// Standard competition ranking by total, highest first (ties share a rank).
    private static func rank<Row>(_ rows: inout [Row], total: KeyPath<Row, Int>, setRank: (inout Row, Int) -> Void) {
        let order = rows.indices.sorted { rows[$0][keyPath: total] > rows[$1][keyPath: total] }
        var previous: Int?
        var current = 0
        for (position, i) in order.enumerated() {
            let t = rows[i][keyPath: total]
            if t != previous { current = position + 1; previous = t }
            setRank(&rows[i], current)
        }
    }
}
