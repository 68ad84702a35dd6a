package org.cstofigures.publish;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;

/** Small file-system helpers for the publish stage. */
public final class Dirs {

    private Dirs() {
    }

    /** Deletes a directory tree without following links; does nothing if it does not exist. */
    public static void deleteRecursively(Path dir) throws IOException {
        delete(dir, false);
    }

    /**
     * Deletes a directory tree that this pipeline wrote (a staging or previous release), first giving its owner
     * write permission on each directory, so that a release someone made read-only (chmod 555) can still be
     * replaced; does not follow links and does nothing if it does not exist.
     */
    public static void deleteOurs(Path dir) throws IOException {
        delete(dir, true);
    }

    private static void delete(Path dir, boolean makeWritable) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                if (makeWritable && !Files.isWritable(d)) {
                    addOwnerWrite(d);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void addOwnerWrite(Path d) {
        try {
            java.util.Set<PosixFilePermission> perms = java.util.EnumSet.noneOf(PosixFilePermission.class);
            perms.addAll(Files.getPosixFilePermissions(d, LinkOption.NOFOLLOW_LINKS));
            perms.add(PosixFilePermission.OWNER_READ);
            perms.add(PosixFilePermission.OWNER_WRITE);
            perms.add(PosixFilePermission.OWNER_EXECUTE);
            Files.setPosixFilePermissions(d, perms);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // not ours to change: the delete that follows reports the reason
        }
    }
}
