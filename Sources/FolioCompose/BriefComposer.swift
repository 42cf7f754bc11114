//! One page per city: where it stands, why, and who its neighbours in the ranking are.

import FolioCharts
import FolioCore
import FolioDocument
import FolioModel
import FolioPage

/// Composes a city's one-page brief from the edition and its analytics. Nothing is typed by
/// hand except the optional note from `city-notes.yaml`; every figure comes from the tables.
public struct BriefComposer: Sendable {
    public let edition: Edition
    let analytics: Analytics
    let charts: ChartBinder
    public let heat: HeatColors
    /// Page labels of observations in the print edition, by observation slug.
    public var observationPages: [String: String]
    public var creationDate: Int?
    public var accent: Color
    /// Per-edition figures every brief shows, computed once so a brief costs the same
    /// whatever the number of cities: medians and every city's dimension scores.
    let medians: [Double]
    let distributionRows: [StripRow]

    public init(edition: Edition, heat: HeatColors, observationPages: [String: String] = [:], creationDate: Int?,
                accent: Color = Color(hex: "#b4461b")!) {
        self.edition = edition
        self.analytics = Analytics(edition)
        self.charts = ChartBinder(edition: edition, analytics: analytics)
        self.heat = heat
        self.observationPages = observationPages
        self.creationDate = creationDate
        self.accent = accent
        self.medians = edition.dimensions.map { [analytics] in analytics.median($0.slug) }
        self.distributionRows = edition.dimensions.map { d in
            var totals: [String: Int] = [:]
            for row in edition.table(d.slug)?.rows ?? [] { totals[row.city] = row.total }
            let points = edition.cities.compactMap { c in totals[c.slug].map { StripPoint(item: c.name, value: Double($0)) } }
            return StripRow(label: d.name, points: Self.thinned(points))
        }
    }

    /// How much a brief may be condensed to fit its page, in the order tried.
    public enum Condensing: Int, CaseIterable, Sendable {
        case full, withoutNote, smallerRadar, compactPeers, withoutDistribution
    }

    private func name(_ slug: String) -> String { edition.city(slug)?.name ?? slug }

