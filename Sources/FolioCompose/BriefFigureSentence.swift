//! Key figures as short sentences for the brief's observation callout: "GDP in 2024: RMB 1,081.36 billion."

/// Fills the brief structure's sentence template with a key figure printed by the edition's
/// `FigureFormatter` (the same money and unit style as the report), so the brief only adds
/// the sentence around it.
enum BriefFigureSentence {
    /// One sentence from the template (`{{label}}` and `{{figure}}`), capitalised, ending in a full stop.
    static func sentence(_ template: String, value: String, unit: String, label: String, formatter: FigureFormatter) -> String {
        let (label, figure) = formatter.text(value: value, unit: unit, label: label)
        var s = BriefText.fill(template, values: [.label: label, .figure: figure]).trimmingCharacters(in: .whitespaces)
        if let first = s.first, first.isLowercase { s = first.uppercased() + s.dropFirst() }
        if let last = s.last, !".!?".contains(last) { s += "." }
        return s
    }
}
