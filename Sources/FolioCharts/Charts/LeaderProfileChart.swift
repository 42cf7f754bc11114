//! Where the leaders stand in each variable: which variables lift the top items and which hold them back.

import FolioDocument
import FolioPage

/// One row of a leader profile (a variable): the leaders' values in it, in leader order.
public struct LeaderRow: Hashable, Sendable {
    public var label: String
    public var values: [Double]
    public init(label: String, values: [Double]) { self.label = label; self.values = values }

    /// The leaders' average (NaN when the row has no values).
    public var mean: Double {
        let v = values.filter(\.isFinite)
        return v.isEmpty ? .nan : v.reduce(0, +) / Double(v.count)
    }
}

/// For each variable of a dimension, where its leading items (the top cities of the
/// dimension) stand: a dot at their average, a line over their range and a small dot for
/// each of them, against the median item. On rank-based scores every variable spreads the
/// same 1…N, so the spread itself says nothing; what does is whether the leaders owe their
/// place to every variable or to a few. Rows are sorted by the leaders' average, so the
/// variables that lift them come first and those that hold them back last; averages above
/// the median are drawn in the bar colour, those below it in the highlight colour. The
/// averages are printed in a column of their own right of the plot, so no figure sits on a mark.
public struct LeaderProfileChart: FigureContent {
    public var rows: [LeaderRow]
    /// Names of the leading items, in rank order (for the alternative text).
    public var leaders: [String]
    public var title: String?
    public var subtitle: String?
    public var source: String?
    /// The value axis' extent (1…N for rank-based scores of N items).
    public var domain: ClosedRange<Double>
    /// The median item's value, drawn as a dashed line; nil draws none.
    public var reference: Double?
    /// Sorts rows by the leaders' average, highest first; false keeps the given order.
    public var sorted: Bool
    public var valueFormat: NumberFormat
    public var terms: ChartTerms
    public var style: ChartStyle
    public var sizing: ChartSizing

    public init(rows: [LeaderRow], leaders: [String], title: String? = nil, subtitle: String? = nil, source: String? = nil,
                domain: ClosedRange<Double>, reference: Double? = nil, sorted: Bool = true,
                valueFormat: NumberFormat = NumberFormat(decimals: 1),
                terms: ChartTerms = ChartTerms(items: "items", measure: "score"), style: ChartStyle = .standard,
                sizing: ChartSizing = .natural) {
        self.rows = rows; self.leaders = leaders; self.title = title; self.subtitle = subtitle; self.source = source
        self.domain = domain; self.reference = reference; self.sorted = sorted; self.valueFormat = valueFormat
        self.terms = terms; self.style = style; self.sizing = sizing
    }

    /// Rows in drawing order: highest leaders' average first; ties keep their given order.
    public var orderedRows: [LeaderRow] {
        guard sorted else { return rows }
        return rows.enumerated().sorted { a, b in
            let ma = a.element.mean, mb = b.element.mean
            if ma.isFinite != mb.isFinite { return ma.isFinite }
            return ma != mb && ma.isFinite ? ma > mb : a.offset < b.offset
        }.map(\.element)
    }

    /// The colour of a row's average: lifting (at or above the median) or holding back.
    func averageColor(_ mean: Double) -> Color {
        guard let reference else { return style.barColor }
        return mean >= reference ? style.barColor : style.highlightColor
    }

    /// Nice ticks inside the domain plus its ends (1 and N) when no tick crowds them.
    func ticks(_ x: LinearScale, count: Int) -> [Double] {
        var ticks = x.ticks(count: count)
        guard ticks.count > 1 else { return [domain.lowerBound, domain.upperBound] }
        let step = ticks[1] - ticks[0]
        if let f = ticks.first, f - domain.lowerBound >= step * 0.5 { ticks.insert(domain.lowerBound, at: 0) }
        if let l = ticks.last, domain.upperBound - l >= step * 0.5 { ticks.append(domain.upperBound) }
        return ticks
    }

