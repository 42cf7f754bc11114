//! A seeded generator of random valid editions: any counts, any names the fonts cover, ties anywhere.

import FolioCore
import FolioModel
import Foundation

/// Writes a random but valid edition folder from a seed: 3–300 cities, 1–12 dimensions of 1–8
/// variables, names up to 40 characters with diacritics, provinces in Greek and Cyrillic,
/// Chinese names, ties wherever the dice put them, notes of up to `maxNoteCharacters`.
/// The same seed always writes the same files (SplitMix64, no system randomness), so a seed
/// that fails can be replayed and turned into a fixture.
struct RandomEdition {
    let seed: UInt64
    var cityRange = 3...300
    var dimensionRange = 1...12
    var variableRange = 1...8
    /// Longest analyst note written (characters); a brief must fit or condense with a warning.
    var maxNoteCharacters = 240

    private struct Generator {
        var random: SeededRandom
        init(state: UInt64) { random = SeededRandom(seed: state) }
        mutating func next() -> UInt64 { random.next() }
        mutating func int(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(next() % UInt64(range.count))
        }
        mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
        mutating func chance(_ p: Double) -> Bool { Double(next() % 10_000) / 10_000 < p }
    }

    // Syllables in the Latin letters of European languages; names are built from them.
    private static let syllables = ["za", "ło", "dź", "bra", "șov", "plze", "ň", "gö", "te", "borg", "ní", "mes", "szé", "kes",
                                    "fe", "hér", "vár", "gie", "ßen", "ær", "øs", "kø", "bing", "mál", "aga", "cluj", "na", "po",
                                    "ca", "lju", "blja", "tam", "pe", "re", "bil", "bao", "graz", "ise", "lí", "ça", "ñe", "do",
                                    "ü", "rich", "iz", "mir", "ki", "ro", "sa", "vo", "ka", "ta", "ve", "li", "no"]
    private static let suffixes = ["", "", "", " de la Sierra", " an der Oder", " nell'Emilia", "-Nord", " Bay", " upon Tyne",
                                   " del Mar", "-Sud", " Hills"]
    private static let provinces = ["Κεντρική Μακεδονία", "Пловдивска област", "Île-de-France", "Dolnośląskie", "Baden-Württemberg",
                                    "Ελληνική Περιφέρεια", "Свердловская область", "Castilla y León", "Västra Götaland"]
    private static let han = Array("东南西北中山河湖海江城州安平新华京宁阳昌德")
    private static let words = ["growth", "housing", "transport", "research", "climate", "water", "trade", "health", "culture",
                                "skills", "energy", "parks", "finance", "tourism", "schools", "data", "safety", "ports"]

    struct City { var slug: String; var name: String; var nameZh: String; var province: String }
    struct Variable { var slug: String; var name: String }
    struct Dimension { var slug: String; var name: String; var variables: [Variable] }

