package org.jpulp.plugin.rpm.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jpulp.common.content.FileModes;
import org.jpulp.common.content.SafePaths;
import org.jpulp.common.content.Trees;
import org.jpulp.common.content.Unit;
import org.jpulp.common.content.UnsafePathException;
import org.jpulp.common.plugin.PluginException;
import org.jpulp.common.plugin.PublishContext;
import org.jpulp.common.plugin.PublishReport;
import org.jpulp.common.publish.MasterTrees;
import org.jpulp.common.publish.PublishedLinks;
import org.jpulp.common.task.TaskCanceledException;
import org.jpulp.plugin.rpm.RpmUnits;
import org.jpulp.plugin.rpm.repodata.Checksums;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes or unpublishes one repository through one {@code yum_distributor}. The tree ({@code repodata/} and
 * {@code Packages/<c>/} links into the content store, kept from one publish to the next by {@link PackageLinks}) is
 * built in a hidden directory of the master directory
 * {@code published/yum/master/<repo>/<distributor>/}, renamed when complete, and only then made visible by switching
 * {@code published/yum/{http,https}/repos/<relative_url>} ({@link PublishedLinks}): a client sees the old
 * publication or the new one, never a partial one. A publish finding the content and config it published last time
 * is skipped, as Pulp 2 does.
 */
final class YumPublisher {

    static final String SKIPPED = "Skipped: Repository content has not changed since last publish.";
    private static final Logger LOG = LoggerFactory.getLogger(YumPublisher.class);
    private static final String STATE = ".publish-state";

    private final PublishContext context;
    private final Path published;
    private final PublishSteps steps;

    YumPublisher(PublishContext context) {
        this.context = context;
        this.published = context.contentStore().layout().published();
        this.steps = new PublishSteps(context::reportProgress);
    }

