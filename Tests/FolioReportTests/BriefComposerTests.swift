//! What a brief says and draws: each dimension on its own scale, ties named, the small
//! wording rules, and a brief structure other than the bundled one.

import FolioBuild
import FolioCharts
@testable import FolioCompose
import FolioCore
import FolioDocument
import FolioExport
import FolioModel
import FolioPage
import FolioTestSupport
import Foundation
import XCTest

final class BriefComposerTests: XCTestCase {
    func structure() throws -> BriefStructure {
        try BriefStructureLoader.load(path: TestResources.layoutPath("brief-structure.yaml"))
    }

    func composer(_ edition: Edition) throws -> BriefComposer {
        BriefComposer(edition: edition, structure: try structure(), heat: HeatColors(stops: []), creationDate: nil)
    }

    func figures<T>(_ document: Document, _ type: T.Type) -> [T] {
        document.sections.flatMap(\.blocks).compactMap { block -> T? in
            if case .figure(let f) = block { return f.content as? T }
            return nil
        }
    }

    // MARK: Per-dimension scales

    /// Equal maxima (the bundled edition): every chart keeps the absolute score scale.
    func testEqualMaximaKeepTheScoreScale() throws {
        let edition = try ReportFixture.edition()
        let document = try composer(edition).compose(city: "shenzhen")
        let max = Double(edition.cities.count * edition.dimensions[0].variables.count)
        let radar = try XCTUnwrap(figures(document, RadarChart.self).first)
        XCTAssertEqual(radar.domain, 0...max)
        XCTAssertEqual(radar.series[0].values[0], Double(edition.table(edition.dimensions[0].slug)!.row(for: "shenzhen")!.total))
        XCTAssertEqual(radar.subtitle, "Dimension scores against the median of all 60 cities")
        let strip = try XCTUnwrap(figures(document, StripChart.self).first)
        XCTAssertEqual(strip.domain, 0...max)
        XCTAssertEqual(strip.subtitle, "Dimension scores; each dot is a city")
    }

    /// Dimensions of 2, 5 and 7 variables: the 7-variable leader scores far above the first
    /// dimension's maximum, yet every chart keeps it inside its axis.
    func testUnequalMaximaPlotEveryDimensionAsAShareOfItsOwnMaximum() throws {
        let edition = Self.unequal(try ReportFixture.edition())
        let wide = edition.dimensions[1]
        XCTAssertEqual(edition.dimensions.map(\.variables.count).prefix(3), [2, 7, 5])
        let leader = edition.table(wide.slug)!.rows.min { $0.rank < $1.rank }!.city
        let document = try composer(edition).compose(city: leader)
        let n = Double(edition.cities.count)

        let radar = try XCTUnwrap(figures(document, RadarChart.self).first)
        XCTAssertEqual(radar.domain, 0...100)
        for series in radar.series { XCTAssertTrue(series.values.allSatisfy { (0...100).contains($0) }, "\(series.values)") }
        let score = Double(edition.table(wide.slug)!.row(for: leader)!.total)
        XCTAssertEqual(radar.series[0].values[1], score / (n * 7) * 100, accuracy: 1e-9)
        XCTAssertTrue(radar.subtitle?.contains("each axis as a share of its dimension's maximum score") ?? false, radar.subtitle ?? "")
        XCTAssertTrue(radar.altText.contains("share of the dimension's maximum score"), radar.altText)

        let strip = try XCTUnwrap(figures(document, StripChart.self).first)
        XCTAssertTrue(strip.rowsOnOwnScales)
        XCTAssertTrue(strip.subtitle?.contains("share (%) of each dimension's maximum") ?? false, strip.subtitle ?? "")
        let name = edition.city(leader)!.name
        for (i, row) in strip.rows.enumerated() {
            let maximum = n * Double(edition.dimensions[i].variables.count)
            XCTAssertEqual(row.domain, 0...maximum, row.label)
            XCTAssertTrue(row.points.allSatisfy { (0...maximum).contains($0.value) }, row.label)
            XCTAssertEqual(row.points.filter { $0.item == name }.count, 1, "\(row.label): the city's own dot")
        }
        XCTAssertEqual(strip.rows[1].points.first { $0.item == name }?.value, score, "labels keep the score")
        XCTAssertEqual(strip.highlightedItem, name)

        let bars = try XCTUnwrap(figures(document, ProfileBars.self).first)
        XCTAssertEqual(bars.rows.map(\.maximum).prefix(3), [n * 2, n * 7, n * 5])
        XCTAssertTrue(bars.altText.contains("\(wide.name) \(Int(score)) of \(Int(n * 7)), median "), bars.altText)
        let frame = try bars.render(width: 260, height: nil, context: StubContext())
        let shapes = frame.items.compactMap { item -> Rect? in if case .shape(let s) = item { return s.path.bounds }; return nil }
        XCTAssertTrue(shapes.allSatisfy { $0.maxX <= 260.001 }, "a bar runs past the column")
        let texts = frame.items.compactMap { item -> TextLine? in if case .text(let l) = item { return l }; return nil }
        XCTAssertTrue(texts.contains { $0.text.contains("max") && $0.text.contains("median") }, "the bar header names the scale")
        XCTAssertTrue(texts.allSatisfy { $0.origin.x + $0.width <= 260.001 }, "a text runs past the column")
    }