    public func compose(city slug: String, condensing: Condensing = .full) throws -> Document {
        guard let city = edition.city(slug), let overall = edition.overall.row(for: slug) else {
            throw Diagnostic.error("no city \"\(slug)\" in the edition")
        }
        let n = edition.cities.count
        let tier = analytics.tier(of: slug)
        let info = DocumentInfo(title: "\(city.name) — \(edition.info.shortTitle)", author: edition.info.publisher,
                                subject: "One-page brief: \(city.name)", language: edition.info.language, creationDate: creationDate)
        var blocks: [Block] = []
        blocks.append(.paragraph(Paragraph(style: "brief-kicker", content: [.text("\(edition.info.shortTitle) · City brief")], spanAll: true)))
        blocks.append(.heading(Heading(level: 1, style: "brief-title", content: [.text(city.name), .styled("brief-zh", [.text("  " + city.nameZh)])],
                                       id: "brief-\(slug)", spanAll: true)))
        blocks.append(.paragraph(Paragraph(style: "brief-meta", content: [
            .text("\(city.province) · "), .strong([.text("Rank \(overall.rank) of \(n)")]),
            .text(" · Total score \(NumberText.grouped(overall.total))" + (tier.map { " · \($0.name)" } ?? "")),
        ], spanAll: true)))
        blocks.append(.paragraph(Paragraph(style: "brief-summary", content: [.text(summary(slug))], spanAll: true)))

        // Left column: radar and the variables that stand out.
        let radarHeight: Double = condensing.rawValue >= Condensing.smallerRadar.rawValue ? 215 : 255
        blocks.append(.figure(Figure(content: charts.radar(city: slug, title: "Profile across the \(edition.dimensions.count) dimensions",
                                                           subtitle: "Dimension scores against the median of all \(n) cities",
                                                           source: nil, sizing: .height(radarHeight), medians: medians),
                                     height: radarHeight, id: "radar-\(slug)")))
        blocks.append(.table(variablesTable(slug, strongest: true)))
        blocks.append(.table(variablesTable(slug, strongest: false)))
        blocks.append(.columnBreak)

        // Right column: the dimension table, peers, observation, note.
        let rows = edition.dimensions.enumerated().map { i, d in
            ProfileBars.Row(name: d.name, score: analytics.score(of: slug, in: d.slug) ?? 0,
                            rank: analytics.rank(of: slug, in: d.slug) ?? n, median: medians[i])
        }
        blocks.append(.paragraph(Paragraph(style: "brief-section", content: [.text("Scores by dimension")])))
        blocks.append(.figure(Figure(content: ProfileBars(rows: rows, maxScore: Double(n * (edition.dimensions.first?.variables.count ?? 5)),
                                                          cityCount: n, accent: accent), id: "profile-\(slug)")))
        blocks.append(.table(peersTable(slug, compact: condensing.rawValue >= Condensing.compactPeers.rawValue)))
        if let o = edition.observations.first(where: { $0.city == slug }) {
            var figures = o.keyFigures.prefix(3).map { "\($0.value) \($0.unit) — \($0.label)" }.joined(separator: "; ")
            if figures.isEmpty { figures = o.subject }
            var content: [Inline] = [.text(figures + ".")]
            if let page = observationPages[o.slug] { content.append(.text(" See page \(page) of the print edition.")) }
            blocks.append(.callout(Callout(style: "quote", title: [.text("Specialised observation: " + o.title)],
                                           blocks: [.paragraph(Paragraph(style: "brief-small", content: content))])))
        }
        if condensing == .full, let note = edition.note(for: slug) {
            blocks.append(.callout(Callout(style: "note", title: [.text("Analyst note")],
                                           blocks: [.paragraph(Paragraph(style: "brief-small", content: [.text(note.text)]))])))
        }
        blocks.append(.paragraph(Paragraph(style: "brief-source", content: [.text("Source: " + edition.info.sourceNote)])))
        if condensing.rawValue < Condensing.withoutDistribution.rawValue {
            blocks.append(.figure(Figure(content: distribution(slug), height: 180, id: "distribution-\(slug)", spanAll: true)))
        }
        let generated = creationDate.map { "Generated \(Self.date($0))" } ?? "Generated by Folio"
        let footer = "\(edition.info.title) · data year \(edition.info.dataYear) · \(generated)"
        return Document(info: info, sections: [Section(template: "brief", runningTitle: footer, blocks: blocks)])
    }

    /// Every city's dimension scores as dots, this city highlighted: where it stands among all.
    private func distribution(_ slug: String) -> StripChart {
        let n = edition.cities.count
        var rows = distributionRows
        if n > Self.maxDots {
            // Thinned rows hold quantiles only: add the city itself so it can be highlighted.
            for (i, d) in edition.dimensions.enumerated() {
                if let v = analytics.score(of: slug, in: d.slug) { rows[i].points.append(StripPoint(item: name(slug), value: Double(v))) }
            }
        }
        let perDimension = Double(n * (edition.dimensions.first?.variables.count ?? 5))
        let subtitle = n > Self.maxDots ? "Dimension scores; \(Self.maxDots) dots per row mark evenly spaced quantiles of the \(n) cities"
                                         : "Dimension scores; each dot is a city"
        return StripChart(rows: rows, title: "Where \(name(slug)) stands among all \(n) cities",
                          subtitle: subtitle, highlight: name(slug),
                          domain: 0...perDimension, terms: ChartTerms(items: "cities", measure: "score"), sizing: .height(180))
    }

    /// Above this many cities the distribution shows this many quantiles per row: as many dots
    /// as the default edition has cities, which a 180 pt chart shows legibly, so a brief costs
    /// the same whatever the size of the edition (at 240 dots a 2,800-city brief took twice as long).
    public static let maxDots = 60

    static func thinned(_ points: [StripPoint]) -> [StripPoint] {
        guard points.count > maxDots else { return points }
        let sorted = points.sorted { $0.value < $1.value }
        return (0..<maxDots).map { k in
            let p = sorted[k * (sorted.count - 1) / (maxDots - 1)]
            return StripPoint(item: "", value: p.value)
        }
    }

