//! A text of the edition (foreword, narrative, …) and the specialised observations.

/// A Markdown text after loading: front matter fields plus a resolved body.
public struct TextDocument: Hashable, Sendable, Codable {
    /// Edition-relative path, e.g. `narratives/economic-strength.md`.
    public var file: String
    /// The file name without extension, e.g. `economic-strength` or `foreword`.
    public var slug: String
    /// Lines of front matter before the body (add to a body line to get the file line).
    public var lineOffset: Int
    public var title: String
    public var standfirst: String?
    /// Every scalar front matter field as written (for fields a layout may want).
    public var frontMatter: [String: String]
    public var body: [ProseBlock]
    public init(file: String, slug: String, lineOffset: Int, title: String, standfirst: String?,
                frontMatter: [String: String], body: [ProseBlock]) {
        self.file = file; self.slug = slug; self.lineOffset = lineOffset; self.title = title
        self.standfirst = standfirst; self.frontMatter = frontMatter; self.body = body
    }
}

/// A figure for an observation's callout, e.g. `3.68` `RMB trillion` `GDP in 2024`.
public struct KeyFigure: Hashable, Sendable, Codable {
    public var value: String
    public var unit: String
    public var label: String
    public init(value: String, unit: String, label: String) { self.value = value; self.unit = unit; self.label = label }
}

/// A specialised observation, printed after the scoring table of `dimension`.
public struct Observation: Hashable, Sendable, Codable {
    public var file: String
    public var slug: String
    public var title: String
    /// Display name of what is observed (a city, a region).
    public var subject: String
    /// The city's slug when the subject is one of the edition's cities.
    public var city: String?
    public var dimension: String
    public var keyFigures: [KeyFigure]
    public var body: [ProseBlock]
    public init(file: String, slug: String, title: String, subject: String, city: String?, dimension: String,
                keyFigures: [KeyFigure], body: [ProseBlock]) {
        self.file = file; self.slug = slug; self.title = title; self.subject = subject; self.city = city
        self.dimension = dimension; self.keyFigures = keyFigures; self.body = body
    }
}
