//! Number formatting: grouping, decimals, the minus sign, no negative zero.

import FolioCharts
import XCTest

final class NumberFormatTests: XCTestCase {
    func testIntegersAreGrouped() {
        XCTAssertEqual(NumberFormat.integer.string(2634), "2,634")
        XCTAssertEqual(NumberFormat.integer.string(613), "613")
        XCTAssertEqual(NumberFormat.integer.string(1_234_567.891), "1,234,568")
        XCTAssertEqual(NumberFormat(grouping: false).string(2634), "2634")
    }

    func testDecimalsAndMinusSign() {
        let f = NumberFormat(decimals: 2)
        XCTAssertEqual(f.string(0.8), "0.80")
        XCTAssertEqual(f.string(-0.41), "\u{2212}0.41")
        XCTAssertEqual(f.string(-0.001), "0.00", "a value that rounds to zero has no sign")
        XCTAssertEqual(NumberFormat(decimals: 1, suffix: "%").string(12.34), "12.3%")
        XCTAssertEqual(f.string(.nan), "–")
    }

    func testInferredDecimals() {
        XCTAssertEqual(NumberFormat.inferred(for: [613, 2446]).decimals, 0)
        XCTAssertEqual(NumberFormat.inferred(for: [54.37, 73.1]).decimals, 1)
        XCTAssertEqual(NumberFormat.inferred(for: [-0.41, 0.91]).decimals, 2)
        XCTAssertEqual(NumberFormat.inferred(for: [150.5, 2.25]).decimals, 0)
    }
}
