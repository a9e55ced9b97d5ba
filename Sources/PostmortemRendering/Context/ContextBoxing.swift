/// Turns the template context into nested dictionaries once, before rendering.
///
/// swift-mustache reads a struct's fields through `Mirror`, reflecting every field of the value on
/// each `{{key}}` lookup; a report looks keys up thousands of times. Dictionaries are looked up
/// directly (they conform to `MustacheParent`). Only our own context types are converted; a nil
/// field is left out, so the lookup moves up the context stack as it does with `Mirror`.
enum ContextBoxing {
    static func box(_ value: Any) -> Any {
        switch value {
        case is String, is Bool, is Int, is Double, is OptionalText: return value
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            guard let wrapped = mirror.children.first?.value else { return value }
            return box(wrapped)
        case .collection:
            return mirror.children.map { box($0.value) }
        case .struct where isOurs(value):
            var fields: [String: Any] = [:]
            for child in mirror.children {
                guard let label = child.label, let present = unwrapped(child.value) else { continue }
                fields[label] = box(present)
            }
            return fields
        default:
            return value
        }
    }

    private static func isOurs(_ value: Any) -> Bool {
        String(reflecting: type(of: value)).hasPrefix("PostmortemRendering.")
    }

    /// The value an Optional holds, nil for none; any other value as it is.
    private static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }
}
