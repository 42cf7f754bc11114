//! Optical margin alignment: how far punctuation at a line's edges hangs into the margin.

/// Per-character protrusion into the margins, as fractions of the glyph's advance (pdfTeX's
/// character protrusion; the amounts follow microtype's default set for punctuation).
///
/// A full stop or hyphen at the right edge of a justified line leaves a visible notch, because
/// most of its advance is white; letting it hang out by most of its width makes the edge look
/// straight. Total fit counts the protruded width as room on the line.
public struct MarginProtrusion: Hashable, Sendable {
    /// How far a character may hang out at the left and at the right edge.
    public struct Edges: Hashable, Sendable {
        public var left: Double
        public var right: Double
        public init(left: Double, right: Double) { self.left = left; self.right = right }
    }

    public var amounts: [Unicode.Scalar: Edges]

    public init(_ amounts: [Unicode.Scalar: Edges]) { self.amounts = amounts }

    /// Full stops, commas, colons, hyphens, dashes and quotes (microtype's defaults, in thousandths:
    /// `.` 700, `,` 500, `-` 500 at the right; quotes 300–400 and dashes 150–200 at both edges).
    public static let standard = MarginProtrusion([
        ".": Edges(left: 0, right: 0.7), ",": Edges(left: 0, right: 0.5), ":": Edges(left: 0, right: 0.5),
        ";": Edges(left: 0, right: 0.3), "!": Edges(left: 0, right: 0.1), "?": Edges(left: 0, right: 0.1),
        "-": Edges(left: 0.5, right: 0.5), "\u{2010}": Edges(left: 0.5, right: 0.5), "\u{AD}": Edges(left: 0.5, right: 0.5),
        "\u{2013}": Edges(left: 0.2, right: 0.2), "\u{2014}": Edges(left: 0.15, right: 0.15),
        "\u{2018}": Edges(left: 0.3, right: 0.4), "\u{2019}": Edges(left: 0.3, right: 0.4),
        "\u{201C}": Edges(left: 0.3, right: 0.3), "\u{201D}": Edges(left: 0.3, right: 0.3),
        "'": Edges(left: 0.3, right: 0.4), "\"": Edges(left: 0.3, right: 0.3),
        "(": Edges(left: 0.05, right: 0), ")": Edges(left: 0, right: 0.05),
    ])

    /// Points a character of advance `width` hangs out at the left edge.
    public func left(_ scalar: Unicode.Scalar, width: Double) -> Double { (amounts[scalar]?.left ?? 0) * width }
    /// Points a character of advance `width` hangs out at the right edge.
    public func right(_ scalar: Unicode.Scalar, width: Double) -> Double { (amounts[scalar]?.right ?? 0) * width }
}
