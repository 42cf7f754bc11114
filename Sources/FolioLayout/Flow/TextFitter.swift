//! Fits a short text into a fixed width: wrap first, then shrink down to the style's minimum size.

import FolioCore
import FolioGraphics
import FolioPage

/// Lines for text that must fit a box of fixed width (a key-figure tile, a card).
///
/// Lines break between words only. The text is set at its nominal size, or smaller when its
/// widest word needs it, wrapped onto at most `maxLines` lines; when more lines are needed the
/// size steps down half a point at a time to `minSize`, where the text takes as many lines as
/// it needs. A word still too wide there stays whole and overflows: the layout's self-check
/// reports it with the page it landed on.
struct TextFitter {
    let context: LayoutContext

    struct Fitted {
        var boxes: [FlowBox]
        /// The size the text was set at.
        var size: Double
        /// Whether every line is within the width.
        var fits: Bool
    }

    /// `leadingFactor` scales the line height with the size, so shrunk text stays evenly led.
    func fit(_ text: String, style: TextStyle, minSize: Double, width: Double, maxLines: Int,
             leadingFactor: Double, source: SourceLocation?) -> Fitted {
        let floor = min(minSize, style.size)
        // Lines break between words only (a number split as "1,078." / "28" misreads), so the
        // widest word sets the largest size; widths scale with the size.
        let widest = text.split(whereSeparator: \.isWhitespace)
            .map { context.figureContext.line(String($0), style: style).width }.max() ?? 0
        var size = style.size
        if widest > width { size = max(floor, Self.halfPointsDown(style.size * width / widest)) }
        while true {
            let boxes = lines(text, style: style.with { $0.size = size }, width: width, leading: size * leadingFactor, source: source)
            let fits = widest * size / style.size <= width + LayoutSelfCheck.tolerance
            if fits && boxes.count <= maxLines { return Fitted(boxes: boxes, size: size, fits: true) }
            if size <= floor {
                // Too long even at the smallest size: keep the words whole, one line per word if
                // need be; the self-check reports what still overflows.
                let whole = lines(text, style: style.with { $0.size = size }, width: max(width, widest * size / style.size),
                                  leading: size * leadingFactor, source: source)
                return Fitted(boxes: whole, size: size, fits: fits)
            }
            size = max(floor, size - 0.5)
        }
    }

    /// Rounds a size down to a half point, so near-equal values get the same size.
    static func halfPointsDown(_ size: Double) -> Double { (size * 2).rounded(.down) / 2 }

    private func lines(_ text: String, style: TextStyle, width: Double, leading: Double, source: SourceLocation?) -> [FlowBox] {
        context.lineBoxes([TextSpan(text, style: style)], width: width, leading: leading, alignment: .left,
                          keepTogether: true, source: source)
    }
}
