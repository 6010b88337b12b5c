package org.jpulp.plugin.rpm.publish;

/**
 * One {@code <data>} of repomd.xml. {@code openChecksum} and {@code openSize} are null for files that are not
 * compressed; {@code databaseVersion} is set for sqlite databases only.
 */
record RepomdEntry(String type, String href, String checksum, String openChecksum, long size, Long openSize,
                   long timestamp, Integer databaseVersion) {
}
