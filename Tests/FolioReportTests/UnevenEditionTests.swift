//! A small edition of another shape: dimensions of 1, 4 and 2 variables, ties at both ends,
//! names with diacritics. Scales, tiles, highlights and layout text must follow its data.

import FolioBuild
import FolioCharts
@testable import FolioCompose
import FolioCore
import FolioDocument
import FolioGraphics
import FolioLayout
import FolioModel
import FolioPage
import FolioTestSupport
import Foundation
import XCTest

/// Six cities, three dimensions of unequal size, built in memory.
enum UnevenEdition {
    static let names = ["Brașov", "Thessaloniki", "Plzeň", "Porto", "Łódź", "Zürich"]
    /// Variable scores (1…6) per dimension, in city order.
    static let scores: [(slug: String, variables: Int, rows: [[Int]])] = [
        // Brașov and Thessaloniki tie for the lead; Łódź and Zürich tie at the bottom.
        ("single", 1, [[6], [6], [4], [3], [1], [1]]),
        // Zürich leads alone; Plzeň, Porto and Łódź tie at the bottom.
        ("large", 4, [[5, 5, 5, 5], [4, 4, 4, 4], [1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 1], [6, 6, 6, 6]]),
        // Five cities tie at the bottom: too many to name in a tile.
        ("pair", 2, [[1, 1], [1, 1], [1, 1], [1, 1], [1, 1], [6, 6]]),
    ]

    static func ranks(_ totals: [Int]) -> [Int] { totals.map { t in 1 + totals.filter { $0 > t }.count } }

    static func make() -> Edition {
        let cities = names.map { City(slug: Slug.make($0), name: $0, nameZh: "", province: "") }
        let dimensions = scores.map { d in
            Dimension(slug: d.slug, name: d.slug.capitalized,
                      variables: (1...d.variables).map { Variable(slug: "v\($0)", name: "Variable \($0)") })
        }
        let tables = scores.map { d -> ScoreTable in
            let totals = d.rows.map { $0.reduce(0, +) }
            let ranks = ranks(totals)
            let rows = cities.indices.map { ScoreRow(city: cities[$0].slug, scores: d.rows[$0], total: totals[$0], rank: ranks[$0]) }
            return ScoreTable(dimension: d.slug, rows: rows.sorted { $0.rank < $1.rank })
        }
        let totals = cities.indices.map { i in scores.map { $0.rows[i].reduce(0, +) } }
        let overallRanks = ranks(totals.map { $0.reduce(0, +) })
        let overall = OverallTable(rows: cities.indices.map {
            OverallRow(city: cities[$0].slug, dimensionTotals: totals[$0], total: totals[$0].reduce(0, +), rank: overallRanks[$0])
        }.sorted { $0.rank < $1.rank })
        let narratives = dimensions.map {
            TextDocument(file: "narratives/\($0.slug).md", slug: $0.slug, lineOffset: 0, title: $0.name, standfirst: nil,
                         frontMatter: [:], body: [])
        }
        return Edition(info: EditionInfo(title: "Uneven 2025", shortTitle: "Uneven", year: 2025, dataYear: 2024,
                                         publisher: "Tests", language: "en", sourceNote: "Invented."),
                       tiers: [Tier(id: 1, name: "All", minTotal: 0)], cities: cities, dimensions: dimensions,
                       scores: tables, overall: overall, narratives: narratives)
    }
}

final class UnevenEditionTests: XCTestCase {
    let edition = UnevenEdition.make()
    let heat = HeatColors(stops: [Color(hex: "#ffffff")!, Color(hex: "#000000")!])

    func structure(_ yaml: String) throws -> ReportStructure {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("uneven-\(UUID().uuidString).yaml")
        try yaml.write(to: url, atomically: true, encoding: .utf8)
        return try ReportStructureLoader.load(path: url.path)
    }

    func compose(_ yaml: String) throws -> [Block] {
        try ReportComposer(edition: edition, structure: try structure(yaml), heat: heat, creationDate: nil)
            .compose().sections.flatMap(\.blocks)
    }

    func testOverallTableTintsEachDimensionOnItsOwnScale() throws {
        let table = ScoreTables(edition: edition, heat: heat).overall(analytics: Analytics(edition))
        func fill(_ city: String, _ dimension: Int) throws -> Color? {
            let row = try XCTUnwrap(table.rows.first { $0.cells[1].content.plainText == city })
            return row.cells[2 + dimension].background
        }
        // Brașov's 20 of 24 in the four-variable dimension is 80 % along 4…24, not the top of
        // the one-variable dimension's 1…6.
        XCTAssertEqual(try fill("Brașov", 1), heat.fill(20, low: 4, high: 24))
        XCTAssertNotEqual(try fill("Brașov", 1), heat.fill(24, low: 4, high: 24))
        XCTAssertEqual(try fill("Zürich", 1), heat.fill(1, low: 0, high: 1), "24 is the maximum: darkest")
        XCTAssertEqual(try fill("Zürich", 2), heat.fill(1, low: 0, high: 1), "12 is the two-variable maximum")
        XCTAssertEqual(try fill("Brașov", 0), heat.fill(1, low: 0, high: 1), "6 is the one-variable maximum")
    }

