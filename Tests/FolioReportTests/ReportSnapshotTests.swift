//! Snapshots of representative report pages: one of each page type.

import FolioCompose
import FolioPage
import FolioTestSupport
import XCTest

final class ReportSnapshotTests: XCTestCase {
    func testRepresentativePages() throws {
        let output = try ReportFixture.output()
        let index = output.layout.headingPageIndex
        func page(_ id: String, offset: Int = 0) throws -> Page { output.pages[try XCTUnwrap(index[id], id) + offset] }
        let edition = try ReportFixture.edition()
        let first = edition.dimensions[0].slug
        let observation = try XCTUnwrap(edition.observations.first)
        let overallTable = try XCTUnwrap(output.pages.firstIndex { $0.textLines.contains { $0.text == "Overall scoring table" } })
        let dimensionTable = try XCTUnwrap(output.pages.firstIndex { $0.textLines.contains { $0.text.hasSuffix("scoring table") && $0.text != "Overall scoring table" } })
        let pages: [(String, Page)] = [
            ("report-cover", output.pages[0]),
            ("report-contents", output.pages[1]),
            ("report-overall-table", output.pages[overallTable]),
            ("report-dimension-opener", try page(ReportIDs.chapter(first))),
            ("report-narrative", try page(ReportIDs.chapter(first), offset: 1)),
            ("report-dimension-table", output.pages[dimensionTable]),
            ("report-observation", try page(ReportIDs.observation(observation.slug))),
            ("report-indicators", try page("indicators")),
            ("report-references", try page("references")),
        ]
        for (name, p) in pages { try PageSnapshot.assert(p, named: name) }
    }
}
