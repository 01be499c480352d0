import Foundation

/// A JSON Schema (draft 2020-12) of playbook format version 1, so that editors check a
/// playbook while it is typed. It says what `playbook lint` says about the shape of a
/// file: required keys, unknown keys refused, step kinds and their keys, input types,
/// outcomes, levels, service keys, registered facets and each action's parameters.
/// Graph checks (unknown steps, reachability, expressions) remain lint's.
public enum PlaybookSchema {
    /// The draft the schema is written in.
    public static let draft = "https://json-schema.org/draft/2020-12/schema"
    /// The pattern of ids, as `Identifier.isValid` checks them.
    public static let idPattern = "^[a-z][a-z0-9_-]{0,63}$"
    /// The pattern of action ids, `<facet>.<action>`.
    public static let actionPattern = "^[a-z][a-z0-9_-]*\\.[a-z][a-z0-9_-]*$"

    /// The schema as pretty-printed JSON with sorted keys; facets and actions come from `registry`.
    public static func json(registry: FacetRegistry) -> String {
        let data = try! JSONSerialization.data(
            withJSONObject: schema(registry: registry), options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The schema as a JSON object tree.
    public static func schema(registry: FacetRegistry) -> [String: Any] {
        let id = "[a-z][a-z0-9_-]{0,63}"
        let text: [String: Any] = [
            "type": ["string", "number", "boolean"],
            "description": "Text (a number or true/false is read as its written text).",
        ]
        let facet: [String: Any] =
            registry.ids.isEmpty
            ? ["$ref": "#/$defs/id"]
            : ["enum": registry.ids, "description": "A registered facet."]
        let kindChecks: [[String: Any]] = PlaybookDecoder.kindKeys.map { entry in
            ["if": ["required": [entry.key]], "then": ["$ref": "#/$defs/\(entry.kind)Step"]]
        }
        let information: [String: Any] = [
            "if": ["not": ["anyOf": PlaybookDecoder.kindKeys.map { ["required": [$0.key]] }]],
            "then": ["$ref": "#/$defs/informationStep"],
        ]
        let defs: [String: Any] = [
            "id": [
                "type": "string", "pattern": idPattern,
                "description": "Lowercase letters, digits, '-' and '_', starting with a letter; at most 64 characters.",
            ],
            "text": text,
            "template": text.merging(["description": "Markdown text; may hold {{ expression }} placeholders."]) { _, new in new },
            "date": ["type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "description": "A day, YYYY-MM-DD."],
            "target": [
                "type": "string", "pattern": "^(\(id)|playbook:\(id)(#\(id))?)$",
                "description": "A step of this playbook, 'playbook:<id>' (another playbook's start) or 'playbook:<id>#<step>'.",
            ],
            "step": [
                "type": "object",
                "description": "A step; its kind follows from its keys: options, input, checklist, action, route, end, or none (information).",
                "allOf": kindChecks + [information],
            ],
            "questionStep": questionStep,
            "option": object(required: ["label", "next"], ["label": ref("text"), "value": ref("text"), "next": ref("target")]),
            "choice": object(required: ["label"], ["label": ref("text"), "value": ref("text")]),
            "inputStep": step(required: ["ask", "input", "next"], [
                "ask": ref("template"),
                "input": ["enum": InputType.allCases.map(\.rawValue), "description": "The type of answer to type in."],
                "next": ref("target"),
            ]),
            "informationStep": step(required: ["say", "next"], ["next": ref("target")]),
            "checklistStep": step(required: ["checklist", "next"], [
                "checklist": ["type": "array", "minItems": 1, "items": ref("checklistItem")],
                "next": ref("target"),
            ]),
            "checklistItem": object(required: ["id", "text"], [
                "id": ref("id"), "text": ref("text"), "optional": ["type": "boolean"],
                "level": ["enum": ChecklistItem.Level.allCases.map(\.rawValue)],
            ]),
            "actionStep": actionStep(registry: registry),
            "parameterValue": [
                "type": ["string", "number", "boolean", "null", "array"], "items": ref("parameterValue"),
                "description": "Text (may hold {{ expression }}), a number, true/false, null, or a list of these.",
            ],
            "routingStep": step(required: ["route"], [
                "route": [
                    "type": "array", "minItems": 1,
                    "items": ["oneOf": [ref("route"), ref("otherwise")]],
                    "contains": ref("otherwise"), "minContains": 1, "maxContains": 1,
                    "description": "Routes in order; the first whose condition holds decides; '- otherwise: <step>' comes last.",
                ]
            ]),
            "route": object(required: ["when", "next"], ["when": ref("text"), "next": ref("target")]),
            "otherwise": object(required: ["otherwise"], ["otherwise": ref("target")]),
            "endStep": step(required: ["end"], [
                "end": ["enum": EndOutcome.allCases.map(\.rawValue), "description": "How things stand at this end."],
                "refer": [
                    "type": "array", "items": ["enum": ResponderDirectory.serviceKeys.sorted()],
                    "description": "Services to find in the responder directory.",
                ],
            ]),
        ]
        return [
            "$schema": draft,
            "title": "Playbook (format version 1)",
            "description": "An incident playbook: one facet's guidance for one situation, as a graph of steps. See docs/playbook-format.md.",
            "type": "object",
            "required": ["id", "title", "facet", "summary", "reviewed", "steps"],
            "additionalProperties": false,
            "properties": [
                "id": ref("id"),
                "title": ref("text"),
                "facet": facet,
                "summary": ref("text"),
                "language": ref("text"),
                "reviewed": ref("date"),
                "authors": ref("text"),
                "start": ref("id"),
                "steps": [
                    "type": "object", "minProperties": 1, "propertyNames": ref("id"),
                    "additionalProperties": ref("step"),
                    "description": "Step id to step, in authoring order.",
                ] as [String: Any],
            ] as [String: Any],
            "$defs": defs,
        ]
    }

    private static var questionStep: [String: Any] {
        var schema = step(required: ["ask", "options"], [
            "ask": ref("template"),
            "options": ["type": "array", "minItems": 1],
            "multiple": ["type": "boolean"],
            "remember": [
                "enum": ReferralProfile.Field.allCases.map(\.rawValue),
                "description": "What the answer tells about the person, used to pick referrals for the rest of the session.",
            ] as [String: Any],
            "next": ref("target"),
        ])
        schema["if"] = ["required": ["multiple"], "properties": ["multiple": ["const": true]]]
        schema["then"] = ["required": ["next"], "properties": ["options": ["items": ref("choice")]]]
        schema["else"] = ["not": ["required": ["next"]], "properties": ["options": ["items": ref("option")]]]
        return schema
    }

    private static func actionStep(registry: FacetRegistry) -> [String: Any] {
        var schema = step(required: ["action", "next"], [
            "action": ["type": "string", "pattern": actionPattern, "description": "The action to run, <facet>.<action>."],
            "with": ["type": "object", "additionalProperties": ref("parameterValue")],
            "next": ref("target"),
        ])
        var checks: [[String: Any]] = []
        for actionID in registry.actionIDs {
            guard let descriptor = registry.action(actionID)?.action else { continue }
            let required = descriptor.parameters.filter(\.required).map(\.name)
            var with: [String: Any] = ["propertyNames": ["enum": descriptor.parameters.map(\.name)]]
            if !required.isEmpty { with["required"] = required }
            var then: [String: Any] = ["properties": ["with": with]]
            if !required.isEmpty { then["required"] = ["with"] }
            checks.append(["if": ["required": ["action"], "properties": ["action": ["const": actionID]]], "then": then])
        }
        if !checks.isEmpty { schema["allOf"] = checks }
        return schema
    }

    /// A step kind: its own keys plus `say` and `note`, nothing else.
    private static func step(required: [String], _ properties: [String: Any]) -> [String: Any] {
        let common: [String: Any] = ["say": ref("template"), "note": ref("text")]
        return object(required: required, common.merging(properties) { _, own in own })
    }

    private static func object(required: [String], _ properties: [String: Any]) -> [String: Any] {
        ["type": "object", "required": required, "properties": properties, "additionalProperties": false]
    }

    private static func ref(_ name: String) -> [String: Any] {
        ["$ref": "#/$defs/\(name)"]
    }
}
