import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Records everything an XML parse reports, the way that catches libxml2's lenient failures.
public final class XMLInspector: NSObject, XMLParserDelegate {
    /// Errors reported, with line numbers and libxml2 codes.
    public var errors: [String] = []
    /// Element names, in document order.
    public var elements: [String] = []
    /// Every attribute seen.
    public var attributes: [(element: String, name: String, value: String)] = []

    /// Attribute names, lower-cased.
    public var attributeNames: [String] { attributes.map { $0.name.lowercased() } }

    public func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        errors.append("line \(parser.lineNumber): code \((parseError as NSError).code)")
    }

    public func parser(_ parser: XMLParser, validationErrorOccurred validationError: any Error) {
        errors.append("validation, line \(parser.lineNumber): code \((validationError as NSError).code)")
    }

    public func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        elements.append(elementName)
        for (name, value) in attributeDict.sorted(by: { $0.key < $1.key }) { attributes.append((elementName, name, value)) }
    }

    /// Parses `text`; the list of problems is empty only for a well-formed document.
    public static func inspect(_ text: String) -> (XMLInspector, [String]) {
        let inspector = XMLInspector()
        guard !text.isEmpty else { return (inspector, ["empty document"]) }
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = inspector
        let ok = parser.parse()
        var problems = inspector.errors
        if !ok { problems.append("parse() returned false") }
        if let e = parser.parserError { problems.append("parserError code \((e as NSError).code)") }
        if inspector.elements.isEmpty { problems.append("no element seen") }
        return (inspector, problems)
    }
}
