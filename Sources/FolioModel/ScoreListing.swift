//! Every figure of the tables as one canonical long table (`dimension,variable,city,value`).

/// One figure of the long table. Names are display names, as printed in the report.
public struct ScoreListingRow: Hashable, Sendable, Codable {
    public var dimension: String
    public var variable: String
    public var city: String
    public var value: Int
    public init(dimension: String, variable: String, city: String, value: Int) {
        self.dimension = dimension; self.variable = variable; self.city = city; self.value = value
    }
}

/// The analyst's export behind `folio scores`: deterministic order, CSV or JSON text.
///
/// Order: for each dimension (report order), for each row of its table (published order),
/// the variable scores, then `Total`, then `Rank`; then the overall table (`Overall`), each
/// row giving the published dimension totals (dimension names), `Total` and `Rank`.
public enum ScoreListing {
    public static let header = ["dimension", "variable", "city", "value"]

    public static func rows(of edition: Edition) -> [ScoreListingRow] {
        var rows: [ScoreListingRow] = []
        func name(_ slug: String) -> String { edition.city(slug)?.name ?? slug }
        for dimension in edition.dimensions {
            guard let table = edition.table(dimension.slug) else { continue }
            for row in table.rows {
                for (variable, score) in zip(dimension.variables, row.scores) {
                    rows.append(.init(dimension: dimension.name, variable: variable.name, city: name(row.city), value: score))
                }
                rows.append(.init(dimension: dimension.name, variable: "Total", city: name(row.city), value: row.total))
                rows.append(.init(dimension: dimension.name, variable: "Rank", city: name(row.city), value: row.rank))
            }
        }
        for row in edition.overall.rows {
            for (dimension, total) in zip(edition.dimensions, row.dimensionTotals) {
                rows.append(.init(dimension: "Overall", variable: dimension.name, city: name(row.city), value: total))
            }
            rows.append(.init(dimension: "Overall", variable: "Total", city: name(row.city), value: row.total))
            rows.append(.init(dimension: "Overall", variable: "Rank", city: name(row.city), value: row.rank))
        }
        return rows
    }

    /// RFC 4180 CSV with the exact header `dimension,variable,city,value` and LF line ends.
    public static func csv(_ rows: [ScoreListingRow]) -> String {
        var out = header.joined(separator: ",") + "\n"
        for r in rows {
            out += [csvField(r.dimension), csvField(r.variable), csvField(r.city), String(r.value)].joined(separator: ",") + "\n"
        }
        return out
    }

    /// A JSON array of objects with the keys `dimension`, `variable`, `city`, `value`, one per line.
    public static func json(_ rows: [ScoreListingRow]) -> String {
        if rows.isEmpty { return "[]\n" }
        let lines = rows.map { r in
            "  {\"dimension\": \(jsonString(r.dimension)), \"variable\": \(jsonString(r.variable)), "
                + "\"city\": \(jsonString(r.city)), \"value\": \(r.value)}"
        }
        return "[\n" + lines.joined(separator: ",\n") + "\n]\n"
    }

    static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }

    static func jsonString(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}
