//! Strip charts highlight a set of items (every city tied for a place) and name them in the legend.

@testable import FolioCharts
import FolioDocument
import FolioPage
import XCTest

final class StripHighlightTests: XCTestCase {
    let rows = [
        StripRow(label: "Museums", points: [StripPoint(item: "Plzeň", value: 12), StripPoint(item: "Porto", value: 10),
                                            StripPoint(item: "Łódź", value: 3), StripPoint(item: "Zürich", value: 10)]),
        StripRow(label: "Parks", points: [StripPoint(item: "Plzeň", value: 10), StripPoint(item: "Porto", value: 12),
                                          StripPoint(item: "Łódź", value: 1), StripPoint(item: "Zürich", value: 2)]),
    ]

    func testEveryHighlightedItemIsDrawnLabelledAndNamed() throws {
        let chart = StripChart(rows: rows, title: "How the variables spread", highlights: ["plzen", "Porto"], domain: 1...12,
                               terms: ChartTerms(items: "cities", measure: "score"))
        XCTAssertEqual(chart.highlightedItems, ["Plzeň", "Porto"], "names match ignoring case and punctuation")
        XCTAssertEqual(chart.highlight, "plzen", "the single-item accessor still answers")
        XCTAssertTrue(chart.altText.contains("Plzeň: Museums 12 (rank 1 of 4); Parks 10 (rank 2 of 4)."), chart.altText)
        XCTAssertTrue(chart.altText.contains("Porto: Museums 10 (rank 2 of 4); Parks 12 (rank 1 of 4)."), chart.altText)

        let frame = try chart.render(width: 400, height: 200, context: ChartTestKit.context())
        let texts = ChartTestKit.textBoxes(frame.items).map(\.0)
        XCTAssertTrue(texts.contains("Plzeň and Porto"), "legend names both: \(texts)")
        XCTAssertTrue(texts.contains("Other cities"), "legend uses the chart's terms: \(texts)")
        XCTAssertFalse(texts.contains { $0.contains("items") }, "\(texts)")
        // Both highlighted values of each row are labelled: 12 and 10 twice.
        XCTAssertGreaterThanOrEqual(texts.filter { $0 == "12" }.count, 2, "a label in each row: \(texts)")
        ChartTestKit.assertInside(frame)
        ChartTestKit.assertNoTextOverlap(frame)
    }

    func testManyHighlightedItemsAreCountedInTheLegend() throws {
        let chart = StripChart(rows: rows, highlights: ["Plzeň", "Porto", "Łódź", "Zürich"], domain: 1...12,
                               terms: ChartTerms(items: "cities", measure: "score"))
        let frame = try chart.render(width: 400, height: 200, context: ChartTestKit.context())
        let texts = ChartTestKit.textBoxes(frame.items).map(\.0)
        XCTAssertTrue(texts.contains("4 highlighted cities"), "\(texts)")
    }

    func testTiedHighlightedItemsTakeTheCentreSlots() {
        let points = [StripPoint(item: "A", value: 5), StripPoint(item: "B", value: 5), StripPoint(item: "C", value: 5)]
        let offsets = StripChart.tieOffsets(points, highlighted: ["C"], radius: 2, spread: 10)
        XCTAssertEqual(offsets[2], 0, "the highlighted item sits on the row line")
        XCTAssertNotEqual(offsets[0], 0)
    }
}
