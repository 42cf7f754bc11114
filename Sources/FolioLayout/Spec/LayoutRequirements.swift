//! The names a layout must define for the documents drawn with it: styles, colours, templates.

/// What a layout file is used for. The composers and the layout code ask the theme for
/// styles and colours by name; a name that a layout lacks silently falls back (paragraphs to
/// `body`, headings to `h1`–`h3`, tables to `default`, colours to black), which gives pages a
/// designer would reject (a white chapter title set dark on the dark band, say). So each
/// purpose lists the names that must be defined, and validation reports the missing ones.
public enum LayoutPurpose: Sendable {
    /// The print edition (`folio report`, `folio build`).
    case report
    /// The one-page city briefs (`folio briefs`).
    case brief
    /// Only the checks every layout passes (tests, the demo).
    case any

    /// Colours every layout needs: text, and the accent, muted and rule colours of headings,
    /// captions, running heads and table rules.
    static let colors = ["text", "accent", "muted", "rule"]

    /// Paragraph styles used by the layout code itself on any document.
    static let commonParagraphs = ["body", "caption", "table-caption", "callout-title", "note", "header", "footer"]

    var paragraphs: [String] {
        switch self {
        case .report:
            return Self.commonParagraphs + ["lead", "standfirst", "reference", "toc1", "toc2", "cover-kicker", "cover-title",
                                            "cover-subtitle", "cover-note", "chapter-kicker", "kicker", "opener-note"]
        case .brief:
            return Self.commonParagraphs + ["brief-kicker", "brief-meta", "brief-summary", "brief-section", "brief-small",
                                            "brief-source", "brief-zh"]
        case .any:
            return ["body"]
        }
    }

    var headings: [String] {
        switch self {
        case .report: return ["chapter", "h1", "h2", "h3"]
        case .brief: return ["brief-title"]
        case .any: return []
        }
    }

    /// Table styles; a table whose style is missing uses `default`, so that one is listed too.
    var tables: [String] {
        switch self {
        case .report: return ["default", "scores", "compact"]
        case .brief: return ["default", "brief"]
        case .any: return []
        }
    }

    /// Page templates the composer places sections on (the report structure may name more;
    /// those are checked when it is loaded).
    var templates: [String] {
        switch self {
        case .report: return ["cover", "body"]
        case .brief: return ["brief"]
        case .any: return []
        }
    }

    var description: String {
        switch self {
        case .report: return "the report"
        case .brief: return "the briefs"
        case .any: return "any document"
        }
    }
}
