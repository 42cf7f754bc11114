//! The drawing surface a chart renders into: collects page items and shapes anchored labels.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FolioDocument
import FolioPage

/// Which end of a label sits at its anchor point horizontally.
public enum HorizontalAnchor: Hashable, Sendable { case start, middle, end }

/// Which part of a label sits at its anchor point vertically. `middle` centres the cap
/// height (capitals and figures), which is what looks centred on a bar or a gridline.
public enum VerticalAnchor: Hashable, Sendable { case baseline, middle, capTop }

/// A shaped line of chart text at its final position, with the box that collision tests use
/// (from the cap height to a little below the baseline, the area the glyphs visibly cover).
public struct PlacedLabel: Hashable, Sendable {
    public var line: TextLine
    public var box: Rect
    public var text: String { line.text }
    /// The same label moved by an offset.
    public func offsetBy(dx: Double, dy: Double) -> PlacedLabel {
        PlacedLabel(line: line.moved(to: line.origin.offset(dx: dx, dy: dy)), box: box.offsetBy(dx: dx, dy: dy))
    }
}

/// Collects a chart's page items in frame coordinates and shapes its text with the figure
/// context, so every label is real, selectable text in the chart font.
struct ChartCanvas {
    let context: any FigureContext
    let style: ChartStyle
    let family: String
    private(set) var items: [PageItem] = []

    init(context: any FigureContext, style: ChartStyle) {
        self.context = context
        self.style = style
        self.family = style.fontFamily ?? context.family("display")
    }

    func textStyle(_ font: ChartFont) -> TextStyle {
        TextStyle(family: family, size: font.size, weight: font.weight, italic: font.italic, color: font.color,
                  features: font.features)
    }

    /// Advance width of a text in a chart font.
    func width(_ text: String, _ font: ChartFont) -> Double {
        context.line(text, style: textStyle(font)).width
    }

    /// Distance between baselines of wrapped lines.
    func leading(_ font: ChartFont) -> Double { font.size * style.lineHeight }

    /// Height of capitals and figures.
    func capHeight(_ font: ChartFont) -> Double { font.size * style.capHeight }

    /// Shapes a label and places it so that its anchor lands on `point`.
    func label(_ text: String, _ font: ChartFont, at point: Point, h: HorizontalAnchor = .start,
               v: VerticalAnchor = .baseline) -> PlacedLabel {
        let shaped = context.line(text, style: textStyle(font))
        let x: Double
        switch h {
        case .start: x = point.x
        case .middle: x = point.x - shaped.width / 2
        case .end: x = point.x - shaped.width
        }
        let cap = capHeight(font)
        let baseline: Double
        switch v {
        case .baseline: baseline = point.y
        case .middle: baseline = point.y + cap / 2
        case .capTop: baseline = point.y + cap
        }
        let box = Rect(x: x, y: baseline - cap, width: shaped.width, height: cap + font.size * Self.inkDescent(text))
        return PlacedLabel(line: shaped.moved(to: Point(x: x, y: baseline)), box: box)
    }

    /// How far below the baseline a text's glyphs reach, as a share of the font size: figures
    /// sit on the baseline, a comma dips a little, g, p, y and brackets descend fully.
    static func inkDescent(_ text: String) -> Double {
        var descent = 0.0
        for ch in text.unicodeScalars {
            if "gjpqyQ()[]{}|/@$".unicodeScalars.contains(ch) || ch.value > 0x2E7F { return 0.22 }
            if ch == "," || ch == ";" { descent = 0.12 }
        }
        return descent
    }

    mutating func add(_ label: PlacedLabel) { items.append(.text(label.line)) }

    mutating func add(_ labels: [PlacedLabel]) { for l in labels { add(l) } }

    /// A label on a small white patch, so gridlines running behind it do not cut its figures.
    mutating func addWithHalo(_ label: PlacedLabel, padding: Double = 0.8) {
        fill(label.box.insetBy(dx: -padding, dy: -padding * 0.6), .white)
        add(label)
    }

    mutating func add(_ shape: Shape) { items.append(.shape(shape)) }

    mutating func add(_ item: PageItem) { items.append(item) }

    mutating func add(_ more: [PageItem]) { items += more }

    mutating func fill(_ rect: Rect, _ color: Color) { add(Shape(path: .rect(rect), fill: color)) }

    mutating func stroke(from a: Point, to b: Point, _ stroke: Stroke) {
        add(Shape(path: .line(from: a, to: b), stroke: stroke))
    }

    /// A label rotated by `degrees` (negative turns it anticlockwise, reading upwards) about
    /// `pivot`; the label's start (or its end, with `anchor: .end`) sits on the pivot and its
    /// cap height is centred on it.
    mutating func addRotated(_ text: String, _ font: ChartFont, pivot: Point, degrees: Double,
                             anchor: HorizontalAnchor = .start) {
        let local = label(text, font, at: .zero, h: anchor, v: .middle)
        let r = degrees * .pi / 180
        let t = Transform(a: cos(r), b: sin(r), c: -sin(r), d: cos(r), tx: pivot.x, ty: pivot.y)
        items.append(.group(Group(transform: t, items: [.text(local.line)])))
    }
}
