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

    /// The highlighted values stand right of the plot: no figure touches a dot.
    func testValuesNeverSitOnDots() throws {
        let crowded = (0..<6).map { r in
            StripRow(label: "Row \(r)", points: (1...40).map { StripPoint(item: "City \($0)", value: Double(($0 * (r + 3)) % 40 + 1)) })
        }
        let chart = StripChart(rows: crowded, highlights: ["City 7", "City 12"], domain: 1...40,
                               terms: ChartTerms(items: "cities", measure: "score"))
        let frame = try chart.render(width: 400, height: 160, context: ChartTestKit.context())
        var dots: [Rect] = []
        for item in frame.items {
            guard case .shape(let s) = item else { continue }
            let b = s.path.bounds
            if s.path.elements.contains(where: { if case .cubic = $0 { return true } else { return false } }) {
                dots.append(b)
            } else if let stroke = s.stroke, stroke.cap == .round, b.width == 0, b.height == 0 {
                dots.append(b.insetBy(dx: -stroke.width / 2, dy: -stroke.width / 2))
            }
        }
        XCTAssertEqual(dots.count, 6 * 40 + 2, "every dot, and the two legend keys")
        let figures = ChartTestKit.textBoxes(frame.items).filter { Double($0.0) != nil }
        XCTAssertGreaterThanOrEqual(figures.count, 12, "both highlighted values in every row, plus the axis")
        for (text, box) in figures {
            let ink = Rect(x: box.minX, y: box.minY + box.height * 0.25, width: box.width, height: box.height * 0.6)
            for d in dots { XCTAssertFalse(ink.intersects(d), "\(text) \(ink) on a dot \(d)") }
        }
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

final class StripRowScaleTests: XCTestCase {
    /// Two dimensions of unequal size: 2 variables (scores 2…24) and 6 (6…72) for 12 cities.
    let rows = [
        StripRow(label: "Small", points: [StripPoint(item: "A", value: 24), StripPoint(item: "B", value: 2)], domain: 0...24),
        StripRow(label: "Large", points: [StripPoint(item: "A", value: 36), StripPoint(item: "B", value: 72)], domain: 0...72),
    ]

    func testRowsWithTheirOwnRangesAreDrawnAsShares() throws {
        let chart = StripChart(rows: rows, highlight: "A", terms: ChartTerms(items: "cities", measure: "score"))
        XCTAssertTrue(chart.rowsOnOwnScales)
        XCTAssertEqual(chart.position(24, in: rows[0]), 100)
        XCTAssertEqual(chart.position(36, in: rows[1]), 50)
        XCTAssertTrue(chart.altText.contains("each row as a share of its own score range (Small 0 to 24; Large 0 to 72)"), chart.altText)

        let frame = try chart.render(width: 400, height: 160, context: ChartTestKit.context())
        let texts = ChartTestKit.textBoxes(frame.items)
        XCTAssertTrue(texts.contains { $0.0 == "100%" }, "the axis is in per cent: \(texts.map(\.0))")
        // A's dots: at the right end of the first row, in the middle of the second; the scores
        // themselves are printed in the column right of the plot.
        let left = try XCTUnwrap(texts.first { $0.0 == "0%" }?.1.midX), right = try XCTUnwrap(texts.first { $0.0 == "100%" }?.1.midX)
        let highlighted = frame.items.compactMap { item -> Rect? in
            guard case .shape(let s) = item, s.fill == ChartStyle.standard.highlightColor, s.stroke != nil else { return nil }
            return s.path.bounds
        }.sorted { $0.midY < $1.midY }
        XCTAssertEqual(highlighted.count, 2, "A's two dots (the legend key has no outline)")
        XCTAssertEqual(highlighted[0].midX, right, accuracy: 4)
        XCTAssertEqual(highlighted[1].midX, (left + right) / 2, accuracy: 4)
        for score in ["24", "36"] {
            XCTAssertGreaterThan(try XCTUnwrap(texts.first { $0.0 == score }?.1.minX), right, score)
        }
        ChartTestKit.assertInside(frame)
    }

    func testRowsWithoutRangesKeepTheSharedAxis() {
        let chart = StripChart(rows: rows.map { StripRow(label: $0.label, points: $0.points) }, domain: 0...72)
        XCTAssertFalse(chart.rowsOnOwnScales)
        XCTAssertEqual(chart.position(36, in: rows[1]), 36)
    }
}

final class NameMatchingTests: XCTestCase {
    func testSlugsMatchNamesWithDiacritics() {
        XCTAssertTrue(sameName("lodz", "Łódź"))
        XCTAssertTrue(sameName("sao-paulo", "São Paulo"))
        XCTAssertTrue(sameName("xian", "Xi'an"))
        XCTAssertFalse(sameName("porto", "Plzeň"))
    }
}

final class PercentAxisTests: XCTestCase {
    /// Horizontal, as the report draws the spread of the dimensions.
    func testBarsInPerCentHavePerCentTicks() throws {
        for orientation in [BarChart.Orientation.horizontal] {
            let chart = BarChart(categories: ["Economy", "Culture", "Parks"], values: [32.5, 26.9, 12.3], title: "Spread",
                                 orientation: orientation, valueFormat: NumberFormat(decimals: 1, suffix: "%"))
            let frame = try chart.render(width: 360, height: 220, context: ChartTestKit.context())
            let texts = ChartTestKit.textBoxes(frame.items).map(\.0)
            XCTAssertTrue(texts.contains("0%"), "\(orientation): \(texts)")
            XCTAssertTrue(texts.contains("32.5%"), "\(orientation): \(texts)")
            ChartTestKit.assertInside(frame)
            ChartTestKit.assertNoTextOverlap(frame)
        }
    }
}
