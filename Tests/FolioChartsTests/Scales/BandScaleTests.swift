//! Band scales: equal bands with inner and outer padding.

import FolioCharts
import XCTest

final class BandScaleTests: XCTestCase {
    func testBandsFillTheRangeWithPadding() {
        let b = BandScale(categories: ["a", "b", "c", "d"], from: 0, to: 100, paddingInner: 0.2, paddingOuter: 0.1)
        // n - inner + 2·outer = 4 - 0.2 + 0.2 = 4 steps.
        XCTAssertEqual(b.step, 25, accuracy: 1e-9)
        XCTAssertEqual(b.bandwidth, 20, accuracy: 1e-9)
        XCTAssertEqual(b.start(0), 2.5, accuracy: 1e-9)
        XCTAssertEqual(b.start(3) + b.bandwidth, 97.5, accuracy: 1e-9)
        XCTAssertEqual(b.center(1), 37.5, accuracy: 1e-9)
        XCTAssertEqual(b.index(of: "c"), 2)
        XCTAssertNil(b.index(of: "z"))
    }

    func testNoPaddingTilesTheRange() {
        let b = BandScale(categories: ["a", "b"], from: 10, to: 30, paddingInner: 0, paddingOuter: 0)
        XCTAssertEqual(b.start(0), 10)
        XCTAssertEqual(b.start(1), 20)
        XCTAssertEqual(b.bandwidth, 10)
    }
}
