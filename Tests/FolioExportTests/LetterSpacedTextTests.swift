//! Letter-spaced text reads back as words from the PDF (poppler's `pdftotext`).

import FolioDocument
import FolioExport
import FolioGraphics
import FolioLayout
import FolioPage
import FolioTestSupport
import Foundation
import XCTest

final class LetterSpacedTextTests: XCTestCase {
    func testLetterSpacedKickersExtractAsWords() throws {
        let shaper = TextShaper(fontSet: try FontSet(directory: TestResources.fontDirectory))
        let spec = try LayoutSpecLoader.load(path: TestResources.layoutPath("print.yaml"))
        // The print layout's kicker styles are tracked by a point or more: more than poppler's word gap.
        XCTAssertGreaterThanOrEqual(try XCTUnwrap(spec.theme.paragraphs["kicker"]?.letterSpacing), 1)
        let blocks: [Block] = [
            .paragraph(Paragraph(style: "kicker", content: [.text("Specialised observation")])),
            .paragraph(Paragraph(style: "chapter-kicker", content: [.text("Dimension 1 of 10")])),
            .paragraph(Paragraph(content: [.text("Plain body text follows.")])),
        ]
        let document = Document(info: DocumentInfo(title: "Kickers"),
                                sections: [Section(template: "body", runningTitle: "Tests", blocks: blocks)])
        let pages = DocumentLayouter(spec: spec, shaper: shaper, hyphenator: try Hyphenator()).layout(document).pages
        let path = try ExternalTools.temporaryDirectory().appendingPathComponent("kickers.pdf").path
        try PDFExporter().export(pages, info: document.info, to: path)
        let text = try ExternalTools.run("pdftotext", ["-f", "1", "-l", "1", path, "-"]).stdout
        XCTAssertTrue(text.contains("SPECIALISED OBSERVATION"), text)
        XCTAssertTrue(text.contains("DIMENSION 1 OF 10"), text)
        XCTAssertTrue(text.contains("Plain body text follows."), text)
    }
}
