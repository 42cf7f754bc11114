//! Real numbers for chart tests: the sample edition's overall and dimension tables.

import Foundation

/// The cities-2025 tables read straight from `Assets/editions/cities-2025` (plain CSV, no
/// quoting), with a small hard-coded fallback so the tests never depend on a helper's files.
struct EditionSample {
    struct Dimension {
        var slug: String
        var name: String
        var variables: [(slug: String, name: String)]
    }

    var cities: [String]
    /// Dimension totals per city, in dimension order.
    var dimensionTotals: [[Double]]
    var totals: [Double]
    var dimensions: [Dimension]
    /// `variableScores[dimension slug][variable index][city index]`.
    var variableScores: [String: [[Double]]]

    static let shared: EditionSample = load() ?? fallback

    static var editionDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Assets/editions/cities-2025")
    }

    static func csv(_ url: URL) -> [[String]]? {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        return text.split(whereSeparator: \.isNewline).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    static func load() -> EditionSample? {
        let dir = editionDirectory
        guard let overall = csv(dir.appendingPathComponent("overall.csv")), overall.count > 1,
              let yaml = try? String(contentsOf: dir.appendingPathComponent("dimensions.yaml"), encoding: .utf8)
        else { return nil }
        var dims: [Dimension] = []
        var pendingVariable: String?
        for raw in yaml.split(separator: "\n").map(String.init) {
            if raw.hasPrefix("  - slug: ") {
                dims.append(Dimension(slug: String(raw.dropFirst(10)), name: "", variables: []))
            } else if raw.hasPrefix("    name: ") {
                dims[dims.count - 1].name = String(raw.dropFirst(10))
            } else if raw.hasPrefix("      - slug: ") {
                pendingVariable = String(raw.dropFirst(14))
            } else if raw.hasPrefix("        name: "), let v = pendingVariable {
                dims[dims.count - 1].variables.append((v, String(raw.dropFirst(14))))
                pendingVariable = nil
            }
        }
        let header = overall[0]
        let rows = overall.dropFirst()
        let cities = rows.map { $0[1] }
        let dimCols = dims.map { d in header.firstIndex(of: d.slug) }
        guard !dims.isEmpty, dimCols.allSatisfy({ $0 != nil }), let totalCol = header.firstIndex(of: "total") else { return nil }
        let dimensionTotals = rows.map { r in dimCols.map { Double(r[$0!]) ?? 0 } }
        let totals = rows.map { Double($0[totalCol]) ?? 0 }
        var scores: [String: [[Double]]] = [:]
        for d in dims {
            guard let table = csv(dir.appendingPathComponent("scores/\(d.slug).csv")) else { continue }
            let h = table[0]
            let byCity = Dictionary(table.dropFirst().map { ($0[1], $0) }, uniquingKeysWith: { a, _ in a })
            scores[d.slug] = d.variables.map { v in
                guard let c = h.firstIndex(of: v.slug) else { return [] }
                return cities.map { Double(byCity[$0]?[c] ?? "") ?? .nan }
            }
        }
        return EditionSample(cities: cities, dimensionTotals: dimensionTotals, totals: totals, dimensions: dims,
                             variableScores: scores)
    }

    /// Twelve cities with made-up but plausible numbers.
    static let fallback: EditionSample = {
        let cities = ["Shanghai", "Beijing", "Shenzhen", "Hangzhou", "Guangzhou", "Chengdu", "Suzhou", "Nanjing",
                      "Wuhan", "Xi'an", "Harbin", "Zhaoqing"]
        let names = (1...10).map { "Dimension \($0)" }
        let dims = names.map { n in
            Dimension(slug: n.lowercased().replacingOccurrences(of: " ", with: "-"), name: n,
                      variables: (1...5).map { ("variable-\($0)", "Variable \($0)") })
        }
        let totals = cities.indices.map { i -> [Double] in
            (0..<10).map { d in Double(290 - i * 18 - (d * 7 + i * 13) % 40) }
        }
        var scores: [String: [[Double]]] = [:]
        for (k, d) in dims.enumerated() {
            scores[d.slug] = (0..<5).map { v in cities.indices.map { Double(60 - ($0 * 5 + v * 7 + k * 3) % 60) } }
        }
        return EditionSample(cities: cities, dimensionTotals: totals, totals: totals.map { $0.reduce(0, +) },
                             dimensions: dims, variableScores: scores)
    }()

    /// Tier name of an overall total, as in edition.yaml.
    static func tier(_ total: Double) -> String {
        total >= 2401 ? "First tier" : total >= 2000 ? "Second tier" : total >= 1500 ? "Third tier" : "Other"
    }

    func median(_ values: [Double]) -> Double {
        let s = values.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    /// Pearson correlation of two columns.
    static func correlation(_ a: [Double], _ b: [Double]) -> Double {
        let n = Double(a.count)
        let ma = a.reduce(0, +) / n, mb = b.reduce(0, +) / n
        var sab = 0.0, saa = 0.0, sbb = 0.0
        for i in a.indices { sab += (a[i] - ma) * (b[i] - mb); saa += (a[i] - ma) * (a[i] - ma); sbb += (b[i] - mb) * (b[i] - mb) }
        return sab / (saa * sbb).squareRoot()
    }

    static func standardDeviation(_ v: [Double]) -> Double {
        let m = v.reduce(0, +) / Double(v.count)
        return (v.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(v.count - 1)).squareRoot()
    }
}
