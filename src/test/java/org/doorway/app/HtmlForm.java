package org.doorway.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the fields a browser would submit from a console page's form: text
 * inputs, ticked checkboxes, textareas and selected options. Enough for the
 * console's own, regular markup; not a general HTML parser.
 */
final class HtmlForm {
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.DOTALL);
    private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);
    private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>", Pattern.DOTALL);

    private HtmlForm() {}

    /** The fields of the form whose action is {@code action}. */
    static Map<String, String> fields(String html, String action) {
        int start = html.indexOf("action=\"" + action + "\"");
        if (start < 0) {
            throw new AssertionError("no form with action " + action + " in:\n" + html);
        }
        String form = html.substring(start, html.indexOf("</form>", start));
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(form);
        while (input.find()) {
            String attributes = input.group(1);
            String name = attribute(attributes, "name");
            boolean checkbox = "checkbox".equals(attribute(attributes, "type"));
            if (name != null && (!checkbox || attributes.matches("(?s).*\\schecked\\b.*"))) {
                fields.put(name, value(attribute(attributes, "value")));
            }
        }
        Matcher textarea = TEXTAREA.matcher(form);
        while (textarea.find()) {
            fields.put(attribute(textarea.group(1), "name"), unescape(textarea.group(2)));
        }
        Matcher select = SELECT.matcher(form);
        while (select.find()) {
            String chosen = "";
            Matcher option = OPTION.matcher(select.group(2));
            while (option.find()) {
                if (option.group(1).matches("(?s).*\\sselected\\b.*")) {
                    chosen = value(attribute(option.group(1), "value"));
                }
            }
            fields.put(attribute(select.group(1), "name"), chosen);
        }
        return fields;
    }

    private static String value(String raw) {
        return raw == null ? "" : unescape(raw);
    }

    private static String attribute(String attributes, String name) {
        Matcher matcher = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(" " + attributes);
        return matcher.find() ? matcher.group(1) : null;
    }

    static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&");
    }
}
