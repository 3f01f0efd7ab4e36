package org.commissioningexplorer.core.data;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON parser's messages in plain words, with what to do. No parser text reaches the user: no "REDACTED"
 * source, no "enable JsonReadFeature…", no token names; what is not recognised below becomes a generic message.
 */
final class JsonMessages {

    private record Rule(Pattern pattern, String words) {
    }

    private static final String CUT = " The file may be cut short: check that it ends as it should, with '}'.";

    /** In order: the first that matches is used; {@code $1}, {@code $2} … are the pattern's groups. */
    private static final List<Rule> RULES = List.of(
            rule("^Unexpected end-of-input: expected close marker for (Object|Array) \\(start marker at .*?line: "
                    + "(\\d+), column: (\\d+)", "the file ends before the $1 that starts at line $2, column $3 is "
                    + "closed." + CUT),
            rule("^Unexpected end-of-input", "the file ends in the middle of a value." + CUT),
            rule("^Unexpected close marker '(.)': expected '(.)'", "'$1' here closes what needs '$2'; check the "
                    + "brackets and braces before it"),
            rule("^Unexpected character \\('(.{1,2})' \\(code \\d+\\)\\): was expecting double-quote to start field "
                    + "name", "expected a field name in double quotes here, not '$1' (is there a comma too many "
                    + "before it?)"),
            rule("^Unexpected character \\('(.{1,2})' \\(code \\d+\\)\\): was expecting comma to separate Object "
                    + "entries", "expected a comma or '}' here, not '$1' (is a comma missing before it?)"),
            rule("^Unexpected character \\('(.{1,2})' \\(code \\d+\\)\\): was expecting comma to separate Array "
                    + "entries", "expected a comma or ']' here, not '$1' (is a comma missing before it?)"),
            rule("^Unexpected character \\('(.{1,2})' \\(code \\d+\\)\\): was expecting a colon", "expected ':' "
                    + "after the field name here, not '$1'"),
            rule("^Unexpected character \\('(.{1,2})' \\(code (\\d+)\\)\\)?: expected a valid value",
                    "expected a value here (text in double quotes, a number, a list, an object, true, false or "
                    + "null), not '$1'"),
            rule("^Unexpected character \\('(.{1,2})' \\(code (\\d+)\\)\\)", "'$1' is not allowed here"),
            rule("^Unrecognized token '([^']{0,40})[^']*'", "'$1' is not a JSON value; text needs double quotes, "
                    + "and true, false and null are written in lower case"),
            rule("^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)", "a control character (code $1) "
                    + "is inside text here; remove it, or write it as an escape such as \\n"),
            rule("^Illegal character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)", "a control character (code $1) is here; "
                    + "remove it"),
            rule("^Unrecognized character escape '(.)'", "'\\$1' is not an escape JSON knows; write \\\\ for "
                    + "a backslash"),
            rule("^Invalid numeric value: Leading zeroes", "a number here starts with 0; write it without leading "
                    + "zeroes, or in double quotes if it is a code"),
            rule("^(Invalid numeric value|Unexpected character .* in numeric value|Non-standard token)",
                    "this number is not written as JSON numbers are (digits, an optional '-', '.' and exponent)"),
            rule("^Invalid UTF-8", "the file is not UTF-8 text from here on; save it with the UTF-8 encoding"));

    private JsonMessages() {
    }

    private static Rule rule(String regex, String words) {
        return new Rule(Pattern.compile(regex, Pattern.DOTALL), words);
    }

    /** The parser's message as a reader's words. */
    static String plain(String parserMessage) {
        String m = parserMessage == null ? "" : parserMessage;
        for (Rule r : RULES) {
            Matcher matcher = r.pattern().matcher(m);
            if (matcher.find()) {
                String out = r.words();
                for (int g = matcher.groupCount(); g >= 1; g--) {
                    out = out.replace("$" + g, matcher.group(g) == null ? "" : matcher.group(g));
                }
                return out.replace("the Object that", "the object that").replace("the Array that", "the list that");
            }
        }
        return "the JSON is malformed here; check the brackets, braces, commas and double quotes around this place";
    }
}
