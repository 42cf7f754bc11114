//! What text should look like before it is shaped: family, size, weight, colour, features.

/// Font weight on the CSS scale; only the weights the bundled fonts have render differently.
public enum FontWeight: Int, Hashable, Sendable, Codable {
    case regular = 400, medium = 500, semibold = 600, bold = 700
}

/// The character style of a span of text. Layout builds these from the theme.
public struct TextStyle: Hashable, Sendable, Codable {
    public var family: String
    public var size: Double
    public var weight: FontWeight
    public var italic: Bool
    public var color: Color
    /// OpenType features, e.g. `tnum` for tabular figures in tables.
    public var features: [String]
    /// Baseline shift in points (positive raises), for superscript marks.
    public var rise: Double
    /// Extra space between letters in points (small caps labels, running heads).
    public var letterSpacing: Double
    public init(family: String, size: Double, weight: FontWeight = .regular, italic: Bool = false,
                color: Color = .black, features: [String] = [], rise: Double = 0, letterSpacing: Double = 0) {
        self.family = family; self.size = size; self.weight = weight; self.italic = italic
        self.color = color; self.features = features; self.rise = rise; self.letterSpacing = letterSpacing
    }
    public func with(_ change: (inout TextStyle) -> Void) -> TextStyle {
        var s = self; change(&s); return s
    }
}

/// A span of styled text; `link` makes it a link area once laid out, `role` a structure
/// element of its own inside the paragraph (e.g. a footnote mark as `Reference`).
public struct TextSpan: Hashable, Sendable, Codable {
    public var text: String
    public var style: TextStyle
    public var link: LinkTarget?
    public var role: StructureRole?
    public init(_ text: String, style: TextStyle, link: LinkTarget? = nil, role: StructureRole? = nil) {
        self.text = text; self.style = style; self.link = link; self.role = role
    }
}
