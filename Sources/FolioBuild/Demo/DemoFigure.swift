//! A small vector figure for the demo: bars, a circle and a labelled baseline.

import FolioDocument
import FolioPage

struct DemoFigure: FigureContent {
    var altText: String { "Three bars of increasing height beside a circle." }

    func render(width: Double, height: Double?, context: any FigureContext) throws -> Frame {
        let h = height ?? 90
        var items: [PageItem] = []
        let colors = ["#9ecae1", "#4292c6", "#08519c"].compactMap { Color(hex: $0) }
        for (i, v) in [0.45, 0.7, 0.95].enumerated() {
            let bw = width / 8
            let x = Double(i) * (bw + 6)
            items.append(.shape(Shape(path: .rect(Rect(x: x, y: h - 14 - (h - 20) * v, width: bw, height: (h - 20) * v)), fill: colors[i])))
        }
        items.append(.shape(Shape(path: .circle(center: Point(x: width * 0.72, y: h / 2 - 6), radius: h / 3),
                                  fill: Color(hex: "#f4f1ea"), stroke: Stroke(color: Color(hex: "#b4461b")!, width: 1.2))))
        items.append(.shape(Shape(path: .line(from: Point(x: 0, y: h - 14), to: Point(x: width, y: h - 14)),
                                  stroke: Stroke(color: Color(hex: "#6e6e73")!, width: 0.5))))
        let label = context.line("Baseline", style: TextStyle(family: context.family("display"), size: 7, color: Color(hex: "#6e6e73")!))
        items.append(.text(label.moved(to: Point(x: 0, y: h - 3))))
        return Frame(size: Size(width: width, height: h), items: items)
    }
}
