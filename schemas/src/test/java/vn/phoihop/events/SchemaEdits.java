package vn.phoihop.events;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.avro.Schema;

/** Changes a developer might make to a record schema, to see what the build says about them. */
final class SchemaEdits {

    private SchemaEdits() {
    }

    static Schema withFieldAdded(Schema record, Schema.Field field) {
        return edited(record, fields -> {
            fields.add(field);
            return fields;
        });
    }

    static Schema withFieldsRemoved(Schema record, String... names) {
        return edited(record, fields -> {
            fields.removeIf(field -> List.of(names).contains(field.name()));
            return fields;
        });
    }

    static Schema withFieldReplaced(Schema record, String name, Schema.Field replacement) {
        return edited(record, fields -> {
            fields.replaceAll(field -> field.name().equals(name) ? replacement : field);
            return fields;
        });
    }

    private static Schema edited(Schema record, UnaryOperator<List<Schema.Field>> edit) {
        // a field belongs to one record, so the kept ones are copied
        List<Schema.Field> fields = new ArrayList<>();
        record.getFields().forEach(field -> fields.add(new Schema.Field(field, field.schema())));
        return Schema.createRecord(record.getName(), record.getDoc(), record.getNamespace(), false, edit.apply(fields));
    }
}
