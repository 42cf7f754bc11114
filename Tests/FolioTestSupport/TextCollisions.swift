//! Text that leaves its page or overprints other text, found in a PDF as a reader's tools see it.

import Foundation

/// The check of `shared/tools/text-collisions`, in Swift for the test suite: poppler's word
/// boxes (`pdftotext -bbox-layout`); a word collides when its box overlaps another's by more
/// than 1.5 pt across and more than a third of the lower box's height (neighbours on a line
/// touch, they do not overlap); CJK words are left out (poppler gives them the CJK font's tall
/// box); a word leaves the page when its box passes the page edge by more than 0.5 pt.
public enum TextCollisions {
    public struct Word: Sendable {
        public var page: Int
        public var x0, y0, x1, y1: Double
        public var text: String
    }

    /// Every collision or off-page word of `pdf`, as readable lines (empty when clean).
    public static func find(in pdf: String) throws -> [String] {
        let output = try ExternalTools.run("pdftotext", ["-bbox-layout", pdf, "-"])
        guard output.status == 0 else { return ["pdftotext failed on \(pdf): \(output.stderr)"] }
        var problems: [String] = []
        let name = (pdf as NSString).lastPathComponent
        for (index, chunk) in output.stdout.components(separatedBy: "<page ").dropFirst().enumerated() {
            let page = index + 1
            guard let width = attribute("width", in: chunk), let height = attribute("height", in: chunk) else { continue }
            var words: [Word] = []
            for part in chunk.components(separatedBy: "<word ").dropFirst() {
                guard let x0 = attribute("xMin", in: part), let y0 = attribute("yMin", in: part),
                      let x1 = attribute("xMax", in: part), let y1 = attribute("yMax", in: part),
                      let start = part.firstIndex(of: ">"), let end = part.range(of: "</word>") else { continue }
                let text = String(part[part.index(after: start)..<end.lowerBound])
                let word = Word(page: page, x0: x0, y0: y0, x1: x1, y1: y1, text: text)
                if x0 < -0.5 || x1 > width + 0.5 || y0 < -0.5 || y1 > height + 0.5 {
                    problems.append("\(name) p\(page) '\(text)' leaves the page")
                }
                if !text.unicodeScalars.contains(where: { (0x3000...0x9FFF).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) }) {
                    words.append(word)
                }
            }
            words.sort { ($0.x0, $0.y0) < ($1.x0, $1.y0) }
            for (i, a) in words.enumerated() {
                for b in words[(i + 1)...] {
                    if b.x0 >= a.x1 { break }
                    let ox = min(a.x1, b.x1) - max(a.x0, b.x0), oy = min(a.y1, b.y1) - max(a.y0, b.y0)
                    if ox > 1.5 && oy > min(a.y1 - a.y0, b.y1 - b.y0) / 3 {
                        problems.append("\(name) p\(page) '\(a.text)' overprints '\(b.text)'")
                    }
                }
            }
        }
        return problems
    }

    private static func attribute(_ key: String, in text: String) -> Double? {
        guard let r = text.range(of: key + "=\"") else { return nil }
        let rest = text[r.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return Double(rest[..<end])
    }
}
