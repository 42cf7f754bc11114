//! The brief's opening sentences: rank, strongest and weakest dimension, ties named.

import FolioModel

extension BriefComposer {
    /// One or two sentences from the data: the city's rank, its strongest dimension and how
    /// its weakest compares. Ranks are standard competition ranks, so a rank shared with
    /// other cities is called joint and the cities level with it are named (or counted).
    public func summary(_ slug: String) -> String {
        let city = name(slug)
        let n = edition.cities.count
        guard let overall = edition.overall.row(for: slug) else { return "" }
        let level = overallTies(slug).map { name($0) }
        var s = "\(city) ranks \(jointOrdinal(overall.rank, shared: level.count)) of \(n) cities"
            + " with \(NumberText.grouped(overall.total)) points"
        if !level.isEmpty {
            s += level.count <= 3 ? ", level with \(BriefText.list(level))" : ", level with \(level.count) other cities"
        }
        // The city's own ranks by dimension, in report order.
        let standings = edition.dimensions.compactMap { d in analytics.rank(of: slug, in: d.slug).map { (dimension: d, rank: $0) } }
        // With one dimension there is no strongest or weakest to name.
        guard standings.count > 1, let bestRank = standings.map(\.rank).min(), let worstRank = standings.map(\.rank).max() else {
            return s + "."
        }
        let best = standings.filter { $0.rank == bestRank }
        s += "; " + strongest(best.map(\.dimension), city: slug, rank: bestRank) + "."
        if worstRank != bestRank {
            let worst = standings.filter { $0.rank == worstRank }
            let names = worst.map { $0.dimension.name.lowercased() }
            let rank = jointOrdinal(worstRank, shared: dimensionTies(slug, worst.map(\.dimension)))
            s += names.count <= 3
                ? " Its weakest \(names.count == 1 ? "is" : "are") \(BriefText.list(names)) (\(rank))"
                : " It ranks \(rank) in \(names.count) dimensions, its weakest"
            let diff = worstRank - overall.rank
            s += diff > 0 ? ", \(BriefText.count(diff, "place", "places")) below its overall standing." : "."
        }
        return s
    }

    /// "its strongest dimension is economic strength (2nd)", for one or more
    /// dimensions sharing the city's best rank.
    private func strongest(_ dimensions: [Dimension], city slug: String, rank: Int) -> String {
        let names = dimensions.map { $0.name.lowercased() }
        let ordinal = jointOrdinal(rank, shared: dimensionTies(slug, dimensions))
        switch names.count {
        case 1: return "its strongest dimension is \(names[0]) (\(ordinal))"
        case 2...3: return "its strongest dimensions are \(BriefText.list(names)) (\(ordinal))"
        default: return "it ranks \(ordinal) in \(names.count) dimensions, its strongest"
        }
    }

    /// Other cities with the same overall rank, in ranking order.
    func overallTies(_ slug: String) -> [String] {
        guard let rank = edition.overall.row(for: slug)?.rank else { return [] }
        return edition.overall.rows.filter { $0.rank == rank && $0.city != slug }.map(\.city)
    }

    /// How many other cities share the city's rank in any of `dimensions` (0: the rank is its own).
    private func dimensionTies(_ slug: String, _ dimensions: [Dimension]) -> Int {
        dimensions.map { d -> Int in
            guard let table = edition.table(d.slug), let rank = table.row(for: slug)?.rank else { return 0 }
            return table.rows.filter { $0.rank == rank && $0.city != slug }.count
        }.max() ?? 0
    }

    /// "3rd", or "joint 3rd" when the rank is shared.
    private func jointOrdinal(_ rank: Int, shared: Int) -> String {
        (shared > 0 ? "joint\u{00A0}" : "") + BriefText.ordinal(rank)
    }
}
