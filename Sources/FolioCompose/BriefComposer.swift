//! One page per city: where it stands, why, and who its neighbours in the ranking are.

import FolioCharts
import FolioCore
import FolioDocument
import FolioModel
import FolioPage

/// Composes a city's one-page brief from the edition, its analytics and the brief structure
/// (`Layouts/brief-structure.yaml`: which blocks, in which order, how to condense). Nothing is
/// typed by hand except the optional note from `city-notes.yaml`; every figure comes from the tables.
public struct BriefComposer: Sendable {
    public let edition: Edition
    public let structure: BriefStructure
    let analytics: Analytics
    let charts: ChartBinder
    let scales: DimensionScales
    public let heat: HeatColors
    /// Page labels of observations in the print edition, by observation slug.
    public var observationPages: [String: String]
    public var creationDate: Int?
    public var accent: Color
    /// Per-edition figures every brief shows, computed once so a brief costs the same
    /// whatever the number of cities: medians and every city's dimension scores.
    let medians: [Double]
    let distributionRows: [StripRow]
    /// The house style over each composed piece, made once: its name index is sorted on construction.
    let editorial: EditorialPass

    public init(edition: Edition, structure: BriefStructure = .standard, heat: HeatColors, observationPages: [String: String] = [:],
                creationDate: Int?, accent: Color = Color(hex: "#b4461b")!, colors: ColorSystem = .standard) {
        let edition = EditorialPass.namesCased(edition)
        self.edition = edition
        self.editorial = EditorialPass(edition: edition)
        self.structure = structure
        self.analytics = Analytics(edition)
        self.charts = ChartBinder(edition: edition, analytics: analytics, colors: colors)
        self.scales = DimensionScales(edition)
        self.heat = heat
        self.observationPages = observationPages
        self.creationDate = creationDate
        self.accent = accent
        self.medians = edition.dimensions.map { [analytics] in analytics.median($0.slug) }
        // Dimensions of different maxima are rows on their own scales (0 to the maximum),
        // drawn as shares on one axis while their labels keep the scores.
        let scales = self.scales
        self.distributionRows = edition.dimensions.enumerated().map { i, d in
            var totals: [String: Int] = [:]
            for row in edition.table(d.slug)?.rows ?? [] { totals[row.city] = row.total }
            let points = edition.cities.compactMap { c in totals[c.slug].map { StripPoint(item: c.name, value: Double($0)) } }
            return StripRow(label: d.name, points: Self.thinned(points), domain: scales.uniform ? nil : 0...scales.maxima[i])
        }
    }

    func name(_ slug: String) -> String { edition.city(slug)?.name ?? slug }

    /// The brief of a city with the given condensing steps applied (each on top of the ones
    /// before). `firstBlocks` keeps only that many blocks of the structure: used to find the
    /// block that makes a brief too long.
    public func compose(city slug: String, condensing steps: [CondenseStep] = [], firstBlocks: Int? = nil) throws -> Document {
        guard let city = edition.city(slug), edition.overall.row(for: slug) != nil else {
            throw Diagnostic.error("no city \"\(slug)\" in the edition")
        }
        let dropped = Set(steps.filter { $0.action == .drop }.map(\.kind))
        let compact = Set(steps.filter { $0.action == .compact }.map(\.kind))
        var blocks: [Block] = []
        for block in structure.blocks.prefix(firstBlocks ?? structure.blocks.count) where !dropped.contains(block.kind) {
            blocks += try self.blocks(for: block, city: slug, compact: compact.contains(block.kind))
        }
        return editorial.document(Document(info: info(city), sections: [Section(template: "brief", runningTitle: footer, blocks: blocks)]))
    }

    /// On a grid: the page under the regions, with the band, the footer and the header only.
    public func frame(city slug: String) throws -> Document {
        guard let city = edition.city(slug), edition.overall.row(for: slug) != nil else {
            throw Diagnostic.error("no city \"\(slug)\" in the edition")
        }
        let blocks = try structure.blocks.filter { $0.kind == .header }.flatMap { try self.blocks(for: $0, city: slug, compact: false) }
        return editorial.document(Document(info: info(city), sections: [Section(template: "brief", runningTitle: footer, blocks: blocks)]))
    }

