package org.jpulp.images;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dockerfile read into its instructions: comment lines dropped, continuation lines joined, keywords upper-cased.
 * Enough of the format for the files in images/ (no heredocs, no escape directive), checked strictly: anything
 * it does not understand is an error rather than a silent pass.
 */
final class Dockerfile {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}|\\$([A-Za-z_][A-Za-z0-9_]*)");

    /** One instruction; {@code line} is where it starts (1-based). */
    record Instruction(String keyword, String arguments, int line) {

        boolean isExecForm() {
            return arguments.startsWith("[");
        }

        /** The JSON array of an exec-form instruction. */
        List<String> execForm() {
            return Dockerfile.jsonArray(arguments, this);
        }
    }

    /** A HEALTHCHECK: its options and its command (exec form). */
    record Healthcheck(Map<String, String> options, List<String> command) {
    }

    final Path path;
    final List<Instruction> instructions;

    private Dockerfile(Path path, List<Instruction> instructions) {
        this.path = path;
        this.instructions = List.copyOf(instructions);
    }

    static Dockerfile parse(Path path) {
        return parse(path, Repo.read(path));
    }

    static Dockerfile parse(Path path, String text) {
        List<Instruction> out = new ArrayList<>();
        StringBuilder current = null;
        int start = 0;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            String trimmed = line.strip();
            if (trimmed.startsWith("#")) {
                continue; // comments (and parser directives) are dropped, also between continuation lines
            }
            if (current == null) {
                if (trimmed.isEmpty()) {
                    continue;
                }
                current = new StringBuilder();
                start = i + 1;
            }
            boolean continues = line.endsWith("\\");
            current.append(continues ? line.substring(0, line.length() - 1) : line).append(' ');
            if (!continues) {
                out.add(instruction(current.toString().strip(), start, path));
                current = null;
            }
        }
        if (current != null) {
            throw new IllegalArgumentException(path + ":" + start + ": continuation at the end of the file");
        }
        return new Dockerfile(path, out);
    }

    private static Instruction instruction(String text, int line, Path path) {
        int space = text.indexOf(' ');
        if (space < 0) {
            throw new IllegalArgumentException(path + ":" + line + ": instruction without arguments: " + text);
        }
        String keyword = text.substring(0, space).toUpperCase(Locale.ROOT);
        if (!List.of("FROM", "ARG", "ENV", "RUN", "COPY", "ADD", "USER", "WORKDIR", "VOLUME", "EXPOSE", "LABEL",
                "HEALTHCHECK", "ENTRYPOINT", "CMD", "STOPSIGNAL", "SHELL", "ONBUILD").contains(keyword)) {
            throw new IllegalArgumentException(path + ":" + line + ": unknown instruction " + keyword);
        }
        return new Instruction(keyword, text.substring(space + 1).strip(), line);
    }

    List<Instruction> all(String keyword) {
        return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
    }

    Optional<Instruction> last(String keyword) {
        List<Instruction> found = all(keyword);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
    }

    /** ARG defaults declared before the first FROM (the only ones FROM may use). */
    Map<String, String> globalArgs() {
        Map<String, String> args = new LinkedHashMap<>();
        for (Instruction i : instructions) {
            if (i.keyword().equals("FROM")) {
                break;
            }
            if (i.keyword().equals("ARG")) {
                putArg(args, i.arguments());
            }
        }
        return args;
    }

    private static void putArg(Map<String, String> args, String declaration) {
        int eq = declaration.indexOf('=');
        if (eq < 0) {
            args.put(declaration, "");
        } else {
            args.put(declaration.substring(0, eq), unquote(declaration.substring(eq + 1)));
        }
    }

    /** The image of the (single) FROM, with ARG defaults substituted. */
    String baseImage() {
        List<Instruction> froms = all("FROM");
        if (froms.size() != 1) {
            throw new IllegalStateException(path + ": expected one FROM, found " + froms.size());
        }
        String image = froms.get(0).arguments().split("\\s+")[0];
        return substitute(image, globalArgs());
    }

    /** The FROM image as written, before substitution. */
    String baseImageAsWritten() {
        return all("FROM").get(0).arguments().split("\\s+")[0];
    }

    static String substitute(String text, Map<String, String> variables) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            if (!variables.containsKey(name)) {
                throw new IllegalArgumentException("undefined variable " + name + " in " + text);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(variables.get(name)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** ENV variables in declaration order ({@code ENV a=b c="d e"}; the legacy {@code ENV a b} form too). */
    Map<String, String> env() {
        Map<String, String> env = new LinkedHashMap<>();
        for (Instruction i : all("ENV")) {
            List<String> words = words(i.arguments());
            if (!words.get(0).contains("=")) {
                env.put(words.get(0), i.arguments().substring(words.get(0).length()).strip());
                continue;
            }
            for (String word : words) {
                int eq = word.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException(path + ":" + i.line() + ": ENV word without '=': " + word);
                }
                env.put(word.substring(0, eq), word.substring(eq + 1));
            }
        }
        return env;
    }

    /** The sources of every COPY (relative to the build context) and where each goes. */
    List<Map.Entry<String, String>> copies() {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (Instruction i : all("COPY")) {
            if (i.isExecForm()) {
                throw new IllegalArgumentException(path + ":" + i.line() + ": use the plain COPY form");
            }
            List<String> words = words(i.arguments()).stream().filter(w -> !w.startsWith("--")).toList();
            if (words.size() < 2) {
                throw new IllegalArgumentException(path + ":" + i.line() + ": COPY needs a source and a destination");
            }
            String destination = words.get(words.size() - 1);
            words.subList(0, words.size() - 1).forEach(s -> out.add(Map.entry(s, destination)));
        }
        return out;
    }

    /** The user the container runs as: the last USER. */
    Optional<String> user() {
        return last("USER").map(Instruction::arguments);
    }

    List<String> volumes() {
        List<String> out = new ArrayList<>();
        for (Instruction i : all("VOLUME")) {
            out.addAll(i.isExecForm() ? i.execForm() : List.of(i.arguments().split("\\s+")));
        }
        return out;
    }

    List<Integer> exposedPorts() {
        List<Integer> out = new ArrayList<>();
        for (Instruction i : all("EXPOSE")) {
            for (String p : i.arguments().split("\\s+")) {
                out.add(Integer.parseInt(p.replaceFirst("/tcp$", "")));
            }
        }
        return out;
    }

    Optional<Healthcheck> healthcheck() {
        return last("HEALTHCHECK").map(i -> {
            Map<String, String> options = new LinkedHashMap<>();
            String rest = i.arguments();
            while (rest.startsWith("--")) {
                int space = rest.indexOf(' ');
                String option = rest.substring(2, space);
                int eq = option.indexOf('=');
                options.put(option.substring(0, eq), option.substring(eq + 1));
                rest = rest.substring(space + 1).strip();
            }
            if (!rest.startsWith("CMD ")) {
                throw new IllegalArgumentException(path + ":" + i.line() + ": HEALTHCHECK without CMD: " + rest);
            }
            String command = rest.substring(4).strip();
            if (!command.startsWith("[")) {
                throw new IllegalArgumentException(path + ":" + i.line() + ": use the exec form for HEALTHCHECK CMD");
            }
            return new Healthcheck(options, jsonArray(command, i));
        });
    }

    private static List<String> jsonArray(String text, Instruction i) {
        try {
            return JSON.readValue(text, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("line " + i.line() + ": not a JSON array of strings: " + text, e);
        }
    }

    /** Splits on unquoted whitespace; double quotes group and are removed, a backslash escapes one character. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean inWord = false;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '\\' && k + 1 < text.length()) {
                word.append(text.charAt(++k));
                inWord = true;
            } else if (c == '"') {
                quoted = !quoted;
                inWord = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unbalanced quote in: " + text);
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    private static String unquote(String value) {
        List<String> w = words(value);
        return w.isEmpty() ? "" : w.get(0);
    }

    @Override
    public String toString() {
        return Repo.ROOT.relativize(path).toString();
    }
}