    /// One or two sentences from the data: the strongest dimension and how the city compares.
    public func summary(_ slug: String) -> String {
        let city = name(slug)
        let n = edition.cities.count
        guard let overall = edition.overall.row(for: slug) else { return "" }
        let best = edition.dimensions.min { (analytics.rank(of: slug, in: $0.slug) ?? n) < (analytics.rank(of: slug, in: $1.slug) ?? n) }
        let worst = edition.dimensions.max { (analytics.rank(of: slug, in: $0.slug) ?? 0) < (analytics.rank(of: slug, in: $1.slug) ?? 0) }
        var s = "\(city) ranks \(Self.ordinal(overall.rank)) of \(n) cities with \(NumberText.grouped(overall.total)) points"
        if let best, let r = analytics.rank(of: slug, in: best.slug) {
            s += "; its strongest dimension is \(best.name.lowercased()), where it ranks \(Self.ordinal(r))"
        }
        s += "."
        if let worst, let r = analytics.rank(of: slug, in: worst.slug), worst.slug != best?.slug {
            let diff = r - overall.rank
            s += " Its weakest is \(worst.name.lowercased()) (\(Self.ordinal(r)))"
            s += diff > 0 ? ", \(diff) places below its overall standing." : "."
        }
        return s
    }

    private func variablesTable(_ slug: String, strongest: Bool) -> TableBlock {
        var all: [(dimension: String, variable: String, score: Int, order: Int)] = []
        var order = 0
        for d in edition.dimensions {
            guard let row = edition.table(d.slug)?.row(for: slug) else { continue }
            for (i, v) in d.variables.enumerated() where i < row.scores.count {
                all.append((d.name, v.name, row.scores[i], order)); order += 1
            }
        }
        let sorted = all.sorted { strongest ? ($0.score, -$0.order) > ($1.score, -$1.order) : ($0.score, $0.order) < ($1.score, $1.order) }
        let top = sorted.prefix(3)
        let n = Double(edition.cities.count)
        let rows = top.map { v -> TableRow in
            let fill = heat.fill(Double(v.score), low: 1, high: n)
            return TableRow(cells: [TableCell(text: v.variable), TableCell(text: v.dimension),
                                    TableCell([.text(String(v.score))], background: fill, textColor: heat.text(on: fill))])
        }
        return TableBlock(columns: [TableColumn(width: .fraction(1.5), rowHeader: true), TableColumn(width: .fraction(1.2)),
                                    TableColumn(width: .fixed(30), numeric: true)],
                          headerRows: [TableRow(cells: [TableCell(text: strongest ? "Strongest variables" : "Weakest variables"),
                                                        TableCell(text: "Dimension"), TableCell(text: "Score")])],
                          rows: rows, style: "brief", continuedLabel: nil)
    }

    private func peersTable(_ slug: String, compact: Bool) -> TableBlock {
        let rows = edition.overall.rows
        let index = rows.firstIndex { $0.city == slug } ?? 0
        let reach = compact ? 1 : 2
        let lo = max(0, index - reach), hi = min(rows.count - 1, index + reach)
        let body = rows[lo...hi].map { r in
            TableRow(cells: [TableCell(text: String(r.rank)), TableCell(text: name(r.city)),
                             TableCell(text: analytics.tier(forTotal: r.total)?.name ?? ""),
                             TableCell(text: NumberText.grouped(r.total))], highlighted: r.city == slug)
        }
        return TableBlock(columns: [TableColumn(width: .auto, numeric: true), TableColumn(width: .fraction(1.4), rowHeader: true),
                                    TableColumn(width: .fraction(1)), TableColumn(width: .fixed(40), numeric: true)],
                          headerRows: [TableRow(cells: [TableCell(text: "Rank"), TableCell(text: "Neighbours in the ranking"),
                                                        TableCell(text: "Tier"), TableCell(text: "Total")])],
                          rows: body, style: "brief", continuedLabel: nil)
    }

    static func ordinal(_ n: Int) -> String {
        let suffix: String
        switch (n % 10, n % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(n)\(suffix)"
    }

    static func date(_ epoch: Int) -> String {
        // Civil date from days since 1970 (Howard Hinnant's algorithm), so no locale or time zone leaks in.
        let z = epoch / 86_400 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return String(format: "%04d-%02d-%02d", y, m, d)
    }
}
