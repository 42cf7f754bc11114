//! Distribution strips: one row per variable, one dot per item, some items highlighted and labelled.

import FolioDocument
import FolioPage

/// One dot of a strip: which item it is and its value.
public struct StripPoint: Hashable, Sendable {
    public var item: String
    public var value: Double
    public init(item: String, value: Double) { self.item = item; self.value = value }
}

/// One row of a strip chart (a variable) with a dot per item (a city).
public struct StripRow: Hashable, Sendable {
    public var label: String
    public var points: [StripPoint]
    /// The row's own value range, for rows whose maxima differ (dimensions of 3 and of 7
    /// variables); when any row has one, every row is drawn as a share of its range.
    public var domain: ClosedRange<Double>?
    public init(label: String, points: [StripPoint], domain: ClosedRange<Double>? = nil) {
        self.label = label; self.points = points; self.domain = domain
    }
}

/// A strip (dot-distribution) chart: each variable of a dimension as a row, every city as
/// a translucent grey dot, so clusters read darker; the highlighted cities (one, or every
/// city tied for a place) are drawn on top in the highlight colour with their values beside them.
public struct StripChart: FigureContent {
    public var rows: [StripRow]
    public var title: String?
    public var subtitle: String?
    public var source: String?
    /// The items drawn on top and labelled (matched ignoring case and punctuation), e.g.
    /// every city tied for the lead.
    public var highlights: [String]
    /// The first highlighted item; setting it highlights that item alone.
    public var highlight: String? {
        get { highlights.first }
        set { highlights = newValue.map { [$0] } ?? [] }
    }
    /// The value axis' extent; nil uses a nice domain around the data. Variable scores use 1…N (N cities).
    public var domain: ClosedRange<Double>?
    public var valueFormat: NumberFormat?
    public var terms: ChartTerms
    public var style: ChartStyle
    public var sizing: ChartSizing
    /// Prints the highlighted values in a column right of the plot, level with their rows,
    /// instead of beside the dots: no value label then lies on a mark, however dense the row.
    public var valuesInColumn = false

    /// `highlight` and `highlights` together name the highlighted items (either may be empty).
    public init(rows: [StripRow], title: String? = nil, subtitle: String? = nil, source: String? = nil,
                highlight: String? = nil, highlights: [String] = [], domain: ClosedRange<Double>? = nil,
                valueFormat: NumberFormat? = nil,
                terms: ChartTerms = ChartTerms(items: "items", measure: "score"), style: ChartStyle = .standard,
                sizing: ChartSizing = .natural) {
        self.rows = rows; self.title = title; self.subtitle = subtitle; self.source = source
        self.highlights = (highlight.map { [$0] } ?? []) + highlights.filter { $0 != highlight }; self.domain = domain; self.valueFormat = valueFormat; self.terms = terms
        self.style = style; self.sizing = sizing
    }

    var allValues: [Double] { rows.flatMap { $0.points.map(\.value) }.filter(\.isFinite) }

    /// The first highlighted item's name as the data spells it.
    public var highlightedItem: String? { highlightedItems.first }

    /// The highlighted items present in the data, as the data spells them, in highlight order.
    public var highlightedItems: [String] {
        var found: [String] = []
        let points = rows.lazy.flatMap(\.points)
        for h in highlights {
            // An exact spelling is the common case and needs no folding of every name.
            let match = points.first { $0.item == h } ?? points.first { sameName(h, $0.item) }
            if let item = match?.item, !found.contains(item) {
                found.append(item)
            }
        }
        return found
    }

    /// The legend's name for the highlighted items: "Porto", "Plzeň and Porto", or
    /// "5 highlighted cities" when a list would crowd the legend.
    func highlightLabel(_ items: [String]) -> String {
        items.count <= Self.namedHighlights ? proseList(items) : "\(items.count) highlighted \(terms.items)"
    }

    /// Highlighted items the legend names one by one; more are counted.
    static let namedHighlights = 3

