package org.jpulp.plugin.rpm.header;

/** One {@code %changelog} entry; {@code date} in epoch seconds. */
public record ChangelogEntry(String author, long date, String text) {
}
