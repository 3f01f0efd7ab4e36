package org.commissioningexplorer.data;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commissioningexplorer.core.data.DatasetLoader;
import org.commissioningexplorer.core.data.LoadResult;
import org.commissioningexplorer.core.data.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damages the bundled dataset's hand-written files thousands of ways, with a fixed seed, and loads each result:
 * loading either succeeds or reports problems with a file and a position; it never throws and never takes long.
 * The main file and its two hand-written parts are used (the generated parts are large and made by the
 * importer, so they are left out to keep the run short); every mutation kind runs on each file.
 */
class DatasetFuzzTest {

    private static final long SEED = 20261201L;
    private static final int CASES = 2400;
    /** Far more than a load of these files takes; a case over it is a hang. */
    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final List<String> FILES = List.of("dataset.json", "national.json", "norfolk.json");
    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\": ");
    private static final Pattern ID_VALUE = Pattern.compile("\"id\": \"([^\"]+)\"");

    @TempDir
    Path tmp;

    private final Random random = new Random(SEED);

    @Test
    void everyDamagedDatasetLoadsOrReportsProblemsWithPositions() throws IOException {
        Path src = Path.of("resources");
        List<byte[]> originals = new ArrayList<>();
        for (String f : FILES) {
            originals.add(Files.readAllBytes(src.resolve(f)));
        }
        String main = new String(originals.get(0), StandardCharsets.UTF_8);
        // Only the hand-written parts: a short include list keeps each load quick.
        originals.set(0, main.replaceAll("(?s)\"include\": \\[.*?\\]",
                "\"include\": [\"national.json\", \"norfolk.json\"]").getBytes(StandardCharsets.UTF_8));
        List<String> failures = new ArrayList<>();
        for (int n = 0; n < CASES; n++) {
            Path dir = Files.createDirectories(tmp.resolve("case" + n));
            for (int i = 0; i < FILES.size(); i++) {
                Files.write(dir.resolve(FILES.get(i)), originals.get(i));
            }
            int target = n % FILES.size();
            int kind = (n / FILES.size()) % Mutation.values().length;
            Mutation m = Mutation.values()[kind];
            byte[] damaged = m.apply(originals.get(target), random);
            Files.write(dir.resolve(FILES.get(target)), damaged);
            String what = "case " + n + ": " + m + " of " + FILES.get(target);
            try {
                LoadResult r = assertTimeoutPreemptively(BOUND, () -> DatasetLoader.load(dir.resolve("dataset.json")),
                        what + " took longer than " + BOUND);
                if (!r.ok() && r.errors().isEmpty()) {
                    failures.add(what + ": not loaded, yet no error reported");
                }
                for (Problem p : r.problems()) {
                    if (p.position() == null || p.position().file() == null || p.position().line() < 1
                            || p.position().column() < 1) {
                        failures.add(what + ": a problem without a position: " + p);
                    }
                    if (p.message().contains("REDACTED") || p.message().contains("JsonReadFeature")
                            || p.message().contains("Exception")) {
                        failures.add(what + ": parser or developer text reaches the user: " + p);
                    }
                }
            } catch (RuntimeException | Error e) {
                if (e instanceof org.opentest4j.AssertionFailedError a && a.getMessage().contains("took longer")) {
                    failures.add(a.getMessage());
                } else {
                    failures.add(what + ": threw " + e);
                }
            }
            if (failures.size() > 20) {
                break;
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " damaged datasets were not handled:\n" + String.join("\n", failures));
        }
        assertTrue(CASES >= 2000);
    }

    /** One way of damaging a file. */
    private enum Mutation {
        TRUNCATE {
            byte[] apply(byte[] b, Random r) {
                return java.util.Arrays.copyOf(b, r.nextInt(b.length));
            }
        },
        FLIP_BYTES {
            byte[] apply(byte[] b, Random r) {
                byte[] c = b.clone();
                for (int i = 1 + r.nextInt(8); i > 0; i--) {
                    c[r.nextInt(c.length)] ^= (byte) (1 << r.nextInt(8));
                }
                return c;
            }
        },
        INVALID_UTF8 {
            byte[] apply(byte[] b, Random r) {
                return insert(b, r.nextInt(b.length), new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
            }
        },
        BOM {
            byte[] apply(byte[] b, Random r) {
                return insert(b, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
        },
        NUL {
            byte[] apply(byte[] b, Random r) {
                return insert(b, r.nextInt(b.length), new byte[] {0});
            }
        },
        WRONG_TYPE {
            byte[] apply(byte[] b, Random r) {
                String s = text(b);
                List<int[]> at = matches(FIELD.matcher(s));
                if (at.isEmpty()) {
                    return b;
                }
                int[] f = at.get(r.nextInt(at.size()));
                String[] values = {"42", "true", "null", "[]", "{}", "\"x\"", "-1", "1e999", "[1, [2, [3]]]"};
                // Replace the value's first token by a value of another type; the rest may become junk.
                int start = f[1];
                int end = valueEnd(s, start);
                return bytes(s.substring(0, start) + values[r.nextInt(values.length)] + s.substring(end));
            }
        },
        DELETE_FIELD {
            byte[] apply(byte[] b, Random r) {
                String s = text(b);
                List<int[]> at = matches(FIELD.matcher(s));
                if (at.isEmpty()) {
                    return b;
                }
                int[] f = at.get(r.nextInt(at.size()));
                int end = valueEnd(s, f[1]);
                if (end < s.length() && s.charAt(end) == ',') {
                    end++;
                }
                return bytes(s.substring(0, f[0]) + s.substring(end));
            }
        },
        DUPLICATE_FIELD {
            byte[] apply(byte[] b, Random r) {
                String s = text(b);
                List<int[]> at = matches(FIELD.matcher(s));
                if (at.isEmpty()) {
                    return b;
                }
                int[] f = at.get(r.nextInt(at.size()));
                int end = valueEnd(s, f[1]);
                return bytes(s.substring(0, end) + ", " + s.substring(f[0], end) + s.substring(end));
            }
        },
        SWAP_IDS {
            byte[] apply(byte[] b, Random r) {
                String s = text(b);
                List<String> ids = new ArrayList<>();
                Matcher m = ID_VALUE.matcher(s);
                while (m.find()) {
                    ids.add(m.group(1));
                }
                if (ids.size() < 2) {
                    return b;
                }
                String a = ids.get(r.nextInt(ids.size()));
                String c = ids.get(r.nextInt(ids.size()));
                return bytes(s.replace("\"" + a + "\"", "\"\u0000swap\"").replace("\"" + c + "\"", "\"" + a + "\"")
                        .replace("\"\u0000swap\"", "\"" + c + "\""));
            }
        },
        CYCLE {
            byte[] apply(byte[] b, Random r) {
                // Every parent becomes the body's own id or another's: cycles through the tree.
                String s = text(b);
                List<String> ids = new ArrayList<>();
                Matcher m = ID_VALUE.matcher(s);
                while (m.find()) {
                    ids.add(m.group(1));
                }
                if (ids.isEmpty()) {
                    return b;
                }
                String target = ids.get(r.nextInt(ids.size()));
                return bytes(s.replaceAll("\"parent\": \"[^\"]*\"", "\"parent\": \"" + target + "\""));
            }
        },
        HUGE_VALUE {
            byte[] apply(byte[] b, Random r) {
                String s = text(b);
                int i = s.indexOf("\"summary\": \"");
                if (i < 0) {
                    i = s.indexOf("\"title\": \"");
                }
                if (i < 0) {
                    return b;
                }
                int q = s.indexOf('"', s.indexOf(':', i) + 1) + 1;
                return bytes(s.substring(0, q) + "x".repeat(200_000 + r.nextInt(100_000)) + s.substring(q));
            }
        },
        EMPTY_VALUES {
            byte[] apply(byte[] b, Random r) {
                return bytes(text(b).replaceAll("\": \"[^\"]*\"", "\": \"\""));
            }
        },
        DEEP_NESTING {
            byte[] apply(byte[] b, Random r) {
                int depth = 1000 + r.nextInt(20_000);
                String s = text(b);
                int i = s.indexOf("\"bodies\": [");
                String deep = "[".repeat(depth) + "]".repeat(r.nextBoolean() ? depth : depth / 2);
                return i < 0 ? bytes(deep) : bytes(s.substring(0, i) + "\"deep\": " + deep + ", " + s.substring(i));
            }
        },
        INCLUDE_TRICKS {
            byte[] apply(byte[] b, Random r) {
                String s = text(b);
                String[] includes = {"\"dataset.json\"", "\"../dataset.json\"", "\"/etc/passwd\"", "\"\"", "\".\"",
                        "\"national.json\", \"national.json\"", "\"nul\\u0000.json\"", "\"C:\\\\x.json\"", "42",
                        "\"generated\"", "\"" + "a/".repeat(300) + "x.json\""};
                String inc = includes[r.nextInt(includes.length)];
                if (s.contains("\"include\": [")) {
                    return bytes(s.replaceFirst("\"include\": \\[", "\"include\": [" + inc.replace("\\", "\\\\")
                            + ", "));
                }
                return bytes(s.replaceFirst("\\{", "{\"include\": [" + inc.replace("\\", "\\\\") + "], "));
            }
        };

        abstract byte[] apply(byte[] b, Random r);

        static String text(byte[] b) {
            return new String(b, StandardCharsets.UTF_8);
        }

        static byte[] bytes(String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }

        static byte[] insert(byte[] b, int at, byte[] what) {
            byte[] c = new byte[b.length + what.length];
            System.arraycopy(b, 0, c, 0, at);
            System.arraycopy(what, 0, c, at, what.length);
            System.arraycopy(b, at, c, at + what.length, b.length - at);
            return c;
        }

        /** Each field's start and the start of its value. */
        static List<int[]> matches(Matcher m) {
            List<int[]> out = new ArrayList<>();
            while (m.find()) {
                out.add(new int[] {m.start(), m.end()});
            }
            return out;
        }

        /** Where the value starting at {@code start} ends: a string, a number or word, or a balanced [ ] / { }. */
        static int valueEnd(String s, int start) {
            if (start >= s.length()) {
                return s.length();
            }
            char c = s.charAt(start);
            if (c == '"') {
                int i = start + 1;
                while (i < s.length() && s.charAt(i) != '"') {
                    i += s.charAt(i) == '\\' ? 2 : 1;
                }
                return Math.min(s.length(), i + 1);
            }
            if (c == '[' || c == '{') {
                int depth = 0;
                boolean inString = false;
                for (int i = start; i < s.length(); i++) {
                    char x = s.charAt(i);
                    if (inString) {
                        if (x == '\\') {
                            i++;
                        } else if (x == '"') {
                            inString = false;
                        }
                    } else if (x == '"') {
                        inString = true;
                    } else if (x == '[' || x == '{') {
                        depth++;
                    } else if ((x == ']' || x == '}') && --depth == 0) {
                        return i + 1;
                    }
                }
                return s.length();
            }
            int i = start;
            while (i < s.length() && ",}]\n".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            return i;
        }
    }
}
