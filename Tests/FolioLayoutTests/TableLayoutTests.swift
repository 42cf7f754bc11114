//! Tables: splitting between rows with repeated headers, column widths, numeric alignment.

import FolioDocument
import FolioLayout
import FolioPage
import FolioTestSupport
import XCTest

final class TableLayoutTests: XCTestCase {
    func testLongTableSplitsWithRepeatedHeadersOnEveryPage() throws {
        let result = try LayoutFixtures.layouter().layout(LayoutFixtures.document([.table(LayoutFixtures.table(rows: 200))]))
        XCTAssertGreaterThan(result.pages.count, 3)
        var seen: [Int] = []
        for page in result.pages {
            let texts = page.textLines.map(\.text)
            XCTAssertTrue(texts.contains("Rank") && texts.contains("Score"), "page \(page.label) lacks the header row")
            if page.label != "1" { XCTAssertTrue(texts.contains("Long table (continued)"), "page \(page.label) lacks the continued caption") }
            seen += page.textLines.compactMap { l in l.text.hasPrefix("City ") ? Int(l.text.dropFirst(5)) : nil }
        }
        XCTAssertEqual(seen, Array(1...200), "every row exactly once, in order")
    }

    func testNumericColumnsAreRightAligned() throws {
        let result = try LayoutFixtures.layouter().layout(LayoutFixtures.document([.table(LayoutFixtures.table(rows: 12))]))
        let scores = result.pages[0].textLines.filter { Int($0.text) != nil && Int($0.text)! > 900 }
        let rightEdges = Set(scores.map { Int(($0.origin.x + $0.width).rounded()) })
        XCTAssertEqual(rightEdges.count, 1, "scores share one right edge: \(rightEdges)")
    }

    func testTableFillsTheAvailableWidth() throws {
        let result = try LayoutFixtures.layouter().layout(LayoutFixtures.document([.table(LayoutFixtures.table(rows: 3))]))
        let spec = try LayoutSpecLoader.load(path: TestResources.layoutPath("print.yaml"))
        let width = spec.page.pageSize.width - spec.page.margins.inner.points - spec.page.margins.outer.points
        let rules = result.pages[0].items.compactMap { item -> Rect? in
            if case .shape(let s) = item, s.fill != nil { return s.path.bounds }; return nil
        }
        XCTAssertTrue(rules.contains { abs($0.width - width) < 1 }, "a full-width rule spans the table")
    }
}