    PublishReport publish() throws IOException {
        Path build = null;
        try {
            YumDistributorConfig config = YumDistributorConfig.of(context.repoId(), context.config());
            MasterTrees trees = masterTrees();
            PublishedLinks links = links(trees);
            List<Path> wanted = wantedLinks(config, links);
            RepositoryContent content = RepositoryContent.read(context.associations(), context.repoId(),
                    context.config());
            if (!config.forceFull() && unchanged(trees, links, wanted, content)) {
                LOG.info("repository {} unchanged since its last publish by {}", context.repoId(),
                        context.distributorId());
                return PublishReport.skipped(SKIPPED);
            }
            steps.initialize.start(1);
            steps.report();
            build = trees.startBuild();
            Path repodata = Files.createDirectory(build.resolve("repodata"));
            FileModes.set(repodata, FileModes.DIRECTORY);
            steps.initialize.finish();
            PackageLinks packageLinks = PackageLinks.open(trees.path());
            int packages = buildTree(config, content, build, repodata, OldRepodata.currentTree(trees.path()),
                    packageLinks);
            Path tree = trees.complete(build);
            build = null;
            makeVisible(trees, links, wanted, tree, packageLinks, content.fingerprint());
            LOG.info("published yum repository {} ({} packages) at {}", context.repoId(), packages,
                    wanted.stream().map(published::relativize).toList());
            return new PublishReport(steps.summary(), steps.details());
        } catch (TaskCanceledException e) {
            steps.abort(PublishStep.CANCELLED, null);
            throw e;
        } catch (PluginException | UnsafePathException e) {
            steps.abort(PublishStep.FAILED, e.getMessage());
            throw e instanceof PluginException p ? p : new PluginException(e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            String message = "publishing yum repository " + context.repoId() + " failed: " + e;
            steps.abort(PublishStep.FAILED, message);
            throw new PluginException(message, e);
        } finally {
            if (build != null) {
                Trees.deleteRecursively(build);
            }
        }
    }

    /** Where the configured protocols publish, each checked to clash with no other publication. */
    private static List<Path> wantedLinks(YumDistributorConfig config, PublishedLinks links) throws IOException {
        List<Path> wanted = new ArrayList<>();
        for (String protocol : config.protocols()) {
            Path link = links.location(protocol, config.relativeUrl());
            links.check(link, config.relativeUrl());
            wanted.add(link);
        }
        return wanted;
    }

    /** The publish_directory step: the switch, then what the new tree no longer needs goes. */
    private void makeVisible(MasterTrees trees, PublishedLinks links, List<Path> wanted, Path tree,
                             PackageLinks packageLinks, String fingerprint) throws IOException {
        steps.publishDirectory.start(wanted.size());
        steps.report();
        links.switchTo(wanted, tree);
        writeState(trees, fingerprint);
        trees.removeOtherTrees(tree);
        packageLinks.prune();
        steps.publishDirectory.finish();
        steps.report();
    }

    private int buildTree(YumDistributorConfig config, RepositoryContent content, Path build, Path repodata,
                          Path previousTree, PackageLinks packageLinks) throws IOException {
        String checksumType = config.checksumType(this::syncedChecksumType);
        List<RepomdEntry> entries = new ArrayList<>();
        steps.distribution.skip();
        PackageMetadataWriter packages = new PackageMetadataWriter(context, packageLinks, checksumType, steps.rpms,
                steps::report);
        entries.addAll(packages.write(content.packages(), repodata));
        packageLinks.recordAll();
        Files.createSymbolicLink(build.resolve("Packages"), Path.of("..", PackageLinks.DIR));
        steps.drpms.skip();
        Set<String> modules = moduleIds(content);
        if (!content.ids(RpmUnits.MODULEMD).isEmpty() || !content.ids(RpmUnits.MODULEMD_DEFAULTS).isEmpty()) {
            steps.modules.start(content.ids(RpmUnits.MODULEMD).size() + content.ids(RpmUnits.MODULEMD_DEFAULTS).size());
            entries.add(new ModulesWriter(context, checksumType).write(content.idsByType(), repodata));
            steps.modules.finish();
        } else {
            steps.modules.skip();
        }
        entries.add(new UpdateinfoWriter(context, packages.published(), modules, checksumType,
                config.updateinfoChecksumType(), steps.errata, steps::report)
                .write(content.ids(RpmUnits.ERRATUM), repodata));
        steps.comps.start(1);
        entries.add(new CompsWriter(context, checksumType).write(content.idsByType(), repodata));
        steps.comps.finish();
        steps.metadata.start(content.ids(RpmUnits.YUM_REPO_METADATA_FILE).size());
        entries.addAll(customFiles(content.ids(RpmUnits.YUM_REPO_METADATA_FILE), repodata, checksumType));
        steps.metadata.finish();
        steps.close.start(1);
        steps.report();
        context.checkCanceled();
        RepomdWriter.write(repodata, entries, context.clock().instant().getEpochSecond(), checksumType);
        steps.close.finish();
        if (config.generateSqlite()) {
            steps.sqlite.start(1);
            steps.report();
            Sqlite.generate(build, checksumType);
            steps.sqlite.finish();
        } else {
            steps.sqlite.skip();
        }
        steps.removeOld.start(1);
        OldRepodata.carryOver(previousTree, repodata, config.removeOldRepodata(),
                config.removeOldRepodataThreshold(), Instant.now()); // compared with file times, so the wall clock
        steps.removeOld.finish();
        steps.repoview.skip();
        return packages.published().size();
    }

    private Object syncedChecksumType() {
        try {
            return context.documents().get(YumDistributorConfig.SYNC_RECORDS, context.repoId())
                    .map(record -> record.get("checksum_type")).orElse(null);
        } catch (UnsupportedOperationException e) {
            return null;
        }
    }

    private Set<String> moduleIds(RepositoryContent content) {
        Set<String> ids = new HashSet<>();
        for (Unit m : context.units().get(RpmUnits.MODULEMD, content.ids(RpmUnits.MODULEMD), List.of())) {
            ids.add(UpdateinfoWriter.moduleId(m.key().fields()));
        }
        return ids;
    }

    private List<RepomdEntry> customFiles(List<String> ids, Path repodata, String checksumType) throws IOException {
        List<RepomdEntry> entries = new ArrayList<>();
        for (Unit unit : context.units().get(RpmUnits.YUM_REPO_METADATA_FILE, ids)) {
            String type = String.valueOf(unit.key().get("data_type"));
            if (unit.storagePath() == null || !Files.isRegularFile(Path.of(unit.storagePath()))) {
                throw new PluginException("the file of metadata " + type + " is missing from the content store");
            }
            Path source = Path.of(unit.storagePath());
            String name = source.getFileName().toString();
            Path target = SafePaths.resolve(repodata, name, "metadata file name");
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            FileModes.set(target, FileModes.FILE);
            entries.add(new RepomdEntry(type, "repodata/" + name, Checksums.of(target, checksumType), null,
                    Files.size(target), null, Files.getLastModifiedTime(target).toMillis() / 1000, null));
        }
        return entries;
    }

    /** Removes the publication: its links (and parents left empty) and the master directory. Idempotent. */
    void unpublish() throws IOException {
        MasterTrees trees = masterTrees();
        PublishedLinks links = links(trees);
        List<Path> candidates = new ArrayList<>();
        try {
            String relativeUrl = YumDistributorConfig.relativeUrl(context.repoId(), context.config());
            for (String protocol : PublishedLinks.PROTOCOLS) {
                candidates.add(links.location(protocol, relativeUrl));
            }
        } catch (UnsafePathException e) {
            // an unusable relative_url was never published
        }
        trees.unpublish(links, candidates);
        LOG.info("unpublished yum repository {} ({})", context.repoId(), context.distributorId());
    }

    private boolean unchanged(MasterTrees trees, PublishedLinks links, List<Path> wanted, RepositoryContent content)
            throws IOException {
        Path state = trees.path().resolve(STATE);
        if (!Files.isRegularFile(state, LinkOption.NOFOLLOW_LINKS)
                || !Files.readString(state, StandardCharsets.UTF_8).equals(content.fingerprint())
                || !links.recorded().equals(wanted)) {
            return false;
        }
        for (Path link : wanted) {
            if (!Files.isDirectory(link)) {
                return false;
            }
        }
        return true;
    }

    private static void writeState(MasterTrees trees, String fingerprint) throws IOException {
        Path temp = trees.path().resolve(STATE + ".new");
        Files.writeString(temp, fingerprint, StandardCharsets.UTF_8);
        Files.move(temp, trees.path().resolve(STATE), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    private MasterTrees masterTrees() {
        return new MasterTrees(published, MasterTrees.masterDirectory(published.resolve("yum").resolve("master"),
                context.repoId(), context.distributorId()), context.clock());
    }

    private PublishedLinks links(MasterTrees trees) {
        return new PublishedLinks(published, trees.path(),
                protocol -> published.resolve("yum").resolve(protocol).resolve("repos"));
    }

}
