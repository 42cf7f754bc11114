//! Finds characters that no bundled font can draw, before layout, with the text's source.

import FolioCore
import FolioGraphics

/// Checks printed text against the bundled fonts. Messages read exactly as layout's
/// (`LayoutContext.report`), so `folio check` and `folio build` say the same thing.
/// Not thread-safe: one check at a time (a watch session lends its own to each build in turn).
final class GlyphCoverage: @unchecked Sendable {
    let fonts: FontSet
    private var known: [UInt32: Bool] = [:]
    /// Texts found fully covered: a coverage kept between builds (`folio watch`) skips them.
    private var covered: Set<String> = []

    init(fonts: FontSet) { self.fonts = fonts }

    /// One error per uncovered character and source, in text order, code points ascending
    /// within one text.
    func diagnostics(_ texts: [PrintedText]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var reported = Set<String>()
        for item in texts where !covered.contains(item.text) {
            var missing = Set<UInt32>()
            for scalar in item.text.unicodeScalars where needsGlyph(scalar) && !covers(scalar) {
                missing.insert(scalar.value)
            }
            if missing.isEmpty { covered.insert(item.text) }
            for codePoint in missing.sorted() {
                let glyph = MissingGlyph(character: Character(Unicode.Scalar(codePoint)!), codePoint: codePoint)
                let d = Diagnostic.error("no bundled font has the character \(glyph.label); add a font that covers it to Fonts/ or remove the character",
                                         at: item.source)
                if reported.insert(d.description).inserted { out.append(d) }
            }
        }
        return out
    }

    /// True when `text` was found fully covered by an earlier `diagnostics` call.
    func isCovered(_ text: String) -> Bool { covered.contains(text) }

    private func covers(_ scalar: Unicode.Scalar) -> Bool {
        if let answer = known[scalar.value] { return answer }
        let answer = fonts.covers(scalar)
        known[scalar.value] = answer
        return answer
    }

    /// Characters Pango draws without a font glyph (or not at all): controls, format
    /// characters (soft hyphen, zero-width joiners), default-ignorables, white space.
    private func needsGlyph(_ scalar: Unicode.Scalar) -> Bool {
        let p = scalar.properties
        if p.isWhitespace || p.isDefaultIgnorableCodePoint { return false }
        switch p.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate: return false
        default: return true
        }
    }
}
