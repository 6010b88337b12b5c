package org.jpulp.plugin.iso.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.jpulp.common.plugin.ConfigValues;
import org.jpulp.common.plugin.UploadContext;
import org.jpulp.common.plugin.UploadReport;
import org.jpulp.plugin.iso.IsoUnits;
import org.jpulp.plugin.iso.IsoUnits.Iso;
import org.jpulp.plugin.iso.RepoIsos;

/**
 * {@code import_upload} of an {@code iso}: the unit key names the file; with {@code validate} (default) the file's
 * size and sha256 must match it. An existing unit with that key is reused (its file is stored once); the
 * repository's other ISO of the same name is replaced. Problems answer a failure report, as Pulp 2 does.
 */
public final class IsoUpload {

    private final UploadContext context;
    private final boolean validate;

    public IsoUpload(UploadContext context, boolean validate) {
        this.context = context;
        this.validate = validate;
    }

    public UploadReport run() throws IOException {
        if (!IsoUnits.TYPE_ID.equals(context.unitTypeId())) {
            return UploadReport.failure(context.unitTypeId() + " is not a supported type for upload");
        }
        Iso iso;
        try {
            iso = iso(context.unitKey());
        } catch (IllegalArgumentException e) {
            return UploadReport.failure("the unit key of the uploaded ISO is invalid: " + e.getMessage());
        }
        Path file = context.file();
        if (file == null || !Files.isRegularFile(file)) {
            return UploadReport.failure("an ISO upload needs the uploaded file");
        }
        if (validate) {
            String problem = mismatch(iso, file);
            if (problem != null) {
                return UploadReport.failure(problem);
            }
        }
        context.checkCanceled();
        if (!context.contentStore().holds(iso.key(), iso.name(), iso.size())) {
            context.contentStore().importFile(file, iso.key(), iso.name());
        }
        RepoIsos repo = RepoIsos.load(context);
        repo.add(repo.storedUnit(iso));
        return UploadReport.success();
    }

    private static Iso iso(Map<String, Object> key) {
        Object name = key.get("name");
        Object checksum = key.get("checksum");
        Long size = ConfigValues.parseInteger(key.get("size"));
        if (!(name instanceof String) || !(checksum instanceof String) || size == null) {
            throw new IllegalArgumentException("it needs name and checksum (strings) and size (an integer), got "
                    + key);
        }
        return new Iso((String) name, (String) checksum, size);
    }

    /** Pulp 2's ISO validation messages. */
    private static String mismatch(Iso iso, Path file) throws IOException {
        long size = Files.size(file);
        if (size != iso.size()) {
            return "Downloading <" + iso.name() + "> failed validation. The manifest specified that the file should "
                    + "be " + iso.size() + " bytes, but the downloaded file is " + size + " bytes.";
        }
        String sha256 = sha256(file);
        if (!sha256.equals(iso.checksum())) {
            return "Downloading <" + iso.name() + "> failed checksum validation. The manifest specified the checksum "
                    + "to be " + iso.checksum() + ", but it was " + sha256 + ".";
        }
        return null;
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha256.digest());
    }
}
