//! Radar ring values never lie on a series line.

import FolioCharts
import FolioPage
import XCTest

final class RadarRingLabelTests: XCTestCase {
    func texts(_ items: [PageItem]) -> [String] {
        items.flatMap { item -> [String] in
            switch item {
            case .text(let line): return [line.text]
            case .group(let g): return texts(g.items)
            default: return []
            }
        }
    }

    /// A series running along the 50 ring (rings at 50 and 100) in every wedge: its value is left
    /// out, the outermost stays; a series well inside the rings leaves every value.
    func testARingValueASeriesRunsThroughIsLeftOut() throws {
        let along = RadarChart(axes: ["North", "East", "South", "West"], series: [RadarSeries(name: "Flat", values: [50, 50, 50, 50])],
                               domain: 0...100, showValues: false)
        let labels = texts(try along.render(width: 300, height: nil, context: ChartTestKit.context()).items)
        XCTAssertFalse(labels.contains("50"), "\(labels)")
        XCTAssertTrue(labels.contains("100"), "the outermost ring keeps its value: \(labels)")

        let inside = RadarChart(axes: ["North", "East", "South", "West"], series: [RadarSeries(name: "Small", values: [10, 10, 10, 10])],
                                domain: 0...100, showValues: false)
        let all = texts(try inside.render(width: 300, height: nil, context: ChartTestKit.context()).items)
        for v in ["50", "100"] { XCTAssertTrue(all.contains(v), "\(v) in \(all)") }
    }
}
