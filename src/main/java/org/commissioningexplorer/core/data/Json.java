package org.commissioningexplorer.core.data;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A parsed JSON value that remembers where it was written, so problems can point at it. */
public sealed interface Json {

    Position position();

    /** "an object", "a string", … for messages such as "must be a string, not a number". */
    String typeName();

    record Obj(Map<String, Member> members, Position position) implements Json {
        public Obj {
            members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }

        public Json get(String key) {
            Member m = members.get(key);
            return m == null ? null : m.value();
        }

        @Override
        public String typeName() {
            return "an object";
        }
    }

    record Member(String key, Position keyPosition, Json value) {
    }

    record Arr(List<Json> items, Position position) implements Json {
        public Arr {
            items = List.copyOf(items);
        }

        @Override
        public String typeName() {
            return "a list";
        }
    }

    record Str(String value, Position position) implements Json {
        @Override
        public String typeName() {
            return "a string";
        }
    }

    record Num(BigDecimal value, Position position) implements Json {
        @Override
        public String typeName() {
            return "a number";
        }
    }

    record Bool(boolean value, Position position) implements Json {
        @Override
        public String typeName() {
            return "true/false";
        }
    }

    record Null(Position position) implements Json {
        @Override
        public String typeName() {
            return "null";
        }
    }
}
