//! Colour scales (value → colour) and the rule that picks readable text on a coloured fill.

import FolioPage

/// Maps values to colours along a palette ramp: sequential from low to high, or diverging
/// around a centre value (zero for correlations) so that both signs read with equal weight.
public struct ColorScale: Hashable, Sendable {
    /// How values spread over the ramp.
    public enum Mode: Hashable, Sendable {
        case sequential
        /// The palette's neutral middle sits at `center`.
        case diverging(center: Double)
    }

    public var palette: Palette
    public var domain: ClosedRange<Double>
    public var mode: Mode

    public init(palette: Palette, domain: ClosedRange<Double>, mode: Mode) {
        self.palette = palette; self.domain = domain; self.mode = mode
    }

    /// Light for low values, dark for high ones.
    public static func sequential(_ palette: Palette, domain: ClosedRange<Double>) -> ColorScale {
        ColorScale(palette: palette, domain: domain, mode: .sequential)
    }

    /// Symmetric around `center`: equal distances from it get equally strong colours.
    public static func diverging(_ palette: Palette, domain: ClosedRange<Double>, center: Double = 0) -> ColorScale {
        ColorScale(palette: palette, domain: domain, mode: .diverging(center: center))
    }

    /// The position of a value along the ramp, 0…1.
    public func fraction(of value: Double) -> Double {
        let lo = domain.lowerBound, hi = domain.upperBound
        switch mode {
        case .sequential:
            guard hi > lo else { return 0.5 }
            return max(0, min(1, (value - lo) / (hi - lo)))
        case .diverging(let c):
            let reach = max(hi - c, c - lo)
            guard reach > 0 else { return 0.5 }
            return max(0, min(1, 0.5 + (value - c) / reach / 2))
        }
    }

    public func color(for value: Double) -> Color { palette.color(at: fraction(of: value)) }

    public func callAsFunction(_ value: Double) -> Color { color(for: value) }

    /// Text colour for labels on `background`: the preferred dark or light colour with the
    /// higher contrast, or pure black or white when the preferred one misses WCAG AA (4.5:1).
    ///
    /// Black or white always reaches at least 4.58:1 against an opaque colour, so the
    /// result meets AA for every background.
    public static func readableTextColor(on background: Color, dark: Color = Color(hex: "#1a1a1a")!,
                                         light: Color = .white, minimumContrast: Double = 4.5) -> Color {
        let bg = background.alpha < 1 ? Color.white.mixed(with: Color(red: background.red, green: background.green,
                                                                      blue: background.blue), background.alpha)
                                      : background
        let darkRatio = dark.contrastRatio(with: bg), lightRatio = light.contrastRatio(with: bg)
        let preferred = darkRatio >= lightRatio ? dark : light
        if max(darkRatio, lightRatio) >= minimumContrast { return preferred }
        return Color.black.contrastRatio(with: bg) >= Color.white.contrastRatio(with: bg) ? .black : .white
    }
}
