//! Shaping: line breaking at a width, justification, links, superscript rise.

import FolioGraphics
import FolioPage
import FolioTestSupport
import XCTest

final class TextShaperTests: XCTestCase {
    var shaper: TextShaper!

    override func setUpWithError() throws {
        shaper = TextShaper(fontSet: try FontSet(directory: TestResources.fontDirectory))
    }

    let style = TextStyle(family: "Noto Serif", size: 10)

    func testBreaksIntoLinesNoWiderThanTheWidth() {
        let text = String(repeating: "Cities compete for talent and capital. ", count: 8)
        let shaped = shaper.shape([TextSpan(text, style: style)], format: ParagraphFormat(width: 150, alignment: .justify))
        XCTAssertGreaterThan(shaped.lines.count, 5)
        for line in shaped.lines { XCTAssertLessThanOrEqual(line.width, 150.01) }
        // Every character appears exactly once, in order.
        let joined = shaped.lines.map(\.text).joined().replacingOccurrences(of: " ", with: "")
        XCTAssertEqual(joined, text.replacingOccurrences(of: " ", with: ""))
    }

    func testJustifiedLinesFillTheWidthExceptTheLast() {
        let text = String(repeating: "Regional synergy links neighbouring cities. ", count: 6)
        let shaped = shaper.shape([TextSpan(text, style: style)], format: ParagraphFormat(width: 160, alignment: .justify))
        for line in shaped.lines.dropLast() {
            let right = line.runs.map { $0.offset.x + $0.width }.max() ?? 0
            XCTAssertEqual(right, 160, accuracy: 1.5)
        }
        let last = shaped.lines.last!
        XCTAssertLessThan(last.runs.map { $0.offset.x + $0.width }.max() ?? 0, 159)
    }

    func testLinkSpansReportTheirExtent() {
        let spans = [TextSpan("See ", style: style), TextSpan("the table", style: style, link: .destination("t1")),
                     TextSpan(" below.", style: style)]
        let line = shaper.shape(spans, format: ParagraphFormat(width: nil)).lines[0]
        XCTAssertEqual(line.links.count, 1)
        let link = line.links[0]
        XCTAssertEqual(link.target, .destination("t1"))
        XCTAssertGreaterThan(link.minX, 10)
        XCTAssertEqual(link.maxX - link.minX, shaper.width(of: "the table", style: style), accuracy: 0.5)
    }

    func testSuperscriptIsRaisedAndSmaller() {
        let spans = [TextSpan("Value", style: style), TextSpan("3", style: style.with { $0.rise = 3; $0.size = 6 })]
        let line = shaper.shape(spans, format: ParagraphFormat(width: nil)).lines[0]
        XCTAssertEqual(line.runs.count, 2)
        XCTAssertEqual(line.runs[1].size, 6, accuracy: 0.01)
        XCTAssertEqual(line.runs[1].offset.y, -3, accuracy: 0.01)
    }

    func testRunsCarryTheirTextForExtraction() {
        let line = shaper.shape([TextSpan("Tabular 1,234", style: style.with { $0.features = ["tnum"] })],
                                format: ParagraphFormat(width: nil)).lines[0]
        XCTAssertEqual(line.text, "Tabular 1,234")
        for run in line.runs {
            XCTAssertEqual(run.clusters.map(\.bytes).reduce(0, +), run.text.utf8.count)
            XCTAssertEqual(run.clusters.map(\.glyphs).reduce(0, +), run.glyphs.count)
        }
    }
}
