//! Data-bound text in layout and structure strings: `"Total of the {{dimensions | words}} dimension scores"`.

import FolioCore
import FolioModel

/// Resolves `{{ … }}` expressions in a string of a layout file against the edition, so a
/// title written once reads right for any edition ("seven" on a 7-dimension edition, "ten"
/// on a 10-dimension one). The language is the Markdown one (`DataExpression`).
enum LayoutText {
    /// The text with every expression replaced; an expression that does not resolve, or a
    /// `{{` without its `}}`, is an error at `location`.
    static func resolve(_ text: String, analytics: Analytics, at location: SourceLocation) throws(Diagnostic) -> String {
        guard text.contains("{{") else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstRange(of: "{{") {
            out += rest[..<open.lowerBound]
            let after = rest[open.upperBound...]
            guard let close = after.firstRange(of: "}}") else {
                throw .error("unclosed data reference \"{{\" in \(NameHint.quoted(text)); write {{ … }}, e.g. {{dimensions | words}}",
                             at: location)
            }
            let expression = String(after[..<close.lowerBound])
            do {
                out += try DataExpression.parse(expression).evaluate(in: analytics)
            } catch {
                throw .error("data reference {{\(expression)}}: \(error.description)", at: location)
            }
            rest = after[close.upperBound...]
        }
        return out + rest
    }
}
