//! Heat-map cells: a tinted rectangle with an optional value printed in a readable colour.

import FolioPage

/// One cell of a heat map. The text colour is chosen against the fill for WCAG AA
/// contrast, so a value stays legible on the darkest and the lightest tint.
public struct CellMark: Hashable, Sendable, Mark {
    public var rect: Rect
    public var fill: Color
    /// The value as printed, or nil for a plain cell.
    public var text: String?
    public init(rect: Rect, fill: Color, text: String? = nil) {
        self.rect = rect; self.fill = fill; self.text = text
    }

    /// The colour the value is printed in.
    public func textColor(style: ChartStyle) -> Color {
        ColorScale.readableTextColor(on: fill, dark: style.darkText, light: style.lightText)
    }

    func draw(in canvas: inout ChartCanvas) {
        canvas.fill(rect, fill)
        guard let text else { return }
        let font = canvas.style.value.with { $0.color = textColor(style: canvas.style) }
        canvas.add(canvas.label(text, font, at: Point(x: rect.minX + rect.width / 2, y: rect.minY + rect.height / 2),
                                h: .middle, v: .middle))
    }
}
