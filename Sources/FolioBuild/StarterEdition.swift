//! `folio init DIR`: a new edition from the bundled starter (`Assets/editions/starter`).

import Foundation

/// Copies the starter edition, data rather than code: five invented cities, three dimensions
/// with unequal variable counts, every text the report structure names, one observation and
/// brief notes, each file explained in its `README.md` or in a comment.
public enum StarterEdition {
    /// The bundled starter folder (installed, checkout or `FOLIO_HOME`).
    public static var source: String { EditionPaths.bundled("editions/starter") }

    /// Writes the starter into `directory`, which must not exist or be an empty folder (an
    /// existing edition is never overwritten). Returns the files written, sorted.
    @discardableResult
    public static func create(at directory: String, from source: String = StarterEdition.source) throws -> [String] {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: source, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CommandFailure.internalError("error: \(source): the starter edition is missing; reinstall Folio or set FOLIO_HOME")
        }
        let target = URL(fileURLWithPath: directory).standardizedFileURL
        if fm.fileExists(atPath: target.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw CommandFailure.usage("error: \(directory) is a file; give a new folder for the edition")
            }
            let entries = try fm.contentsOfDirectory(atPath: target.path).filter { !$0.hasPrefix(".") }
            guard entries.isEmpty else {
                throw CommandFailure.usage("error: \(directory) is not empty; give a new or empty folder (nothing was written)")
            }
        }
        do {
            try fm.createDirectory(at: target, withIntermediateDirectories: true)
            var written: [String] = []
            let walker = fm.enumerator(atPath: source)
            while let relative = walker?.nextObject() as? String {
                let from = source + "/" + relative, to = target.appendingPathComponent(relative).path
                if fm.fileExists(atPath: from, isDirectory: &isDirectory), isDirectory.boolValue {
                    try fm.createDirectory(atPath: to, withIntermediateDirectories: true)
                } else {
                    try fm.copyItem(atPath: from, toPath: to)
                    // Installed resources may be read-only; the user's copy is theirs to edit.
                    try fm.setAttributes([.posixPermissions: 0o644], ofItemAtPath: to)
                    written.append(relative)
                }
            }
            return written.sorted()
        } catch {
            throw CommandFailure.internalError("error: cannot write the edition into \(target.path): \((error as NSError).localizedDescription)")
        }
    }
}