    /// The unequal edition's briefs still fit their page.
    func testUnequalBriefsFitOnePage() throws {
        let edition = Self.unequal(try ReportFixture.edition())
        let job = BriefsJob(editionDirectory: ReportFixture.editionDirectory, layoutPath: TestResources.layoutPath("brief.yaml"),
                            reportLayoutPath: TestResources.layoutPath("print.yaml"), structurePath: TestResources.layoutPath("report.yaml"),
                            outputDirectory: "", jobs: 2)
        let slugs = [edition.overall.rows.first!.city, edition.overall.rows.last!.city]
        let briefs = try job.render(edition: edition, slugs: slugs, observationPages: [:])
        XCTAssertEqual(briefs.count, 2)
        for b in briefs {
            let text = b.page.textLines.map(\.text).joined(separator: "\n")
            XCTAssertTrue(text.contains("of max"), "\(b.city): profile bars header")
            try proof(b.page, info: b.info, named: "unequal-\(b.city)")
        }
    }

    // MARK: Ties and wording

    func testTheSummaryNamesTiedCitiesAndDimensions() throws {
        var edition = try ReportFixture.edition()
        // Make the second city tie with the first overall.
        let first = edition.overall.rows[0], second = edition.overall.rows[1]
        edition.overall.rows[1] = OverallRow(city: second.city, dimensionTotals: second.dimensionTotals, total: first.total, rank: 1)
        let text = try composer(edition).summary(first.city)
        let other = edition.city(second.city)!.name
        XCTAssertTrue(text.contains("ranks joint\u{00A0}1st of 60 cities"), text)
        XCTAssertTrue(text.contains("level with \(other)"), text)
        let header = try composer(edition).compose(city: first.city).sections[0].blocks.compactMap { block -> String? in
            if case .paragraph(let p) = block, p.style == "brief-meta" { return p.content.plainText }
            return nil
        }
        XCTAssertTrue(header.first?.contains("Rank 1 of 60 (tied)") ?? false, "\(header)")

        // Shanghai ranks 1st in two dimensions: both are named.
        let shanghai = try composer(try ReportFixture.edition()).summary("shanghai")
        XCTAssertTrue(shanghai.contains("its strongest dimensions are open development and regional synergy (1st)"), shanghai)
    }

    /// An edition of two dimensions: no radar (it needs three axes), and the brief still fits.
    func testFewerThanThreeDimensionsLeaveTheRadarOut() throws {
        var edition = try ReportFixture.edition()
        let kept = Set(edition.dimensions.prefix(2).map(\.slug))
        edition.dimensions = Array(edition.dimensions.prefix(2))
        edition.scores = edition.scores.filter { kept.contains($0.dimension) }
        let document = try composer(edition).compose(city: "wuxi")
        XCTAssertTrue(figures(document, RadarChart.self).isEmpty)
        XCTAssertEqual(figures(document, ProfileBars.self).first?.rows.count, 2)
    }

    func testOnePlaceIsSingular() throws {
        let weihai = try composer(try ReportFixture.edition()).summary("weihai")
        XCTAssertTrue(weihai.contains("1 place below its overall standing"), weihai)
        XCTAssertFalse(weihai.contains("1 places"), weihai)
    }

