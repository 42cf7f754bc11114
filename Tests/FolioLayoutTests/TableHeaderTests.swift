//! Table headers break only between words: planned column widths, balanced header lines, and
//! the key or rotated fallback when no plan gives a header word its width.

@testable import FolioLayout
import FolioDocument
import FolioGraphics
import FolioPage
import FolioTestSupport
import XCTest

final class TableHeaderTests: XCTestCase {
    /// Character count as width: each letter 1 unit, a space 1 unit.
    private let count = { (s: String) in Double(s.count) }

    func testHeaderWordsFillLinesOnlyAtSpacesAndBalanceThem() throws {
        let words = try XCTUnwrap(HeaderWords([.text("Green and  low-carbon development")]))
        XCTAssertEqual(words.text, "Green and low-carbon development")
        let lines = try XCTUnwrap(words.lines(width: 22, count))
        XCTAssertEqual(lines, ["Green and low-carbon", "development"])
        XCTAssertTrue(lines.allSatisfy { $0.count <= 22 })
        // Greedy filling at 30 gives "Green and low-carbon" + "development"; balancing keeps two lines.
        let two = try XCTUnwrap(HeaderWords([.text("Per capita economic output")])?.lines(width: 24, count))
        XCTAssertEqual(two, ["Per capita", "economic output"], "two even lines, not 'Per capita economic' + 'output'")
        XCTAssertNil(words.lines(width: 10, count), "'development' (11) cannot fit 10 whole")
        XCTAssertNil(HeaderWords([.text("a"), .lineBreak]), "non-text headers are left to Pango")
        XCTAssertEqual(HeaderWords([.text("Target, RMB\u{00A0}bn")])?.words, ["Target,", "RMB\u{00A0}bn"], "a no-break space holds")
        XCTAssertEqual(HeaderKeyLabel.label(0), "A")
        XCTAssertEqual(HeaderKeyLabel.label(27), "AB")
    }

    /// Header texts of a laid-out page, one per header cell (its lines joined by spaces).
    static func headerCells(_ page: Page) -> [String] {
        var cells: [Rect: [TextLine]] = [:]
        for line in page.textLines where line.frame?.name == "table header cell" {
            cells[line.frame!.rect, default: []].append(line)
        }
        return cells.values.map { lines in
            lines.sorted { $0.origin.y < $1.origin.y }.map(\.text).joined(separator: " ")
        }
    }

    private func wideTable(_ names: [String]) -> TableBlock {
        TableBlock(columns: [TableColumn(width: .auto, rowHeader: true)] + names.map { _ in TableColumn(width: .fraction(1), numeric: true) },
                   headerRows: [TableRow(cells: [TableCell(text: "City")] + names.map { TableCell(text: $0) })],
                   rows: (1...4).map { r in TableRow(cells: [TableCell(text: "City \(r)")] + names.map { _ in TableCell(text: "\(r * 7)") }) },
                   caption: [.text("Scores")], style: "scores", spanAll: true)
    }

    func testScoringHeadersKeepEveryWordWhole() throws {
        let names = ["Economic aggregate potential", "Per capita economic output", "Technological innovation",
                     "Digital-intelligence empowerment", "Green and low-carbon development", "Internationalisation",
                     "Culture and quality of life", "Market environment", "Urban resilience", "Regional synergy"]
        let result = try LayoutFixtures.layouter().layout(LayoutFixtures.document([.table(wideTable(names))]))
        let cells = Self.headerCells(result.pages[0])
        XCTAssertEqual(Set(cells), Set(["City"] + names), "each header whole, split only at its spaces")
        XCTAssertTrue(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }

    func testHeadersThatCannotFitAreKeyedInTheCaption() throws {
        // "Tax" would fit, but is keyed with the other columns of its kind.
        let names = (1...13).map { "Internationalisation\($0)" } + ["Tax"]
        let result = try LayoutFixtures.layouter().layout(LayoutFixtures.document([.table(wideTable(names))]))
        let page = result.pages[0]
        let cells = Self.headerCells(page)
        XCTAssertTrue(cells.contains("A") && cells.contains("N"), "headers replaced by letters: \(cells.sorted())")
        XCTAssertFalse(cells.contains { $0.hasPrefix("Internationalisation") })
        let text = page.textLines.map(\.text).joined(separator: " ")
        XCTAssertTrue(text.contains("A\u{00A0}Internationalisation1;"), "the key spells out A")
        XCTAssertTrue(text.contains("M\u{00A0}Internationalisation13;"), "the key spells out M")
        XCTAssertTrue(text.contains("N\u{00A0}Tax"), "a short header of the same kind is keyed too")
        XCTAssertFalse(cells.contains("Tax"))
    }

    func testRotateFallbackTurnsTheHeaderUpwards() throws {
        var spec = try LayoutSpecLoader.load(path: TestResources.layoutPath("print.yaml"))
        spec.theme.tables["scores"]?.headerFallback = "rotate"
        let layouter = DocumentLayouter(spec: spec, shaper: TextShaper(fontSet: try FontSet(directory: TestResources.fontDirectory)),
                                        hyphenator: try Hyphenator())
        let names = (1...14).map { "Internationalisation\($0)" }
        let result = layouter.layout(LayoutFixtures.document([.table(wideTable(names))]))
        var turned: [String] = []
        func walk(_ items: [PageItem]) {
            for item in items {
                if case .group(let g) = item, g.transform.b == -1, g.transform.c == 1 {
                    turned += g.items.compactMap { if case .text(let l) = $0 { return l.text }; return nil }
                }
                if case .group(let g) = item { walk(g.items) }
            }
        }
        walk(result.pages[0].items)
        XCTAssertEqual(Set(turned), Set(names), "every header that could not fit is set turned, whole")
        XCTAssertFalse(result.diagnostics.contains { $0.message.contains("header cell") }, "turned text stays in its cell: \(result.diagnostics)")
    }
}
