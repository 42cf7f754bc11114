//! Checks shared by the dimension tables and the overall table: ranks and missing cities.

import FolioModel

/// One row's place in a ranked table, as needed by the rank check.
struct RankedRow {
    let city: String
    let name: String
    let total: Int
    let rank: Int
    let line: Int
}

extension EditionReader {
    /// Reports every row whose rank differs from the standard competition rank of its total
    /// (ties share a rank, the next rank skips: 1, 2, 2, 4).
    mutating func checkRanks(_ rows: [RankedRow], file: String, path: String) {
        let expected = Statistics.competitionRanks(rows.map(\.total))
        for (row, want) in zip(rows, expected) where row.rank != want {
            let tied = rows.filter { $0.total == row.total && $0.city != row.city }.map(\.name)
            let tie = tied.isEmpty ? "" : "; it ties with \(NumberText.list(tied)) and shares rank \(want)"
            inconsistency("rank \(row.rank) does not follow from the totals: total \(NumberText.grouped(row.total)) ranks \(want) by standard competition ranking\(tie)",
                          ConsistencyFailure(file: file, city: row.city, check: .rank, published: row.rank, computed: want),
                          path: path, line: row.line)
        }
    }

    /// Reports cities of cities.csv that a table does not list.
    mutating func reportMissingCities(_ present: Set<String>, path: String, line: Int) -> Bool {
        let missing = cities.filter { !present.contains($0.slug) }
        for c in missing {
            sink.error("no row for city \"\(c.name)\"; every city in cities.csv needs one", path, line)
        }
        return missing.isEmpty
    }
}