    func testObservationTitlesAndKeyFiguresWithoutAUnit() throws {
        XCTAssertEqual(BriefText.observationTitle(prefix: "Specialised observation", title: "Guangzhou: Building upwards", city: "Guangzhou"),
                       "Specialised observation: Building upwards")
        XCTAssertEqual(BriefText.observationTitle(prefix: "Specialised observation", title: "Delta: One region", city: "Shanghai"),
                       "Specialised observation — Delta: One region")
        XCTAssertEqual(BriefText.observationTitle(prefix: "", title: "Harbin: Winter", city: "Harbin"), "Winter")

        var edition = try ReportFixture.edition()
        let i = try XCTUnwrap(edition.observations.firstIndex { $0.city == "guangzhou" })
        edition.observations[i].keyFigures = [KeyFigure(value: "7", unit: "", label: "Standards led")]
        let document = try composer(edition).compose(city: "guangzhou")
        let callout = document.sections[0].blocks.compactMap { block -> Callout? in
            if case .callout(let c) = block, c.style == "quote" { return c }
            return nil
        }.first
        let text = callout?.blocks.compactMap { block -> String? in
            if case .paragraph(let p) = block { return p.content.plainText }
            return nil
        }.joined() ?? ""
        XCTAssertTrue(text.hasPrefix("Standards led: 7."), text)
        XCTAssertEqual(callout?.title?.plainText, "Specialised observation: Building an industry in the skies above the city")
    }

    /// Key figures read as sentences, in the report's money and unit style, with no space in an
    /// amount where a line could break; a title keeps one colon, whatever the apostrophes.
    func testKeyFiguresAreShortSentencesAndTitlesKeepOneColon() throws {
        let nb = "\u{00A0}"
        let template = "{{label}}: {{figure}}."
        let formatter = FigureFormatter(style: .english)
        XCTAssertEqual(BriefFigureSentence.sentence(template, value: "650", unit: "RMB bn", label: "Low-altitude industry target, 2035", formatter: formatter),
                       "Low-altitude industry target, 2035: RMB\(nb)650\(nb)billion.")
        XCTAssertEqual(BriefFigureSentence.sentence(template, value: "60", unit: "%", label: "Night economy share of retail (over)", formatter: formatter),
                       "Night economy share of retail: over 60%.")
        XCTAssertEqual(BriefFigureSentence.sentence(template, value: "7,600", unit: "km", label: "Drainage pipes (rounded)", formatter: formatter),
                       "Drainage pipes (rounded): 7,600\(nb)km.")
        XCTAssertEqual(BriefFigureSentence.sentence("{{figure}} of {{label}}", value: "1.8", unit: "USD bn", label: "foreign investment", formatter: formatter),
                       "USD\(nb)1.8\(nb)billion of foreign investment.")
        XCTAssertEqual(formatter.text(value: "215", unit: "million"), "215\(nb)million")
        XCTAssertEqual(BriefText.observationTitle(prefix: "Specialised observation", title: "Xi\u{2019}an: a city of records", city: "Xi'an"),
                       "Specialised observation: A city of records")

        // In a composed brief: sentences from the first `figures` key figures, no data dump.
        let edition = try ReportFixture.edition()
        let o = try XCTUnwrap(edition.observations.first { $0.city == "guangzhou" && $0.keyFigures.count >= 2 })
        let document = try composer(edition).compose(city: "guangzhou")
        let text = document.sections[0].blocks.compactMap { block -> String? in
            guard case .callout(let c) = block, c.style == "quote" else { return nil }
            return c.blocks.compactMap { b -> String? in if case .paragraph(let p) = b { return p.content.plainText }; return nil }.joined()
        }.joined()
        for f in o.keyFigures.prefix(2) { XCTAssertTrue(text.contains(f.label + ": "), "\(f.label) in: \(text)") }
        XCTAssertFalse(text.contains(" — "), text)
        XCTAssertFalse(text.contains("RMB bn"), text)
    }

    func testListsOfNamesThatHoldAnAnd() {
        XCTAssertEqual(BriefText.list(["Ningbo"]), "Ningbo")
        XCTAssertEqual(BriefText.list(["Ningbo", "Wuxi", "Hefei"]), "Ningbo, Wuxi and Hefei")
        XCTAssertEqual(BriefText.list(["innovation and skills", "liveability"]), "innovation and skills, and liveability")
    }

