//! Reads overall.csv and cross-checks it against the dimension tables.

import FolioCore
import FolioModel

extension EditionReader {
    mutating func readOverallTable() {
        guard !cities.isEmpty, !dimensions.isEmpty,
              let source = read("overall.csv"),
              let csv = parseCSV(source) else { return }
        let slugs = dimensions.map(\.slug)
        guard let col = csv.columns(expected: ["rank", "city"] + slugs + ["total"], sink: &sink) else { return }
        let path = csv.path, cityCount = cities.count
        var rows: [OverallRow] = []
        var ranked: [RankedRow] = []
        var lines: [String: Int] = [:]
        var complete = true
        for r in csv.wellFormedRecords(sink: &sink) {
            guard let city = rowCity(r, column: col["city"]!, path: path, seen: &lines) else { complete = false; continue }
            var totals: [Int] = []
            for d in slugs {
                guard let t = integer(r.fields[col[d]!], "\"\(d)\" total", expected: "a whole number", path: path, line: r.line) else { continue }
                totals.append(t)
                if let dimRow = scores[d]?.row(for: city.slug), dimRow.total != t {
                    let at = scoreLines[d]?[city.slug].map { " at line \($0)" } ?? ""
                    inconsistency("\"\(d)\" total \(NumberText.grouped(t)) differs from scores/\(d).csv (\(NumberText.grouped(dimRow.total))\(at))",
                                  ConsistencyFailure(file: "overall.csv", city: city.slug, check: .dimensionTotal, column: d,
                                                     published: t, computed: dimRow.total),
                                  path: path, line: r.line)
                }
            }
            let total = integer(r.fields[col["total"]!], "total", expected: "a whole number", path: path, line: r.line)
            let rank = integer(r.fields[col["rank"]!], "rank", expected: "a whole number 1…\(cityCount)", path: path, line: r.line)
            guard let total, let rank, totals.count == slugs.count else { complete = false; continue }
            let sum = totals.reduce(0, +)
            if sum != total {
                inconsistency("dimension totals add up to \(NumberText.grouped(sum)) but the total is \(NumberText.grouped(total))",
                              ConsistencyFailure(file: "overall.csv", city: city.slug, check: .overallTotal,
                                                 published: total, computed: sum),
                              path: path, line: r.line)
            }
            rows.append(OverallRow(city: city.slug, dimensionTotals: totals, total: total, rank: rank))
            ranked.append(RankedRow(city: city.slug, name: city.name, total: total, rank: rank, line: r.line))
        }
        let allPresent = reportMissingCities(Set(lines.keys), path: path, line: csv.headerLine)
        if complete && allPresent { checkRanks(ranked, file: "overall.csv", path: path) }
        overall = OverallTable(rows: rows)
    }
}
