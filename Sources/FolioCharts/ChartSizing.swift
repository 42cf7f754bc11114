//! How a chart chooses its height once layout has given it a width.

/// Height policy of a chart: its own natural height, a fixed height, or an aspect ratio.
public enum ChartSizing: Hashable, Sendable {
    /// As tall as the content needs (e.g. one row per bar).
    case natural
    /// A fixed height in points.
    case height(Double)
    /// Width divided by height, e.g. 1.5 for 3:2.
    case aspect(Double)

    /// The height for a given width; `natural` is the content's preferred height.
    public func height(forWidth width: Double, natural: Double) -> Double {
        switch self {
        case .natural: return natural
        case .height(let h): return h
        case .aspect(let a): return a > 0 ? width / a : natural
        }
    }
}
