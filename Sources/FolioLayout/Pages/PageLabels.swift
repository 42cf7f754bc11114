//! Page labels: roman numerals for front matter, arabic from the first body page.

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
                out.append(romanNumeral(romanCount))
            } else {
                seenArabic = true
                arabic += 1
                out.append(String(arabic))
            }
        }
        return out
    }

    static func romanNumeral(_ n: Int) -> String {
        let table: [(Int, String)] = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                                      (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        var n = n, s = ""
        for (v, r) in table { while n >= v { s += r; n -= v } }
        return s
    }
}
