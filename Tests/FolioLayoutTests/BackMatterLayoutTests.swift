//! Back-matter layout rules: hanging, kept-together references and table rows that repeat
//! their group label where a table continues.

import FolioDocument
import FolioLayout
import FolioPage
import XCTest

final class BackMatterLayoutTests: XCTestCase {
    /// Forty references of varied length in two columns: each entry's lines share one column
    /// and page (words carry their entry's number), and lines after the first hang 14 pt.
    func testReferencesHangAndStayInOneColumn() throws {
        let blocks: [Block] = (1...40).map { n in
            let words = (0..<(8 + (n * 13) % 40)).map { "r\(n)w\($0)" }.joined(separator: " ")
            return .paragraph(Paragraph(style: "reference", content: [.strong([.text("\(n).")]), .text(" " + words)], id: "ref-\(n)"))
        }
        let result = try LayoutFixtures.layouter().layout(LayoutFixtures.document(blocks))
        var placesOf: [Int: Set<String>] = [:]
        var hangs: Set<Int> = []
        for (p, page) in result.pages.enumerated() {
            let starts = Dictionary(page.items.compactMap { item -> (String, Point)? in
                if case .anchor(let id, let pt) = item, id.hasPrefix("ref-") { return (id, pt) }; return nil
            }, uniquingKeysWith: { a, _ in a })
            for line in page.textLines {
                guard let word = line.text.split(separator: " ").first(where: { $0.hasPrefix("r") && $0.contains("w") }),
                      let n = Int(word.dropFirst().prefix { $0.isNumber }) else { continue }
                let columnX = (starts["ref-\(n)"]?.x ?? line.origin.x)
                placesOf[n, default: []].insert("p\(p) x\(Int(columnX))")
                if !line.text.hasPrefix("\(n).") { hangs.insert(Int((line.origin.x - columnX).rounded())) }
            }
        }
        XCTAssertEqual(placesOf.count, 40)
        XCTAssertTrue(placesOf.values.allSatisfy { $0.count == 1 }, "an entry split across columns: \(placesOf.filter { $0.value.count > 1 })")
        XCTAssertEqual(hangs, [14], "continuation lines hang by the style's 14 pt")
        XCTAssertGreaterThan(result.pages.count, 1, "the references fill more than one page, so columns do break")
    }

    /// A grouped table split over pages: the first row on each continued page prints its
    /// continued form, the others their own cells.
    func testContinuedRowsRepeatTheirGroupLabel() throws {
        var rows: [TableRow] = []
        for n in 1...150 {
            let group = "Group \((n - 1) / 40 + 1)"
            let first = (n - 1) % 40 == 0
            rows.append(TableRow(cells: [TableCell(text: first ? group : ""), TableCell(text: "Item \(n)")],
                                 ruleAbove: first && n > 1,
                                 continuedCells: first ? nil : [TableCell(text: "\(group) (continued)"), TableCell(text: "Item \(n)")]))
        }
        let table = TableBlock(columns: [TableColumn(width: .fraction(1)), TableColumn(width: .fraction(2))],
                               headerRows: [TableRow(cells: [TableCell(text: "Group"), TableCell(text: "Item")])],
                               rows: rows, caption: [.text("Grouped")], spanAll: true)
        let result = try LayoutFixtures.layouter().layout(LayoutFixtures.document([.table(table)]))
        XCTAssertGreaterThan(result.pages.count, 2)
        var continued = 0
        for page in result.pages.dropFirst() {
            let cells = page.textLines.filter { $0.frame?.name == "table cell" }.sorted { $0.origin.y < $1.origin.y }
            let top = try XCTUnwrap(cells.first)
            let firstRow = cells.filter { abs($0.origin.y - top.origin.y) < 1 }.map(\.text)
            XCTAssertTrue(firstRow.contains { $0.hasPrefix("Group ") }, "page \(page.label) opens with its group label: \(firstRow)")
            continued += cells.filter { $0.text.hasSuffix("(continued)") }.count
        }
        XCTAssertGreaterThan(continued, 0, "continued pages that open inside a group print its label")
        XCTAssertLessThanOrEqual(continued, result.pages.count - 1, "only the first row of a continued page prints the continued form")
    }
}