    /// True when rows have ranges of their own: the axis then runs from 0 to 100 % of each
    /// row's range, and the labels still print the values themselves.
    public var rowsOnOwnScales: Bool { rows.contains { $0.domain != nil } }

    /// The range a row's values are shown against when rows are on their own scales.
    func range(of row: StripRow) -> ClosedRange<Double> {
        if let d = row.domain ?? domain { return d }
        let values = row.points.map(\.value).filter(\.isFinite)
        return (values.min() ?? 0)...(values.max() ?? 1)
    }

    /// Where a value sits on the axis: itself, or its share (0…100) of the row's range.
    func position(_ value: Double, in row: StripRow) -> Double {
        guard rowsOnOwnScales else { return value }
        let r = range(of: row)
        return r.upperBound > r.lowerBound ? 100 * (value - r.lowerBound) / (r.upperBound - r.lowerBound) : 100
    }

    /// The value scale over the data or the given domain.
    func scale(from start: Double, to end: Double) -> LinearScale {
        if rowsOnOwnScales { return LinearScale(domain: 0...100, from: start, to: end) }
        if let domain { return LinearScale(domain: domain, from: start, to: end) }
        return LinearScale(covering: allValues, from: start, to: end).nice(count: 6)
    }

    public func render(width: Double, height: Double?, context: any FigureContext) throws -> Frame {
        let name = chartName(title, kind: "strip chart")
        guard !rows.isEmpty, !allValues.isEmpty else { throw ChartError.noData(chart: name) }
        var canvas = ChartCanvas(context: context, style: style)
        let items = highlightedItems
        let highlighted = Set(items)
        let otherColor = style.mutedColor.with(alpha: 0.42)
        let legend = items.isEmpty ? nil : SwatchLegend(entries: [
            LegendEntry(label: highlightLabel(items), color: style.highlightColor, symbol: .circle),
            LegendEntry(label: "Other \(terms.items)", color: otherColor, symbol: .circle),
        ])
        let chrome = ChartChrome(titles: ChartTitles(title: title, subtitle: subtitle, source: source), legend: legend)

        let labelFont = style.label
        let labelWidth = min(width * 0.3, max(60, rows.map { canvas.width($0.label, labelFont) }.max() ?? 0))
        let lines = rows.map { canvas.wrap($0.label, labelFont, width: labelWidth, maxLines: 2) }
        let twoLine = lines.contains { $0.count > 1 }
        let naturalStep = max(style.label.size * (twoLine ? 3.2 : 2.6), 18)
        let probe = ValueAxis(scale: LinearScale(domain: 0...1), ticks: [0], edge: .bottom)
        let axisThickness = probe.thickness(canvas: canvas) + 2
        let region = try chrome.region(width: width, height: height, sizing: sizing,
                                       naturalBody: naturalStep * Double(rows.count) + axisThickness,
                                       minimumBody: 12 * Double(rows.count) + axisThickness, chart: name, canvas: canvas)
        chrome.draw(in: &canvas, width: width, height: region.size.height)

        let gap = style.spacing.labelGap * 2
        let valueFont = style.annotation.with { $0.color = style.highlightColor }
        let format = valueFormat ?? .inferred(for: allValues)
        // Room on the right for the highlighted value when it sits at the top of the scale.
        let widest = allValues.map { canvas.width(format.string($0), valueFont) }.max() ?? 0
        let rightRoom = items.isEmpty ? 4 : valuesInColumn ? widest + 3 * gap : widest / 2 + 2
        // Room above the first row for the highlighted value's label.
        let headroom = items.isEmpty || valuesInColumn ? 0 : canvas.capHeight(valueFont)
        let plot = Rect(x: labelWidth + gap, y: region.body.minY + headroom, width: width - labelWidth - gap - rightRoom,
                        height: region.body.height - axisThickness - headroom)
        guard plot.width >= 60 else {
            throw ChartError.notEnoughSpace(chart: name, dimension: "width", needed: 60, available: plot.width)
        }
        let x = scale(from: plot.minX, to: plot.maxX)
        let tickCount = max(3, min(7, Int(plot.width / 55)))
        let ticks = rowsOnOwnScales ? [0, 25, 50, 75, 100]
            : domain == nil ? x.niceTicks(count: tickCount).values : ticksWithEnds(x, count: tickCount)
        var axis = ValueAxis(scale: x, ticks: ticks, edge: .bottom)
        if rowsOnOwnScales { axis.format = NumberFormat(suffix: "%") }
        let band = BandScale(categories: rows.map(\.label), from: plot.minY, to: plot.maxY, paddingInner: 0, paddingOuter: 0)
        let radius = min(2.5, band.step * 0.16)

        axis.drawGrid(in: &canvas, plot: plot)
        var highlightDots: [(row: Int, dot: DotMark, value: Double)] = []
        for (r, row) in rows.enumerated() {
            let y = band.center(r)
            canvas.stroke(from: Point(x: plot.minX, y: y), to: Point(x: plot.maxX, y: y), style.guideLine)
            let offsets = StripChart.tieOffsets(row.points, highlighted: highlighted, radius: radius,
                                                spread: band.step * 0.72 - 2 * radius)
            for (k, p) in row.points.enumerated() where p.value.isFinite {
                let center = Point(x: x(position(p.value, in: row)), y: y + offsets[k])
                if highlighted.contains(p.item) {
                    highlightDots.append((r, DotMark(center: center, radius: radius + 0.7, fill: style.highlightColor,
                                                     outline: Stroke(color: .white, width: 0.8)), p.value))
                } else {
                    DotMark(center: center, radius: radius, fill: otherColor).draw(in: &canvas)
                }
            }
        }
        for h in highlightDots { h.dot.draw(in: &canvas) }
        let frameRect = Rect(origin: .zero, size: region.size)
        let axisBoxes = axis.drawLabels(in: &canvas, plot: plot, bounds: frameRect)

        // Row names, vertically centred on their rows.
        var labelBoxes: [Rect] = []
        for (r, ls) in lines.enumerated() {
            let first = band.center(r) - Double(ls.count - 1) * canvas.leading(labelFont) / 2
            for (k, text) in ls.enumerated() {
                let label = canvas.label(text, labelFont, at: Point(x: plot.minX - gap, y: first + Double(k) * canvas.leading(labelFont)),
                                         h: .end, v: .middle)
                canvas.add(label)
                labelBoxes.append(label.box)
            }
        }

        if valuesInColumn {
            var labelled = Set<Int>()
            for h in highlightDots where labelled.insert(h.row).inserted {
                canvas.add(canvas.label(format.string(h.value), valueFont, at: Point(x: width, y: band.center(h.row)), h: .end, v: .middle))
            }
            return Frame(size: region.size, items: canvas.items)
        }
        // The highlighted values: above the dot, else to its right or left.
        var candidates: [LabelCandidate] = []
        var options: [[PlacedLabel]] = []
        for (i, h) in highlightDots.enumerated() {
            let c = h.dot.center, d = h.dot.radius + 1.5
            let text = format.string(h.value)
            let opts = [
                canvas.label(text, valueFont, at: Point(x: c.x, y: c.y - d - valueFont.size * 0.22), h: .middle),
                canvas.label(text, valueFont, at: Point(x: c.x + d + 0.5, y: c.y), v: .middle),
                canvas.label(text, valueFont, at: Point(x: c.x - d - 0.5, y: c.y), h: .end, v: .middle),
                canvas.label(text, valueFont, at: Point(x: c.x, y: c.y + d), h: .middle, v: .capTop),
            ]
            options.append(opts)
            candidates.append(LabelCandidate(id: i, positions: opts.map(\.box), priority: 1))
        }
        let bounds = Rect(x: plot.minX - 2, y: region.body.minY, width: width - plot.minX + 2,
                          height: plot.maxY - region.body.minY)
        let dotBoxes = highlightDots.map { h in
            Rect(x: h.dot.center.x - h.dot.radius, y: h.dot.center.y - h.dot.radius, width: 2 * h.dot.radius,
                 height: 2 * h.dot.radius)
        }
        let placer = LabelPlacer(bounds: bounds, obstacles: axisBoxes + labelBoxes + dotBoxes, padding: 0.8)
        for p in placer.place(candidates) {
            canvas.addWithHalo(options[p.id][p.positionIndex], padding: 0.6)
        }
        return Frame(size: region.size, items: canvas.items)
    }

