//! A glyph run's text by cluster: soft hyphens, glyph-less clusters and right-to-left order.

@testable import FolioGraphics
import XCTest

final class ClusterTextTests: XCTestCase {
    private func clusters(_ t: ClusterText) -> [[Int]] { t.clusters.map { [$0.bytes, $0.glyphs] } }

    func testSoftHyphensVanishUnlessPangoBrokeThere() {
        let bytes = Array("xa\u{AD}b\u{AD}".utf8)
        let t = ClusterText(groups: [(0, 1), (1, 0), (3, 1), (4, 1)], bytes: bytes, itemStart: 1, itemLength: 6)
        XCTAssertEqual(t.string(rightToLeft: false), "ab-")
        XCTAssertEqual(clusters(t), [[1, 1], [1, 1], [1, 1]])
        XCTAssertTrue(t.hyphen)
    }

    /// Glyph-less clusters before the first visible one open it; later ones close the last.
    func testGlyphlessClustersJoinTheFirstAndLastClusters() {
        let bytes = Array("\u{200B}a\u{200C}b".utf8)
        let t = ClusterText(groups: [(0, 0), (3, 1), (4, 0), (7, 1)], bytes: bytes, itemStart: 0, itemLength: 8)
        XCTAssertEqual(t.string(rightToLeft: false), "\u{200B}ab\u{200C}")
        XCTAssertEqual(t.string(rightToLeft: true), "b\u{200C}\u{200B}a")
        XCTAssertEqual(clusters(t), [[4, 1], [4, 1]])
        XCTAssertFalse(t.hyphen)
    }

    /// Right-to-left glyphs come with decreasing cluster starts; a cluster ends at the next
    /// larger start.
    func testDecreasingClusterStarts() {
        let t = ClusterText(groups: [(2, 1), (0, 1)], bytes: Array("abc".utf8), itemStart: 0, itemLength: 3)
        XCTAssertEqual(clusters(t), [[1, 1], [2, 1]])
        XCTAssertEqual(t.string(rightToLeft: true), "abc")
        XCTAssertEqual(t.string(rightToLeft: false), "cab")
    }

    func testNoVisibleGlyphMeansNoClusters() {
        let t = ClusterText(groups: [(0, 0)], bytes: Array(" ".utf8), itemStart: 0, itemLength: 1)
        XCTAssertTrue(t.clusters.isEmpty)
    }
}
