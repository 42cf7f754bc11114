//! Page snapshots of every chart type, rendered from the sample edition's real numbers.

import FolioCharts
import FolioDocument
import FolioPage
import FolioTestSupport
import XCTest

/// One snapshot per chart type at a typical column width. Each also checks the frame's
/// width, that nothing is drawn outside it and that no two labels overlap.
final class ChartSnapshotTests: XCTestCase {
    func check(_ chart: any FigureContent, width: Double = 470, height: Double? = nil, named name: String) throws {
        let frame = try chart.render(width: width, height: height, context: ChartTestKit.context())
        XCTAssertEqual(frame.size.width, width)
        if let height { XCTAssertEqual(frame.size.height, height, accuracy: 1e-9) }
        ChartTestKit.assertInside(frame)
        ChartTestKit.assertNoTextOverlap(frame)
        let page = ChartTestKit.page(frame)
        try ChartTestKit.proof(page, named: name)
        try PageSnapshot.assert(page, named: name)
    }

    func testRankedBars() throws { try check(SampleCharts.ranked(), named: "ranked-bars") }

    func testStackedBars() throws { try check(SampleCharts.stacked(), named: "stacked-bars") }

    func testRadar() throws { try check(SampleCharts.radar(), width: 340, named: "radar") }

    func testHeatMap() throws { try check(SampleCharts.heatmap(), named: "heatmap") }

    func testStrip() throws { try check(SampleCharts.strip(), named: "strip") }

    func testVolatilityBars() throws { try check(SampleCharts.volatility(), named: "bars") }

    func testVolatilityBarsVertical() throws {
        try check(SampleCharts.volatility(orientation: .vertical), width: 520, height: 260, named: "bars-vertical")
    }

    func testVolatilityBarsHorizontal() throws {
        try check(SampleCharts.volatility(orientation: .horizontal), width: 300, named: "bars-horizontal")
    }
}
