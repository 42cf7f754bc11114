//! A section's last page: level columns, never a few stranded lines, never a widow or orphan on the way.

import FolioDocument
import FolioGraphics
import FolioLayout
import FolioPage
import FolioTestSupport
import XCTest

final class SectionEndingTests: XCTestCase {
    func spec(endings: Bool) throws -> LayoutSpec {
        var spec = try LayoutSpecLoader.load(path: TestResources.layoutPath("print.yaml"))
        if !endings { for name in spec.templates.keys { spec.templates[name]?.endings = nil } }
        return spec
    }

    func layouter(_ spec: LayoutSpec) throws -> DocumentLayouter {
        DocumentLayouter(spec: spec, shaper: TextShaper(fontSet: try FontSet(directory: TestResources.fontDirectory)),
                         hyphenator: try Hyphenator())
    }

    /// Documents of 2 pages and a bit: the lengths step by one paragraph so that some of them end
    /// with a few lines on a third page.
    func documents() -> [Document] {
        (44...52).map { n in
            LayoutFixtures.document((0..<n).map { .paragraph(Paragraph(content: [.text(LayoutFixtures.paragraphText($0, sentences: 3 + $0 % 3))])) })
        }
    }

    func testWithoutEndingsSomeDocumentsStrandLines() throws {
        let spec = try spec(endings: false)
        let layouter = try layouter(spec)
        let stranded = documents().filter { doc in
            let r = layouter.layout(doc)
            return !PageAudit(pages: r.pages, spec: spec, blankPages: r.blankPages, sectionStarts: r.sectionStartPages).strandedEndings.isEmpty
        }
        XCTAssertFalse(stranded.isEmpty, "the fixture must produce stranded endings for the next test to mean anything")
    }

    func testLastPageIsFilledAndLevelWithoutWidowsOrOrphans() throws {
        let spec = try spec(endings: true)
        let layouter = try layouter(spec)
        let leading = try XCTUnwrap(spec.theme.paragraphs["body"]?.leading)
        for doc in documents() {
            let r = layouter.layout(doc)
            let audit = PageAudit(pages: r.pages, spec: spec, blankPages: r.blankPages, sectionStarts: r.sectionStartPages)
            XCTAssertEqual(audit.strandedEndings, [], audit.summary)
            XCTAssertFalse(r.diagnostics.contains { $0.message.contains("widow") || $0.message.contains("alone on its last page") },
                           "\(r.diagnostics)")
            // Level columns: the two columns of the last page end within two lines of each other
            // (moving one line more could leave a single line of a paragraph behind).
            let last = try XCTUnwrap(r.pages.last)
            let body = last.textLines.filter { ($0.runs.first?.size ?? 0) > 9 }
            let columns = Dictionary(grouping: body) { $0.origin.x < last.size.width / 2 }
            XCTAssertEqual(columns.count, 2, "the last page has text in both columns")
            let bottoms = columns.values.map { $0.map(\.origin.y).max()! }
            XCTAssertLessThanOrEqual(bottoms.max()! - bottoms.min()!, 2 * leading + 0.5, "columns end level: \(bottoms)")
        }
    }
}
