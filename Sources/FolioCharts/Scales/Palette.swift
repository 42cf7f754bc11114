//! Named colour palettes: ColorBrewer and viridis ramps, colour-blind-safe categorical sets.

import FolioPage

/// A named list of colours that a theme or a chart spec selects by name.
///
/// Sequential and diverging palettes are ramps sampled continuously; categorical palettes
/// are used colour by colour. All ramps are from ColorBrewer (Brewer, Penn State) or
/// matplotlib's viridis, chosen because they stay distinguishable for colour-blind readers
/// and in greyscale print.
public struct Palette: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// Low to high, light to dark (scores, counts).
        case sequential
        /// Two hues meeting at a neutral midpoint (correlations, deviations from a median).
        case diverging
        /// Unordered groups (series, regions).
        case categorical
    }

    public var name: String
    public var kind: Kind
    public var colors: [Color]

    public init(name: String, kind: Kind, colors: [Color]) {
        self.name = name; self.kind = kind; self.colors = colors
    }

    init(_ name: String, _ kind: Kind, _ hex: [String]) {
        self.init(name: name, kind: kind, colors: hex.map { Color(hex: $0)! })
    }

    /// The ramp's colour at `t` in 0…1, interpolated between neighbouring stops.
    public func color(at t: Double) -> Color {
        guard colors.count > 1 else { return colors.first ?? .black }
        let x = max(0, min(1, t.isFinite ? t : 0)) * Double(colors.count - 1)
        let i = min(Int(x), colors.count - 2)
        return colors[i].mixed(with: colors[i + 1], x - Double(i))
    }

    /// The `index`-th colour of a categorical palette, cycling when there are more groups than colours.
    public func color(index: Int) -> Color {
        guard !colors.isEmpty else { return .black }
        return colors[((index % colors.count) + colors.count) % colors.count]
    }

    /// `count` colours for ordered groups (tiers): evenly spaced along a ramp, darkest first,
    /// avoiding the near-white end; categorical palettes give their first colours, or, for more
    /// groups than colours, colours spread evenly along the list (never one colour twice).
    public func ordinalColors(_ count: Int) -> [Color] {
        guard count > 0 else { return [] }
        if kind == .categorical {
            if count <= colors.count || colors.count < 2 { return (0..<count).map { color(index: $0) } }
            return (0..<count).map { color(at: Double($0) / Double(count - 1)) }
        }
        if count == 1 { return [color(at: 0.8)] }
        return (0..<count).map { color(at: 0.92 - 0.62 * Double($0) / Double(count - 1)) }
    }

    // MARK: Sequential

    public static let blues = Palette("blues", .sequential, [
        "#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b"])
    public static let ylGnBu = Palette("ylgnbu", .sequential, [
        "#ffffd9", "#edf8b1", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#253494", "#081d58"])
    public static let greens = Palette("greens", .sequential, [
        "#f7fcf5", "#e5f5e0", "#c7e9c0", "#a1d99b", "#74c476", "#41ab5d", "#238b45", "#006d2c", "#00441b"])
    public static let oranges = Palette("oranges", .sequential, [
        "#fff5eb", "#fee6ce", "#fdd0a2", "#fdae6b", "#fd8d3c", "#f16913", "#d94801", "#a63603", "#7f2704"])
    public static let greys = Palette("greys", .sequential, [
        "#ffffff", "#f0f0f0", "#d9d9d9", "#bdbdbd", "#969696", "#737373", "#525252", "#252525", "#000000"])
    /// matplotlib's viridis, reversed so that it runs light to dark like the ColorBrewer ramps.
    public static let viridis = Palette("viridis", .sequential, [
        "#fde725", "#bddf26", "#7ad151", "#44bf70", "#22a884", "#21918c", "#2a788e", "#355f8d", "#414487",
        "#482475", "#440154"])

    // MARK: Diverging (low end first: red for negative correlations, blue for positive)

    public static let rdBu = Palette("rdbu", .diverging, [
        "#67001f", "#b2182b", "#d6604d", "#f4a582", "#fddbc7", "#f7f7f7", "#d1e5f0", "#92c5de", "#4393c3",
        "#2166ac", "#053061"])
    public static let puOr = Palette("puor", .diverging, [
        "#7f3b08", "#b35806", "#e08214", "#fdb863", "#fee0b6", "#f7f7f7", "#d8daeb", "#b2abd2", "#8073ac",
        "#542788", "#2d004b"])
    public static let brBG = Palette("brbg", .diverging, [
        "#543005", "#8c510a", "#bf812d", "#dfc27d", "#f6e8c3", "#f5f5f5", "#c7eae5", "#80cdc1", "#35978f",
        "#01665e", "#003c30"])

    // MARK: Categorical

    /// Paul Tol's "muted" scheme, distinct for all common colour-vision deficiencies.
    public static let tolMuted = Palette("tol-muted", .categorical, [
        "#332288", "#88ccee", "#44aa99", "#117733", "#999933", "#ddcc77", "#cc6677", "#882255", "#aa4499",
        "#7a7a7a"])
    /// Okabe & Ito's eight colours for colour-blind readers.
    public static let okabeIto = Palette("okabe-ito", .categorical, [
        "#0072b2", "#e69f00", "#56b4e9", "#009e73", "#d55e00", "#cc79a7", "#f0e442", "#000000"])
    /// Tableau 10: softer, for up to ten series.
    public static let tableau10 = Palette("tableau10", .categorical, [
        "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f",
        "#bab0ac"])

    /// Every built-in palette, in the order messages list them.
    public static let all: [Palette] = [
        blues, ylGnBu, greens, oranges, greys, viridis, rdBu, puOr, brBG, tolMuted, okabeIto, tableau10,
    ]

    /// A built-in palette by name (case-insensitive), nil when there is none.
    public static func named(_ name: String) -> Palette? {
        let key = name.lowercased()
        return all.first { $0.name == key }
    }

    /// Names of the built-in palettes of one kind, for error messages.
    public static func names(of kind: Kind) -> [String] {
        all.filter { $0.kind == kind }.map(\.name)
    }
}
