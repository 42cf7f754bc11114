//! What block conversion needs: the shaper, the theme's resolved styles, and diagnostics.

import FolioCore
import FolioDocument
import FolioGraphics
import FolioPage

/// Per-worker layout state: one shaper (Pango is per thread), resolved styles, findings.
final class LayoutContext {
    let shaper: TextShaper
    let spec: LayoutSpec
    let styles: StyleResolver
    let figureContext: ShaperFigureContext
    var diagnostics: [Diagnostic] = []
    /// Page labels of headings from the previous pass, for the contents and cross-references.
    var headingPages: [String: String] = [:]
    /// Headings met in this pass, in order; the next pass lists them in the contents.
    var headings: [(id: String, level: Int, title: String, inContents: Bool)] = []
    /// Headings of the previous pass.
    var tocEntries: [(id: String, level: Int, title: String, inContents: Bool)] = []

    init(shaper: TextShaper, spec: LayoutSpec, hyphenator: Hyphenator?, pageLabels: [String: String] = [:]) {
        self.shaper = shaper
        self.spec = spec
        self.styles = StyleResolver(theme: spec.theme, hyphenator: hyphenator, pageLabels: pageLabels)
        self.headingPages = pageLabels
        self.figureContext = ShaperFigureContext(shaper: shaper, families: [
            "text": styles.family("text"), "display": styles.family("display"),
        ])
    }

    var theme: Theme { spec.theme }
    var orphans: Int { max(1, theme.orphans ?? 2) }
    var widows: Int { max(1, theme.widows ?? 2) }

    func report(_ missing: [MissingGlyph], at source: SourceLocation?) {
        for m in Set(missing).sorted(by: { $0.codePoint < $1.codePoint }) {
            diagnostics.append(.error("no bundled font has the character \(m.label); add a font that covers it to Fonts/ or remove the character", at: source))
        }
    }
}