    /// On a grid: one structure block alone, to be laid out in its region (a one-column page
    /// of the region's size, template `region`); nil when it has nothing to show.
    public func region(city slug: String, block: BriefBlock, compact: Bool, template: String) throws -> Document? {
        let blocks = try self.blocks(for: block, city: slug, compact: compact)
        guard !blocks.isEmpty else { return nil }
        return editorial.document(Document(info: DocumentInfo(title: block.kind.rawValue), sections: [Section(template: template, blocks: blocks)]))
    }

    func info(_ city: City) -> DocumentInfo {
        DocumentInfo(title: "\(city.name) — \(edition.info.title)", author: edition.info.publisher,
                     subject: "One-page brief: \(city.name)", language: edition.info.language, creationDate: creationDate)
    }

    /// The running footer: the edition's full title, data year and when the brief was made.
    var footer: String {
        let generated = creationDate.map { "Generated \(BriefText.date($0))" } ?? "Generated by Folio"
        return "\(edition.info.title) · data year \(edition.info.dataYear) · \(generated)"
    }

    /// True when a condensing step would change the city's brief: dropping the note of a
    /// city without one changes nothing, so it is neither tried nor reported.
    public func changes(_ step: CondenseStep, city slug: String) -> Bool {
        guard let block = structure.block(step.kind) else { return false }
        switch step.action {
        case .drop: return (try? blocks(for: block, city: slug, compact: false))?.isEmpty == false
        case .compact:
            switch step.kind {
            case .neighbours: return block.number("compactReach") != block.number("reach")
            case .strongestVariables, .weakestVariables: return block.number("compactCount") < block.number("count")
            case .observation:
                guard let o = edition.observations.first(where: { $0.city == slug }) else { return false }
                return min(o.keyFigures.count, Int(block.number("compactFigures"))) < min(o.keyFigures.count, Int(block.number("figures")))
            default: return block.number("compactHeight") != block.number("height")
            }
        }
    }

    /// The document blocks of one structure block (none when there is nothing to show, such
    /// as the note of a city without one).
    func blocks(for block: BriefBlock, city slug: String, compact: Bool) throws -> [Block] {
        switch block.kind {
        case .header: return try header(block, city: slug)
        case .summary:
            return [.paragraph(Paragraph(style: "brief-summary", content: [.text(summary(slug))], spanAll: true, source: block.source))]
        case .radar:
            // A radar needs three axes; with fewer dimensions the profile bars say it all.
            return edition.dimensions.count >= 3 ? [try radar(block, city: slug, compact: compact)] : []
        case .strongestVariables: return [.table(try variablesTable(block, city: slug, strongest: true, compact: compact))]
        case .weakestVariables: return [.table(try variablesTable(block, city: slug, strongest: false, compact: compact))]
        case .profileBars: return try profileBars(block, city: slug)
        case .neighbours: return [.table(try neighboursTable(block, city: slug, compact: compact))]
        case .observation: return try observation(block, city: slug, compact: compact)
        case .note: return try note(block, city: slug)
        case .distribution: return [try distribution(block, city: slug)]
        case .source:
            let label = try text(block, "label", city: slug)
            return [.paragraph(Paragraph(style: "brief-source", content: [.text((label.isEmpty ? "" : label + ": ") + edition.info.sourceNote)],
                                         source: block.source))]
        case .columnBreak: return [.columnBreak]
        }
    }

    /// A text option with its `{{…}}` filled in for a city: `{{city}}` and `{{edition}}`, then
    /// any data expression (`{{cities}}`, `{{dimensions | words}}`), which fails at the block's line.
    func text(_ block: BriefBlock, _ key: String, city slug: String) throws -> String {
        let brief = BriefText.fill(block.string(key), values: [.city: name(slug), .edition: edition.info.shortTitle])
        return try LayoutText.resolve(brief, analytics: analytics, at: block.source ?? SourceLocation(file: structure.path))
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
}
