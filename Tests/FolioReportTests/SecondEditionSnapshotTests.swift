//! Snapshots of the second fixture edition: the pages where another shape shows first.

import FolioBuild
import FolioCompose
import FolioGraphics
import FolioLoad
import FolioPage
import FolioTestSupport
import XCTest

/// The europe-2026 fixture (24 cities, 6 dimensions of 2–7 variables, long names with
/// diacritics, ties at both ends): its first chapter opener (tied leaders and tied last
/// places in the key figures), the overall table (per-dimension heat scales) and two briefs
/// (the tied leader Plzeň and the longest name, Las Palmas de Gran Canaria).
final class SecondEditionSnapshotTests: XCTestCase {
    static let directory = TestResources.repositoryRoot.appendingPathComponent("Tests/Fixtures/editions/europe-2026").path

    func testOpenerOverallTableAndTwoBriefs() throws {
        let job = ReportJob(editionDirectory: Self.directory, layoutPath: TestResources.layoutPath("print.yaml"),
                            structurePath: TestResources.layoutPath("report.yaml"), outputDirectory: "", strict: true)
        let shaper = TextShaper(fontSet: try FontSet(directory: TestResources.fontDirectory))
        let output = try job.build(shaper: shaper)
        let edition = try EditionLoader.load(directory: Self.directory).0
        let opener = try XCTUnwrap(output.layout.headingPageIndex[ReportIDs.chapter(edition.dimensions[0].slug)])
        let overall = try XCTUnwrap(output.pages.firstIndex { $0.textLines.contains { $0.text == "Overall scoring table" } })
        try PageSnapshot.assert(output.pages[opener], named: "second-edition-opener")
        try PageSnapshot.assert(output.pages[overall], named: "second-edition-overall-table")

        let briefs = BriefsJob(editionDirectory: Self.directory, layoutPath: TestResources.layoutPath("brief.yaml"),
                               reportLayoutPath: TestResources.layoutPath("print.yaml"),
                               structurePath: TestResources.layoutPath("report.yaml"), outputDirectory: "", jobs: 1)
        for b in try briefs.render(edition: edition, slugs: ["plzen", "las-palmas-de-gran-canaria"], observationPages: [:]) {
            try PageSnapshot.assert(b.page, named: "second-edition-brief-\(b.city)")
        }
    }
}
