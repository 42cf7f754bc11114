//! The cover's data visual: every city as a bar of its total score, coloured by tier.

import FolioCharts
import FolioDocument
import FolioModel
import FolioPage

/// A "skyline" of the cities' totals in rank order on the dark cover, tiers in graded colours,
/// the leaders named.
///
/// The figure keeps only what it draws (the totals, the tier legend, the leaders' lines and
/// its alternative text), not the edition they come from: the report's layout remembers a
/// section by its content (`SectionMemo`), and an edited narrative must not make the cover
/// look changed when nothing on it is.
struct CoverFigure: FigureContent {
    /// One bar per city, tallest first.
    struct Bar: Hashable, Sendable {
        var total: Int
        var color: Color
    }

    /// One legend entry per tier: its name with its number of cities.
    struct LegendEntry: Hashable, Sendable {
        var label: String
        var color: Color
    }

    let bars: [Bar]
    let legend: [LegendEntry]
    /// The leaders' lines ("1. Zürich  100"), at most `maxNamed`.
    let leaders: [String]
    let altText: String

    /// Leaders named on the cover: the top three with ties at the cut, at most `maxNamed` lines.
    static let maxNamed = 5

    /// Tier colours come from the theme, the same as in the overall chart.
    init(edition: Edition, analytics: Analytics, colors: ColorSystem = .standard) {
        let rows = edition.overall.rows.sorted { $0.total > $1.total }
        let tiers = edition.tiers
        bars = rows.map { row in
            let tierIndex = tiers.firstIndex { row.total >= $0.minTotal } ?? tiers.count - 1
            return Bar(total: row.total, color: colors.tierColor(tierIndex, of: tiers.count))
        }
        legend = tiers.enumerated().map { i, tier in
            LegendEntry(label: "\(tier.name) (\(analytics.cities(inTier: tier.id).count))", color: colors.tierColor(i, of: tiers.count))
        }
        // The three leaders and any city tied with the third; a tie too long to list ends with a count.
        let top = analytics.topOverall(3)
        var names = top.prefix(Self.maxNamed).map {
            "\($0.rank). \(edition.city($0.city)?.name ?? $0.city)  \(NumberText.grouped($0.value))"
        }
        if top.count > Self.maxNamed {
            names[Self.maxNamed - 1] = "and \(top.count - Self.maxNamed + 1) more tied on \(NumberText.grouped(top.last!.value))"
        }
        leaders = names
        altText = Self.altText(edition)
    }

    private static func altText(_ edition: Edition) -> String {
        let rows = edition.overall.rows
        guard let high = rows.map(\.total).max(), let low = rows.map(\.total).min() else { return "Cover graphic" }
        // Every city sharing the highest or the lowest total is named.
        func names(_ total: Int) -> String {
            NumberText.list(rows.filter { $0.total == total }.map { edition.city($0.city)?.name ?? $0.city })
        }
        return "Cover graphic: the \(rows.count) cities as bars of their total score, from "
            + "\(names(high)) (\(NumberText.grouped(high))) to \(names(low)) (\(NumberText.grouped(low))), coloured by tier."
    }

    func render(width: Double, height: Double?, context: any FigureContext) throws -> Frame {
        let h = height ?? width * 0.6
        guard let maxTotal = bars.first?.total, maxTotal > 0 else { return Frame(size: Size(width: width, height: h), items: []) }
        let family = context.family("display")
        // Tier legend entries flow into rows from the left; with many tiers the rows stack
        // upwards and the bars give up the height.
        let legendStyle = TextStyle(family: family, size: 7.5, color: Color(hex: "#c9d3e3")!)
        var placedLegend: [(entry: LegendEntry, line: TextLine, x: Double, row: Int)] = []
        var legendX = 0.0, legendRow = 0
        for entry in legend {
            let line = context.line(entry.label, style: legendStyle)
            if legendX > 0 && legendX + 13 + line.width > width { legendX = 0; legendRow += 1 }
            placedLegend.append((entry, line, legendX, legendRow))
            legendX += 13 + line.width + 16
        }
        let legendRowStep = 12.0
        let legendHeight = 26.0 + legendRowStep * Double(legendRow)
        let plot = h - legendHeight - 16
        // 1.6 pt between bars, less when many cities share the width (300 bars would need all of it).
        let gap = min(1.6, width / Double(bars.count) * 0.25)
        let barWidth = (width - gap * Double(bars.count - 1)) / Double(bars.count)
        var items: [PageItem] = []

        // The leaders are named in the free space above the shorter bars on the right.
        let labelStyle = TextStyle(family: family, size: 8, weight: .semibold, color: Color(hex: "#e8edf5")!)
        let labels = leaders.map { context.line($0, style: labelStyle.with { $0.features = ["tnum"] }) }
        let labelX = width * 0.52, lineStep = 12.0, firstBaseline = 24.0
        let labelRight = labelX + (labels.map(\.width).max() ?? 0)
        let labelBottom = firstBaseline + lineStep * Double(max(0, labels.count - 1)) + 4

        // Bars scale to the plot height, unless a bar under the labels would reach them (totals
        // close together): then every bar scales down so the tallest of those stops below them.
        func x(_ i: Int) -> Double { Double(i) * (barWidth + gap) }
        let underLabels = bars.indices.filter { x($0) + barWidth > labelX && x($0) < labelRight }.map { Double(bars[$0].total) }
        var pointsPerUnit = plot / Double(maxTotal)
        if let tallest = underLabels.max(), tallest > 0 {
            pointsPerUnit = min(pointsPerUnit, (plot + 16 - labelBottom - 6) / tallest)
        }
        for (i, bar) in bars.enumerated() {
            let barHeight = pointsPerUnit * Double(bar.total)
            items.append(.shape(Shape(path: .rect(Rect(x: x(i), y: plot - barHeight + 16, width: barWidth, height: barHeight)), fill: bar.color)))
        }
        for (i, line) in labels.enumerated() {
            items.append(.text(line.moved(to: Point(x: labelX, y: firstBaseline + Double(i) * lineStep))))
        }
        // Tier legend.
        for placed in placedLegend {
            let dy = legendRowStep * Double(legendRow - placed.row)
            items.append(.shape(Shape(path: .rect(Rect(x: placed.x, y: h - 14 - dy, width: 9, height: 9)), fill: placed.entry.color)))
            items.append(.text(placed.line.moved(to: Point(x: placed.x + 13, y: h - 6.5 - dy))))
        }
        return Frame(size: Size(width: width, height: h), items: items)
    }
}
