package org.jpulp.plugin.rpm.header;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dependency lists of a header, filtered the way createrepo_c filters them for primary.xml: requires drop
 * {@code rpmlib(...)}, the package's own primary files, names the package provides, exact repeats, and all but the
 * highest {@code libc.so.6} entry (which goes last); requires flagged pre/post/prereq get {@code pre}.
 */
final class DependencyReader {

    private static final int PREREQ = 1 << 6;
    private static final int SCRIPT_PRE = 1 << 9;
    private static final int SCRIPT_POST = 1 << 10;

    /** Name, flags and version tags of each kind, in {@link RpmPackage#DEPENDENCY_KINDS} order. */
    private static final Map<String, int[]> TAGS = new LinkedHashMap<>();

    static {
        TAGS.put("provides", new int[] {1047, 1112, 1113});
        TAGS.put("requires", new int[] {1049, 1048, 1050});
        TAGS.put("conflicts", new int[] {1054, 1053, 1055});
        TAGS.put("obsoletes", new int[] {1090, 1114, 1115});
        TAGS.put("suggests", new int[] {5049, 5051, 5050});
        TAGS.put("enhances", new int[] {5055, 5057, 5056});
        TAGS.put("recommends", new int[] {5046, 5048, 5047});
        TAGS.put("supplements", new int[] {5052, 5054, 5053});
    }

    private DependencyReader() {
    }

    static Map<String, List<Dependency>> read(HeaderTags h, List<PackageFileEntry> files) {
        Set<String> filenames = new HashSet<>();
        files.forEach(f -> filenames.add(f.path()));
        Map<String, List<Dependency>> out = new LinkedHashMap<>();
        Set<String> provided = new HashSet<>();
        TAGS.forEach((kind, tags) -> {
            List<Dependency> deps = kind.equals("requires") ? requires(h, tags, filenames, provided)
                    : plain(h, tags);
            if (kind.equals("provides")) {
                deps.forEach(d -> provided.add(d.name()));
            }
            out.put(kind, deps);
        });
        return out;
    }

    private static List<Dependency> plain(HeaderTags h, int[] tags) {
        List<Dependency> deps = new ArrayList<>();
        List<String> names = h.strings(tags[0]);
        List<Long> flags = h.numbers(tags[1]);
        List<String> versions = h.strings(tags[2]);
        for (int i = 0; i < names.size(); i++) {
            deps.add(dependency(names.get(i), flag(flags, i), version(versions, i), false));
        }
        return deps;
    }

    private static List<Dependency> requires(HeaderTags h, int[] tags, Set<String> filenames, Set<String> provided) {
        List<Dependency> deps = new ArrayList<>();
        Map<String, Kept> kept = new HashMap<>();
        Dependency libc = null;
        List<String> names = h.strings(tags[0]);
        List<Long> flags = h.numbers(tags[1]);
        List<String> versions = h.strings(tags[2]);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            long flag = flag(flags, i);
            if (name.startsWith("rpmlib(") || (filenames.contains(name) && PrimaryFiles.isPrimary(name))
                    || provided.contains(name)) {
                continue;
            }
            boolean pre = (flag & (PREREQ | SCRIPT_PRE | SCRIPT_POST)) != 0;
            Dependency d = dependency(name, flag, version(versions, i), pre);
            Kept same = new Kept(d.flags(), version(versions, i), pre);
            if (same.equals(kept.get(name))) {
                continue;
            }
            if (name.startsWith("libc.so.6")) {
                libc = libc == null || LibcVersions.higher(name, libc.name()) ? d : libc;
                continue;
            }
            deps.add(d);
            kept.put(name, same);
        }
        if (libc != null) {
            deps.add(libc);
        }
        return deps;
    }

    private record Kept(String flags, String version, boolean pre) {
    }

    private static long flag(List<Long> flags, int i) {
        return i < flags.size() ? flags.get(i) : 0;
    }

    private static String version(List<String> versions, int i) {
        return i < versions.size() ? versions.get(i) : "";
    }

    static Dependency dependency(String name, long flags, String evr, boolean pre) {
        String flagName = switch ((int) (flags & 0xf)) {
            case 2 -> "LT";
            case 4 -> "GT";
            case 8 -> "EQ";
            case 10 -> "LE";
            case 12 -> "GE";
            default -> null;
        };
        if (evr == null || evr.isEmpty()) {
            return new Dependency(name, flagName, null, null, null, pre);
        }
        String epoch = "0";
        String rest = evr;
        int colon = evr.indexOf(':');
        if (colon >= 0) {
            String e = evr.substring(0, colon);
            epoch = e.isEmpty() || !e.chars().allMatch(Character::isDigit) ? "0" : e;
            rest = evr.substring(colon + 1);
        }
        int dash = rest.indexOf('-');
        String version = dash >= 0 ? rest.substring(0, dash) : rest;
        String release = dash >= 0 ? rest.substring(dash + 1) : null;
        return new Dependency(name, flagName, epoch, version.isEmpty() ? null : version,
                release == null || release.isEmpty() ? null : release, pre);
    }
}
