//! Page labels: roman numerals for front matter, arabic from the first body page.

import FolioCore

enum PageLabels {
    /// Labels for pages whose templates are given in order.
    static func labels(templates: [String], roman: Set<String>) -> [String] {
        var out: [String] = []
        var arabic = 0
        var romanCount = 0
        var seenArabic = false
        for t in templates {
            if roman.contains(t) && !seenArabic {
                romanCount += 1
                out.append(RomanNumeral.lowercase(romanCount))
            } else {
                seenArabic = true
                arabic += 1
                out.append(String(arabic))
            }
        }
        return out
    }
}
