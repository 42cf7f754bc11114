//! Small pieces of brief text: placeholders, ordinals, counted nouns, lists, dates.

import FolioModel
import Foundation

/// Text helpers of the briefs, free of any edition so they can be tested alone.
enum BriefText {
    /// Replaces `{{city}}`, `{{cities}}`, `{{dimensions}}` and `{{edition}}` (spaces inside the
    /// braces allowed). The structure loader has rejected any other name.
    static func fill(_ text: String, values: [BriefPlaceholder: String]) -> String {
        guard text.contains("{{") else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            out += rest[..<open.lowerBound]
            let word = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            out += BriefPlaceholder(rawValue: word).flatMap { values[$0] } ?? String(rest[open.lowerBound..<close.upperBound])
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    /// "1st", "2nd", "3rd", "11th", "22nd".
    static func ordinal(_ n: Int) -> String {
        let suffix: String
        switch (n % 10, n % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(n)\(suffix)"
    }

    /// "1 place", "12 places".
    static func count(_ n: Int, _ singular: String, _ plural: String) -> String {
        "\(n) \(n == 1 ? singular : plural)"
    }

    /// "A", "A and B", "A, B and C"; with a serial comma when a name holds an "and" of its own
    /// ("innovation and skills, and liveability"), so the list still reads as two items.
    static func list(_ names: [String]) -> String {
        switch names.count {
        case 0: return ""
        case 1: return names[0]
        default:
            let last = names.contains { $0.contains(" and ") } ? ", and " : " and "
            return names.dropLast().joined(separator: ", ") + last + names[names.count - 1]
        }
    }

    /// The observation callout's title: the structure's prefix and the observation's own title.
    /// A title that begins with the city's name ("Guangzhou: Building …") drops it, since the
    /// brief is about that city (apostrophes compared alike: "Xi’an" is "Xi'an"), and what is
    /// left starts with a capital; a title that keeps a colon of its own is joined with a dash,
    /// so two colons never follow each other.
    static func observationTitle(prefix: String, title: String, city: String) -> String {
        var own = title
        let plain = { (s: String) in s.replacingOccurrences(of: "\u{2019}", with: "'") }
        if plain(own).hasPrefix(plain(city) + ":") {
            own = String(own.dropFirst(city.count + 1)).trimmingCharacters(in: .whitespaces)
            if let first = own.first, first.isLowercase { own = first.uppercased() + own.dropFirst() }
        }
        guard !prefix.isEmpty else { return own }
        guard !own.isEmpty else { return prefix }
        return prefix + (own.contains(":") ? " — " : ": ") + own
    }

    /// The civil date of a Unix time, `YYYY-MM-DD` in UTC.
    static func date(_ epoch: Int) -> String {
        // Civil date from days since 1970 (Howard Hinnant's algorithm), so no locale or time zone leaks in.
        let z = epoch / 86_400 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        let pad = { (v: Int, w: Int) in String(repeating: "0", count: max(0, w - String(v).count)) + String(v) }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }
}
