import Foundation
import Testing

@testable import PlaybookKit

@Suite("playbook schema: the JSON Schema of format v1")
struct PlaybookSchemaTests {
    static let registry = FacetRegistry([ObservingFacet(), EmptyFacet(id: "legal")])

    func schema() throws -> [String: Any] {
        let data = Data(PlaybookSchema.json(registry: Self.registry).utf8)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test("is JSON of draft 2020-12 with the top level of a playbook, refusing unknown keys")
    func topLevel() throws {
        let schema = try schema()
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(schema["type"] as? String == "object")
        #expect(schema["additionalProperties"] as? Bool == false)
        #expect(Set(schema["required"] as? [String] ?? []) == ["id", "title", "facet", "summary", "reviewed", "steps"])
        let properties = try #require(schema["properties"] as? [String: Any])
        #expect(Set(properties.keys) == Set(PlaybookDecoder.topLevelKeys))
        let facet = try #require(properties["facet"] as? [String: Any])
        #expect(facet["enum"] as? [String] == ["care", "legal"])
    }

    @Test("every step kind has its keys, plus say and note, and nothing else")
    func stepKinds() throws {
        let defs = try #require(try schema()["$defs"] as? [String: Any])
        let expected: [String: [String]] = [
            "questionStep": ["ask", "options", "multiple", "remember", "next"], "inputStep": ["ask", "input", "next"],
            "informationStep": ["next"], "checklistStep": ["checklist", "next"], "actionStep": ["action", "with", "next"],
            "routingStep": ["route"], "endStep": ["end", "refer"],
        ]
        for (name, keys) in expected {
            let kind = try #require(defs[name] as? [String: Any], "\(name)")
            #expect(kind["additionalProperties"] as? Bool == false, "\(name)")
            let properties = try #require(kind["properties"] as? [String: Any])
            #expect(Set(properties.keys) == Set(keys + ["say", "note"]), "\(name)")
        }
        let step = try #require(defs["step"] as? [String: Any])
        #expect((step["allOf"] as? [Any])?.count == 7)
    }

    @Test("enumerates input types, outcomes, levels and service keys; actions by pattern and parameters")
    func enums() throws {
        let defs = try #require(try schema()["$defs"] as? [String: Any])
        func property(_ def: String, _ key: String) -> [String: Any]? {
            ((defs[def] as? [String: Any])?["properties"] as? [String: Any])?[key] as? [String: Any]
        }
        #expect(property("inputStep", "input")?["enum"] as? [String] == ["text", "number", "date", "url", "yes-no"])
        #expect(property("endStep", "end")?["enum"] as? [String] == ["resolved", "referred", "escalated", "monitoring"])
        #expect(property("checklistItem", "level")?["enum"] as? [String] == ["beginner", "advanced"])
        let refer = try #require(property("endStep", "refer")?["items"] as? [String: Any])
        #expect(Set(refer["enum"] as? [String] ?? []) == ResponderDirectory.serviceKeys)
        let action = try #require(property("actionStep", "action"))
        let pattern = try #require(action["pattern"] as? String)
        let regex = try Regex(pattern)
        #expect("care.observe".wholeMatch(of: regex) != nil)
        #expect("care".wholeMatch(of: regex) == nil)
        let checks = try #require((defs["actionStep"] as? [String: Any])?["allOf"] as? [[String: Any]])
        #expect(checks.count == 1)
        let idPattern = try Regex(PlaybookSchema.idPattern)
        #expect("site-url".wholeMatch(of: idPattern) != nil)
        #expect("Site".wholeMatch(of: idPattern) == nil)
        #expect(String(repeating: "a", count: 65).wholeMatch(of: idPattern) == nil)
    }
}
