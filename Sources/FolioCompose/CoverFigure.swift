//! The cover's data visual: every city as a bar of its total score, coloured by tier.

import FolioCharts
import FolioDocument
import FolioModel
import FolioPage

/// A "skyline" of the cities' totals in rank order on the dark cover, tiers in graded colours,
/// the leaders named.
struct CoverFigure: FigureContent {
    let edition: Edition
    let analytics: Analytics
    /// Tier colours come from the theme, the same as in the overall chart.
    var colors: ColorSystem = .standard

    var altText: String {
        let rows = edition.overall.rows
        guard let high = rows.map(\.total).max(), let low = rows.map(\.total).min() else { return "Cover graphic" }
        // Every city sharing the highest or the lowest total is named.
        func names(_ total: Int) -> String {
            NumberText.list(rows.filter { $0.total == total }.map { edition.city($0.city)?.name ?? $0.city })
        }
        return "Cover graphic: the \(rows.count) cities as bars of their total score, from "
            + "\(names(high)) (\(NumberText.grouped(high))) to \(names(low)) (\(NumberText.grouped(low))), coloured by tier."
    }

    /// Leaders named on the cover: the top three with ties at the cut, at most `maxNamed` lines.
    static let maxNamed = 5


    func render(width: Double, height: Double?, context: any FigureContext) throws -> Frame {
        let h = height ?? width * 0.6
        let rows = edition.overall.rows.sorted { $0.total > $1.total }
        guard let maxTotal = rows.first?.total, maxTotal > 0 else { return Frame(size: Size(width: width, height: h), items: []) }
        let family = context.family("display")
        // Tier legend entries flow into rows from the left; with many tiers the rows stack
        // upwards and the bars give up the height.
        let legendStyle = TextStyle(family: family, size: 7.5, color: Color(hex: "#c9d3e3")!)
        var legend: [(tier: Int, line: TextLine, x: Double, row: Int)] = []
        var legendX = 0.0, legendRow = 0
        for (i, tier) in edition.tiers.enumerated() {
            let line = context.line("\(tier.name) (\(analytics.cities(inTier: tier.id).count))", style: legendStyle)
            if legendX > 0 && legendX + 13 + line.width > width { legendX = 0; legendRow += 1 }
            legend.append((i, line, legendX, legendRow))
            legendX += 13 + line.width + 16
        }
        let legendRowStep = 12.0
        let legendHeight = 26.0 + legendRowStep * Double(legendRow)
        let plot = h - legendHeight - 16
        // 1.6 pt between bars, less when many cities share the width (300 bars would need all of it).
        let gap = min(1.6, width / Double(rows.count) * 0.25)
        let barWidth = (width - gap * Double(rows.count - 1)) / Double(rows.count)
        var items: [PageItem] = []
        let tiers = edition.tiers

        // Name the three leaders (and any city tied with the third) in the free space above
        // the shorter bars on the right; a tie too long to list ends with a count.
        let labelStyle = TextStyle(family: family, size: 8, weight: .semibold, color: Color(hex: "#e8edf5")!)
        let leaders = analytics.topOverall(3)
        var names = leaders.prefix(Self.maxNamed).map {
            "\($0.rank). \(edition.city($0.city)?.name ?? $0.city)  \(NumberText.grouped($0.value))"
        }
        if leaders.count > Self.maxNamed {
            names[Self.maxNamed - 1] = "and \(leaders.count - Self.maxNamed + 1) more tied on \(NumberText.grouped(leaders.last!.value))"
        }
        let labels = names.map { context.line($0, style: labelStyle.with { $0.features = ["tnum"] }) }
        let labelX = width * 0.52, lineStep = 12.0, firstBaseline = 24.0
        let labelRight = labelX + (labels.map(\.width).max() ?? 0)
        let labelBottom = firstBaseline + lineStep * Double(max(0, labels.count - 1)) + 4

        // Bars scale to the plot height, unless a bar under the labels would reach them (totals
        // close together): then every bar scales down so the tallest of those stops below them.
        func x(_ i: Int) -> Double { Double(i) * (barWidth + gap) }
        let underLabels = rows.indices.filter { x($0) + barWidth > labelX && x($0) < labelRight }.map { Double(rows[$0].total) }
        var pointsPerUnit = plot / Double(maxTotal)
        if let tallest = underLabels.max(), tallest > 0 {
            pointsPerUnit = min(pointsPerUnit, (plot + 16 - labelBottom - 6) / tallest)
        }
        for (i, row) in rows.enumerated() {
            let tierIndex = tiers.firstIndex { row.total >= $0.minTotal } ?? tiers.count - 1
            let color = colors.tierColor(tierIndex, of: tiers.count)
            let barHeight = pointsPerUnit * Double(row.total)
            items.append(.shape(Shape(path: .rect(Rect(x: x(i), y: plot - barHeight + 16, width: barWidth, height: barHeight)), fill: color)))
        }
        for (i, line) in labels.enumerated() {
            items.append(.text(line.moved(to: Point(x: labelX, y: firstBaseline + Double(i) * lineStep))))
        }
        // Tier legend.
        for entry in legend {
            let dy = legendRowStep * Double(legendRow - entry.row)
            items.append(.shape(Shape(path: .rect(Rect(x: entry.x, y: h - 14 - dy, width: 9, height: 9)),
                                      fill: colors.tierColor(entry.tier, of: tiers.count))))
            items.append(.text(entry.line.moved(to: Point(x: entry.x + 13, y: h - 6.5 - dy))))
        }
        return Frame(size: Size(width: width, height: h), items: items)
    }
}