    func testPlaceholdersAndDataExpressionsAreFilled() throws {
        let values: [BriefPlaceholder: String] = [.city: "Harbin", .edition: "COO"]
        XCTAssertEqual(BriefText.fill("Where {{city}} stands among {{cities}} cities; {{ edition }}", values: values),
                       "Where Harbin stands among {{cities}} cities; COO", "data expressions are left to the edition")
        XCTAssertEqual(BriefPlaceholder.names(in: "{{a}} and {{ b }}"), ["a", "b"])

        // Through the composer: brief words and data expressions, spelled out where asked.
        var structure = BriefStructure.standard
        let radar = try XCTUnwrap(structure.blocks.firstIndex { $0.kind == .radar })
        structure.blocks[radar].text["title"] = "{{city}} across the {{dimensions | words}} dimensions of {{cities}} cities"
        let edition = try ReportFixture.edition()
        let composer = BriefComposer(edition: edition, structure: structure, heat: HeatColors(stops: []), creationDate: nil)
        let chart = try XCTUnwrap(figures(try composer.compose(city: "harbin"), RadarChart.self).first)
        XCTAssertEqual(chart.title, "Harbin across the ten dimensions of 60 cities")

        // A data expression naming something the edition lacks fails at the block's line.
        structure.blocks[radar].text["title"] = "Rank {{rank atlantis}}"
        structure.blocks[radar].source = SourceLocation(file: "brief-structure.yaml", line: 11)
        let broken = BriefComposer(edition: edition, structure: structure, heat: HeatColors(stops: []), creationDate: nil)
        XCTAssertThrowsError(try broken.compose(city: "harbin")) { error in
            XCTAssertTrue("\(error)".hasPrefix("brief-structure.yaml:11: data reference {{rank atlantis}}: unknown city"), "\(error)")
        }
    }

    // MARK: Helpers

    /// Writes a 100 dpi PNG and a PDF proof to `$FOLIO_BRIEF_PNGS/<name>.*` when that variable
    /// is set, to look at (and to check with `../shared/tools/text-collisions`).
    func proof(_ page: Page, info: DocumentInfo, named name: String) throws {
        guard let dir = ProcessInfo.processInfo.environment["FOLIO_BRIEF_PNGS"], !dir.isEmpty else { return }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try Data(PNGExporter(dpi: 100).render(page)).write(to: URL(fileURLWithPath: dir + "/" + name + ".png"))
        try PDFExporter().export([page], info: info, to: dir + "/" + name + ".pdf")
    }

    /// The bundled edition with its first dimension cut to 2 variables and its second grown
    /// to 7 (two variables repeated), totals and competition ranks recomputed.
    static func unequal(_ base: Edition) -> Edition {
        var e = base
        let keep = [2, 7]
        for (d, count) in keep.enumerated() {
            let original = e.dimensions[d].variables
            e.dimensions[d].variables = (0..<count).map { k in
                var v = original[k % original.count]
                if k >= original.count { v.slug += "-\(k)"; v.name += " \(k)" }
                return v
            }
            let slug = e.dimensions[d].slug
            let index = e.scores.firstIndex { $0.dimension == slug }!
            var rows = e.scores[index].rows.map { r -> ScoreRow in
                let scores = (0..<count).map { r.scores[$0 % r.scores.count] }
                return ScoreRow(city: r.city, scores: scores, total: scores.reduce(0, +), rank: 0)
            }
            rank(&rows, \.total) { $0.rank = $1 }
            e.scores[index].rows = rows
        }
        var overall = e.overall.rows.map { r -> OverallRow in
            let totals = e.dimensions.map { e.table($0.slug)!.row(for: r.city)!.total }
            return OverallRow(city: r.city, dimensionTotals: totals, total: totals.reduce(0, +), rank: 0)
        }
        rank(&overall, \.total) { $0.rank = $1 }
        e.overall.rows = overall.sorted { ($0.rank, $0.city) < ($1.rank, $1.city) }
        return e
    }

    static func rank<Row>(_ rows: inout [Row], _ total: KeyPath<Row, Int>, _ set: (inout Row, Int) -> Void) {
        let order = rows.indices.sorted { rows[$0][keyPath: total] > rows[$1][keyPath: total] }
        var previous: Int?, current = 0
        for (position, i) in order.enumerated() {
            if rows[i][keyPath: total] != previous { current = position + 1; previous = rows[i][keyPath: total] }
            set(&rows[i], current)
        }
    }
}

/// Text measured as half an em per character: enough for geometry checks without fonts.
private struct StubContext: FigureContext {
    func line(_ text: String, style: TextStyle) -> TextLine {
        let width = Double(text.count) * style.size * 0.5
        let run = GlyphRun(face: FontFace(path: "stub"), size: style.size, color: style.color, offset: .zero, glyphs: [],
                           text: text, clusters: [], width: width)
        return TextLine(origin: .zero, runs: [run], width: width, ascent: style.size * 0.8, descent: style.size * 0.2)
    }
    func family(_ role: String) -> String { "Inter" }
}
