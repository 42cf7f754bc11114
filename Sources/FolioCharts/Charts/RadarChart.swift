//! Radar (spider) chart: one item's profile over N axes against a reference such as the median.

import FolioDocument
import FolioPage

/// One polygon of a radar chart.
public struct RadarSeries: Hashable, Sendable {
    public var name: String
    /// One value per axis, in axis order.
    public var values: [Double]
    public init(name: String, values: [Double]) { self.name = name; self.values = values }
}

/// A radar chart of one or more series over N axes, e.g. a city's ten dimension scores
/// against the 60-city median. The first series is the subject: filled lightly, outlined in
/// the bar colour with dots at its vertices, its value printed under each axis name. Later
/// series are references drawn as grey (then palette) outlines, the first of them dashed.
/// Polygon rings with labelled values make the scale readable.
public struct RadarChart: FigureContent {
    public var axes: [String]
    public var series: [RadarSeries]
    /// Values at the centre and the rim; nil uses zero to a nice maximum of the data.
    public var domain: ClosedRange<Double>?
    public var title: String?
    public var subtitle: String?
    public var source: String?
    /// Prints the first series' value under each axis name.
    public var showValues: Bool
    /// Palette for series after the second; nil uses the style's categorical palette.
    public var palette: String?
    public var valueFormat: NumberFormat?
    public var terms: ChartTerms
    public var style: ChartStyle
    public var sizing: ChartSizing

    public init(axes: [String], series: [RadarSeries], domain: ClosedRange<Double>? = nil, title: String? = nil,
                subtitle: String? = nil, source: String? = nil, showValues: Bool = true, palette: String? = nil,
                valueFormat: NumberFormat? = nil, terms: ChartTerms = ChartTerms(items: "axes", measure: "score"),
                style: ChartStyle = .standard, sizing: ChartSizing = .natural) {
        self.axes = axes; self.series = series; self.domain = domain; self.title = title; self.subtitle = subtitle
        self.source = source; self.showValues = showValues; self.palette = palette; self.valueFormat = valueFormat
        self.terms = terms; self.style = style; self.sizing = sizing
    }

    /// The scale from centre to rim.
    public var resolvedDomain: ClosedRange<Double> {
        if let domain { return domain }
        let all = series.flatMap(\.values).filter(\.isFinite)
        let hi = LinearScale(domain: 0...max(all.max() ?? 1, 0)).nice(count: 4).domain.upperBound
        return 0...(hi > 0 ? hi : 1)
    }

    /// Colour of each series: the subject in the bar colour, the first reference in grey.
    public var seriesColors: [Color] {
        let p = Palette.named(palette ?? style.categoricalPalette) ?? .tolMuted
        return series.indices.map { i in
            i == 0 ? style.barColor : i == 1 ? style.mutedColor : p.color(index: i - 2)
        }
    }

    /// A wrapped axis label: its lines and the box it needs.
    struct AxisLabel {
        var lines: [(String, ChartFont)]
        var width: Double
        var height: Double
    }

    func axisLabels(canvas: ChartCanvas, maxWidth: Double, format: NumberFormat) -> [AxisLabel] {
        let colors = seriesColors
        return axes.indices.map { i in
            var lines = canvas.wrap(axes[i], style.label, width: maxWidth, maxLines: 3).map { ($0, style.label) }
            if showValues, let first = series.first, i < first.values.count, first.values[i].isFinite {
                lines.append((format.string(first.values[i]),
                              style.annotation.with { $0.color = colors[0] }))
            }
            let width = lines.map { canvas.width($0.0, $0.1) }.max() ?? 0
            let leading = canvas.leading(style.label)
            let height = canvas.capHeight(style.label) + Double(lines.count - 1) * leading + style.label.size * 0.22
            return AxisLabel(lines: lines, width: width, height: height)
        }
    }

    /// Top-left corner of an axis label's box, given the point it hangs from.
    func labelOrigin(_ label: AxisLabel, at p: Point, direction d: (dx: Double, dy: Double)) -> Point {
        let x = d.dx > 0.2 ? p.x : d.dx < -0.2 ? p.x - label.width : p.x - label.width / 2
        let y = d.dy < -0.2 ? p.y - label.height : d.dy > 0.2 ? p.y : p.y - label.height / 2
        return Point(x: x, y: y)
    }

