package org.doorway.needs;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ONNX Runtime's one native environment, made safe to stop the process at any moment.
 *
 * <p>ONNX Runtime's Java binding registers a JVM shutdown hook ({@code OrtEnvironment$OrtEnvCloser})
 * that releases the native environment. Shutdown hooks run at the same time as each other and as
 * every other thread, so a stop (SIGTERM, or {@code main} returning) while a thread is opening the
 * model or running it freed the environment under that thread: SIGSEGV, exit 134, a crash report
 * (microsoft/onnxruntime#31352; the binding's authors say it cannot be prevented inside the binding).
 * Two things remove that race here:
 * <ul>
 *   <li>the environment is <em>pinned</em>: ONNX Runtime counts references to its one environment
 *       and frees it when the count falls to zero, so one extra reference, taken before any session
 *       exists and never given back, makes the binding's hook a harmless decrement (the memory goes
 *       with the process, as it would anyway);</li>
 *   <li>every native call goes through {@link #call}; a hook of ours lets the calls under way finish
 *       and refuses new ones with {@link Stopped}, so none is in native code when the JVM exits and
 *       the native library's own teardown runs.</li>
 * </ul>
 * Thread-safe; one per process, as ONNX Runtime's environment is.
 */
final class OnnxEnvironment {
    private static final Logger log = LoggerFactory.getLogger(OnnxEnvironment.class);
    /** How long a stop lets a native call under way finish (opening the model takes about a second). */
    static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private static final Object LOCK = new Object();
    private static OrtEnvironment environment;
    private static boolean stopping;
    private static int running;

    private OnnxEnvironment() {}

    /** A native call to ONNX Runtime (or the tokenizer beside it). */
    interface Call<T> {
        T run() throws OrtException;
    }

    /** The process is stopping: the model is not used any more. The classifier answers with Lucene alone. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super("the process is stopping, so the embedding model is no longer used");
        }
    }

    /** The pinned environment, created on first use; throws (often {@link UnsatisfiedLinkError}) where it cannot run. */
    static OrtEnvironment get() {
        synchronized (LOCK) {
            if (stopping) {
                throw new Stopped();
            }
            if (environment == null) {
                pin();
                environment = OrtEnvironment.getEnvironment();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(STOP_WAIT), "embedding-model-stop"));
            }
            return environment;
        }
    }

    /** Runs {@code call} unless the process is stopping; a stop waits for it to end. */
    static <T> T call(Call<T> call) throws OrtException {
        synchronized (LOCK) {
            if (stopping) {
                throw new Stopped();
            }
            running++;
        }
        try {
            return call.run();
        } finally {
            synchronized (LOCK) {
                running--;
                LOCK.notifyAll();
            }
        }
    }

    /** Refuses new calls and waits up to {@code within} for those under way; returns whether none is left. */
    static boolean stop(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        synchronized (LOCK) {
            stopping = true;
            while (running > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    log.warn("Stopping while the embedding model is still busy after {} s; the process may end "
                            + "abruptly", within.toSeconds());
                    return false;
                }
                try {
                    LOCK.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Takes one reference to ONNX Runtime's environment that is never released, through the binding's
     * own native method (it has no public one): the environment then outlives the binding's shutdown hook.
     */
    private static void pin() {
        try {
            Class.forName(OrtEnvironment.class.getName(), true, OrtEnvironment.class.getClassLoader());
            var api = Class.forName("ai.onnxruntime.OnnxRuntime").getDeclaredField("ortApiHandle");
            api.setAccessible(true);
            var create = OrtEnvironment.class.getDeclaredMethod("createHandle", long.class, int.class, String.class);
            create.setAccessible(true);
            create.invoke(null, api.getLong(null), OrtLoggingLevel.ORT_LOGGING_LEVEL_WARNING.getValue(),
                    OrtEnvironment.DEFAULT_NAME);
        } catch (ReflectiveOperationException | RuntimeException changed) {
            throw new IllegalStateException("this ONNX Runtime version cannot be made safe against a stop during "
                    + "a model call (" + changed + "); use the version in pom.xml", changed);
        }
    }
}
