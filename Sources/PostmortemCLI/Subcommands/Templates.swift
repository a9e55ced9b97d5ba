import ArgumentParser
import Foundation
import PostmortemRendering

extension PostmortemCommand {
    /// Lists, exports and documents the built-in templates.
    struct Templates: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "templates",
            abstract: "List the built-in templates, or copy them to a folder to start your own.",
            discussion: """
                The built-in templates are compiled into postmortem. `templates export DIR` writes them \
                (with their partials and README.md, which documents every key a template can use) so \
                you can edit one and pass it to `postmortem report --template DIR/markdown/default.mustache`. \
                Partials are looked up in the partials/ folder beside your template or beside its folder.

                Examples:
                  postmortem templates list
                  postmortem templates export my-templates
                  postmortem templates keys
                """,
            subcommands: [List.self, Export.self, Keys.self],
            defaultSubcommand: List.self
        )

        /// Lists the built-ins.
        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "list", abstract: "List the built-in templates and partials.")

            func run() throws {
                try reportingFailures {
                    let docs = BuiltInTemplates.documents
                    let width = max(docs.map(\.name.count).max() ?? 0, 4)
                    var out = "NAME".padding(toLength: width, withPad: " ", startingAt: 0) + "  FORMAT    DESCRIPTION\n"
                    for d in docs {
                        out += d.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                            + d.format.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0) + "  " + d.summary + "\n"
                    }
                    out += "\nPartials (include with {{> NAME}}): " + BuiltInTemplates.partials.joined(separator: ", ") + "\n"
                    out += "Use one with: postmortem report EXPORT --template NAME (the part after / is enough when the format is known)\n"
                    try Console.out(out)
                }
            }
        }

        /// Copies the built-ins to a folder.
        struct Export: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "export",
                abstract: "Copy the built-in templates, partials and README.md into a folder.",
                discussion: "The folder is created when missing. Existing files are only replaced with --force.")

            @Argument(help: ArgumentHelp("The folder to write into.", valueName: "dir"))
            var directory: String

            @Flag(help: "Replace files that already exist.")
            var force = false

            func run() throws {
                try reportingFailures {
                    var files = BuiltInTemplates.files
                    files["README.md"] = BuiltInTemplates.readme
                    let paths = files.keys.sorted()
                    var isDirectory: ObjCBool = false
                    if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), !isDirectory.boolValue {
                        throw CLIError("cannot export into \(directory): it is a file", code: .cannotCreate)
                    }
                    if !force {
                        let existing = paths.filter { FileManager.default.fileExists(atPath: directory + "/" + $0) }
                        if !existing.isEmpty {
                            throw CLIError(
                                "\(directory) already holds \(existing.joined(separator: ", ")); use --force to overwrite", code: .cannotCreate)
                        }
                    }
                    var written: [String] = []
                    for rel in paths {
                        let target = directory + "/" + rel
                        let folder = OutputFile.folder(of: target)
                        do {
                            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                        } catch {
                            throw CLIError("cannot create folder \(folder): \((error as NSError).localizedFailureReason ?? error.localizedDescription)", code: .cannotCreate)
                        }
                        try OutputFile(path: target, force: force).write(files[rel] ?? "")
                        written.append(target)
                    }
                    try Console.out(written.map { $0 + "\n" }.joined())
                    Console.err("postmortem: exported \(written.count) files; render with: postmortem report EXPORT --template \(directory)/markdown/default.mustache")
                }
            }
        }

        /// Prints the template context's keys.
        struct Keys: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "keys",
                abstract: "Print every key a template can use, with its type and meaning (as in Templates/README.md).")

            func run() throws {
                try reportingFailures {
                    var out = ""
                    func walk(_ keys: [TemplateKey], prefix: String, indent: String) {
                        for key in keys {
                            out += "\(indent)\(prefix)\(key.name)  (\(key.typeName))  \(key.meaning)\n"
                            if let children = key.children, !children.isEmpty {
                                let childPrefix = key.typeName == "object" ? "\(prefix)\(key.name)." : ""
                                walk(children, prefix: childPrefix, indent: indent + "    ")
                            }
                        }
                    }
                    walk(TemplateContext.schema, prefix: "", indent: "")
                    try Console.out(out)
                }
            }
        }
    }
}
