//! Heat colours for score cells: a sequential palette over 1…N with readable text on top.

import FolioPage

/// Tints a score cell from a sequential palette (low to high) and picks black or white text,
/// whichever gives the higher WCAG contrast. With pure black and white one of the two always
/// reaches at least 4.58:1 (√21), so every cell meets WCAG AA (4.5:1).
public struct HeatColors: Sendable {
    public let stops: [Color]
    public let dark: Color
    public let light: Color

    public init(stops: [Color], dark: Color = .black, light: Color = .white) {
        self.stops = stops.isEmpty ? [Color(hex: "#f7fbff")!, Color(hex: "#08306b")!] : stops
        self.dark = dark
        self.light = light
    }

    /// The fill for `value` on a scale from `low` to `high`.
    public func fill(_ value: Double, low: Double, high: Double) -> Color {
        guard high > low else { return stops.last! }
        let t = max(0, min(1, (value - low) / (high - low))) * Double(stops.count - 1)
        let i = min(Int(t), stops.count - 2)
        return stops[i].mixed(with: stops[i + 1], t - Double(i))
    }

    /// Dark or light text, whichever contrasts more with the fill.
    public func text(on fill: Color) -> Color {
        fill.contrastRatio(with: dark) >= fill.contrastRatio(with: light) ? dark : light
    }
}
