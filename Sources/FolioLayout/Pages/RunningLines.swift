//! Running heads and page numbers, shaped once per text and style.

import FolioPage

/// Shaped lines of page furniture by text and style. Most pages repeat their neighbours'
/// running heads, and in `folio watch` every page repeats its own from the layout before, so
/// shaping them again is wasted work; shaping is a pure function of text and style (with one
/// font set), so a kept line is the line shaping would give.
/// Not thread-safe: one layout at a time.
final class RunningLines {
    private struct Key: Hashable {
        var text: String
        var style: TextStyle
    }

    /// Lines known from the last finished layout.
    private var known: [Key: TextLine] = [:]
    /// Lines the layout in progress used.
    private var used: [Key: TextLine] = [:]

    func line(_ text: String, style: TextStyle, shapedBy context: ShaperFigureContext) -> TextLine {
        let key = Key(text: text, style: style)
        if let line = used[key] ?? known[key] {
            used[key] = line
            return line
        }
        let line = context.line(text, style: style)
        used[key] = line
        return line
    }

    /// Keeps the lines the finished layout used and forgets the others, so memory stays that of one document.
    func finishLayout() {
        known = used
        used = [:]
    }

    func removeAll() { known = [:]; used = [:] }
}
