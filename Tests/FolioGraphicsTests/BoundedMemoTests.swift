//! The memo behind shaping and hyphenation: computes once per key, stays within its limit.

@testable import FolioGraphics
import XCTest

final class BoundedMemoTests: XCTestCase {
    func testComputesOncePerKeyAndEmptiesWhenFull() {
        var memo = BoundedMemo<Int, String>(limit: 3)
        var calls = 0
        func get(_ k: Int) -> String { memo.value(for: k) { calls += 1; return "v\(k)" } }
        XCTAssertEqual(get(1), "v1")
        XCTAssertEqual(get(1), "v1")
        XCTAssertEqual(calls, 1, "a remembered key is not computed again")
        _ = get(2); _ = get(3)
        XCTAssertEqual(memo.count, 3)
        XCTAssertEqual(get(4), "v4")
        XCTAssertEqual(memo.count, 1, "full: emptied before the new entry")
        XCTAssertEqual(get(1), "v1")
        XCTAssertEqual(calls, 5, "an emptied key is computed again")
    }
}
