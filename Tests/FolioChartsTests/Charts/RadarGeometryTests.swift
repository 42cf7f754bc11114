//! Radar geometry: axis directions, vertex positions, and the drawn polygon matching the data.

@testable import FolioCharts
import FolioDocument
import FolioPage
import Foundation
import XCTest

final class RadarGeometryTests: XCTestCase {
    func assertPoint(_ p: Point, _ x: Double, _ y: Double, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(p.x, x, accuracy: 1e-9, file: file, line: line)
        XCTAssertEqual(p.y, y, accuracy: 1e-9, file: file, line: line)
    }

    func testFourAxesPointUpRightDownLeft() {
        let g = RadarGeometry(center: Point(x: 100, y: 100), radius: 50, axisCount: 4, domain: 0...300)
        assertPoint(g.point(axis: 0, value: 300), 100, 50)
        assertPoint(g.point(axis: 1, value: 300), 150, 100)
        assertPoint(g.point(axis: 2, value: 300), 100, 150)
        assertPoint(g.point(axis: 3, value: 300), 50, 100)
        assertPoint(g.point(axis: 1, value: 150), 125, 100)
    }

    func testValuesOutsideTheDomainAreClamped() {
        let g = RadarGeometry(center: Point(x: 0, y: 0), radius: 10, axisCount: 5, domain: 100...200)
        assertPoint(g.point(axis: 0, value: 50), 0, 0)
        assertPoint(g.point(axis: 0, value: 900), 0, -10)
        XCTAssertEqual(g.distance(of: .nan), 0)
    }

    func testTenAxesAreThirtySixDegreesApart() {
        let g = RadarGeometry(center: Point(x: 0, y: 0), radius: 1, axisCount: 10, domain: 0...1)
        for k in 0..<10 {
            let p = g.point(axis: k, value: 1)
            let a = Double(k) * 36 * .pi / 180
            assertPoint(p, sin(a), -cos(a))
        }
        XCTAssertEqual(g.ring(value: 0.5).count, 10)
        XCTAssertEqual(g.polygon([1, 1, 1]).count, 3)
    }

    /// The subject's drawn vertex dots lie on the axes at distances proportional to its values.
    func testDrawnPolygonMatchesTheData() throws {
        let chart = SampleCharts.radar()
        let values = chart.series[0].values
        let frame = try chart.render(width: 340, height: nil, context: ChartTestKit.context())
        // Vertex dots: round-capped zero-length strokes in the subject colour.
        let dots: [Point] = frame.items.compactMap {
            guard case .shape(let s) = $0, s.stroke?.color == ChartStyle.standard.barColor, s.stroke?.cap == .round,
                  s.path.elements.count == 2, case .move(let p) = s.path.elements[0] else { return nil }
            return p
        }
        XCTAssertEqual(dots.count, 10)
        // Axis 0 points up, axis 5 down: they give the centre and the radius.
        let cx = dots[0].x
        XCTAssertEqual(dots[5].x, cx, accuracy: 1e-6)
        let r = (dots[5].y - dots[0].y) / ((values[0] + values[5]) / 300)
        let cy = dots[0].y + r * values[0] / 300
        let g = RadarGeometry(center: Point(x: cx, y: cy), radius: r, axisCount: 10, domain: 0...300)
        for k in 0..<10 {
            let expected = g.point(axis: k, value: values[k])
            XCTAssertEqual(dots[k].x, expected.x, accuracy: 1e-6, "axis \(k)")
            XCTAssertEqual(dots[k].y, expected.y, accuracy: 1e-6, "axis \(k)")
        }
    }
}

final class RadarRingLabelTests: XCTestCase {
    /// A box on a polygon's edge counts as crossed; one away from every edge does not.
    func testCrossingsCountBoxesOnAnEdge() {
        let square = [Point(x: 0, y: 0), Point(x: 100, y: 0), Point(x: 100, y: 100), Point(x: 0, y: 100)]
        let onEdge = Rect(x: 40, y: -3, width: 12, height: 6)
        let inside = Rect(x: 40, y: 40, width: 12, height: 6)
        XCTAssertEqual(RadarChart.crossings([onEdge, inside], [square]), 1)
        XCTAssertEqual(RadarChart.crossings([inside], [square]), 0)
    }

    /// A subject that is large on the first axes pushes the ring values to a sector its line does not cross.
    func testRingValuesAvoidTheSeriesLines() throws {
        let chart = RadarChart(axes: ["A", "B", "C", "D", "E", "F"],
                               series: [RadarSeries(name: "City", values: [100, 100, 5, 5, 6, 100]),
                                        RadarSeries(name: "Median", values: [62, 62, 62, 62, 62, 62])],
                               domain: 0...100, showValues: false)
        let frame = try chart.render(width: 300, height: 300, context: ChartTestKit.context())
        let rings = ChartTestKit.textBoxes(frame.items).filter { ["25", "50", "75", "100"].contains($0.0) }.map(\.1)
        XCTAssertFalse(rings.isEmpty)
        var lines: [[Point]] = []
        for item in frame.items {
            guard case .shape(let s) = item, let stroke = s.stroke, stroke.width >= 1 else { continue }
            let pts = s.path.elements.compactMap { e -> Point? in
                switch e { case .move(let p), .line(let p): return p; default: return nil }
            }
            if pts.count == 6 { lines.append(pts) }
        }
        XCTAssertEqual(lines.count, 2, "the subject's and the median's outline")
        XCTAssertEqual(RadarChart.crossings(rings, lines), 0)
    }
}
