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

    /// The errors, and the report as composed for the check: a build lays out that document
    /// rather than composing the same one again.
    public func check(_ edition: Edition) -> (errors: [Diagnostic], report: Document?) {
        var errors: [Diagnostic] = []
        var composed: Document?
        var texts: [PrintedText] = []
        var figureErrors: [Diagnostic] = []
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
        if report {
            _ = attempt {
                let spec = try LayoutSpecLoader.load(path: reportLayoutPath, purpose: .report)
                let structure = try ReportStructureLoader.load(path: structurePath)
                let templateProblems = StructureTemplateCheck.problems(structurePath: structurePath, layout: spec, layoutPath: reportLayoutPath)
                if !templateProblems.isEmpty { throw DiagnosticList(templateProblems) }
                let document = try ReportComposer(edition: edition, structure: structure, heat: Self.heat(spec),
                                                  creationDate: BuildEnvironment.sourceDateEpoch,
                                                  colors: ColorSystem(palettes: spec.theme.palettes)).compose()
                texts += document.printedTexts
                figureErrors += FigureData.diagnostics(document)
                composed = document
            }
        }
        if !briefs.isEmpty {
            var spec: LayoutSpec?
            var structure: BriefStructure?
            let layoutRead = attempt { spec = try LayoutSpecLoader.load(path: briefLayoutPath, purpose: .brief) }
            let structureRead = attempt { structure = try BriefStructureLoader.load(path: briefStructurePath) }
            if layoutRead, structureRead, let spec, let structure {
                let composer = BriefComposer(edition: edition, structure: structure, heat: Self.heat(spec), observationPages: [:],
                                             creationDate: BuildEnvironment.sourceDateEpoch, accent: spec.theme.color("accent"),
                                             colors: ColorSystem(palettes: spec.theme.palettes))
                for slug in briefs {
                    _ = attempt {
                        let document = try composer.compose(city: slug)
                        texts += document.printedTexts
                        figureErrors += FigureData.diagnostics(document)
                    }
                }
            }
        }
        // The same chart fails for every brief: say it once.
        var seen = Set<String>()
        errors += figureErrors.filter { seen.insert($0.description).inserted }
        guard !texts.isEmpty else { return (errors, composed) }
        do {
            errors += try (coverage ?? GlyphCoverage(fonts: try FontSet(directory: FontSet.defaultDirectory()))).diagnostics(texts)
        } catch {
            errors.append(.error("\(error)"))
        }
        return (errors, composed)
    }

    static func heat(_ spec: LayoutSpec) -> HeatColors {
        HeatColors(stops: (spec.theme.palettes?["scores"] ?? []).compactMap { Color(hex: $0) })
    }
}
