//! Figures kept as published (exceptions.yaml) are marked in their table, explained under it,
//! and printed the same by the overview charts — in both editions.

import FolioBuild
import FolioCharts
@testable import FolioCompose
import FolioDocument
import FolioLoad
import FolioModel
import FolioPage
import FolioTestSupport
import Foundation
import XCTest

final class ExceptionNotesTests: XCTestCase {
    let heat = HeatColors(stops: [Color(hex: "#ffffff")!, Color(hex: "#000000")!])

    func compose(_ folder: String) throws -> (Edition, [Block]) {
        let edition = try EditionLoader.load(directory: TestResources.repositoryRoot.appendingPathComponent(folder).path).0
        let structure = try ReportStructureLoader.load(path: TestResources.layoutPath("report.yaml"))
        let blocks = try ReportComposer(edition: edition, structure: structure, heat: heat, creationDate: nil).compose().sections.flatMap(\.blocks)
        return (edition, blocks)
    }

    /// The overall table, the blocks after it, and the row of a city.
    func overall(_ blocks: [Block]) throws -> (TableBlock, [Block]) {
        let k = try XCTUnwrap(blocks.firstIndex { if case .table(let t) = $0 { return t.id == "table-overall" }; return false })
        guard case .table(let table) = blocks[k] else { throw XCTSkip("unreachable") }
        return (table, Array(blocks[(k + 1)...]))
    }

    func row(_ table: TableBlock, _ city: String) throws -> TableRow {
        try XCTUnwrap(table.rows.first { $0.cells[1].content.plainText == city })
    }

    func notes(after: [Block]) -> [String] {
        after.prefix { if case .paragraph(let p) = $0 { return p.style == "note" }; return false }
            .map { if case .paragraph(let p) = $0 { return p.content.plainText }; return "" }
    }

    func testDefaultEditionMarksZhongshansTotalAndBothRanksAndExplainsThem() throws {
        let (_, blocks) = try compose("Assets/editions/cities-2025")
        let (table, after) = try overall(blocks)
        let zhongshan = try row(table, "Zhongshan"), baoding = try row(table, "Baoding")
        XCTAssertEqual(zhongshan.cells.last?.content.plainText, "1,062a")
        XCTAssertEqual(zhongshan.cells[0].content.plainText, "51a")
        XCTAssertEqual(baoding.cells[0].content.plainText, "52b")
        XCTAssertEqual(baoding.cells.last?.content.plainText, "1,064")
        let notes = notes(after: after)
        XCTAssertEqual(notes.count, 2)
        XCTAssertTrue(notes[0].hasPrefix("a Zhongshan: total score 1,062 as published (computed 1,066); rank 51 as published (computed 52)."), notes[0])
        XCTAssertTrue(notes[1].hasPrefix("b Baoding: rank 52 as published (computed 51)."), notes[1])
        // The economic strength table explains Yancheng's total the same way.
        let yancheng = blocks.compactMap { b -> TableRow? in
            if case .table(let t) = b, t.id == ReportIDs.table("economic-strength") { return t.rows.first { $0.cells[1].content.plainText == "Yancheng" } }
            return nil
        }.first
        XCTAssertEqual(yancheng?.cells.last?.content.plainText, "97a")
    }

    func testOverviewChartsPrintTheTablesTotalsInItsOrder() throws {
        let (edition, blocks) = try compose("Assets/editions/cities-2025")
        let charts = blocks.compactMap { b -> (any FigureContent)? in if case .figure(let f) = b { return f.content }; return nil }
        let ranked = try XCTUnwrap(charts.compactMap { $0 as? RankedBarChart }.first)
        let stacked = try XCTUnwrap(charts.compactMap { $0 as? StackedBarChart }.first)
        let tableOrder = edition.overall.rows.map { edition.city($0.city)!.name }
        XCTAssertEqual(ranked.orderedBars.map(\.label), tableOrder)
        XCTAssertEqual(stacked.order.map { stacked.categories[$0] }, tableOrder)
        let z = try XCTUnwrap(stacked.categories.firstIndex(of: "Zhongshan"))
        XCTAssertEqual(stacked.totals[z], 1062)
        XCTAssertEqual(ranked.bars.first { $0.label == "Zhongshan" }?.value, 1062)
    }

    func testSecondEditionCarriesItsOwnException() throws {
        let (edition, blocks) = try compose("Tests/Fixtures/editions/europe-2026")
        XCTAssertEqual(edition.exceptions.count, 1)
        let (table, after) = try overall(blocks)
        XCTAssertEqual(try row(table, "Ærøskøbing").cells.last?.content.plainText, "301a")
        XCTAssertEqual(table.rows.filter { $0.cells.contains { $0.content.contains { if case .superscript = $0 { return true }; return false } } }.count, 1)
        let notes = notes(after: after)
        XCTAssertEqual(notes.count, 1)
        XCTAssertTrue(notes[0].contains("301 as published (computed 304)") && notes[0].contains("The rank is the same either way."), notes[0])
    }

    func testNoteLettersContinuePastZ() {
        XCTAssertEqual(ExceptionNotes.letter(0), "a")
        XCTAssertEqual(ExceptionNotes.letter(25), "z")
        XCTAssertEqual(ExceptionNotes.letter(26), "aa")
    }
}
