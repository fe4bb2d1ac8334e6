package vn.phoihop.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * PostgreSQL's text cannot hold U+0000, so a request string with one would fail at the insert as a server error.
 * Refused while reading instead, which makes it a 400 naming the field like any other unreadable value.
 */
final class StorableText extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        String text = super.deserialize(parser, context);
        if (text != null && text.indexOf('\u0000') >= 0) {
            return (String) context.handleWeirdStringValue(String.class, text, "contains U+0000, which cannot be stored");
        }
        return text;
    }

}
