package org.commissioningexplorer.core.importer;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file with a header row, read as RFC 4180 says: fields separated by commas, records by CRLF or LF,
 * a field in double quotes may hold commas, line breaks and doubled quotes ({@code ""}). Each row knows the
 * 1-based line it starts on and where each of its fields starts, so a bad value can be reported as
 * {@code FILE:LINE:COLUMN}. Empty lines are skipped; a leading byte-order mark is ignored.
 */
public final class CsvTable {

    private final String file;
    private final int headerLine;
    private final List<String> header;
    private final Map<String, Integer> index;
    private final List<CsvRow> rows;

    private CsvTable(String file, int headerLine, List<String> header, List<CsvRow> rows) {
        this.file = file;
        this.headerLine = headerLine;
        this.header = List.copyOf(header);
        this.rows = Collections.unmodifiableList(rows);
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            idx.put(header.get(i), i);
        }
        this.index = idx;
    }

    /** Reads a UTF-8 CSV file; {@code shownAs} is how messages name it. */
    public static CsvTable read(Path path, String shownAs) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw ImportException.ofFile(shownAs, "the file does not exist; the import needs it");
        } catch (IOException e) {
            throw ImportException.ofFile(shownAs, "cannot read the file: " + e.getMessage());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ImportException.ofFile(shownAs, "the file is not UTF-8 text; save it as UTF-8");
        }
        return parse(shownAs, text);
    }

    /** Parses CSV text; {@code file} is how messages name it. */
    public static CsvTable parse(String file, String text) {
        List<Record> records = new Parser(file, text).records();
        if (records.isEmpty()) {
            throw ImportException.ofFile(file, "the file is empty; expected a header row and data rows");
        }
        Record head = records.get(0);
        List<String> header = new ArrayList<>(head.fields());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name.isBlank()) {
                throw new ImportException(file, head.lines()[i], head.columns()[i],
                        "header field " + (i + 1) + " is empty; every column needs a name");
            }
            Integer earlier = seen.putIfAbsent(name, i);
            if (earlier != null) {
                throw new ImportException(file, head.lines()[i], head.columns()[i],
                        "column '" + name + "' appears twice in the header (fields " + (earlier + 1) + " and "
                                + (i + 1) + ")");
            }
        }
        List<CsvRow> rows = new ArrayList<>();
        CsvTable table = new CsvTable(file, head.line(), header, rows);
        for (int r = 1; r < records.size(); r++) {
            Record rec = records.get(r);
            if (rec.fields().size() != header.size()) {
                throw new ImportException(file, rec.line(), 0, "the row has " + rec.fields().size()
                        + " field" + (rec.fields().size() == 1 ? "" : "s") + " but the header has " + header.size()
                        + " (" + String.join(", ", header) + "); check for a missing field or an unquoted comma");
            }
            rows.add(new CsvRow(table, rec.line(), rec.fields(), rec.lines(), rec.columns()));
        }
        return table;
    }

    public String file() {
        return file;
    }

    public List<String> header() {
        return header;
    }

    public List<CsvRow> rows() {
        return rows;
    }

    /** Checks that every named column is in the header, so rows can be read by name. */
    public CsvTable require(String... columns) {
        for (String c : columns) {
            if (!index.containsKey(c)) {
                throw new ImportException(file, headerLine, 0, "missing column '" + c + "': the header has "
                        + String.join(", ", header) + "; expected a column named '" + c + "'");
            }
        }
        return this;
    }

    int indexOf(String column) {
        Integer i = index.get(column);
        if (i == null) {
            throw new IllegalArgumentException("column '" + column + "' of " + file + " was not required");
        }
        return i;
    }

    /** One record: its fields and where each starts. */
    private record Record(int line, List<String> fields, int[] lines, int[] columns) {
    }

    /** A small state machine over the characters of the file. */
    private static final class Parser {
        private final String file;
        private final String text;
        private int pos;
        private int line = 1;
        private int col = 1;

        Parser(String file, String text) {
            this.file = file;
            this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        }

        List<Record> records() {
            List<Record> out = new ArrayList<>();
            while (pos < text.length()) {
                if (atLineBreak()) {
                    skipLineBreak(); // an empty line
                    continue;
                }
                out.add(record());
            }
            return out;
        }

        private boolean atLineBreak() {
            char c = text.charAt(pos);
            return c == '\n' || c == '\r';
        }

        private void skipLineBreak() {
            if (text.charAt(pos) == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
                pos++;
            }
            pos++;
            line++;
            col = 1;
        }

        private Record record() {
            int startLine = line;
            List<String> fields = new ArrayList<>();
            List<int[]> starts = new ArrayList<>();
            while (true) {
                starts.add(new int[] {line, col});
                fields.add(field());
                if (pos >= text.length()) {
                    break;
                }
                char c = text.charAt(pos);
                if (c == ',') {
                    pos++;
                    col++;
                    continue;
                }
                skipLineBreak(); // field() stops only at a comma, a line break or the end
                break;
            }
            int[] lines = new int[starts.size()];
            int[] columns = new int[starts.size()];
            for (int i = 0; i < starts.size(); i++) {
                lines[i] = starts.get(i)[0];
                columns[i] = starts.get(i)[1];
            }
            return new Record(startLine, fields, lines, columns);
        }

        private String field() {
            if (pos < text.length() && text.charAt(pos) == '"') {
                return quoted();
            }
            int start = pos;
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == ',' || c == '\n' || c == '\r') {
                    break;
                }
                if (c == '"') {
                    throw new ImportException(file, line, col, "a double quote inside an unquoted field; "
                            + "put the whole field in double quotes and double the quote (\"\")");
                }
                pos++;
                col++;
            }
            return text.substring(start, pos);
        }

        private String quoted() {
            int startLine = line;
            int startCol = col;
            pos++;
            col++;
            StringBuilder s = new StringBuilder();
            while (true) {
                if (pos >= text.length()) {
                    throw new ImportException(file, startLine, startCol,
                            "the quoted field that starts here has no closing double quote");
                }
                char c = text.charAt(pos);
                if (c == '"') {
                    if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
                        s.append('"');
                        pos += 2;
                        col += 2;
                        continue;
                    }
                    pos++;
                    col++;
                    break;
                }
                if (c == '\r' || c == '\n') {
                    if (c == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
                        s.append('\r');
                        pos++;
                    }
                    s.append('\n');
                    pos++;
                    line++;
                    col = 1;
                    continue;
                }
                s.append(c);
                pos++;
                col++;
            }
            if (pos < text.length()) {
                char c = text.charAt(pos);
                if (c != ',' && c != '\n' && c != '\r') {
                    throw new ImportException(file, line, col, "unexpected '" + c + "' after the closing double "
                            + "quote of a field; expected a comma or the end of the line");
                }
            }
            return s.toString();
        }
    }
}
