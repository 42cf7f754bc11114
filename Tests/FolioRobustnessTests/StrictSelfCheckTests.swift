//! The self-check's findings travel like every layout finding: warnings, errors under --strict.

import FolioBuild
import FolioCore
import FolioTestSupport
import Foundation
import XCTest

final class StrictSelfCheckTests: XCTestCase {
    /// The mini edition with an observation whose first key figure is 60 characters, one word.
    private func edition() throws -> RobustEdition {
        let edition = try RobustEdition()
        let path = edition.directory.appendingPathComponent("observations/xian.md")
        let text = try String(contentsOf: path, encoding: .utf8)
        let long = String(String(repeating: "Wolfeschlegelstein", count: 4).prefix(60))
        try text.replacingOccurrences(of: "{ value: \"13\",", with: "{ value: \"\(long)\",")
            .write(to: path, atomically: true, encoding: .utf8)
        return edition
    }

    func testAnOverflowingTileIsAWarningThatStrictTurnsIntoAnError() throws {
        let edition = try edition()
        defer { edition.remove() }
        let output = try edition.build(strict: false)
        let finding = try XCTUnwrap(output.warnings.first { $0.message.contains("key-figure tile 1") }, "\(output.warnings)")
        XCTAssertEqual(finding.severity, .warning)
        XCTAssertEqual(finding.location?.file.hasSuffix("observations/xian.md"), true, "\(finding)")
        XCTAssertTrue(finding.message.contains("past the right edge"), finding.message)

        let failure = RobustEdition.failure { _ = try edition.build(strict: true) }
        XCTAssertEqual(failure?.code, 1)
        XCTAssertTrue(failure?.lines.contains { $0.contains("key-figure tile 1") && $0.contains("(strict mode)") } ?? false,
                      "\(failure?.lines ?? [])")
    }
}
