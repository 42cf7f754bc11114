//! What a build checks before layout, beyond loading the edition: the layout and structure
//! files, composition (data-bound text, texts the structure names) and glyph coverage.

import FolioCharts
import FolioCompose
import FolioCore
import FolioDocument
import FolioGraphics
import FolioLayout
import FolioModel
import FolioPage

/// Shared by `folio check` and `folio build`, so a passing check means the build will not
/// reject the input: both run this after loading, and the build stops at its first error
/// with the messages the check prints.
public struct Preflight: Sendable {
    public var reportLayoutPath: String
    public var structurePath: String
    public var briefLayoutPath: String
    /// The briefs' structure file (`brief-structure.yaml`): blocks, options, condensing steps.
    public var briefStructurePath: String
    /// Check the print edition (layout, structure, its composed text).
    public var report: Bool
    /// The cities whose briefs are checked (their layout and composed text).
    public var briefs: [String]
    /// The glyph check of an earlier build with the same fonts (`folio watch`); nil: a new one.
    var coverage: GlyphCoverage?
    /// The parts that passed in earlier builds (`folio watch`), skipped when their `keys` match.
    var memo: PreflightMemo?
    /// What each part reads; nil: every part is checked.
    var keys: PreflightKeys?

    public init(reportLayoutPath: String, structurePath: String, briefLayoutPath: String,
                briefStructurePath: String = LayoutPaths.path("brief-structure.yaml"), report: Bool = true, briefs: [String]) {
        self.reportLayoutPath = reportLayoutPath; self.structurePath = structurePath; self.briefLayoutPath = briefLayoutPath
        self.briefStructurePath = briefStructurePath
        self.report = report; self.briefs = briefs
    }

    /// The options of a build: its layouts and targets.
    public init(_ options: BuildOptions, report: Bool, briefs: [String]) {
        self.init(reportLayoutPath: options.reportLayoutPath, structurePath: options.structurePath,
                  briefLayoutPath: options.briefLayoutPath, briefStructurePath: options.briefStructurePath,
                  report: report, briefs: briefs)
    }

    /// Every error found: the report's files and composition, the brief layout and the
    /// briefs' composition, charts whose data cannot be drawn, then characters no bundled
    /// font covers.
    public func errors(for edition: Edition) -> [Diagnostic] { check(edition).errors }

    /// What a check found, and what it made on the way that the build uses as it is.
    public struct Checked {
        public var errors: [Diagnostic]
        /// The report as composed for the check: a build lays out this document rather than
        /// composing the same one again (nil: not composed, or it failed).
        public var report: Document?
        /// The print layout and report structure the report was composed with.
        public var reportFiles: (spec: LayoutSpec, structure: ReportStructure)?
        /// The parts checked (`report`, `brief:<slug>`): those a memo did not pass unchecked.
        public var parts: [String] = []
    }

