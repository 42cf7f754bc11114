//! Every chart at many sizes: exact frame width, requested height, nothing outside, no overlaps.

import FolioCharts
import FolioDocument
import FolioPage
import XCTest

final class ChartLayoutTests: XCTestCase {
    var charts: [(String, any FigureContent)] {
        [("ranked", SampleCharts.ranked()), ("stacked", SampleCharts.stacked()), ("radar", SampleCharts.radar()),
         ("heatmap", SampleCharts.heatmap()), ("strip", SampleCharts.strip()), ("bars", SampleCharts.volatility()),
         ("bars-vertical", SampleCharts.volatility(orientation: .vertical))]
    }

    func testEveryWidthFitsTheFrame() throws {
        let context = try ChartTestKit.context()
        for (name, chart) in charts {
            for width in [260.0, 340, 470, 720] {
                let frame = try chart.render(width: width, height: nil, context: context)
                XCTAssertEqual(frame.size.width, width, "\(name) at \(width)")
                ChartTestKit.assertInside(frame)
                ChartTestKit.assertNoTextOverlap(frame)
                try ChartTestKit.proof(ChartTestKit.page(frame), named: "\(name)-w\(Int(width))")
            }
        }
    }

    /// Short column names sit horizontally, wrapped, on one bottom line above the grid.
    func testHeatMapWithShortColumnNames() throws {
        let s = EditionSample.shared
        let top = Array(s.cities.indices.prefix(8))
        let chart = HeatMap(rows: top.map { s.cities[$0] }, columns: ["Economy", "Innovation", "Consumers", "Digital", "Openness"],
                            values: top.map { i in (0..<5).map { Optional(s.dimensionTotals[i][$0]) } },
                            title: "Leaders by dimension", subtitle: "Dimension score, 0–300",
                            colorMode: .sequential, domain: 0...300, legendTitle: "Score")
        let frame = try chart.render(width: 400, height: nil, context: ChartTestKit.context())
        ChartTestKit.assertInside(frame)
        ChartTestKit.assertNoTextOverlap(frame)
        let rotated = frame.items.contains { if case .group = $0 { return true } else { return false } }
        XCTAssertFalse(rotated, "no column name needed rotating")
        try ChartTestKit.proof(ChartTestKit.page(frame), named: "heatmap-sequential")
    }

    func testGivenHeightIsKept() throws {
        let context = try ChartTestKit.context()
        for (name, chart) in charts where name != "ranked" && name != "stacked" {
            let frame = try chart.render(width: 470, height: 330, context: context)
            XCTAssertEqual(frame.size.height, 330, accuracy: 1e-9, name)
            ChartTestKit.assertInside(frame)
            ChartTestKit.assertNoTextOverlap(frame)
            try ChartTestKit.proof(ChartTestKit.page(frame), named: "\(name)-h330")
        }
    }

    func testAspectSizing() throws {
        var chart = SampleCharts.radar()
        chart.sizing = .aspect(1.25)
        let frame = try chart.render(width: 400, height: nil, context: ChartTestKit.context())
        XCTAssertEqual(frame.size.height, 320, accuracy: 1e-9)
    }

    func testTooSmallHeightIsAClearError() throws {
        XCTAssertThrowsError(try SampleCharts.radar().render(width: 400, height: 90, context: ChartTestKit.context())) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("radar chart"), text)
            XCTAssertTrue(text.contains("more height"), text)
        }
    }

    func testMismatchedDataIsAnError() throws {
        let chart = StackedBarChart(categories: ["A", "B"], series: ["x", "y"], values: [[1, 2], [3]], title: "Parts")
        XCTAssertThrowsError(try chart.render(width: 300, height: nil, context: ChartTestKit.context())) { error in
            XCTAssertEqual("\(error)", "stacked bar chart \"Parts\": B has 1 values for 2 series")
        }
    }

    func testAllTextIsRealText() throws {
        let frame = try SampleCharts.ranked().render(width: 470, height: nil, context: ChartTestKit.context())
        let texts = ChartTestKit.textBoxes(frame.items).map(\.0)
        XCTAssertTrue(texts.contains("Overall ranking"))
        XCTAssertTrue(texts.contains("Shanghai"))
        XCTAssertTrue(texts.contains("2,446") || !EditionSample.shared.cities.contains("Shanghai"))
    }
}
