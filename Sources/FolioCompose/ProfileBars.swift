//! A city's dimensions as a compact table with bars: score, rank of N, and the median.

import FolioDocument
import FolioModel
import FolioPage

/// Rows of dimension name, score, rank and a bar of the score with a tick at the median
/// of all cities, for the one-page briefs. Each bar (and its median tick) is a share of its
/// own dimension's maximum, so dimensions with more variables do not run off the column.
struct ProfileBars: FigureContent {
    struct Row: Hashable, Sendable {
        var name: String
        var score: Int
        var rank: Int
        var median: Double
        /// The dimension's highest possible score: cities × its variables.
        var maximum: Double
    }
    let rows: [Row]
    let cityCount: Int
    let accent: Color

    /// "Dimension profile: Economic strength 261 of 300, median 189 (rank 3 of 60); …": each
    /// score with its own dimension's maximum, which is what the bar shows.
    var altText: String {
        "Dimension profile: " + rows.map { r in
            "\(r.name) \(r.score) of \(Int(r.maximum)), median \(Self.number(r.median)) (rank \(r.rank) of \(cityCount))"
        }.joined(separator: "; ")
    }

    /// A whole number as is, a median between two cities with its half: "189", "189.5".
    static func number(_ v: Double) -> String {
        v == v.rounded() ? NumberText.grouped(Int(v)) : NumberText.grouped(Int(v.rounded(.down))) + ".5"
    }

    func render(width: Double, height: Double?, context: any FigureContext) throws -> Frame {
        let family = context.family("display")
        let rowHeight = 17.5
        let header = 14.0
        let text = Color(hex: "#1d1d1f")!, muted = Color(hex: "#6e6e73")!
        let label = TextStyle(family: family, size: 7.6, color: text)
        let number = TextStyle(family: family, size: 7.6, weight: .semibold, color: text, features: ["tnum"])
        let head = TextStyle(family: family, size: 6.6, color: muted)
        // Number columns fit their widest entry (editions of thousands of cities have longer
        // scores and ranks), with a gap before each.
        let scoreWidth = max(30, (rows.map { context.line(String($0.score), style: number).width }.max() ?? 0) + 10)
        let rankWidth = max(40, (rows.map { context.line("\($0.rank)/\(cityCount)", style: label.with { $0.features = ["tnum"] }).width }.max() ?? 0) + 10)
        // The name column is as wide as the longest name, and never more than half the width.
        let nameWidth = min(width * 0.5, (rows.map { context.line($0.name, style: label).width }.max() ?? 0) + 4)
        let barX = nameWidth + scoreWidth + rankWidth + 6
        let barWidth = width - barX
        var items: [PageItem] = []
        func right(_ s: String, _ style: TextStyle, _ x: Double, _ y: Double) {
            let l = context.line(s, style: style)
            items.append(.text(l.moved(to: Point(x: x - l.width, y: y))))
        }
        items.append(.text(context.line("Dimension", style: head).moved(to: Point(x: 0, y: 9))))
        right("Score", head, nameWidth + scoreWidth, 9)
        right("Rank", head, nameWidth + scoreWidth + rankWidth, 9)
        // Bars of different maxima are shares, and the header says so in the words that fit.
        let uniform = Set(rows.map(\.maximum)).count <= 1
        let headers = uniform ? ["Score · median", "Score"] : ["Share of maximum · median", "% of maximum · median", "% of max · median", "% of max"]
        let barHead = headers.map { context.line($0, style: head) }.first { $0.width <= barWidth } ?? context.line(headers.last!, style: head)
        items.append(.text(barHead.moved(to: Point(x: barX, y: 9))))
        items.append(.shape(Shape(path: .line(from: Point(x: 0, y: header - 1), to: Point(x: width, y: header - 1)),
                                  stroke: Stroke(color: text, width: 0.6))))
        for (i, r) in rows.enumerated() {
            let top = header + Double(i) * rowHeight
            let baseline = top + rowHeight / 2 + 2.7
            if i % 2 == 1 {
                items.append(.shape(Shape(path: .rect(Rect(x: 0, y: top, width: width, height: rowHeight)), fill: Color(hex: "#f6f5f2")!)))
            }
            items.append(.text(context.line(r.name, style: label).moved(to: Point(x: 0, y: baseline))))
            right(String(r.score), number, nameWidth + scoreWidth, baseline)
            right("\(r.rank)/\(cityCount)", label.with { $0.features = ["tnum"] }, nameWidth + scoreWidth + rankWidth, baseline)
            let share = { (v: Double) in min(1, max(0, v / max(1, r.maximum))) }
            let w = barWidth * share(Double(r.score))
            items.append(.shape(Shape(path: .rect(Rect(x: barX, y: top + 4.5, width: max(0.5, w), height: rowHeight - 9)), fill: accent)))
            let mx = barX + barWidth * share(r.median)
            items.append(.shape(Shape(path: .line(from: Point(x: mx, y: top + 2.5), to: Point(x: mx, y: top + rowHeight - 2.5)),
                                      stroke: Stroke(color: text, width: 1))))
        }
        let h = header + Double(rows.count) * rowHeight
        items.append(.shape(Shape(path: .line(from: Point(x: 0, y: h), to: Point(x: width, y: h)), stroke: Stroke(color: text, width: 0.6))))
        return Frame(size: Size(width: width, height: h + 2), items: items)
    }
}