    /// The errors, and the report as composed for the check. With a `memo` and `keys`, a part
    /// whose key passed before is not checked again, and the layout and structure files are
    /// parsed only when their bytes changed.
    public func check(_ edition: Edition) -> Checked {
        var errors: [Diagnostic] = []
        var out = Checked(errors: [])
        func attempt(_ body: () throws -> Void) -> Bool {
            do { try body(); return true } catch let list as DiagnosticList {
                errors += list.errors
            } catch let d as Diagnostic {
                errors.append(d)
            } catch {
                errors.append(.error("\(error)"))
            }
            return false
        }
        let checker: GlyphCoverage
        do {
            checker = try coverage ?? GlyphCoverage(fonts: try FontSet(directory: FontSet.defaultDirectory()))
        } catch {
            return Checked(errors: [.error("\(error)")])
        }
        /// One composed part: its printed texts, its figures' errors, whether it composed.
        struct Part { var key: String?; var texts: [PrintedText] = []; var figureErrors: [Diagnostic] = []; var composed = true }
        var reportPart: Part?
        var briefParts: [(slug: String, part: Part)] = []
        let memo = keys == nil ? nil : memo
        if report, memo == nil || memo?.passedReport != keys?.report {
            var part = Part(key: keys?.report)
            part.composed = attempt {
                let (spec, structure) = try reportFiles(memo: memo, families: checker.fonts.familyNames)
                let document = try ReportComposer(edition: edition, structure: structure, heat: Self.heat(spec),
                                                  creationDate: BuildEnvironment.sourceDateEpoch,
                                                  colors: ColorSystem(palettes: spec.theme.palettes),
                                                  editorialMemo: memo?.editorial).compose()
                part.texts = document.printedTexts
                part.figureErrors = FigureData.diagnostics(document)
                out.report = document
                out.reportFiles = (spec, structure)
            }
            reportPart = part
        }
        let unchecked = briefs.filter { slug in
            guard let memo, let key = keys?.briefs[slug] else { return true }
            return memo.passedBriefs[slug] != key
        }
        if !unchecked.isEmpty {
            var files: (spec: LayoutSpec, structure: BriefStructure)?
            if let memo, let known = memo.briefFiles, known.key == keys?.briefFiles {
                files = (known.spec, known.structure)
            } else {
                var spec: LayoutSpec?
                var structure: BriefStructure?
                let layoutRead = attempt { spec = try LayoutSpecLoader.load(path: briefLayoutPath, purpose: .brief) }
                let structureRead = attempt { structure = try BriefStructureLoader.load(path: briefStructurePath) }
                if layoutRead, structureRead, let spec, let structure {
                    files = (spec, structure)
                    if let memo, let key = keys?.briefFiles { memo.briefFiles = (key, spec, structure) }
                }
            }
            if let (spec, structure) = files {
                let composer = BriefComposer(edition: edition, structure: structure, heat: Self.heat(spec), observationPages: [:],
                                             creationDate: BuildEnvironment.sourceDateEpoch, accent: spec.theme.color("accent"),
                                             colors: ColorSystem(palettes: spec.theme.palettes))
                for slug in unchecked {
                    var part = Part(key: keys?.briefs[slug])
                    part.composed = attempt {
                        let document = try composer.compose(city: slug)
                        part.texts = document.printedTexts
                        part.figureErrors = FigureData.diagnostics(document)
                    }
                    briefParts.append((slug, part))
                }
            }
        }
        let parts = (reportPart.map { [$0] } ?? []) + briefParts.map(\.part)
        out.parts = (reportPart == nil ? [] : ["report"]) + briefParts.map { "brief:" + $0.slug }
        // The same chart fails for every brief: say it once.
        var seen = Set<String>()
        errors += parts.flatMap(\.figureErrors).filter { seen.insert($0.description).inserted }
        let texts = parts.flatMap(\.texts)
        if !texts.isEmpty { errors += checker.diagnostics(texts) }
        // A part passed when it composed, its figures draw and a font covers all its text.
        func passed(_ part: Part) -> Bool {
            part.composed && part.figureErrors.isEmpty && part.texts.allSatisfy { checker.isCovered($0.text) }
        }
        if let memo {
            if let reportPart, let key = reportPart.key, passed(reportPart) { memo.passedReport = key }
            for (slug, part) in briefParts { if let key = part.key, passed(part) { memo.passedBriefs[slug] = key } }
        }
        out.errors = errors
        return out
    }

    /// The print layout (its families checked against the fonts) and the report structure,
    /// with every template the structure names present in the layout; from `memo` when the
    /// files are as they were.
    private func reportFiles(memo: PreflightMemo?, families: [String]) throws -> (LayoutSpec, ReportStructure) {
        if let memo, let known = memo.reportFiles, known.key == keys?.reportFiles { return (known.spec, known.structure) }
        let spec = try LayoutSpecLoader.load(path: reportLayoutPath, purpose: .report, families: families)
        let structure = try ReportStructureLoader.load(path: structurePath)
        let templateProblems = StructureTemplateCheck.problems(structurePath: structurePath, layout: spec, layoutPath: reportLayoutPath)
        if !templateProblems.isEmpty { throw DiagnosticList(templateProblems) }
        if let memo, let key = keys?.reportFiles { memo.reportFiles = (key, spec, structure) }
        return (spec, structure)
    }

    static func heat(_ spec: LayoutSpec) -> HeatColors {
        HeatColors(stops: (spec.theme.palettes?["scores"] ?? []).compactMap { Color(hex: $0) })
    }
}
