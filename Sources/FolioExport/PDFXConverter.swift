//! Optional CMYK PDF/X-3 conversion of a print-ready PDF with Ghostscript (Cairo writes RGB only).

import FolioPage
import Foundation

/// Converts an RGB print-ready PDF to PDF/X-3:2002 with a CMYK output intent, using
/// Ghostscript's `pdfwrite` (`-dPDFX`, `ColorConversionStrategy=CMYK`). The output intent
/// embeds `profile` (default: Ghostscript's `default_cmyk.icc`, a SWOP-like profile,
/// declared as `CGATS TR001`); a print shop's own profile can be given instead.
///
/// Ghostscript rewrites the whole file: the structure tree is not kept (a PDF/X file is for
/// the press, the tagged `report.pdf` is for readers), and link annotations must already be
/// gone (they are not allowed in PDF/X; `PrintPreparer` drops them).
public struct PDFXConverter: Sendable {
    public var profile: String
    public var outputConditionIdentifier: String

    public init(profile: String = "/usr/share/color/icc/ghostscript/default_cmyk.icc",
                outputConditionIdentifier: String = "CGATS TR001") {
        self.profile = profile; self.outputConditionIdentifier = outputConditionIdentifier
    }

    /// True when Ghostscript is installed.
    public static var isAvailable: Bool { Self.which("gs") != nil }

    /// The first executable called `name` on the PATH.
    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    public func convert(_ input: String, to output: String, title: String) throws {
        guard let gs = Self.which("gs") else {
            throw ExportError.postProcess("PDF/X needs Ghostscript (apt-get install ghostscript)")
        }
        guard FileManager.default.isReadableFile(atPath: profile) else {
            throw ExportError.postProcess("\(profile): cannot read the CMYK output profile")
        }
        let definitions = output + ".pdfx.ps"
        try pdfxDefinitions(title: title).write(toFile: definitions, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: definitions) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: gs)
        process.arguments = ["-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "--permit-file-read=" + profile,
                             "-sDEVICE=pdfwrite", "-dPDFX", "-sColorConversionStrategy=CMYK", "-sProcessColorModel=DeviceCMYK",
                             "-sOutputFile=" + output, definitions, input]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = err
        try process.run()
        let messages = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ExportError.postProcess("ghostscript failed: \(messages)") }
        if messages.contains("reverting to normal PDF") {
            throw ExportError.postProcess("ghostscript could not write PDF/X: \(messages)")
        }
    }

    /// The pdfmarks of Ghostscript's `PDFX_def.ps`, with our title, profile and condition.
    /// Strings are PostScript hex strings, so no text needs escaping.
    func pdfxDefinitions(title: String) -> String {
        func hex(_ s: String) -> String {
            "<FEFF" + s.utf16.map { String(format: "%04X", $0) }.joined() + ">"
        }
        func ascii(_ s: String) -> String { "<" + s.utf8.map { String(format: "%02X", $0) }.joined() + ">" }
        return """
        %!PS
        [ /GTS_PDFXVersion (PDF/X-3:2002) /Title \(hex(title)) /Trapped /False /DOCINFO pdfmark
        [/_objdef {icc_PDFX} /type /stream /OBJ pdfmark
        [{icc_PDFX} << /N 4 >> /PUT pdfmark
        [{icc_PDFX} \(ascii(profile)) (r) file /PUT pdfmark
        [/_objdef {OutputIntent_PDFX} /type /dict /OBJ pdfmark
        [{OutputIntent_PDFX} << /Type /OutputIntent /S /GTS_PDFX /OutputCondition (Commercial and specialty printing)
          /Info (none) /OutputConditionIdentifier \(ascii(outputConditionIdentifier)) /RegistryName (http://www.color.org)
          /DestOutputProfile {icc_PDFX} >> /PUT pdfmark
        [{Catalog} << /OutputIntents [ {OutputIntent_PDFX} ] >> /PUT pdfmark

        """
    }
}
