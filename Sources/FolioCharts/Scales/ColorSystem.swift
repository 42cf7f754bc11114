//! The report's one colour system: tiers, dimensions, the score ramp and the correlation ramp.

import FolioPage

/// Every colour that carries meaning in a report, taken once from the layout theme's
/// `palettes` (`tiers`, `dimensions`, `scores`, `correlations`) and handed to every chart,
/// table, cover and brief, so that a tier or a dimension has the same colour on every page.
///
/// The defaults are the ones the shipped layouts write out. Dimension colours were chosen so
/// that every pair of the twelve stays at least ΔE₀₀ 10 apart for normal vision and simulated
/// protanopia, deuteranopia and tritanopia (`ColorDifference`); tier colours read on the dark
/// cover and on white paper alike.
public struct ColorSystem: Hashable, Sendable {
    /// One colour per tier, highest tier first; more tiers than colours are spread along them.
    public var tiers: [Color]
    /// One colour per dimension in report order; an edition has at most this many dimensions.
    public var dimensions: [Color]
    /// Sequential ramp for scores (score cells, sequential heat maps), light to dark.
    public var scores: [Color]
    /// Diverging ramp for signed values around zero (correlations), negative end first.
    public var correlations: [Color]

    public init(tiers: [Color], dimensions: [Color], scores: [Color], correlations: [Color]) {
        self.tiers = tiers; self.dimensions = dimensions; self.scores = scores; self.correlations = correlations
    }

    /// The theme names of the four palettes.
    public static let paletteNames = ["tiers", "dimensions", "scores", "correlations"]

    /// The colour system of a theme's `palettes`; a palette the theme leaves out keeps its default.
    public init(palettes: [String: [String]]?) {
        let d = Self.standard
        func list(_ name: String, _ fallback: [Color]) -> [Color] {
            let given = (palettes?[name] ?? []).compactMap { Color(hex: $0) }
            return given.isEmpty ? fallback : given
        }
        self.init(tiers: list("tiers", d.tiers), dimensions: list("dimensions", d.dimensions),
                  scores: list("scores", d.scores), correlations: list("correlations", d.correlations))
    }

    public static let standard = ColorSystem(
        tiers: hex(["#f2b134", "#e07a3f", "#c4525a", "#6f7fa8"]),
        dimensions: hex(["#cc3311", "#66ccee", "#eedd88", "#225555", "#7570b3", "#1b9e77", "#bbbbbb", "#e69f00",
                         "#aa3377", "#663333", "#e15759", "#cc79a7"]),
        scores: Palette.blues.colors,
        correlations: Palette.rdBu.colors)

    private static func hex(_ list: [String]) -> [Color] { list.compactMap { Color(hex: $0) } }

    /// The colour of tier `index` (0 = highest) of `count`: the theme's colours as they are when
    /// there are enough, spread evenly along them otherwise, so no two tiers share a colour.
    public func tierColor(_ index: Int, of count: Int) -> Color {
        Palette(name: "tiers", kind: .categorical, colors: tiers).ordinalColors(max(count, 1))[max(0, min(index, count - 1))]
    }

    /// The colours of an edition's `count` dimensions, in report order.
    public func dimensionColors(_ count: Int) -> [Color] {
        Palette(name: "dimensions", kind: .categorical, colors: dimensions).ordinalColors(count)
    }

    /// The chart style with these palettes under their theme names, and the score and
    /// correlation ramps as the sequential and diverging defaults.
    public func chartStyle(_ base: ChartStyle = .standard) -> ChartStyle {
        base.with {
            $0.palettes = [
                "tiers": Palette(name: "tiers", kind: .categorical, colors: tiers),
                "dimensions": Palette(name: "dimensions", kind: .categorical, colors: dimensions),
                "scores": Palette(name: "scores", kind: .sequential, colors: scores),
                "correlations": Palette(name: "correlations", kind: .diverging, colors: correlations),
            ]
            $0.sequentialPalette = "scores"
            $0.divergingPalette = "correlations"
            $0.categoricalPalette = "dimensions"
        }
    }
}