    /// Vertical offsets that stack tied values in a small column centred on the row, so a
    /// tie of twenty cities reads as a tall stack rather than one dark dot. The highlighted
    /// items take the slots nearest the row line.
    static func tieOffsets(_ points: [StripPoint], highlighted: Set<String>, radius: Double, spread: Double) -> [Double] {
        var offsets = [Double](repeating: 0, count: points.count)
        let groups = Dictionary(grouping: points.indices.filter { points[$0].value.isFinite }) { points[$0].value }
        for (_, members) in groups where members.count > 1 {
            // The highlighted items first, so they take the centre slots.
            let ordered = members.sorted { a, b in
                let ha = highlighted.contains(points[a].item), hb = highlighted.contains(points[b].item)
                return ha != hb ? ha : a < b
            }
            let step = min(radius * 1.6, max(0, spread) / Double(members.count - 1))
            // Slots 0, +1, −1, +2, −2 … around the row line.
            for (k, i) in ordered.enumerated() {
                let slot = Double((k + 1) / 2) * (k % 2 == 1 ? 1 : -1)
                offsets[i] = slot * step
            }
        }
        return offsets
    }

    /// Nice ticks inside a fixed domain plus its ends (1 and 60 on a score scale) when they
    /// are not crowded by a neighbouring tick.
    func ticksWithEnds(_ x: LinearScale, count: Int) -> [Double] {
        var ticks = x.ticks(count: count)
        guard ticks.count > 1 else { return [x.domain.lowerBound, x.domain.upperBound] }
        let step = ticks[1] - ticks[0]
        if let f = ticks.first, f - x.domain.lowerBound >= step * 0.5 { ticks.insert(x.domain.lowerBound, at: 0) }
        if let l = ticks.last, x.domain.upperBound - l >= step * 0.5 { ticks.append(x.domain.upperBound) }
        return ticks
    }

