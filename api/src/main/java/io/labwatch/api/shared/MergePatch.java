package io.labwatch.api.shared;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** RFC 7396 JSON merge patch over an object. */
final class MergePatch {

    private MergePatch() {
    }

    static void apply(ObjectNode target, ObjectNode patch) {
        for (Map.Entry<String, JsonNode> field : patch.properties()) {
            JsonNode value = field.getValue();
            if (value.isNull()) {
                target.putNull(field.getKey());
            } else if (value.isObject() && target.get(field.getKey()) instanceof ObjectNode existing) {
                apply(existing, (ObjectNode) value);
            } else {
                target.set(field.getKey(), value);
            }
        }
    }
}
