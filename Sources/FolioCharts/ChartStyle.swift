//! The chart theme: type sizes, greys, hairlines and palette names shared by every chart.

import FolioPage

/// One text role of a chart (title, tick label, value label…): size, weight, colour, features.
public struct ChartFont: Hashable, Sendable {
    public var size: Double
    public var weight: FontWeight
    public var color: Color
    public var italic: Bool
    /// OpenType features; numbers use `tnum` so columns of figures line up.
    public var features: [String]
    public init(size: Double, weight: FontWeight = .regular, color: Color, italic: Bool = false,
                features: [String] = []) {
        self.size = size; self.weight = weight; self.color = color; self.italic = italic; self.features = features
    }
    /// A copy with some attributes changed (a semibold or recoloured variant of a role).
    public func with(_ change: (inout ChartFont) -> Void) -> ChartFont {
        var f = self; change(&f); return f
    }
}

/// Distances between the parts of a chart, in points.
public struct ChartSpacing: Hashable, Sendable {
    /// Between the title's last line and the subtitle.
    public var afterTitle: Double = 2
    /// Between the header (title, subtitle, legend) and the plot.
    public var afterHeader: Double = 9
    /// Between the legend and the plot.
    public var afterLegend: Double = 8
    /// Between the plot (and its axis labels) and the source note.
    public var beforeSource: Double = 8
    /// Between a label and the thing it labels (bar end, tick, dot).
    public var labelGap: Double = 3
    public init() {}
}

/// The look of every chart. The defaults follow the restrained style of newspaper charts
/// (hairline grey grids, small dark-grey Inter labels, one strong colour); layout copies the
/// theme's fonts and colours in here so charts match the report around them.
public struct ChartStyle: Hashable, Sendable {
    /// Font family for all chart text; nil uses the context's "display" family.
    public var fontFamily: String?
    public var title: ChartFont
    public var subtitle: ChartFont
    /// Category labels (bar names, radar axes, heat-map rows).
    public var label: ChartFont
    /// Numbers on value axes and ring scales.
    public var tick: ChartFont
    /// Numbers printed on or beside marks.
    public var value: ChartFont
    public var legend: ChartFont
    public var source: ChartFont
    /// Labels of highlighted items.
    public var annotation: ChartFont
    /// Line height as a multiple of the font size, for wrapped titles and labels.
    public var lineHeight: Double
    /// Cap height of the chart font as a share of its size (Inter: 0.727); centres labels optically.
    public var capHeight: Double

    public var gridline: Stroke
    /// The zero line of a value axis and the baseline of bars; drawn over the marks.
    public var baseline: Stroke
    /// Rings and spokes of radar charts, rules of strip rows.
    public var guideLine: Stroke

    /// Fill of bars when a chart shows one series.
    public var barColor: Color
    /// The highlighted item (a city in a brief) and the primary radar series.
    public var highlightColor: Color
    /// Everything that is context rather than subject: other cities' dots, the median series.
    public var mutedColor: Color
    /// Dark text on light fills; `ColorScale.readableTextColor` falls back to black when needed.
    public var darkText: Color
    /// Light text on dark fills.
    public var lightText: Color
    /// Fill of empty heat-map cells.
    public var emptyCell: Color

    /// Palette names (see `Palette.named`) the theme chooses per kind of colour scale.
    public var sequentialPalette: String
    public var divergingPalette: String
    public var categoricalPalette: String
    /// The layout theme's palettes by name (`ColorSystem.chartStyle`), found before the built-in ones.
    public var palettes: [String: Palette]

    public var spacing: ChartSpacing

    public init() {
        let ink = Color(hex: "#262626")!
        let grey = Color(hex: "#595959")!
        fontFamily = nil
        title = ChartFont(size: 9.5, weight: .semibold, color: Color(hex: "#1a1a1a")!)
        subtitle = ChartFont(size: 7.5, color: grey)
        label = ChartFont(size: 7, color: ink)
        tick = ChartFont(size: 6.5, color: Color(hex: "#666666")!, features: ["tnum"])
        value = ChartFont(size: 6.5, color: ink, features: ["tnum"])
        legend = ChartFont(size: 7, color: ink)
        source = ChartFont(size: 6, color: Color(hex: "#737373")!)
        annotation = ChartFont(size: 7, weight: .semibold, color: Color(hex: "#1a1a1a")!, features: ["tnum"])
        lineHeight = 1.22
        capHeight = 0.727
        gridline = Stroke(color: Color(hex: "#d4d4d4")!, width: 0.4)
        baseline = Stroke(color: Color(hex: "#4d4d4d")!, width: 0.6)
        guideLine = Stroke(color: Color(hex: "#c8c8c8")!, width: 0.4)
        barColor = Color(hex: "#2a6592")!
        highlightColor = Color(hex: "#c7402d")!
        mutedColor = Color(hex: "#8c8c8c")!
        darkText = Color(hex: "#1a1a1a")!
        lightText = .white
        emptyCell = Color(hex: "#f2f2f2")!
        sequentialPalette = "blues"
        divergingPalette = "rdbu"
        categoricalPalette = "tol-muted"
        palettes = [:]
        spacing = ChartSpacing()
    }

    /// A palette by name: the theme's own first, then the built-in ones.
    public func palette(named name: String) -> Palette? {
        palettes[name] ?? palettes.first { $0.key.lowercased() == name.lowercased() }?.value ?? Palette.named(name)
    }

    /// The default theme.
    public static let standard = ChartStyle()

    /// A copy with some settings changed, e.g. the layout theme's fonts and colours.
    public func with(_ change: (inout ChartStyle) -> Void) -> ChartStyle {
        var s = self; change(&s); return s
    }
}
