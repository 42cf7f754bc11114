//! A strip chart's highlighted values in a column of their own, clear of every mark.

import FolioCharts
import FolioPage
import XCTest

final class StripValueColumnTests: XCTestCase {
    func testValuesInAColumnLieRightOfEveryMark() throws {
        let rows = (0..<4).map { r in
            StripRow(label: "Row \(r)", points: (0..<30).map { StripPoint(item: "City \($0)", value: Double(($0 * 7 + r * 13) % 100)) })
        }
        var chart = StripChart(rows: rows, highlight: "City 5", domain: 0...100)
        chart.valuesInColumn = true
        let frame = try chart.render(width: 400, height: 160, context: ChartTestKit.context())
        var lines: [TextLine] = [], shapes: [Rect] = []
        func walk(_ items: [PageItem]) {
            for item in items {
                switch item {
                case .text(let l): lines.append(l)
                case .shape(let s): shapes.append(s.path.bounds)
                case .group(let g): walk(g.items)
                default: break
                }
            }
        }
        walk(frame.items)
        let values = rows.map { row in String(Int(row.points[5].value)) }
        let labels = lines.filter { values.contains($0.text) && $0.bounds.minX > 200 }
        XCTAssertEqual(labels.count, rows.count, "one value per row: \(lines.map(\.text))")
        let rightmostMark = shapes.map(\.maxX).max() ?? 0
        for l in labels { XCTAssertGreaterThan(l.bounds.minX, rightmostMark, "\(l.text) lies right of every mark") }
    }
}
