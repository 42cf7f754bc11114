//! Scoring tables: heat colours keep text readable, tied ranks as published, tier rules.

import FolioCompose
import FolioDocument
import FolioLayout
import FolioModel
import FolioPage
import FolioTestSupport
import XCTest

final class ScoreTableTests: XCTestCase {
    func heat() throws -> HeatColors {
        let spec = try LayoutSpecLoader.load(path: TestResources.layoutPath("print.yaml"))
        return HeatColors(stops: (spec.theme.palettes?["scores"] ?? []).compactMap { Color(hex: $0) })
    }

    func testEveryScoreColourHasAAContrastText() throws {
        let heat = try heat()
        for score in 1...60 {
            let fill = heat.fill(Double(score), low: 1, high: 60)
            let ratio = fill.contrastRatio(with: heat.text(on: fill))
            XCTAssertGreaterThanOrEqual(ratio, 4.5, "score \(score): contrast \(ratio)")
        }
    }

    func testDimensionTableShowsTiesAsPublishedAndTintsCells() throws {
        let edition = try ReportFixture.edition()
        let tables = ScoreTables(edition: edition, heat: try heat())
        let table = try XCTUnwrap(tables.dimension("economic-strength"))
        XCTAssertEqual(table.rows.count, edition.cities.count)
        XCTAssertEqual(table.headerRows[0].cells.count, 2 + 5 + 1)
        // Wuxi and Guangzhou share rank 7 in the published table.
        let ranks = table.rows.map { $0.cells[0].content.plainText }
        XCTAssertEqual(ranks.filter { $0 == "7" }.count, 2)
        XCTAssertFalse(ranks.contains("8"))
        XCTAssertTrue(table.rows.allSatisfy { row in row.cells[2...].allSatisfy { $0.background != nil } })
    }

    func testOverallTableSeparatesTiers() throws {
        let edition = try ReportFixture.edition()
        let table = ScoreTables(edition: edition, heat: try heat()).overall(analytics: Analytics(edition))
        // Three tier boundaries: 3 | 7 | 17 | 33 cities.
        XCTAssertEqual(table.rows.enumerated().filter { $0.element.ruleAbove }.map(\.offset), [3, 10, 27])
    }

    /// Every page carries text, except the intentional blank versos before a right-hand
    /// start (page 1 and the chapter openers), which carry nothing at all.
    func testNoPageIsEmptyButTheIntentionalBlanks() throws {
        let output = try ReportFixture.output()
        let edition = try ReportFixture.edition()
        var blanks = 0
        for (i, page) in output.pages.enumerated() where page.textLines.isEmpty {
            XCTAssertTrue(page.items.isEmpty, "page \(page.label) has no text but is not blank")
            XCTAssertEqual(i % 2, 1, "blank page \(page.label) is a right-hand page")
            blanks += 1
        }
        XCTAssertLessThanOrEqual(blanks, edition.dimensions.count + 1)
    }
}