    func testOpenerTilesNameEveryTiedCityOrCountThem() throws {
        let blocks = try compose("parts:\n  - { kind: chapters, template: body, opener: opener }\n")
        let tiles = blocks.compactMap { if case .keyFigures(let k) = $0 { return k.figures } else { return nil } }
        XCTAssertEqual(tiles.count, 3)
        XCTAssertEqual(tiles[0][0], .init(value: "Brașov and Thessaloniki", unit: "6 points each", label: "Joint leaders"))
        XCTAssertEqual(tiles[0][3], .init(value: "Łódź and Zürich", unit: "1 point each", label: "Lowest score, shared"))
        XCTAssertEqual(tiles[1][0], .init(value: "Zürich", unit: "24 points", label: "Leader"))
        XCTAssertEqual(tiles[1][3], .init(value: "Plzeň, Porto and Łódź", unit: "4 points each", label: "Lowest score, shared"))
        XCTAssertEqual(tiles[2][3], .init(value: "5 cities", unit: "tied on 2 points", label: "Lowest score, shared"))
        let notes = blocks.compactMap { if case .paragraph(let p) = $0, p.style == "opener-note" { return p.content.plainText } else { return nil } }
        XCTAssertEqual(notes, ["Five cities share the lowest score, 2 points: Brașov, Thessaloniki, Plzeň, Porto and Łódź."])
        XCTAssertFalse(tiles.joined().contains { $0.value.hasSuffix(" ") || $0.unit.contains("  ") })
    }

    func testStripChartHighlightsEveryTiedLeader() throws {
        let blocks = try compose("""
        parts:
          - { kind: chapters, template: body, opener: opener, charts: chapter }
        charts:
          chapter:
            - { type: strip, data: "variables:{dimension}", title: "Spread", subtitle: "{{variables {dimension} | Words}} rows", height: 200 }
        """)
        let strips = blocks.compactMap { if case .figure(let f) = $0 { return f.content as? StripChart } else { return nil } }
        XCTAssertEqual(strips.map(\.highlightedItems), [["Brașov", "Thessaloniki"], ["Zürich"], ["Zürich"]])
        XCTAssertEqual(strips.map(\.subtitle), ["One rows", "Four rows", "Two rows"], "chapter text names its own dimension")
        XCTAssertEqual(strips.first?.terms.items, "cities")
        XCTAssertEqual(strips.first?.domain, 1...6, "variables are scored 1 to the number of cities")
    }

    func testSpreadBarsCompareDimensionsOfUnequalSizeAsShares() throws {
        let blocks = try compose("""
        parts:
          - { kind: charts, charts: overview }
        charts:
          overview:
            - { type: bars, data: dimension-sd, title: "Spread", subtitle: "Standard deviation", height: 200 }
            - { type: ranked-bars, data: overall-totals, title: "Totals", height: 200 }
        """)
        let alts = blocks.compactMap { if case .figure(let f) = $0 { return f.content.altText } else { return nil } }
        XCTAssertTrue(alts.contains { $0.hasPrefix("Bar chart: 6 cities by total score;") }, "\(alts)")
        let bars = try XCTUnwrap(blocks.compactMap { if case .figure(let f) = $0 { return f.content as? BarChart } else { return nil } }.first)
        XCTAssertTrue(bars.subtitle?.contains("share of each dimension's maximum") ?? false, bars.subtitle ?? "")
        let analytics = Analytics(edition)
        XCTAssertEqual(bars.values[1], 100 * analytics.standardDeviation("large") / 24, accuracy: 1e-9)
        XCTAssertEqual(bars.valueFormat?.suffix, "%")
    }

    func testLayoutTextTakesCountsFromTheData() throws {
        let blocks = try compose("""
        parts:
          - { kind: glance, title: "The {{dimensions | words}} dimensions and {{variables}} variables of {{cities}} cities" }
        """)
        guard case .table(let table) = try XCTUnwrap(blocks.first) else { return XCTFail("expected the glance table") }
        XCTAssertEqual(table.caption?.plainText, "The three dimensions and 7 variables of 6 cities")
    }

