package org.jpulp.plugin.rpm.header;

/** A path the package installs; {@code type} is {@code file}, {@code dir} or {@code ghost}. */
public record PackageFileEntry(String path, String type) {

    public boolean isDirectory() {
        return "dir".equals(type);
    }
}
