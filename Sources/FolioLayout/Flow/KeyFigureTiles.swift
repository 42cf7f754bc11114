//! Key-figure tiles: a row of equal boxes, each a big value, its unit and a label, fitted to the box.

import FolioCore
import FolioDocument
import FolioPage

/// Lays out a `KeyFigures` block as a row of tiles. A value too long for its tile wraps, then
/// shrinks to the `key-figure` style's `minSize` (default 11 pt); every line is bound to its
/// tile's inner frame, so anything that still does not fit is a self-check finding.
struct KeyFigureTiles {
    let context: LayoutContext
    let width: Double

    /// Space between tiles, and between a tile's edge and its text.
    static let gap = 8.0
    static let padding = 8.0
    /// A value wraps onto at most this many lines before it shrinks.
    static let valueLines = 2
    static let defaultMinSize = 11.0
    static let valueBaseline = 24.0
    static let unitTop = 28.0

    var theme: Theme { context.theme }

    /// The tile styles: the theme's `key-figure`, `key-figure-unit` and `key-figure-label`
    /// paragraph styles over the defaults (display face; 20 pt bold, 8.5 pt semibold, 8 pt muted).
    func style(_ name: String, size: Double, leading: Double, weight: FontWeight, color: Color, features: [String] = []) -> (TextStyle, Double) {
        let spec = theme.paragraphs[name]
        var style = TextStyle(family: context.styles.family(spec?.font ?? "display"), size: spec?.size ?? size,
                              weight: spec?.weight.map { FontWeight(name: $0) } ?? weight,
                              italic: spec?.italic ?? false,
                              color: spec?.color.map { theme.color($0) } ?? color, features: features)
        style.letterSpacing = spec?.letterSpacing ?? 0
        let leadingFactor = (spec?.leading ?? leading * style.size / size) / style.size
        return (style, leadingFactor)
    }

    func layout(_ k: KeyFigures) -> FlowBox {
        let n = max(1, k.figures.count)
        let tileWidth = (width - Self.gap * Double(n - 1)) / Double(n)
        let inner = tileWidth - 2 * Self.padding
        let accent = theme.color("accent")
        let muted = theme.color("muted", default: Color(hex: "#5f6368")!)
        let (valueStyle, valueLeading) = style("key-figure", size: 20, leading: 23, weight: .bold, color: accent, features: ["tnum"])
        let (unitStyle, unitLeading) = style("key-figure-unit", size: 8.5, leading: 10.5, weight: .semibold, color: accent)
        let (labelStyle, labelLeading) = style("key-figure-label", size: 8, leading: 10, weight: .regular, color: muted)
        let minSize = theme.paragraphs["key-figure"]?.minSize ?? Self.defaultMinSize
        let fitter = TextFitter(context: context)

        var items: [PageItem] = []
        var titleHeight = 0.0
        if !k.title.isEmpty {
            let titleStyle = TextStyle(family: context.styles.family("display"), size: 7.5, weight: .semibold, color: muted, letterSpacing: 0.6)
            let line = context.figureContext.line(k.title.uppercased(), style: titleStyle)
            items.append(.text(line.moved(to: Point(x: 0, y: 8))))
            titleHeight = 16
        }
        // Each tile's lines, relative to the tile's top-left corner, and its content height.
        var tiles: [(lines: [PageItem], height: Double)] = []
        for f in k.figures {
            var lines: [PageItem] = []
            let value = fitter.fit(f.value, style: valueStyle, minSize: minSize, width: inner, maxLines: Self.valueLines,
                                   leadingFactor: valueLeading, source: k.source)
            // The value's first baseline sits 24 pt below the tile's top whatever its size, and
            // the unit below it starts level across the row unless a value took more lines.
            let firstBaseline = value.size * (valueLeading - 1) / 2 + value.size * 0.8
            var y = Self.valueBaseline - firstBaseline
            for b in value.boxes { lines += b.items.translated(dx: Self.padding, dy: y); y += b.height }
            y = max(Self.unitTop, y - 1.5)
            for (text, style, leading) in [(f.unit, unitStyle, unitLeading), (Typography.smarten(f.label), labelStyle, labelLeading)] where !text.isEmpty {
                let boxes = context.lineBoxes([TextSpan(text, style: style)], width: inner, leading: style.size * leading,
                                              alignment: .left, keepTogether: true, source: k.source)
                for b in boxes { lines += b.items.translated(dx: Self.padding, dy: y); y += b.height }
            }
            tiles.append((lines, y + 6))
        }
        let tileHeight = tiles.map(\.height).max() ?? 0
        let fill = theme.color("callout", default: Color(hex: "#f3f1ec")!)
        var shapes: [PageItem] = []
        for (i, tile) in tiles.enumerated() {
            let x = Double(i) * (tileWidth + Self.gap)
            shapes.append(.shape(Shape(path: .rect(Rect(x: x, y: titleHeight, width: tileWidth, height: tileHeight)), fill: fill)))
            shapes.append(.shape(Shape(path: .rect(Rect(x: x, y: titleHeight, width: tileWidth, height: 2)), fill: accent)))
            let frame = TextFrame(rect: Rect(x: x + Self.padding, y: titleHeight, width: inner, height: tileHeight),
                                  name: "key-figure tile \(i + 1) (\"\(k.figures[i].label)\")",
                                  file: k.source?.file, line: k.source?.line ?? 0)
            items += tile.lines.translated(dx: x, dy: titleHeight).map { item in
                if case .text(let line) = item { return .text(line.framed(frame)) }
                return item
            }
        }
        let height = titleHeight + tileHeight
        let alt = (k.title.isEmpty ? "Key figures: " : k.title + ": ")
            + k.figures.map { [$0.value, $0.unit, $0.label].filter { !$0.isEmpty }.joined(separator: " ") }.joined(separator: "; ")
        let figure = (shapes + items).tagged(StructureTag(.figure, altText: alt, bbox: Rect(x: 0, y: 0, width: width, height: height)))
        return FlowBox(height: height, items: figure, spanAll: k.spanAll, source: k.source)
    }
}
