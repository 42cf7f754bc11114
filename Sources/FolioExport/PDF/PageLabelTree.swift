//! The document's `/PageLabels` number tree, written from the pages' labels.

import FolioCore

/// Page labels as one number tree (ISO 32000-1 §12.4.2): a range for each stretch of labels
/// that count on in arabic or lower-case roman numerals, a literal prefix for any other label.
/// Written by the post-processor rather than by Cairo into each run, so that a run's drawing
/// does not depend on the numbers of its pages (a chapter that gains a page renumbers every
/// later page, and the later runs' drawings stay reusable).
enum PageLabelTree {
    /// The tree's dictionary, or nil when no page has a label.
    static func make(_ labels: [String]) -> PDFValue? {
        guard labels.contains(where: { !$0.isEmpty }) else { return nil }
        var nums: [PDFValue] = []
        // What the range open so far would call the next page.
        var expected: String?
        // The open range's style and the number of the page before.
        var style: (name: String, value: Int)?
        for (index, label) in labels.enumerated() {
            if label == expected, let current = style {
                style = (current.name, current.value + 1)
                expected = numeral(current.value + 2, style: current.name)
                continue
            }
            var range: [(String, PDFValue)] = []
            if let n = Int(label), n > 0, String(n) == label {
                range = [("S", .name("D"))]
                style = ("D", n)
            } else if let n = RomanNumeral.value(label) {
                range = [("S", .name("r"))]
                style = ("r", n)
            } else {
                style = nil
            }
            if let s = style {
                if s.value != 1 { range.append(("St", .int(s.value))) }
                expected = numeral(s.value + 1, style: s.name)
            } else {
                if !label.isEmpty { range = [("P", .text(label))] }
                expected = nil
            }
            nums += [.int(index), .dict(PDFDict(range))]
        }
        return .dict(PDFDict([("Nums", .array(nums))]))
    }

    static func numeral(_ n: Int, style: String) -> String {
        style == "D" ? String(n) : RomanNumeral.lowercase(n)
    }
}
