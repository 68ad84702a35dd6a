package org.cstofigures.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.cstofigures.error.ExitCode;
import org.cstofigures.error.PipelineException;

/**
 * An exclusive lock beside output/ so that two runs never publish at once: the second refuses with a clear
 * message instead of corrupting output/. The OS releases the lock if the process dies.
 */
public final class OutputLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static OutputLock acquire(Path outputDir) {
        Path file = lockFile(outputDir);
        FileChannel ch = null;
        try {
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock l = ch.tryLock();
            if (l == null) {
                ch.close();
                throw busy(file);
            }
            return new OutputLock(ch, l);
        } catch (OverlappingFileLockException e) {
            closeQuietly(ch);
            throw busy(file);
        } catch (IOException e) {
            closeQuietly(ch);
            throw new PipelineException(ExitCode.IO, file + ": cannot create the lock file: " + e.getMessage()
                    + "; make the directory that holds output/ writable", e);
        }
    }

    public static Path lockFile(Path outputDir) {
        Path abs = outputDir.toAbsolutePath().normalize();
        return abs.resolveSibling("." + abs.getFileName() + ".lock");
    }

    private static PipelineException busy(Path file) {
        return new PipelineException(ExitCode.IO, file + ": another run is publishing to the same output directory;"
                + " wait for it to finish and run again");
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // nothing more to do; the lock was never taken
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the OS releases the lock when the process ends
        }
    }
}
