//! The page audit on both editions: few near-empty pages, odd folios on the right, body lines on one grid.

import FolioBuild
import FolioGraphics
import FolioLayout
import FolioPage
import FolioTestSupport
import Foundation
import XCTest

final class PageAuditTests: XCTestCase {
    static let secondEdition = TestResources.repositoryRoot.appendingPathComponent("Tests/Fixtures/editions/europe-2026").path

    func audit(_ output: ReportJob.Output) throws -> PageAudit {
        let spec = try LayoutSpecLoader.load(path: TestResources.layoutPath("print.yaml"))
        return PageAudit(pages: output.pages, spec: spec, blankPages: output.layout.blankPages,
                         sectionStarts: output.layout.sectionStartPages)
    }

    func testDefaultEditionMeetsThePrintGoals() throws {
        let audit = try audit(try ReportFixture.output())
        print("page audit, cities-2025: \(audit.summary)")
        assertGoals(audit)
        XCTAssertLessThanOrEqual(audit.nearEmptyPages.count, 2, audit.summary)
    }

    func testSecondEditionMeetsThePrintGoals() throws {
        let job = ReportJob(editionDirectory: Self.secondEdition, layoutPath: TestResources.layoutPath("print.yaml"),
                            structurePath: TestResources.layoutPath("report.yaml"), outputDirectory: "", strict: false)
        let audit = try audit(try job.build(shaper: TextShaper(fontSet: try FontSet(directory: TestResources.fontDirectory))))
        print("page audit, europe-2026: \(audit.summary)")
        assertGoals(audit)
    }

    func assertGoals(_ audit: PageAudit, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertGreaterThan(audit.oddFolios, 0, file: file, line: line)
        XCTAssertEqual(audit.oddFoliosOnRectoShare, 1, "odd folios on left-hand pages: \(audit.summary)", file: file, line: line)
    }
}
