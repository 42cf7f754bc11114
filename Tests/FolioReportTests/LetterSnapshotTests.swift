//! Snapshots of the US Letter report (one column, Inter body): a chapter opener and a narrative page.

import FolioBuild
import FolioCompose
import FolioGraphics
import FolioPage
import FolioTestSupport
import XCTest

final class LetterSnapshotTests: XCTestCase {
    func testLetterOpenerAndNarrative() throws {
        let job = ReportJob(editionDirectory: ReportFixture.editionDirectory, layoutPath: TestResources.layoutPath("letter.yaml"),
                            structurePath: TestResources.layoutPath("report.yaml"), outputDirectory: "", strict: false)
        let output = try job.build(shaper: TextShaper(fontSet: try FontSet(directory: TestResources.fontDirectory)))
        XCTAssertTrue(output.pages.allSatisfy { $0.size == .letter }, "every page is US Letter")
        let first = try ReportFixture.edition().dimensions[0].slug
        let opener = try XCTUnwrap(output.layout.headingPageIndex[ReportIDs.chapter(first)])
        // The chapter title is set in the white `chapter` heading on the band, not in the body's h1.
        let title = try XCTUnwrap(output.pages[opener].textLines.first { $0.text == (try? ReportFixture.edition().dimensions[0].name) })
        XCTAssertEqual(title.runs.first?.color, Color(hex: "#ffffff"))
        try PageSnapshot.assert(output.pages[opener], named: "letter-dimension-opener")
        try PageSnapshot.assert(output.pages[opener + 1], named: "letter-narrative")
    }
}
