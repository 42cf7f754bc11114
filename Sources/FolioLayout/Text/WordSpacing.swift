//! Measures inter-word spaces on finished pages: the number behind "rivers" in justified text.

import FolioPage

/// Word-space statistics of justified lines, for judging hyphenation and justification.
public enum WordSpacing {
    /// The widths of the spaces in full-measure lines set in `size` (±0.05 pt), i.e. the
    /// justified body lines; last lines of paragraphs (shorter than `measure`) are skipped.
    public static func spaces(in pages: [Page], size: Double, measure: Double) -> [Double] {
        var out: [Double] = []
        for page in pages {
            for line in page.textLines where line.width >= measure - 0.5 {
                for run in line.runs where abs(run.size - size) < 0.05 {
                    out += spaces(in: run)
                }
            }
        }
        return out
    }

    /// Advance of every space glyph in a run (the distance to the next glyph).
    public static func spaces(in run: GlyphRun) -> [Double] {
        guard !run.rightToLeft else { return [] }
        let bytes = Array(run.text.utf8)
        var widths: [Double] = []
        var byte = 0, glyph = 0
        for cluster in run.clusters {
            if cluster.bytes == 1, cluster.glyphs == 1, byte < bytes.count, bytes[byte] == 0x20 {
                let next = glyph + 1 < run.glyphs.count ? run.glyphs[glyph + 1].x : run.width
                widths.append(next - run.glyphs[glyph].x)
            }
            byte += cluster.bytes
            glyph += cluster.glyphs
        }
        return widths
    }
}