    public func render(width: Double, height: Double?, context: any FigureContext) throws -> Frame {
        let name = chartName(title, kind: "leader profile")
        let drawn = orderedRows
        guard !drawn.isEmpty, drawn.contains(where: { $0.mean.isFinite }) else { throw ChartError.noData(chart: name) }
        var canvas = ChartCanvas(context: context, style: style)
        let eachColor = style.mutedColor.with(alpha: 0.55)
        // The averages' two colours are explained only when both occur.
        let means = drawn.map(\.mean).filter(\.isFinite)
        var entries = [LegendEntry(label: "Leaders' average", color: averageColor(means.max() ?? 0), symbol: .circle)]
        if let reference, means.contains(where: { $0 >= reference }), means.contains(where: { $0 < reference }) {
            entries = [LegendEntry(label: "Leaders' average, above the median", color: style.barColor, symbol: .circle),
                       LegendEntry(label: "below the median", color: style.highlightColor, symbol: .circle)]
        }
        entries.append(LegendEntry(label: "Each leader", color: eachColor, symbol: .circle))
        if reference != nil {
            entries.append(LegendEntry(label: "Median of the \(terms.items)", color: style.baseline.color, symbol: .line(dashed: true)))
        }
        let chrome = ChartChrome(titles: ChartTitles(title: title, subtitle: subtitle, source: source),
                                 legend: SwatchLegend(entries: entries))

        let labelFont = style.label
        let valueFont = style.value.with { $0.weight = .semibold }
        let headFont = style.tick
        let gap = style.spacing.labelGap * 2
        let labelWidth = min(width * 0.3, max(60, drawn.map { canvas.width($0.label, labelFont) }.max() ?? 0))
        let lines = drawn.map { canvas.wrap($0.label, labelFont, width: labelWidth, maxLines: 2) }
        let twoLine = lines.contains { $0.count > 1 }
        let naturalStep = max(labelFont.size * (twoLine ? 3.2 : 2.6), 18)
        let probe = ValueAxis(scale: LinearScale(domain: 0...1), ticks: [0], edge: .bottom)
        let axisThickness = probe.thickness(canvas: canvas) + 2
        // A line above the first row for the heading of the averages column.
        let headroom = canvas.leading(headFont) + 2
        let region = try chrome.region(width: width, height: height, sizing: sizing,
                                       naturalBody: headroom + naturalStep * Double(drawn.count) + axisThickness,
                                       minimumBody: headroom + 12 * Double(drawn.count) + axisThickness, chart: name, canvas: canvas)
        chrome.draw(in: &canvas, width: width, height: region.size.height)

        let heading = "Average"
        let columnWidth = max(canvas.width(heading, headFont),
                              drawn.map { $0.mean.isFinite ? canvas.width(valueFormat.string($0.mean), valueFont) : 0 }.max() ?? 0)
        let plot = Rect(x: labelWidth + gap, y: region.body.minY + headroom,
                        width: width - labelWidth - gap - columnWidth - 2 * gap,
                        height: region.body.height - axisThickness - headroom)
        guard plot.width >= 60 else {
            throw ChartError.notEnoughSpace(chart: name, dimension: "width", needed: 60, available: plot.width)
        }
        // Dots at the ends of the scale reach past the plot by their radius.
        let band = BandScale(categories: drawn.map(\.label), from: plot.minY, to: plot.maxY, paddingInner: 0, paddingOuter: 0)
        let big = min(3.4, band.step * 0.22), small = min(2.1, band.step * 0.14)
        let x = LinearScale(domain: domain, from: plot.minX + big + 1, to: plot.maxX - big - 1)
        let tickCount = max(3, min(7, Int(plot.width / 55)))
        let axis = ValueAxis(scale: x, ticks: ticks(x, count: tickCount), edge: .bottom)
        axis.drawGrid(in: &canvas, plot: plot)
        if let reference {
            let rx = x(reference)
            canvas.stroke(from: Point(x: rx, y: plot.minY), to: Point(x: rx, y: plot.maxY),
                          Stroke(color: style.baseline.color, width: 0.7, dash: [2.2, 1.6]))
        }
        let valueX = plot.maxX + gap + columnWidth
        canvas.add(canvas.label(heading, headFont, at: Point(x: valueX, y: region.body.minY), h: .end, v: .capTop))
        for (r, row) in drawn.enumerated() {
            let y = band.center(r)
            canvas.stroke(from: Point(x: plot.minX, y: y), to: Point(x: plot.maxX, y: y), style.guideLine)
            let values = row.values.filter(\.isFinite).map { min(max($0, domain.lowerBound), domain.upperBound) }
            if let lo = values.min(), let hi = values.max(), hi > lo {
                canvas.stroke(from: Point(x: x(lo), y: y), to: Point(x: x(hi), y: y),
                              Stroke(color: style.mutedColor.with(alpha: 0.6), width: 1.4, cap: .round))
            }
            for v in values { DotMark(center: Point(x: x(v), y: y), radius: small, fill: eachColor).draw(in: &canvas) }
            let mean = row.mean
            guard mean.isFinite else { continue }
            DotMark(center: Point(x: x(mean), y: y), radius: big, fill: averageColor(mean),
                    outline: Stroke(color: .white, width: 0.8)).draw(in: &canvas)
            canvas.add(canvas.label(valueFormat.string(mean), valueFont.with { $0.color = averageColor(mean) },
                                    at: Point(x: valueX, y: y), h: .end, v: .middle))
        }
        _ = axis.drawLabels(in: &canvas, plot: plot, bounds: Rect(origin: .zero, size: region.size))
        for (r, ls) in lines.enumerated() {
            let first = band.center(r) - Double(ls.count - 1) * canvas.leading(labelFont) / 2
            for (k, text) in ls.enumerated() {
                canvas.add(canvas.label(text, labelFont, at: Point(x: plot.minX - gap, y: first + Double(k) * canvas.leading(labelFont)),
                                        h: .end, v: .middle))
            }
        }
        return Frame(size: region.size, items: canvas.items)
    }

    /// "Leader profile of 5 variables for the top 3 cities (A, B and C), scores 1 to 60, median 30.5:
    /// average Deposits 58.0, …; lifted most by Deposits, held back most by Debt."
    public var altText: String {
        let drawn = orderedRows.filter { $0.mean.isFinite }
        guard let first = drawn.first, let last = drawn.last else { return "Leader profile: no data." }
        let f = valueFormat
        var text = "Leader profile of \(rows.count) variables for the top \(leaders.count) \(terms.items) (\(proseList(leaders))), "
            + "\(terms.measure) \(f.string(domain.lowerBound)) to \(f.string(domain.upperBound))"
        if let reference { text += ", median \(f.string(reference))" }
        text += ": average " + drawn.map { "\($0.label) \(f.string($0.mean))" }.joined(separator: ", ")
        if drawn.count > 1 { text += "; highest in \(first.label), lowest in \(last.label)" }
        return text + "."
    }
}
