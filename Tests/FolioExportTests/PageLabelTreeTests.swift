//! The page labels the post-processor writes: ranges for counting labels, prefixes for others.

@testable import FolioExport
import FolioCore
import XCTest

final class PageLabelTreeTests: XCTestCase {
    func written(_ labels: [String]) -> String? {
        guard let tree = PageLabelTree.make(labels) else { return nil }
        var out: [UInt8] = []
        tree.write(into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    func testCountingLabelsBecomeRanges() throws {
        // Roman front matter, arabic body: two ranges.
        let text = try XCTUnwrap(written(["i", "ii", "iii", "iv", "1", "2", "3"]))
        XCTAssertEqual(text.replacingOccurrences(of: " ", with: ""), "<</Nums[0<</S/r>>4<</S/D>>]>>")
    }

    func testBreaksInTheCountStartNewRanges() throws {
        let text = try XCTUnwrap(written(["3", "4", "7", "Cover", "", "ix", "x"])).replacingOccurrences(of: " ", with: "")
        XCTAssertEqual(text, "<</Nums[0<</S/D/St3>>2<</S/D/St7>>3<</P(Cover)>>4<<>>5<</S/r/St9>>]>>")
    }

    func testNoLabelsNoTree() {
        XCTAssertNil(written(["", ""]))
        XCTAssertEqual(RomanNumeral.value("xiv"), 14)
        XCTAssertNil(RomanNumeral.value("iiii"))
        XCTAssertEqual(RomanNumeral.value("mcmxcix"), 1999)
        XCTAssertNil(RomanNumeral.value("vx"))
        XCTAssertNil(RomanNumeral.value("Cover"))
    }
}