    /// Writes the edition into `directory` (created) and returns a one-line description of its shape.
    @discardableResult
    func write(to directory: URL) throws -> String {
        var g = Generator(state: seed)
        let fm = FileManager.default
        for sub in ["scores", "narratives", "observations", "text"] {
            try fm.createDirectory(at: directory.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        // Cities: unique names (a counter word is added on a clash), slugs by the documented rule.
        var cities: [City] = []
        var usedSlugs = Set<String>()
        let cityCount = g.int(cityRange)
        var attempts = 0
        while cities.count < cityCount {
            attempts += 1
            guard attempts < 100 * cityCount else { throw GenerationFailure(seed: seed, reason: "no unique ASCII slugs for the names") }
            var name = ""
            for _ in 0..<g.int(2...4) { name += g.pick(Self.syllables) }
            name = name.prefix(1).uppercased() + name.dropFirst()
            name += g.pick(Self.suffixes)
            if name.count > 40 { name = String(name.prefix(40)).trimmingCharacters(in: .whitespaces) }
            var slug = Slug.make(name)
            if slug.isEmpty || usedSlugs.contains(slug) || !slug.allSatisfy({ $0.isASCII }) {
                name = String(name.prefix(30)) + " \(cities.count + 1)"
                slug = Slug.make(name)
            }
            guard !usedSlugs.contains(slug), slug.allSatisfy({ $0.isASCII }), !slug.isEmpty else { continue }
            usedSlugs.insert(slug)
            let zh = String((0..<g.int(2...4)).map { _ in g.pick(Self.han) })
            cities.append(City(slug: slug, name: name, nameZh: zh, province: g.pick(Self.provinces)))
        }
        let n = cities.count
        // Dimensions and variables.
        var dimensions: [Dimension] = []
        var usedDimensionSlugs = Set<String>()
        for d in 0..<g.int(dimensionRange) {
            var name = g.pick(Self.words).capitalized + " and " + g.pick(Self.words)
            if usedDimensionSlugs.contains(Slug.make(name)) { name += " \(d + 1)" }
            usedDimensionSlugs.insert(Slug.make(name))
            var variables: [Variable] = []
            for v in 0..<g.int(variableRange) {
                let vname = (g.pick(Self.words) + " " + g.pick(Self.words)).capitalized + " \(v + 1)"
                variables.append(Variable(slug: Slug.make(vname), name: vname))
            }
            dimensions.append(Dimension(slug: Slug.make(name), name: name, variables: variables))
        }
        // Scores 1…n with ties; sometimes a whole block of cities shares the top or bottom.
        var totals: [[Int]] = Array(repeating: [], count: n)
        for d in dimensions {
            var rows: [[Int]] = (0..<n).map { _ in d.variables.map { _ in g.int(1...n) } }
            if g.chance(0.5) { for i in 0..<min(n, g.int(2...5)) { rows[i] = d.variables.map { _ in n } } }
            if g.chance(0.5) { for i in 0..<min(n, g.int(2...5)) { rows[n - 1 - i] = d.variables.map { _ in 1 } } }
            let sums = rows.map { $0.reduce(0, +) }
            for i in 0..<n { totals[i].append(sums[i]) }
            let ranks = Self.competitionRanks(sums)
            var csv = "rank,city," + d.variables.map(\.slug).joined(separator: ",") + ",total\n"
            for i in (0..<n).sorted(by: { (ranks[$0], $0) < (ranks[$1], $1) }) {
                csv += "\(ranks[i]),\(Self.field(cities[i].name)),\(rows[i].map(String.init).joined(separator: ",")),\(sums[i])\n"
            }
            try csv.write(to: directory.appendingPathComponent("scores/\(d.slug).csv"), atomically: true, encoding: .utf8)
        }
        let overall = totals.map { $0.reduce(0, +) }
        let overallRanks = Self.competitionRanks(overall)
        var overallCSV = "rank,city," + dimensions.map(\.slug).joined(separator: ",") + ",total\n"
        for i in (0..<n).sorted(by: { (overallRanks[$0], $0) < (overallRanks[$1], $1) }) {
            overallCSV += "\(overallRanks[i]),\(Self.field(cities[i].name)),\(totals[i].map(String.init).joined(separator: ",")),\(overall[i])\n"
        }
        try overallCSV.write(to: directory.appendingPathComponent("overall.csv"), atomically: true, encoding: .utf8)
        var citiesCSV = "slug,name,name_zh,province\n"
        for c in cities { citiesCSV += "\(c.slug),\(Self.field(c.name)),\(c.nameZh),\(Self.field(c.province))\n" }
        try citiesCSV.write(to: directory.appendingPathComponent("cities.csv"), atomically: true, encoding: .utf8)

        // Tiers from the totals' quantiles.
        let sorted = overall.sorted(by: >)
        let first = sorted[min(n - 1, n / 10)], second = sorted[min(n - 1, n / 3)]
        var yaml = """
        title: Random Edition \(seed)
        short_title: Random \(seed)
        year: 2026
        data_year: 2025
        publisher: Folio random-edition tests
        language: en
        source_note: "Random figures from seed \(seed)."
        tiers:
          - { id: 1, name: "Top group", min_total: \(first) }

        """
        if second < first { yaml += "  - { id: 2, name: \"Middle group\", min_total: \(second) }\n" }
        yaml += "  - { id: 3, name: \"Others\", min_total: 0 }\n"
        try yaml.write(to: directory.appendingPathComponent("edition.yaml"), atomically: true, encoding: .utf8)

        var dims = "dimensions:\n"
        var indicators = "dimension,variable,indicator,data_year,source\n"
        for d in dimensions {
            dims += "  - slug: \(d.slug)\n    name: \"\(d.name)\"\n    variables:\n"
            for v in d.variables {
                dims += "      - slug: \(v.slug)\n        name: \"\(v.name)\"\n"
                indicators += "\(d.slug),\(v.slug),\(Self.field(v.name + " index")),2025,Random source\n"
            }
        }
        try dims.write(to: directory.appendingPathComponent("dimensions.yaml"), atomically: true, encoding: .utf8)
        try indicators.write(to: directory.appendingPathComponent("indicators.csv"), atomically: true, encoding: .utf8)
        try "id,text\n1,\"A random reference.\"\n2,\"Another random reference, 2025.\"\n3,\"A third one.\"\n"
            .write(to: directory.appendingPathComponent("references.csv"), atomically: true, encoding: .utf8)
        try "exceptions: []\n".write(to: directory.appendingPathComponent("exceptions.yaml"), atomically: true, encoding: .utf8)

        // Notes for some cities, up to the note limit.
        var notes = "notes:\n"
        for c in cities where g.chance(0.2) {
            var text = ""
            while text.count < g.int(20...maxNoteCharacters) { text += g.pick(Self.words) + " " + g.pick(Self.syllables) + ", " }
            text = String(text.prefix(maxNoteCharacters)).trimmingCharacters(in: CharacterSet(charactersIn: ", ")) + "."
            notes += "  \(c.slug): \"\(text.prefix(1).uppercased() + text.dropFirst())\"\n"
        }
        try (notes == "notes:\n" ? "notes: {}\n" : notes)
            .write(to: directory.appendingPathComponent("city-notes.yaml"), atomically: true, encoding: .utf8)

        // Texts the report structure names, narratives and one observation, with data-bound text.
        let lead = cities[0].slug
        for (slug, title) in [("foreword", "Foreword"), ("executive-summary", "Executive summary"), ("methodology", "Methodology"),
                              ("findings", "Overall findings"), ("about", "About")] {
            let body = "This edition of {{cities}} cities was drawn from seed \(seed)[^1]. {{top 3 overall}} lead overall, "
                + "and \(Self.field(cities[0].name, quote: false)) ranks {{rank \(lead)}}[^1][^2].\n"
            try "---\ntitle: \(title)\n---\n\(body)".write(to: directory.appendingPathComponent("text/\(slug).md"), atomically: true, encoding: .utf8)
        }
        for d in dimensions {
            var body = "## \(d.name)\n\n{{top 3 \(d.slug)}} lead this dimension; \(cities[0].name) scores {{score \(lead) \(d.slug)}}.\n\n"
            for _ in 0..<g.int(1...3) {
                body += (0..<g.int(20...60)).map { _ in g.pick(Self.words) }.joined(separator: " ").capitalized + ".\n\n"
            }
            try "---\ntitle: \"\(d.name)\"\n---\n\(body)".write(to: directory.appendingPathComponent("narratives/\(d.slug).md"),
                                                              atomically: true, encoding: .utf8)
        }
        let observed = cities[g.int(0...(n - 1))]
        let observation = """
        ---
        title: "\(observed.name): an observation"
        subject: "\(observed.name)"
        city: \(observed.slug)
        dimension: \(dimensions[g.int(0...(dimensions.count - 1))].slug)
        key_figures:
          - { value: "\(g.int(1...999_999))", unit: "units", label: "A random figure" }
          - { value: "\(observed.name)", label: "The city itself, as a long value" }
          - { value: "\(g.int(1...99)).\(g.int(0...9))", unit: "%", label: "A share" }
        ---
        ## Section

        \(observed.name) ranks {{rank \(observed.slug)}} overall.

        """
        try observation.write(to: directory.appendingPathComponent("observations/\(observed.slug).md"), atomically: true, encoding: .utf8)
        let variableCounts = dimensions.map { String($0.variables.count) }.joined(separator: ",")
        return "seed \(seed): \(n) cities, \(dimensions.count) dimensions of \(variableCounts) variables"
    }

    struct GenerationFailure: Error, CustomStringConvertible {
        var seed: UInt64
        var reason: String
        var description: String { "random edition \(seed): \(reason)" }
    }

    /// Standard competition ranks of totals, highest first.
    static func competitionRanks(_ totals: [Int]) -> [Int] {
        let order = totals.indices.sorted { totals[$0] > totals[$1] }
        var ranks = Array(repeating: 0, count: totals.count)
        var previous: Int?
        var current = 0
        for (position, i) in order.enumerated() {
            if totals[i] != previous { current = position + 1; previous = totals[i] }
            ranks[i] = current
        }
        return ranks
    }

    /// A CSV field, quoted when it holds a comma or quote.
    static func field(_ text: String, quote: Bool = true) -> String {
        guard quote, text.contains(",") || text.contains("\"") else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
