//! The page audit's counts on hand-made pages: near-empty pages, folio parity, lines on the grid.

import FolioLayout
import FolioPage
import FolioTestSupport
import XCTest

final class PageAuditUnitTests: XCTestCase {
    var spec: LayoutSpec!

    override func setUpWithError() throws {
        spec = try LayoutSpecLoader.load(path: TestResources.layoutPath("print.yaml"))
    }
    let grey = Color(hex: "#888888")!

    /// A block of ink across the text area's width from `top` to `bottom` (page points).
    func block(_ top: Double, _ bottom: Double, x: Double = 40, width: Double = 520) -> PageItem {
        .shape(Shape(path: .rect(Rect(x: x, y: top, width: width, height: bottom - top)), fill: grey))
    }

    func page(_ items: [PageItem], label: String) -> Page {
        Page(size: spec.page.pageSize, items: items, label: label)
    }

    func testAPageWithLittleInkIsNearEmptyUnlessItIsAnIntentionalBlankOrOpensASection() {
        let top = spec.page.margins.top.points
        let pages = [
            page([block(top, top + 600)], label: "1"),   // full
            page([block(top, top + 60)], label: "2"),    // a few lines across the page
            page([], label: "3"),                        // an intentional blank
            page([block(top, top + 540, width: 200)], label: "4"),  // the left column only, three quarters of it
            page([block(top, top + 60)], label: "5"),    // a short section alone on its page
        ]
        let audit = PageAudit(pages: pages, spec: spec, blankPages: [2], sectionStarts: [0, 4])
        XCTAssertEqual(audit.nearEmptyPages, [1, 4])
        XCTAssertEqual(audit.strandedEndings, [1])
    }

    func testOddFoliosOnLeftHandPagesAreCounted() {
        // Facing pages: index 0 is a right-hand page. Folio 1 on index 1 is on a left-hand page.
        let pages = ["i", "1", "2", "3"].map { page([], label: $0) }
        let audit = PageAudit(pages: pages, spec: spec)
        XCTAssertEqual(audit.oddFolios, 2)
        XCTAssertEqual(audit.oddFoliosOnRecto, 0)
        XCTAssertEqual(audit.oddFoliosOnRectoShare, 0)
    }
}
