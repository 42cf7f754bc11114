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

    func audit(_ output: ReportJob.Output, layout: String = "print.yaml") throws -> PageAudit {
        let spec = try LayoutSpecLoader.load(path: TestResources.layoutPath(layout))
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
        // This edition's short sections (a foreword of two paragraphs, observations of a few
        // lines) fill less than a third of the page they open on whatever the layout does; what
        // layout decides is that no section ends on a page of its own with a few lines.
        XCTAssertLessThanOrEqual(audit.strandedEndings.count, 2, audit.summary)
    }

    /// US Letter in one column: no right-hand column to line up, but the same endings.
    func testLetterLayoutEndsSectionsWithoutStrandedPages() throws {
        let job = ReportJob(editionDirectory: ReportFixture.editionDirectory, layoutPath: TestResources.layoutPath("letter.yaml"),
                            structurePath: TestResources.layoutPath("report.yaml"), outputDirectory: "", strict: false)
        let audit = try audit(try job.build(shaper: TextShaper(fontSet: try FontSet(directory: TestResources.fontDirectory))), layout: "letter.yaml")
        print("page audit, cities-2025 on Letter: \(audit.summary)")
        XCTAssertLessThanOrEqual(audit.nearEmptyPages.count, 2, audit.summary)
    }

    func assertGoals(_ audit: PageAudit, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertGreaterThan(audit.oddFolios, 0, file: file, line: line)
        XCTAssertEqual(audit.oddFoliosOnRectoShare, 1, "odd folios on left-hand pages: \(audit.summary)", file: file, line: line)
        XCTAssertGreaterThan(audit.rightColumnBaselines, 20, file: file, line: line)
        XCTAssertGreaterThanOrEqual(audit.onGridShare, 0.9, "right-column baselines off the grid: \(audit.summary)", file: file, line: line)
    }
}
