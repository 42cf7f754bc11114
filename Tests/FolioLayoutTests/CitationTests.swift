//! Adjacent footnote marks print as a citation list: "3,4" and "5–7", each number its own link.

import FolioDocument
import FolioLayout
import FolioPage
import XCTest

final class CitationTests: XCTestCase {
    private func layout(_ content: [Inline]) throws -> Page {
        try LayoutFixtures.layouter().layout(LayoutFixtures.document([.paragraph(Paragraph(content: content))])).pages[0]
    }

    private func mark(_ n: Int) -> Inline { .footnoteMark(n, destination: "ref-\(n)") }

    /// The destinations of the page's links, in drawing order.
    private func links(_ page: Page) -> [String] {
        page.items.compactMap { if case .link(_, .destination(let d)) = $0 { return d }; return nil }
    }

    func testAdjacentMarksAreSeparatedByCommas() throws {
        let page = try layout([.text("Ports grew"), mark(3), mark(4), .text(" and so did trade"), .text(""), mark(9), .text("."), ])
        let text = page.textLines.map(\.text).joined()
        XCTAssertTrue(text.contains("Ports grew3,4 and so did trade9."), text)
        XCTAssertEqual(links(page), ["ref-3", "ref-4", "ref-9"])
    }

    func testARunOfThreeOrMoreIsARange() throws {
        let page = try layout([.text("Ports grew"), mark(5), mark(6), mark(7), mark(9), .text(" fast.")])
        let text = page.textLines.map(\.text).joined()
        XCTAssertTrue(text.contains("Ports grew5\u{2013}7,9 fast."), text)
        XCTAssertEqual(links(page), ["ref-5", "ref-7", "ref-9"])
        // Each shown number is a Reference holding a Link; the separators are in neither.
        var references = 0, referenceLinks = 0
        for (i, item) in page.items.enumerated() {
            guard case .beginTag(let tag) = item, tag.role == .reference else { continue }
            references += 1
            if case .beginTag(let inner) = page.items[i + 1], inner.role == .link,
               case .text(let line) = page.items[i + 2] {
                referenceLinks += 1
                XCTAssertTrue(["5", "7", "9"].contains(line.text), line.text)
            }
        }
        XCTAssertEqual(references, 3)
        XCTAssertEqual(referenceLinks, 3)
    }
}
