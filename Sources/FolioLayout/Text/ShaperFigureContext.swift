//! The figure context layout lends to charts: single lines shaped with the worker's shaper.

import FolioDocument
import FolioGraphics
import FolioPage

/// Shapes single lines for figures with a `TextShaper`, and names the theme's families.
public final class ShaperFigureContext: FigureContext {
    let shaper: TextShaper
    let families: [String: String]

    /// `families` maps roles ("text", "display") to font family lists.
    public init(shaper: TextShaper, families: [String: String]) {
        self.shaper = shaper
        self.families = families
    }

    public func line(_ text: String, style: TextStyle) -> TextLine {
        let shaped = shaper.shape([TextSpan(text, style: style)], format: ParagraphFormat(width: nil))
        guard let first = shaped.lines.first else {
            return TextLine(origin: .zero, runs: [], width: 0, ascent: style.size * 0.8, descent: style.size * 0.2)
        }
        return first.placed(at: .zero)
    }

    public func family(_ role: String) -> String {
        families[role] ?? families["text"] ?? "Noto Serif"
    }
}
