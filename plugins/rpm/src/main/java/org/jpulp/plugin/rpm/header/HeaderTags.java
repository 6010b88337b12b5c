package org.jpulp.plugin.rpm.header;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.packager.rpm.RpmBaseTag;
import org.eclipse.packager.rpm.parse.InputHeader;

/** Typed reads of raw header tags (by number, so tags the library has no constant for work too). */
final class HeaderTags {

    private final InputHeader<? extends RpmBaseTag> header;

    HeaderTags(InputHeader<? extends RpmBaseTag> header) {
        this.header = header;
    }

    boolean has(int tag) {
        return header.getRawTags().containsKey(tag);
    }

    /** The first string of a STRING, I18N_STRING or STRING_ARRAY tag; null when absent. */
    String string(int tag) {
        Object v = value(tag);
        if (v instanceof Object[] array) {
            return array.length == 0 ? null : String.valueOf(array[0]);
        }
        return v == null ? null : v.toString();
    }

    List<String> strings(int tag) {
        Object v = value(tag);
        List<String> out = new ArrayList<>();
        if (v instanceof Object[] array) {
            for (Object o : array) {
                out.add(o == null ? "" : o.toString());
            }
        } else if (v != null) {
            out.add(v.toString());
        }
        return out;
    }

    /** The first number of an integer tag, unsigned; null when absent. */
    Long number(int tag) {
        List<Long> numbers = numbers(tag);
        return numbers.isEmpty() ? null : numbers.get(0);
    }

    List<Long> numbers(int tag) {
        Object v = value(tag);
        List<Long> out = new ArrayList<>();
        if (v instanceof Object[] array) {
            for (Object o : array) {
                out.add(unsigned((Number) o));
            }
        } else if (v instanceof Number n) {
            out.add(unsigned(n));
        }
        return out;
    }

    Optional<byte[]> bytes(int tag) {
        return value(tag) instanceof byte[] b ? Optional.of(b) : Optional.empty();
    }

    private Object value(int tag) {
        return header.getOptionalTag(tag).orElse(null);
    }

    private static long unsigned(Number n) {
        if (n instanceof Short s) {
            return s & 0xFFFFL;
        }
        if (n instanceof Byte b) {
            return b & 0xFFL;
        }
        if (n instanceof Integer i) {
            return i & 0xFFFFFFFFL;
        }
        return n.longValue();
    }
}
