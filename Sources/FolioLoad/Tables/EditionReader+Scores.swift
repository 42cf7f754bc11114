//! Reads scores/<dimension>.csv: one scoring table per dimension, checked row by row.

import FolioCore
import FolioModel

extension EditionReader {
    mutating func readScoreTables() {
        guard !cities.isEmpty, !dimensions.isEmpty else { return }
        let known = Set(dimensions.map { "scores/\($0.slug).csv" })
        for extra in folder.files(in: "scores", ext: "csv") where !known.contains(extra) {
            let slug = String(extra.dropFirst("scores/".count).dropLast(4))
            sink.error("no dimension \"\(slug)\" in dimensions.yaml\(NameHint.didYouMean(slug, in: dimensions.map(\.slug))); rename or remove the file",
                       folder.display(extra), 1)
        }
        for dimension in dimensions { readScoreTable(dimension) }
    }

    private mutating func readScoreTable(_ dimension: Dimension) {
        guard let source = read("scores/\(dimension.slug).csv"),
              let csv = parseCSV(source) else { return }
        let variableSlugs = dimension.variables.map(\.slug)
        guard let col = csv.columns(expected: ["rank", "city"] + variableSlugs + ["total"], sink: &sink) else { return }
        let variableColumns = variableSlugs.map { ($0, col[$0]!) }
        let n = cities.count
        let path = csv.path
        var rows: [ScoreRow] = []
        var ranked: [RankedRow] = []
        var lines: [String: Int] = [:]
        var complete = true
        for r in csv.wellFormedRecords(sink: &sink) {
            guard let city = rowCity(r, column: col["city"]!, path: path, seen: &lines) else { complete = false; continue }
            var scores: [Int] = []
            for (v, column) in variableColumns {
                let text = r.fields[column]
                guard let s = integer(text, "score in column \"\(v)\"", expected: "a whole number 1…\(n)", path: path, line: r.line) else { continue }
                guard (1...n).contains(s) else {
                    sink.error("score \(s) in column \"\(v)\" is outside 1…\(n) (scores run from 1 to the number of cities)", path, r.line)
                    continue
                }
                scores.append(s)
            }
            let total = integer(r.fields[col["total"]!], "total", expected: "a whole number", path: path, line: r.line)
            let rank = integer(r.fields[col["rank"]!], "rank", expected: "a whole number 1…\(n)", path: path, line: r.line)
            guard let total, let rank, scores.count == variableSlugs.count else { complete = false; continue }
            if rank < 1 || rank > n {
                sink.error("rank \(rank) is outside 1…\(n)", path, r.line)
                complete = false
                continue
            }
            let sum = scores.reduce(0, +)
            if sum != total {
                inconsistency("variables add up to \(NumberText.grouped(sum)) but the total is \(NumberText.grouped(total))",
                              ConsistencyFailure(file: csv.source.relative, city: city.slug, check: .rowSum,
                                                 published: total, computed: sum),
                              path: path, line: r.line)
            }
            rows.append(ScoreRow(city: city.slug, scores: scores, total: total, rank: rank))
            ranked.append(RankedRow(city: city.slug, name: city.name, total: total, rank: rank, line: r.line))
        }
        let allPresent = reportMissingCities(Set(lines.keys), path: path, line: csv.headerLine)
        // Ranks are only meaningful over the full table; a missing or broken row would shift them.
        if complete && allPresent { checkRanks(ranked, file: csv.source.relative, path: path) }
        scores[dimension.slug] = ScoreTable(dimension: dimension.slug, rows: rows)
        scoreLines[dimension.slug] = lines
    }
}
