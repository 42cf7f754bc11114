//! The result of shaping a paragraph: lines of glyph runs, ready to be placed.

import FolioPage

/// A character no bundled font can draw.
public struct MissingGlyph: Hashable, Sendable {
    public var character: Character
    public var codePoint: UInt32
    public init(character: Character, codePoint: UInt32) { self.character = character; self.codePoint = codePoint }
    /// `U+XXXX 'c'`, for messages.
    public var label: String {
        let hex = String(codePoint, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + " '\(character)'"
    }
}

/// A link span's horizontal extent on one line.
public struct LineLink: Hashable, Sendable {
    public var minX: Double
    public var maxX: Double
    public var target: LinkTarget
}

/// One line of a shaped paragraph, positioned relative to the paragraph's left edge.
public struct ShapedLine: Hashable, Sendable {
    public var runs: [GlyphRun]
    /// Horizontal offset from alignment (centred or right-aligned lines).
    public var x: Double
    public var width: Double
    public var ascent: Double
    public var descent: Double
    /// UTF-8 byte range of the paragraph text that this line shows.
    public var byteRange: Range<Int>
    public var links: [LineLink]
    /// True when the line ends in a hyphen that Pango inserted at a soft hyphen.
    public var endsWithHyphen: Bool

    /// The line as a page item, with its baseline's left end at `origin` (alignment offset added).
    public func placed(at origin: Point) -> TextLine {
        TextLine(origin: Point(x: origin.x + x, y: origin.y), runs: runs, width: width, ascent: ascent, descent: descent)
    }
    public var text: String { runs.map(\.text).joined() }
}

/// A paragraph shaped and broken into lines at a given width.
public struct ShapedParagraph: Hashable, Sendable {
    public var lines: [ShapedLine]
    public var missingGlyphs: [MissingGlyph]
    /// The widest line, for shrink-to-fit boxes such as table cells.
    public var maxLineWidth: Double { lines.map { $0.x + $0.width }.max() ?? 0 }
}
