//! Resolves `--layout` and `--structure` arguments to files: a path as given, or a name
//! looked up in the edition's folder and then in the bundled `Layouts/`.

import FolioGraphics
import Foundation

/// Finds layout and structure files.
///
/// - An argument with a `/` is a path, used as given (relative to the working directory).
/// - A bare name is looked up as `NAME` and, without a `.yaml`/`.yml` ending, as `NAME.yaml`:
///   first in the edition's folder (an edition may carry its own layouts), then in the
///   resources' `Layouts/` (`ResourceLocator`), then in the working directory.
/// - When nothing matches, the path in `Layouts/` is returned, so the error names where the
///   bundled layouts are.
public enum LayoutPaths {
    public static func path(_ name: String, edition: String? = nil) -> String {
        if name.contains("/") { return name }
        let names = hasYAMLExtension(name) ? [name] : [name + ".yaml", name]
        let layouts = ResourceLocator.find("Layouts") ?? "Layouts"
        var folders = [layouts, FileManager.default.currentDirectoryPath]
        if let edition, !edition.isEmpty { folders.insert(edition, at: 0) }
        for folder in folders {
            for candidate in names {
                let path = URL(fileURLWithPath: folder).appendingPathComponent(candidate).path
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                    return folder == layouts ? layouts + "/" + candidate : path
                }
            }
        }
        return layouts + "/" + names[0]
    }

    static func hasYAMLExtension(_ name: String) -> Bool {
        name.hasSuffix(".yaml") || name.hasSuffix(".yml")
    }

}
