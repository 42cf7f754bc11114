//! The document's `/PageLabels` number tree, written from the pages' labels.

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
            } else if let n = romanValue(label), n > 0 {
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
        style == "D" ? String(n) : roman(n)
    }

    static func roman(_ n: Int) -> String {
        let table: [(Int, String)] = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                                      (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        var n = n, s = ""
        for (v, r) in table { while n >= v { s += r; n -= v } }
        return s
    }

    /// The value of a lower-case roman numeral written the standard way, or nil.
    static func romanValue(_ s: String) -> Int? {
        guard !s.isEmpty, s.count < 16, s.allSatisfy({ "ivxlcdm".contains($0) }) else { return nil }
        for n in 1...3999 where roman(n) == s { return n }
        return nil
    }
}
