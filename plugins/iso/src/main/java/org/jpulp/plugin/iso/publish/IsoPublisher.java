package org.jpulp.plugin.iso.publish;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jpulp.common.content.ContentStore;
import org.jpulp.common.content.FileModes;
import org.jpulp.common.content.SafePaths;
import org.jpulp.common.content.Trees;
import org.jpulp.common.content.UnsafePathException;
import org.jpulp.common.plugin.PluginException;
import org.jpulp.common.publish.MasterTrees;
import org.jpulp.common.publish.PublishedLinks;
import org.jpulp.common.plugin.PublishContext;
import org.jpulp.common.plugin.PublishReport;
import org.jpulp.common.task.TaskCanceledException;
import org.jpulp.plugin.iso.IsoUnits;
import org.jpulp.plugin.iso.IsoUnits.Iso;
import org.jpulp.plugin.iso.RepoIsos;
import org.jpulp.plugin.iso.manifest.PulpManifest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes or unpublishes one repository through one {@code iso_distributor}. The tree ({@code PULP_MANIFEST} and a
 * relative symbolic link per ISO into the content store) is built in a hidden directory of the distributor's master
 * directory {@code published/iso/master/<repo>/<distributor>/}, renamed to a timestamped directory when complete,
 * and only then made visible by switching the {@link PublishedLinks}. Failure or cancellation before the switch
 * leaves the previous publication as it was.
 */
final class IsoPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(IsoPublisher.class);
    private static final int CANCEL_CHECK_EVERY = 100;

    private final PublishContext context;
    private final ContentStore store;
    private final Path published;
    private final IsoPublishProgress progress;

    IsoPublisher(PublishContext context) {
        this.context = context;
        this.store = context.contentStore();
        this.published = store.layout().published();
        this.progress = new IsoPublishProgress(context.clock());
    }

    PublishReport publish() throws IOException {
        progress.state(IsoPublishProgress.IN_PROGRESS);
        report();
        Path build = null;
        try {
            IsoDistributorConfig config = IsoDistributorConfig.of(context.repoId(), context.config());
            MasterTrees trees = masterTrees();
            PublishedLinks links = links(trees);
            List<Path> wanted = wantedLinks(config, links);
            build = trees.startBuild();
            List<Iso> isos = buildTree(build);
            Path tree = trees.complete(build);
            build = null;
            links.switchTo(wanted, tree);
            trees.removeOtherTrees(tree);
            progress.state(IsoPublishProgress.COMPLETE);
            report();
            LOG.info("published ISO repository {} ({} files) at {}", context.repoId(), isos.size(),
                    wanted.stream().map(published::relativize).toList());
            Map<String, Object> summary = progress.toMap();
            return new PublishReport(summary, summary);
        } catch (TaskCanceledException e) {
            progress.state(IsoPublishProgress.CANCELLED);
            report();
            throw e;
        } catch (PluginException | UnsafePathException e) {
            throw fail(e.getMessage(), e);
        } catch (IOException e) {
            throw fail("publishing ISO repository " + context.repoId() + " failed: " + e, e);
        } finally {
            if (build != null) {
                Trees.deleteRecursively(build);
            }
        }
    }

    /** Removes the publication: its links (and parents left empty) and the master directory. Idempotent. */
    void unpublish() throws IOException {
        MasterTrees trees = masterTrees();
        PublishedLinks links = links(trees);
        List<Path> candidates = new ArrayList<>();
        try {
            String relativeUrl = IsoDistributorConfig.relativeUrl(context.repoId(), context.config());
            candidates.add(links.location("http", relativeUrl));
            candidates.add(links.location("https", relativeUrl));
        } catch (UnsafePathException e) {
            // an unusable relative_url was never published
        }
        trees.unpublish(links, candidates);
        LOG.info("unpublished ISO repository {} ({})", context.repoId(), context.distributorId());
    }

    private MasterTrees masterTrees() {
        return new MasterTrees(published, MasterTrees.masterDirectory(published.resolve("iso").resolve("master"),
                context.repoId(), context.distributorId()), context.clock());
    }

    private PublishedLinks links(MasterTrees trees) {
        return new PublishedLinks(published, trees.path(), protocol -> published.resolve(protocol).resolve("isos"));
    }

    private List<Path> wantedLinks(IsoDistributorConfig config, PublishedLinks links) throws IOException {
        List<Path> wanted = new ArrayList<>();
        if (config.serveHttp()) {
            wanted.add(links.location("http", config.relativeUrl()));
        }
        if (config.serveHttps()) {
            wanted.add(links.location("https", config.relativeUrl()));
        }
        for (Path link : wanted) {
            links.check(link, config.relativeUrl());
        }
        return wanted;
    }

    private List<Iso> buildTree(Path build) throws IOException {
        List<Iso> isos = RepoIsos.load(context).isos();
        isos.sort(Comparator.comparing(Iso::name));
        int n = 0;
        for (Iso iso : isos) {
            if (++n % CANCEL_CHECK_EVERY == 0) {
                context.checkCanceled();
            }
            Path target = store.pathFor(iso.key(), iso.name());
            if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new PluginException("the file of ISO " + SafePaths.quote(iso.name())
                        + " is missing from the content store (" + target + ")");
            }
            Path link = SafePaths.resolve(build, iso.name(), "ISO name");
            FileModes.directories(build, link.getParent());
            Files.createSymbolicLink(link, link.getParent().relativize(target));
        }
        context.checkCanceled();
        Path manifest = build.resolve(IsoUnits.MANIFEST);
        try (Writer out = Files.newBufferedWriter(manifest, StandardCharsets.UTF_8)) {
            PulpManifest.write(isos, out);
        }
        FileModes.set(manifest, FileModes.FILE);
        return isos;
    }

    private PluginException fail(String message, Exception cause) {
        progress.failed(message);
        report();
        return cause instanceof PluginException p ? p : new PluginException(message, cause);
    }

    private void report() {
        context.reportProgress(progress.toMap());
    }
}