    /// The largest radius whose labels stay inside `body`, for a given centre.
    func fittingRadius(labels: [AxisLabel], center c: Point, body: Rect, gap: Double) -> Double {
        var r = Double.infinity
        let probe = RadarGeometry(center: c, radius: 1, axisCount: axes.count, domain: 0...1)
        for (i, label) in labels.enumerated() {
            let d = probe.direction(axis: i)
            // Offsets of the box edges from the hanging point, as in `labelOrigin`.
            let ox = d.dx > 0.2 ? 0 : d.dx < -0.2 ? -label.width : -label.width / 2
            let oy = d.dy < -0.2 ? -label.height : d.dy > 0.2 ? 0 : -label.height / 2
            if d.dx > 1e-9 { r = min(r, (body.maxX - c.x - ox - label.width) / d.dx - gap) }
            if d.dx < -1e-9 { r = min(r, (body.minX - c.x - ox) / d.dx - gap) }
            if d.dy > 1e-9 { r = min(r, (body.maxY - c.y - oy - label.height) / d.dy - gap) }
            if d.dy < -1e-9 { r = min(r, (body.minY - c.y - oy) / d.dy - gap) }
        }
        return r
    }

    public func render(width: Double, height: Double?, context: any FigureContext) throws -> Frame {
        let name = chartName(title, kind: "radar chart")
        guard axes.count >= 3, !series.isEmpty else { throw ChartError.noData(chart: name) }
        if let bad = series.first(where: { $0.values.count != axes.count }) {
            throw ChartError.inconsistentData(chart: name,
                                              detail: "series \"\(bad.name)\" has \(bad.values.count) values for \(axes.count) axes")
        }
        var canvas = ChartCanvas(context: context, style: style)
        let colors = seriesColors
        let legend = series.count > 1
            ? SwatchLegend(entries: series.indices.map {
                LegendEntry(label: series[$0].name, color: colors[$0], symbol: .line(dashed: $0 == 1))
            }) : nil
        let chrome = ChartChrome(titles: ChartTitles(title: title, subtitle: subtitle, source: source), legend: legend)
        let region = try chrome.region(width: width, height: height, sizing: sizing,
                                       naturalBody: min(width * 0.78, 420), minimumBody: 120, chart: name, canvas: canvas)
        chrome.draw(in: &canvas, width: width, height: region.size.height)

        let domain = resolvedDomain
        let format = valueFormat ?? .inferred(for: series.flatMap(\.values))
        let labels = axisLabels(canvas: canvas, maxWidth: max(56, min(104, width * 0.2)), format: format)
        let gap = style.spacing.labelGap * 1.6
        let body = region.body

        // Fit the radius, then move the centre to balance the free space above and below.
        var center = Point(x: body.midX, y: body.midY)
        var radius = fittingRadius(labels: labels, center: center, body: body, gap: gap)
        for _ in 0..<2 {
            let geo = RadarGeometry(center: center, radius: radius, axisCount: axes.count, domain: domain)
            let boxes = labels.indices.map { i -> Rect in
                let d = geo.direction(axis: i)
                let p = Point(x: center.x + (radius + gap) * d.dx, y: center.y + (radius + gap) * d.dy)
                let o = labelOrigin(labels[i], at: p, direction: d)
                return Rect(x: o.x, y: o.y, width: labels[i].width, height: labels[i].height)
            }
            let freeTop = (boxes.map(\.minY).min() ?? body.minY) - body.minY
            let freeBottom = body.maxY - (boxes.map(\.maxY).max() ?? body.maxY)
            center.y += (freeBottom - freeTop) / 2
            radius = fittingRadius(labels: labels, center: center, body: body, gap: gap)
        }
        guard radius >= 30 else {
            throw ChartError.notEnoughSpace(chart: name, dimension: "width", needed: 30, available: max(0, radius))
        }
        let geo = RadarGeometry(center: center, radius: radius, axisCount: axes.count, domain: domain)

        // Rings and spokes.
        let rings = TickGenerator.within(lower: domain.lowerBound, upper: domain.upperBound, count: 4)
            .filter { $0 > domain.lowerBound }
        let ringValues = rings.last == domain.upperBound ? rings : rings + [domain.upperBound]
        for v in ringValues {
            let stroke = v == domain.upperBound ? style.guideLine.with(color: style.guideLine.color.mixed(with: .black, 0.15))
                                                : style.guideLine
            LineMark(points: geo.ring(value: v), stroke: stroke, closed: true).draw(in: &canvas)
        }
        for i in axes.indices {
            canvas.stroke(from: center, to: geo.point(axis: i, value: domain.upperBound), style.guideLine)
        }

        // Ring values halfway between two neighbouring axes, where no axis name sits: between
        // the pair whose series lines cross the fewest of them (the first pair on a tie). A value
        // a series line would run through is left out (the outermost always stays), so no label
        // lies on a mark; drawn under the series so that their lines stay whole.
        let ringFormat = NumberFormat.forTicks(ringValues)
        func ringLabels(between i: Int) -> [PlacedLabel] {
            ringValues.map { v in
                let a = geo.point(axis: i, value: v), b = geo.point(axis: (i + 1) % axes.count, value: v)
                return canvas.label(ringFormat.string(v), style.tick, at: Point(x: (a.x + b.x) / 2, y: (a.y + b.y) / 2), h: .middle, v: .middle)
            }
        }
        /// Whether a series line between axes i and i + 1 runs through the label's box.
        func crossed(_ label: PlacedLabel, between i: Int) -> Bool {
            let box = label.box.insetBy(dx: -2, dy: -2)
            let j = (i + 1) % axes.count
            return series.contains { s in
                guard i < s.values.count, j < s.values.count, s.values[i].isFinite, s.values[j].isFinite else { return false }
                let a = geo.point(axis: i, value: s.values[i]), b = geo.point(axis: j, value: s.values[j])
                return (0...24).contains { k in
                    let t = Double(k) / 24
                    let x = a.x + (b.x - a.x) * t, y = a.y + (b.y - a.y) * t
                    return x >= box.minX && x <= box.maxX && y >= box.minY && y <= box.maxY
                }
            }
        }
        let counts = axes.indices.map { i in ringLabels(between: i).filter { crossed($0, between: i) }.count }
        let wedge = axes.indices.min { counts[$0] < counts[$1] } ?? 0
        let placed = ringLabels(between: wedge)
        for (k, label) in placed.enumerated() where k == placed.count - 1 || !crossed(label, between: wedge) {
            canvas.addWithHalo(label, padding: 0.6)
        }

        // Series: references first, the subject on top.
        for k in series.indices.reversed() {
            let pts = geo.polygon(series[k].values)
            if k == 0 {
                AreaMark(points: pts, fill: colors[0].with(alpha: 0.16)).draw(in: &canvas)
                LineMark(points: pts, stroke: Stroke(color: colors[0], width: 1.3), closed: true).draw(in: &canvas)
                for p in pts { DotMark(center: p, radius: 1.7, fill: colors[0]).draw(in: &canvas) }
            } else {
                LineMark(points: pts, stroke: Stroke(color: colors[k], width: 1, dash: k == 1 ? [2.2, 1.4] : []),
                         closed: true).draw(in: &canvas)
            }
        }

        // Axis names (and the subject's values) outside the rim.
        for (i, label) in labels.enumerated() {
            let d = geo.direction(axis: i)
            let p = Point(x: center.x + (radius + gap) * d.dx, y: center.y + (radius + gap) * d.dy)
            let o = labelOrigin(label, at: p, direction: d)
            var baseline = o.y + canvas.capHeight(style.label)
            for (text, font) in label.lines {
                let h: HorizontalAnchor = d.dx > 0.2 ? .start : d.dx < -0.2 ? .end : .middle
                let x = h == .start ? o.x : h == .end ? o.x + label.width : o.x + label.width / 2
                canvas.add(canvas.label(text, font, at: Point(x: x, y: baseline), h: h))
                baseline += canvas.leading(style.label)
            }
        }
        return Frame(size: region.size, items: canvas.items)
    }

    /// "Radar chart of 10 dimensions: Beijing against the median. Strongest …; weakest …; above the median on 8 of 10."
    public var altText: String {
        guard let first = series.first, !axes.isEmpty else { return "Radar chart: no data." }
        let f = valueFormat ?? .inferred(for: series.flatMap(\.values))
        let pairs = zip(axes, first.values).filter { $0.1.isFinite }
        var text = "Radar chart of \(axes.count) \(terms.items): \(first.name)"
        if series.count > 1 { text += " against \(proseList(series.dropFirst().map(\.name)))" }
        text += "."
        if let hi = pairs.max(by: { $0.1 < $1.1 }), let lo = pairs.min(by: { $0.1 < $1.1 }) {
            text += " Highest \(terms.measure): \(hi.0) \(f.string(hi.1)); lowest: \(lo.0) \(f.string(lo.1))."
        }
        if series.count > 1 {
            let ref = series[1]
            let above = zip(first.values, ref.values).filter { $0 > $1 }.count
            text += " Above \(ref.name) on \(above) of \(axes.count)."
        }
        return text
    }
}