    /// "Strip chart of 5 variables, 60 cities each, scores 1 to 60; Beijing: highest … lowest …"
    public var altText: String {
        guard !rows.isEmpty else { return "Strip chart: no data." }
        let f = valueFormat ?? .inferred(for: allValues)
        let count = rows.map(\.points.count).max() ?? 0
        let lo = domain?.lowerBound ?? allValues.min() ?? 0, hi = domain?.upperBound ?? allValues.max() ?? 0
        var text = "Strip chart of \(rows.count) rows (\(proseList(rows.map(\.label)))), \(count) \(terms.items) each, "
        if rowsOnOwnScales {
            let ranges = rows.map { row in let r = range(of: row); return "\(row.label) \(f.string(r.lowerBound)) to \(f.string(r.upperBound))" }
            text += "each row as a share of its own \(terms.measure) range (\(ranges.joined(separator: "; ")))."
        } else {
            text += "\(terms.measure) from \(f.string(lo)) to \(f.string(hi))."
        }
        for item in highlightedItems {
            let mine = rows.compactMap { row -> (String, Double, Int)? in
                guard let v = row.points.first(where: { $0.item == item })?.value, v.isFinite else { return nil }
                let rank = row.points.filter { $0.value > v }.count + 1
                return (row.label, v, rank)
            }
            let parts = mine.map { "\($0.0) \(f.string($0.1)) (rank \($0.2) of \(count))" }
            text += " \(item): \(parts.joined(separator: "; "))."
        }
        return text
    }
}
