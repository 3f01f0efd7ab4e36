package org.commissioningexplorer.core.data;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one place that decides which documents a dataset may make the app open. A dataset is data a trainer
 * may have been sent, so it must not be able to open a file outside its documents folder, a program or
 * script of any kind, or an address other than a web page.
 *
 * <ul>
 *   <li>A document's {@code file} is a relative path inside the <b>documents folder</b>, the folder
 *       {@code documents/} beside the dataset's main file ({@link #documentsFolder(Path)}). No {@code ..}
 *       or {@code .} parts, no absolute path ({@code /x}, {@code C:\x}, {@code \\server\share}), no
 *       {@code :} at all (drives, schemes such as {@code file:} or {@code jar:}, Windows alternate
 *       streams), no control characters, no characters Windows forbids ({@code <>"|?*}), no part ending
 *       in a dot or a space (Windows drops them, so {@code a.pdf.exe.} would open {@code a.pdf.exe}), no
 *       Windows device names ({@code CON}, {@code NUL}, {@code COM1}, …).</li>
 *   <li>Its type is decided by its last extension, in any case, from an <em>allow-list</em> of
 *       document and picture types ({@link #DOCUMENT_EXTENSIONS}). Everything else is refused: programs
 *       and scripts ({@code .exe}, {@code .sh}, {@code .js}, {@code .py}, …, so {@code report.PDF.EXE}
 *       too), files without an extension, and document types that can carry scripts or macros
 *       ({@code .html}, {@code .svg}, {@code .docm}, and the old {@code .doc}, {@code .xls},
 *       {@code .ppt}).</li>
 *   <li>When the app opens it, the file must still be a regular file whose real path, after following
 *       every link, lies inside the real documents folder and has an allowed extension
 *       ({@link #resolveSafely(Path, String)}). A file that does not exist is only a warning when a
 *       dataset is validated; it is simply not opened.</li>
 *   <li>A {@code url} (of a document or a source) must be an {@code http} or {@code https} address with
 *       a host ({@link #isOpenableUrl(String)}): {@code file:}, {@code jar:}, {@code javascript:},
 *       {@code data:}, {@code ftp:} and the rest are refused.</li>
 * </ul>
 */
public final class DocumentSafety {

    /** Name of the documents folder, beside the dataset's main file. */
    public static final String DOCUMENTS_FOLDER = "documents";

    /** The only file types a document may have (compared in lower case). */
    public static final Set<String> DOCUMENT_EXTENSIONS = Set.of("pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp",
            "rtf", "txt", "md", "csv", "png", "jpg", "jpeg", "gif");

    /** Programs and scripts: refused like every other type not allowed, but named as such in messages. */
    static final Set<String> PROGRAM_EXTENSIONS = Set.of("exe", "bat", "cmd", "com", "msi", "msp", "ps1", "psm1",
            "sh", "bash", "zsh", "csh", "ksh", "fish", "command", "tool", "app", "jar", "class", "js", "mjs", "jse",
            "vbs", "vbe", "wsf", "wsh", "scr", "pif", "lnk", "url", "reg", "inf", "py", "pyw", "pl", "rb", "php",
            "lua", "tcl", "cpl", "hta", "msc", "dll", "so", "dylib", "sys", "drv", "ocx", "desktop", "appimage",
            "deb", "rpm", "pkg", "dmg", "run", "bin", "elf", "out", "apk", "ipa", "gadget", "scpt", "applescript",
            "workflow", "action", "jnlp", "xbap", "application", "appref-ms", "settingcontent-ms", "library-ms",
            "iso", "img", "vhd", "vhdx", "chm", "docm", "dotm", "xlsm", "xltm", "xlam", "pptm", "potm", "ppam",
            "sldm", "html", "htm", "xhtml", "shtml", "mht", "mhtml", "svg", "svgz", "xml", "xsl", "swf");

    private static final Pattern DEVICE_NAME = Pattern.compile(
            "(?i)(con|prn|aux|nul|com[0-9\u00B9\u00B2\u00B3]|lpt[0-9\u00B9\u00B2\u00B3]|conin\\$|conout\\$)");
    private static final String WINDOWS_FORBIDDEN = "<>\"|?*";

    /** What validation makes of a {@code file}: its verdict and, unless safe, why. */
    public record Check(Verdict verdict, String reason) {
        public boolean safe() {
            return verdict == Verdict.SAFE;
        }
    }

    /** {@link #UNSAFE} is an error in a dataset; {@link #MISSING} a warning. */
    public enum Verdict { SAFE, MISSING, UNSAFE }

    private DocumentSafety() {
    }

    /** The documents folder of the dataset whose main file is {@code mainFile}. */
    public static Path documentsFolder(Path mainFile) {
        Path dir = mainFile.toAbsolutePath().getParent();
        return dir.resolve(DOCUMENTS_FOLDER);
    }

    /**
     * Why {@code file}, as written in a dataset, may not be opened, judging by its text alone; empty when
     * it is an acceptable relative path to an allowed type of document.
     */
    public static Optional<String> fileProblem(String file) {
        if (file == null || file.isEmpty()) {
            return Optional.of("it is empty");
        }
        for (int i = 0; i < file.length(); i++) {
            char c = file.charAt(i);
            if (invisible(c)) {
                return Optional.of("it contains an invisible or control character (U+"
                        + String.format("%04X", (int) c) + ")");
            }
        }
        if (file.startsWith("/") || file.startsWith("\\")) {
            return Optional.of("it is an absolute path; write it relative to the documents folder");
        }
        if (file.indexOf(':') >= 0) {
            return Optional.of("it contains ':' (a drive such as C:, or a scheme such as file: or jar:); write a"
                    + " path relative to the documents folder");
        }
        for (char c : WINDOWS_FORBIDDEN.toCharArray()) {
            if (file.indexOf(c) >= 0) {
                return Optional.of("it contains '" + c + "', which file names may not hold");
            }
        }
        List<String> parts = List.of(file.split("[/\\\\]", -1));
        for (String part : parts) {
            if (part.equals("..")) {
                return Optional.of("it contains '..', which would leave the documents folder");
            }
            if (part.equals(".") || part.isEmpty()) {
                return Optional.of("it has an empty or '.' part; write a plain path such as reports/audit.pdf");
            }
            if (part.endsWith(".") || part.endsWith(" ") || part.startsWith(" ")) {
                return Optional.of("a part of it begins or ends with a space or ends with a dot, which Windows"
                        + " drops, so a different file would be opened");
            }
            String stem = part.contains(".") ? part.substring(0, part.indexOf('.')) : part;
            if (DEVICE_NAME.matcher(stem.strip()).matches()) {
                return Optional.of("'" + part + "' is a device name on Windows, not a file");
            }
        }
        return typeProblem(parts.get(parts.size() - 1));
    }

    /** {@code text} for a message: invisible and control characters written as {@code \\u202E}. */
    public static String shown(String text) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (invisible(c)) {
                s.append(String.format("\\u%04X", (int) c));
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    private static boolean invisible(char c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    /**
     * Why a file of this name is not a document the app opens, or empty when it is one. Also used for a
     * file a user picks by hand ("Locate file…"), which must be a document type like any other.
     */
    public static Optional<String> typeProblem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot <= 0 || dot == fileName.length() - 1) {
            return Optional.of("it has no file type (such as .pdf); files without one may be programs");
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (DOCUMENT_EXTENSIONS.contains(ext)) {
            return Optional.empty();
        }
        if (PROGRAM_EXTENSIONS.contains(ext)) {
            return Optional.of("'." + ext + "' files are programs, scripts or can carry them, and are never opened;"
                    + " keep a PDF copy instead");
        }
        return Optional.of("'." + ext + "' is not a document type the app opens; use one of "
                + String.join(", ", DOCUMENT_EXTENSIONS.stream().sorted().toList()));
    }

    /**
     * Checks a {@code file} for validation: by its text, then on disk. A missing file is
     * {@link Verdict#MISSING} (a warning); a link leading out of the folder, a folder, or a link to a file
     * of a refused type is {@link Verdict#UNSAFE}.
     */
    public static Check check(Path documentsFolder, String file) {
        Optional<String> problem = fileProblem(file);
        if (problem.isPresent()) {
            return new Check(Verdict.UNSAFE, problem.get());
        }
        Path candidate;
        try {
            candidate = documentsFolder.resolve(file.replace('\\', '/'));
        } catch (InvalidPathException e) {
            return new Check(Verdict.UNSAFE, "it is not a valid file name here: " + e.getReason());
        }
        if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
            return new Check(Verdict.MISSING, "there is no such file in the documents folder " + documentsFolder);
        }
        Path real;
        Path realFolder;
        try {
            realFolder = documentsFolder.toRealPath();
            real = candidate.toRealPath();
        } catch (IOException e) {
            return new Check(Verdict.MISSING, "it is a link to a file that does not exist");
        }
        if (!real.startsWith(realFolder)) {
            return new Check(Verdict.UNSAFE, "it leads outside the documents folder (through a link) to " + real);
        }
        if (!Files.isRegularFile(real)) {
            return new Check(Verdict.UNSAFE, "it is a folder or a device, not a file");
        }
        Optional<String> realType = typeProblem(real.getFileName().toString());
        if (realType.isPresent()) {
            return new Check(Verdict.UNSAFE, "it is a link to " + real.getFileName() + ": " + realType.get());
        }
        return new Check(Verdict.SAFE, null);
    }

    /**
     * The file to open for a document's {@code file}, checked again now: its real path (links followed),
     * provided that is a regular file inside the real documents folder with an allowed type. Empty when
     * it must not be opened or does not exist. Open the returned path, not {@code file}.
     */
    public static Optional<Path> resolveSafely(Path documentsFolder, String file) {
        if (documentsFolder == null || check(documentsFolder, file).verdict() != Verdict.SAFE) {
            return Optional.empty();
        }
        try {
            Path real = documentsFolder.resolve(file.replace('\\', '/')).toRealPath();
            // checked again on the path returned, in case a link changed in between
            return real.startsWith(documentsFolder.toRealPath()) && Files.isRegularFile(real)
                    && typeProblem(real.getFileName().toString()).isEmpty() ? Optional.of(real) : Optional.empty();
        } catch (IOException | InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Why {@code url} may not be opened, or empty when it is an http or https address with a host. */
    public static Optional<String> urlProblem(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of("it is empty");
        }
        URI u;
        try {
            u = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("it is not a valid web address");
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of(scheme.isEmpty() ? "it has no http:// or https:// in front"
                    : "'" + scheme + ":' addresses are never opened; only http:// and https:// are");
        }
        if (u.getHost() == null || u.getHost().isEmpty()) {
            return Optional.of("it names no web site after " + scheme + "://");
        }
        if (u.getRawUserInfo() != null) {
            return Optional.of("it has a user name before the site ('…@'), which can disguise where it leads");
        }
        return Optional.empty();
    }

    /** True only for an http or https address with a host: the only addresses the app hands to a browser. */
    public static boolean isOpenableUrl(String url) {
        return urlProblem(url).isEmpty();
    }
}
