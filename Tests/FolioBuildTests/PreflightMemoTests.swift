//! A watch session's preflight checks only the parts whose inputs changed.

@testable import FolioBuild
import FolioLoad
import Foundation
import XCTest

final class PreflightMemoTests: XCTestCase {
    /// After a pass, nothing is checked again until a file changes; a narrative save checks the
    /// report alone and composes it as a check without memo does; a note save checks its city's
    /// brief alone.
    func testASaveChecksOnlyThePartsThatReadTheSavedFile() throws {
        let f = try BuildFixture(source: "Tests/Fixtures/editions/europe-2026")
        let options = f.options(out: "out", cities: ["plzen", "graz"], cache: true)
        let memo = PreflightMemo()
        func check(memo: PreflightMemo?) throws -> Preflight.Checked {
            let edition = try EditionLoader.load(directory: f.edition).0
            var preflight = Preflight(options, report: true, briefs: ["plzen", "graz"])
            preflight.memo = memo
            preflight.keys = PreflightKeys(try BuildInputs.fingerprint(options), edition: edition, briefs: preflight.briefs,
                                           options: options, epoch: nil)
            return preflight.check(edition)
        }
        let first = try check(memo: memo)
        XCTAssertTrue(first.errors.isEmpty, "\(first.errors)")
        XCTAssertEqual(first.parts, ["report", "brief:plzen", "brief:graz"])
        XCTAssertNotNil(first.report)
        XCTAssertEqual(Set(memo.passedBriefs.keys), ["plzen", "graz"])
        XCTAssertNotNil(memo.reportFiles)

        let unchanged = try check(memo: memo)
        XCTAssertEqual(unchanged.parts, [])
        XCTAssertTrue(unchanged.errors.isEmpty)
        XCTAssertNil(unchanged.report, "a report that passed unchanged is not composed again")

        try f.write("narratives/economic-base.md", try f.read("narratives/economic-base.md")
            .replacingOccurrences(of: "The economic base combines", with: "The economic base deliberately combines"))
        let narrative = try check(memo: memo)
        XCTAssertEqual(narrative.parts, ["report"])
        let texts = { (c: Preflight.Checked) in c.report?.printedTexts.map(\.text) ?? [] }
        XCTAssertTrue(texts(narrative).contains { $0.contains("deliberately combines") })
        XCTAssertEqual(texts(narrative), texts(try check(memo: nil)), "the report composed with a memo is the one composed without")

        try f.write("city-notes.yaml", try f.read("city-notes.yaml").replacingOccurrences(of: "Shares the lead", with: "Shares first place"))
        XCTAssertEqual(try check(memo: memo).parts, ["brief:plzen"])
        XCTAssertEqual(try check(memo: memo).parts, [])
    }
}