    func testCoverLeadersStayClearOfTheBarsWhenTotalsAreClose() throws {
        var close = edition
        // Totals within 5 % of each other: at full height every bar would reach the labels.
        close.overall = OverallTable(rows: close.overall.rows.enumerated().map { i, r in
            OverallRow(city: r.city, dimensionTotals: r.dimensionTotals, total: 100 - i, rank: i + 1)
        })
        let context = ShaperFigureContext(shaper: TextShaper(fontSet: try FontSet(directory: TestResources.fontDirectory)),
                                          families: ["text": "Noto Serif", "display": "Inter"])
        let cover = CoverFigure(edition: close, analytics: Analytics(close))
        let frame = try cover.render(width: 480, height: 330, context: context)
        var texts: [(String, Rect)] = [], bars: [Rect] = []
        for item in frame.items {
            if case .text(let line) = item { texts.append((line.text, line.bounds)) }
            if case .shape(let shape) = item { bars.append(shape.path.bounds) }
        }
        let leaders = texts.filter { $0.0.hasPrefix("1. ") || $0.0.hasPrefix("2. ") || $0.0.hasPrefix("3. ") }
        XCTAssertEqual(leaders.map(\.0), ["1. Zürich  100", "2. Brașov  99", "3. Thessaloniki  98"])
        for (text, box) in leaders {
            XCTAssertFalse(bars.contains { $0.intersects(box) }, "\(text) overprints a bar")
        }
    }

    func testCoverLegendWrapsManyTiersAndEveryTierHasItsOwnColour() throws {
        var many = edition
        many.tiers = (1...8).map { Tier(id: $0, name: "Tier number \($0) of eight", minTotal: 50 - 5 * $0) }
        let context = ShaperFigureContext(shaper: TextShaper(fontSet: try FontSet(directory: TestResources.fontDirectory)),
                                          families: ["text": "Noto Serif", "display": "Inter"])
        let frame = try CoverFigure(edition: many, analytics: Analytics(many)).render(width: 300, height: 200, context: context)
        var swatches = Set<Color>()
        for item in frame.items {
            if case .text(let line) = item {
                XCTAssertLessThanOrEqual(line.bounds.maxX, 300.5, "\(line.text) runs past the frame")
                XCTAssertLessThanOrEqual(line.bounds.maxY, 200.5, "\(line.text) runs below the frame")
            }
            if case .shape(let shape) = item, shape.path.bounds.width == 9, let fill = shape.fill { swatches.insert(fill) }
        }
        XCTAssertEqual(swatches.count, 8, "eight tiers, eight colours")
    }

    func testUnknownLayoutExpressionIsAnErrorWithLineAndHint() throws {
        let yaml = """
        parts:
          - { kind: glance, title: "Dimensions" }
          - { kind: charts, charts: overview }
        charts:
          overview:
            - { type: bars, data: dimension-sd, height: 200,
                subtitle: "Across the {{dimension | words}} dimensions" }
        """
        let s = try structure(yaml)
        // A chapter chart's text is checked before any chapter is composed, with its line.
        let chapterYAML = "parts:\n  - { kind: chapters, charts: c }\ncharts:\n  c:\n"
            + "    - { type: strip, data: \"variables:{dimension}\", title: \"{{variables {dimension} | word}}\" }\n"
        let overview = try structure("parts:\n  - { kind: charts, charts: c }\ncharts:\n  c:\n"
            + "    - { type: bars, data: dimension-sd, subtitle: \"{{variables {dimension}}} variables\" }\n")
        XCTAssertThrowsError(try ReportComposer(edition: edition, structure: overview, heat: heat, creationDate: nil).compose()) { error in
            XCTAssertTrue("\(error)".hasPrefix("\(overview.file):5: {dimension} in"), "\(error)")
            XCTAssertTrue("\(error)".contains("not drawn in a chapter"), "\(error)")
        }
        let chapters = try structure(chapterYAML)
        XCTAssertThrowsError(try ReportComposer(edition: edition, structure: chapters, heat: heat, creationDate: nil).compose()) { error in
            XCTAssertTrue("\(error)".hasPrefix("\(chapters.file):5: data reference {{variables single | word}}: unknown filter \"word\""),
                          "\(error)")
        }
        XCTAssertThrowsError(try ReportComposer(edition: edition, structure: s, heat: heat, creationDate: nil).compose()) { error in
            let message = "\(error)"
            XCTAssertTrue(message.hasPrefix("\(s.file):6: data reference {{dimension | words}}: unknown data reference verb \"dimension\""),
                          message)
            XCTAssertTrue(message.contains("(did you mean \"dimensions\"?)"), message)
        }
    }
}
