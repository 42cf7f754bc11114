//! Reads cities.csv: the cities in report order.

import FolioCore
import FolioModel

extension EditionReader {
    mutating func readCities() {
        guard let source = read("cities.csv"),
              let csv = parseCSV(source),
              let col = csv.columns(expected: ["slug", "name", "name_zh", "province"], sink: &sink) else { return }
        var lineOfSlug: [String: Int] = [:], lineOfName: [String: Int] = [:]
        for r in csv.wellFormedRecords(sink: &sink) {
            let slug = r.fields[col["slug"]!], name = r.fields[col["name"]!]
            guard !slug.isEmpty, !name.isEmpty else {
                sink.error("a city needs a slug and a name", csv.path, r.line)
                continue
            }
            if let field = ["name", "name_zh", "province"].first(where: { r.fields[col[$0]!].contains("\n") }) {
                sink.error("the city's \(field) contains a line break (a quoted field spanning lines); write it on one line", csv.path, r.line)
                continue
            }
            guard SlugSyntax.isValid(slug) else {
                let folded = Slug.make(slug)
                let hint = SlugSyntax.isValid(folded) ? "; did you mean \"\(folded)\"?" : ""
                sink.error("city slug \(NameHint.quoted(slug)) is not a valid slug (\(SlugSyntax.rule))\(hint)", csv.path, r.line)
                continue
            }
            if let first = lineOfSlug[slug] {
                sink.error("duplicate city slug \"\(slug)\" (first at line \(first))", csv.path, r.line)
                continue
            }
            if let first = lineOfName[name] {
                sink.error("duplicate city name \"\(name)\" (first at line \(first))", csv.path, r.line)
                continue
            }
            // A name in another script (北京) has no derived slug; its slug is the editor's choice.
            if Slug.isFoldable(name), Slug.make(name) != slug {
                sink.warning("slug \"\(slug)\" differs from the slug of its name, \"\(Slug.make(name))\"", csv.path, r.line)
            }
            lineOfSlug[slug] = r.line; lineOfName[name] = r.line
            let city = City(slug: slug, name: name, nameZh: r.fields[col["name_zh"]!], province: r.fields[col["province"]!])
            cities.append(city)
            cityByName[name] = city
        }
        if cities.count > LoadLimits.maxCities {
            sink.error("\(cities.count) cities; the limit is \(LoadLimits.maxCities)", csv.path, csv.headerLine)
            cities = Array(cities.prefix(LoadLimits.maxCities))
        }
    }

    /// The city a table names (English display name), or nil after reporting it with a hint.
    /// The city a table row names; unknown cities and a second row for the same city are
    /// reported (`seen` maps city slugs to the line of their first row).
    mutating func rowCity(_ record: CSVRecord, column: Int, path: String, seen: inout [String: Int]) -> City? {
        guard let city = city(named: record.fields[column], path: path, line: record.line) else { return nil }
        if let first = seen[city.slug] {
            sink.error("duplicate row for city \"\(city.name)\" (first at line \(first))", path, record.line)
            return nil
        }
        seen[city.slug] = record.line
        return city
    }

    mutating func city(named name: String, path: String, line: Int) -> City? {
        if let c = cityByName[name] { return c }
        if name.isEmpty {
            sink.error("empty city name", path, line)
        } else {
            let hint = NameHint.didYouMean(name, in: cities.map(\.name))
            sink.error("unknown city \(NameHint.quoted(name))\(hint); city names must match cities.csv", path, line)
        }
        return nil
    }
}
