//! The label collision pass: free positions first, alternatives next, drops last; never an overlap.

import FolioCharts
import FolioCore
import FolioPage
import XCTest

final class LabelPlacerTests: XCTestCase {
    func box(_ x: Double, _ y: Double, _ w: Double = 10, _ h: Double = 5) -> Rect { Rect(x: x, y: y, width: w, height: h) }

    func testLabelsThatDoNotCollideKeepTheirFirstPosition() {
        let placed = LabelPlacer().place([
            LabelCandidate(id: 0, positions: [box(0, 0)]),
            LabelCandidate(id: 1, positions: [box(20, 0)]),
        ])
        XCTAssertEqual(placed.map(\.positionIndex), [0, 0])
    }

    func testACollidingLabelMovesToItsNextPosition() {
        let placed = LabelPlacer().place([
            LabelCandidate(id: 0, positions: [box(0, 0)], priority: 2),
            LabelCandidate(id: 1, positions: [box(5, 0), box(5, 10)], priority: 1),
        ])
        XCTAssertEqual(placed.count, 2)
        XCTAssertEqual(placed[1].positionIndex, 1)
        XCTAssertEqual(placed[1].box, box(5, 10))
    }

    func testALabelWithNoFreePositionIsDropped() {
        let placed = LabelPlacer().place([
            LabelCandidate(id: 0, positions: [box(0, 0)], priority: 1),
            LabelCandidate(id: 1, positions: [box(4, 1), box(-3, 2)], priority: 0),
        ])
        XCTAssertEqual(placed.map(\.id), [0])
    }

    func testHigherPriorityWinsRegardlessOfOrder() {
        let placed = LabelPlacer().place([
            LabelCandidate(id: 0, positions: [box(0, 0)], priority: 0),
            LabelCandidate(id: 1, positions: [box(3, 0)], priority: 5),
        ])
        XCTAssertEqual(placed.map(\.id), [1])
    }

    func testObstaclesBoundsAndPadding() {
        let placer = LabelPlacer(bounds: box(0, 0, 100, 20), obstacles: [box(40, 0, 10, 20)], padding: 2)
        XCTAssertFalse(placer.fits(box(35, 5)), "covers the obstacle")
        XCTAssertFalse(placer.fits(box(29, 5)), "closer than the padding to the obstacle")
        XCTAssertTrue(placer.fits(box(27, 5)))
        XCTAssertFalse(placer.fits(box(95, 5)), "leaves the bounds")
        XCTAssertFalse(placer.fits(box(60, 5), taken: [box(71, 5)]), "closer than the padding to a placed label")
    }

    /// Whatever the input, the placed boxes never overlap each other or an obstacle.
    func testPlacementsNeverOverlap() {
        var rng = SeededRandom(seed: 42)
        for _ in 0..<30 {
            let obstacles = (0..<3).map { _ in box(rng.unit() * 180, rng.unit() * 90, 15, 8) }
            let candidates = (0..<40).map { i in
                LabelCandidate(id: i, positions: (0..<3).map { _ in box(rng.unit() * 190, rng.unit() * 95, 12, 5) },
                               priority: rng.unit())
            }
            let placer = LabelPlacer(bounds: box(0, 0, 200, 100), obstacles: obstacles, padding: 1)
            let placed = placer.place(candidates)
            XCTAssertFalse(placed.isEmpty)
            for (i, a) in placed.enumerated() {
                XCTAssertTrue(box(0, 0, 200, 100).contains(a.box))
                for o in obstacles { XCTAssertFalse(a.box.intersects(o)) }
                for b in placed[(i + 1)...] { XCTAssertFalse(a.box.intersects(b.box), "\(a) overlaps \(b)") }
            }
        }
    }
}
