//! Slugs: stable identifiers derived from English display names.

public enum Slug {
    /// Lower case, apostrophes removed, every run of other non-alphanumeric characters
    /// replaced by one hyphen, no leading or trailing hyphen: `Xi'an` → `xian`.
    public static func make(_ name: String) -> String {
        var out = ""
        var pendingHyphen = false
        for ch in name.lowercased() {
            if ch == "'" || ch == "\u{2019}" { continue }
            if ch.isLetter || ch.isNumber {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.append(ch)
            } else {
                pendingHyphen = true
            }
        }
        return out
    }
}
