//! The theme: fonts, type scale, colours, spacing and table styles, all from the layout file.

import FolioPage

public struct Theme: Hashable, Sendable, Codable {
    public var fonts: [String: String]
    public var colors: [String: String]
    public var paragraphs: [String: ParagraphStyleSpec]
    public var headings: [String: ParagraphStyleSpec]
    public var tables: [String: TableStyleSpec]
    public var hyphenation: HyphenationSpec?
    /// Minimum lines of a paragraph left at the bottom (orphans) or top (widows) of a column.
    public var orphans: Int?
    public var widows: Int?
    /// Palettes for charts and score tints, by name (list of hex colours, low to high).
    public var palettes: [String: [String]]?
    /// Characters that may hang into the margins, each with the fractions of its width at the
    /// left and right edge (`".": [0, 0.7]`); nil: the built-in punctuation set, `{}`: none.
    public var protrusion: [String: [Double]]?

    public func color(_ name: String?, default fallback: Color = .black) -> Color {
        guard let name else { return fallback }
        if let hex = colors[name], let c = Color(hex: hex) { return c }
        return Color(hex: name) ?? fallback
    }

    public func family(_ role: String) -> String {
        fonts[role] ?? fonts["text"] ?? "Noto Serif"
    }

    public func paragraph(_ name: String) -> ParagraphStyleSpec {
        paragraphs[name] ?? paragraphs["body"] ?? ParagraphStyleSpec()
    }

    public func heading(_ level: Int) -> ParagraphStyleSpec {
        headings["h\(level)"] ?? headings["h\(min(level, 3))"] ?? paragraph("body")
    }

    public func table(_ name: String) -> TableStyleSpec {
        tables[name] ?? tables["default"] ?? TableStyleSpec()
    }
}

/// A paragraph or heading style.
public struct ParagraphStyleSpec: Hashable, Sendable, Codable {
    /// Font role (`text`, `display`) or a family name.
    public var font: String?
    public var size: Double?
    public var leading: Double?
    public var weight: String?
    public var italic: Bool?
    public var color: String?
    public var align: String?
    public var spaceBefore: Double?
    public var spaceAfter: Double?
    /// First-line indent of a paragraph that follows another of the same style.
    public var indent: Double?
    public var hyphenate: Bool?
    public var letterSpacing: Double?
    public var uppercase: Bool?
    /// The smallest size text of this style may shrink to so that it fits a fixed-size box
    /// (key-figure tiles); nil: the style's own size (no shrinking) unless the box has a default.
    public var minSize: Double?
    /// `optimal` (total fit, the default for justified text) or `greedy` (Pango's breaking).
    public var breaking: String?
    /// Hanging indent: every line but the first starts this far in (numbered references).
    public var hang: Double?
    /// Keeps each paragraph of the style whole in one column (references).
    public var keepTogether: Bool?
    /// What each gap between letters of a justified line may stretch under total fit, as a
    /// fraction of the size at an adjustment ratio of 1 (0: spaces take all the slack).
    public var letterStretch: Double?
    /// Whether capitalised words (mostly names: "Moscow", "Chinese") may be hyphenated; default:
    /// the theme's `hyphenation.capitalized`, else no.
    public var hyphenateCapitalized: Bool?
    /// Whether the last word of a paragraph may be split across its last two lines; default: the
    /// theme's `hyphenation.finalHyphen`, else no.
    public var finalHyphen: Bool?
    public init() {}
}

public struct TableStyleSpec: Hashable, Sendable, Codable {
    public var font: String?
    public var size: Double?
    public var leading: Double?
    public var headerSize: Double?
    public var headerColor: String?
    public var headerBackground: String?
    public var headerWeight: String?
    public var cellPaddingX: Double?
    public var cellPaddingY: Double?
    public var zebra: String?
    public var rule: String?
    public var ruleWidth: Double?
    public var headerRuleWidth: Double?
    public var highlight: String?
    /// How a header is set when no column plan gives its widest word room: `key` (a letter
    /// in the header, spelled out under the table; the default) or `rotate` (turned upwards).
    public var headerFallback: String?
    public init() {}
}

public struct HyphenationSpec: Hashable, Sendable, Codable {
    public var enabled: Bool?
    public var minWord: Int?
    public var minPrefix: Int?
    public var minSuffix: Int?
    /// At most this many consecutive lines may end in a hyphen.
    public var maxConsecutive: Int?
    /// Words never hyphenated (proper names).
    public var protect: [String]?
    /// Whether capitalised words may break, for styles that do not say (default false;
    /// protected words never do).
    public var capitalized: Bool?
    /// Whether a paragraph's last word may be split, for styles that do not say (default false).
    public var finalHyphen: Bool?
}

extension FontWeight {
    /// Parses `regular`, `medium`, `semibold`, `bold`.
    public init(name: String?) {
        switch name?.lowercased() {
        case "bold": self = .bold
        case "semibold": self = .semibold
        case "medium": self = .medium
        default: self = .regular
        }
    }
}
