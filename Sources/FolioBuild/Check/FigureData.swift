//! Finds charts whose data cannot be drawn (no data, parts that disagree) before layout.

import FolioCharts
import FolioCore
import FolioDocument
import FolioPage

/// Draws each figure once with text measured by estimate rather than by Pango: what depends
/// on the data alone (a radar over fewer than three axes, series of unequal length) fails the
/// same way it fails in layout, with layout's message. Whether a chart fits its column is
/// a layout question and is left to the build.
enum FigureData {
    static func diagnostics(_ document: Document) -> [Diagnostic] {
        var out: [Diagnostic] = []
        func visit(_ block: Block) {
            switch block {
            case .figure(let f):
                do {
                    _ = try f.content.render(width: 1000, height: f.height, context: EstimatingFigureContext())
                } catch let error as ChartError {
                    if case .notEnoughSpace = error { return }
                    out.append(.error("figure could not be drawn: \(error)", at: f.source))
                } catch {
                    // Anything else depends on real text measurement: layout decides.
                }
            case .list(let l): l.items.forEach { $0.forEach(visit) }
            case .callout(let c): c.blocks.forEach(visit)
            default: break
            }
        }
        for section in document.sections { section.blocks.forEach(visit) }
        return out
    }
}

/// Text lines of an estimated width (half the font size per character), no glyphs.
private struct EstimatingFigureContext: FigureContext {
    func line(_ text: String, style: TextStyle) -> TextLine {
        TextLine(origin: .zero, runs: [], width: Double(text.count) * style.size * 0.5,
                 ascent: style.size * 0.8, descent: style.size * 0.2)
    }
    func family(_ role: String) -> String { role }
}
